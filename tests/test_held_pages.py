"""A held page's row gives back the item the stages left, and a source's next crawl takes over what a stopped one left."""
from __future__ import annotations

from news_archive.archive.held_pages import HeldPages
from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive


def page(url: str, source: str = "lab") -> ArticleItem:
    return ArticleItem(source=source, url=url, html="<html><body><h1>Ett inlägg</h1></body></html>",
                       fetched_at="2026-01-02T03:04:05+00:00", seen_urls=[url, f"{url}?ref=feed"],
                       source_languages=("sv", "en"), listed_as_article=True, title="Ett inlägg", body="Rad ett.\n\nRad två.",
                       alternates={"en": "http://lab.example/en/post/"}, language="sv", language_confidence=0.97,
                       canonical_url=url, content_hash="abc", urls=[url])


def test_a_held_row_gives_back_the_item_and_its_page(tmp_path):
    held = HeldPages(Archive(tmp_path / "archive.db"), "crawl-1")
    item = page("http://lab.example/post/")
    held.hold(item, "")
    [row] = held.to_judge(bodies_for=frozenset({""}))
    assert (row.url, row.title, row.body, row.published) == (item.url, "Ett inlägg", item.body, None)
    assert held.page(row) == item.html
    assert held.item(row) == ArticleItem(**{**vars(item), "html": ""})


def test_the_next_crawl_takes_over_what_a_stopped_one_left_and_a_page_fetched_again_replaces_its_copy(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    stopped = HeldPages(archive, "crawl-1")
    for url in ("http://lab.example/a/", "http://lab.example/b/"):
        stopped.hold(page(url), "")
    stopped.hold(page("http://other.example/c/", source="other"), "")
    later = HeldPages(archive, "crawl-2")
    assert later.take_over(["lab"]) == {"lab": 2}
    later.hold(page("http://lab.example/b/"), "")
    assert [row.url for row in later.to_judge(bodies_for=frozenset())] == ["http://lab.example/a/", "http://lab.example/b/"]
    assert [row.url for row in HeldPages(archive, "crawl-1").to_judge(bodies_for=frozenset())] == ["http://other.example/c/"]
