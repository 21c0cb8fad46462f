"""One text a source publishes at two addresses is archived under the same address, with the same text, whichever
address the crawl meets first: the one its pages say is its own (archive/better_address.py)."""
from __future__ import annotations

import pytest
import sqlite_utils

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.store import store_item
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from fault_site import FaultServer, crawl_one_source, page

TITLE = "Community garden opens its gates"
PARAGRAPHS = [
    "The new community garden behind the old tram depot opened on Saturday with forty raised beds for neighbours.",
    "Volunteers spent the winter building the beds, a tool shed and a rain tank from the depot's old roof.",
    "Anyone living in the district can ask for a bed at the library; the first season costs nothing at all.",
    "The garden holds its first seed swap on the second Sunday of May, from ten in the morning until noon.",
]
SITE = "https://garden.example"
POST, COPY = f"{SITE}/blog/garden-opens/", f"{SITE}/zh-CN/blog/garden-opens/"
VERSIONS = {"en": POST, "zh-CN": COPY, "x-default": POST}


def _item(url: str, html_lang: str | None, paragraphs: list[str], alternates: dict[str, str]) -> ArticleItem:
    return ArticleItem(source="garden", url=url, html="", fetched_at="2024-05-14T08:00:00+00:00", title=TITLE,
                       body="\n\n".join(paragraphs), language="en", html_lang=html_lang, alternates=dict(alternates))


def _stored(tmp_path, name: str, items: list[ArticleItem]) -> list[tuple[str, str]]:
    archive = Archive(tmp_path / f"{name}.db")
    stories = Stories(archive)
    for item in items:
        store_item(archive, stories, dedupe_item(item))
    return [(row["url"], row["body"]) for row in archive.db["articles"].rows]


def _in_both_orders(tmp_path, first: ArticleItem, second: ArticleItem):
    copy = lambda item: ArticleItem(**{**vars(item), "alternates": dict(item.alternates)})  # noqa: E731
    return (_stored(tmp_path, "forward", [copy(first), copy(second)]),
            _stored(tmp_path, "backward", [copy(second), copy(first)]))


@pytest.mark.parametrize("copied", [PARAGRAPHS, PARAGRAPHS[:2] + ["联系我们"] + PARAGRAPHS[2:]],
                         ids=["word for word", "one label translated"])
def test_a_language_plugins_untranslated_copy_leaves_the_post_at_its_own_address_in_either_order(tmp_path, copied):
    # Fails before: the article was archived at whichever of the two addresses the crawl met second.
    post = _item(POST, "en", PARAGRAPHS, VERSIONS)
    copy = _item(COPY, "zh-CN", copied, VERSIONS)
    forward, backward = _in_both_orders(tmp_path, post, copy)
    assert forward == backward == [(POST, "\n\n".join(PARAGRAPHS))]


def test_one_release_under_two_departments_is_archived_at_one_address_in_either_order(tmp_path):
    # Fails before: the address met first was kept. Nothing says which is the release's own: the shorter path is.
    parks = _item(f"{SITE}/departments/parks/news/garden-opens/", None, PARAGRAPHS, {})
    mayor = _item(f"{SITE}/departments/mayor/garden-opens/", None, PARAGRAPHS, {})
    forward, backward = _in_both_orders(tmp_path, parks, mayor)
    assert forward == backward == [(mayor.url, "\n\n".join(PARAGRAPHS))]


def test_a_collections_lightly_retouched_copy_of_a_post_is_one_article_in_either_order(tmp_path):
    # Fails before: the two addresses were two articles, in the order met, and a reader found the post twice. The copy
    # in the site's meetings collection says "neighbour" for "neighbours": same source, day, language and title.
    news = _item(f"{SITE}/news/garden-opens/", None, PARAGRAPHS, {})
    retouched = [PARAGRAPHS[0].replace("neighbours", "neighbour"), *PARAGRAPHS[1:]]
    meetings = _item(f"{SITE}/meetings/garden-opens/", None, retouched, {})
    for item in (news, meetings):
        item.published = "2024-05-11"
    forward, backward = _in_both_orders(tmp_path, news, meetings)
    assert forward == backward == [(news.url, "\n\n".join(PARAGRAPHS))]


def test_a_retouched_text_on_another_day_or_in_another_language_stays_an_article_of_its_own(tmp_path):
    # A post published again a week later is a second post; the same words declared in another language a version.
    first = _item(f"{SITE}/news/garden-opens/", None, PARAGRAPHS, {})
    first.published = "2024-05-11"
    retouched = [PARAGRAPHS[0].replace("neighbours", "neighbour"), *PARAGRAPHS[1:]]
    later = _item(f"{SITE}/news/garden-opens-again/", None, retouched, {})
    later.published = "2024-05-18"
    other_language = _item(f"{SITE}/meetings/garden-opens/", None, [PARAGRAPHS[0], PARAGRAPHS[1].replace("shed", "hut"),
                                                                      *PARAGRAPHS[2:]], {})
    other_language.published, other_language.language = "2024-05-11", "da"
    # The same day, title and template, a paragraph of its own: a sibling post (next year's notice, titled alike
    # until the crawl's end reads its headline).
    sibling = _item(f"{SITE}/news/east-garden-opens/", None, [*PARAGRAPHS[:3], "The east garden keeps its seed swap "
                    "for the autumn, when the first beds have given their harvest and the shed is finished."], {})
    sibling.published = "2024-05-11"
    # The same day and title, a word apart, under a name of its own: the same open day at another garden.
    other_garden = _item(f"{SITE}/news/garden-opens-in-the-east/", None,
                         [*PARAGRAPHS[:2], PARAGRAPHS[2].replace("library", "pool"), PARAGRAPHS[3]], {})
    other_garden.published = "2024-05-11"
    assert len(_stored(tmp_path, "apart", [first, later, other_language, sibling, other_garden])) == 5


# A long report (over 150 words): the editor saved it twice, as two nodes of the CMS a day's minutes apart.
REPORT = [f"{sentence} The choir met the engineers in the hall of the old conservatory for the {n}th time, sang "
          f"the motets of the season and noted where the rehearsal tool lost the beat or the voices." for n, sentence in
          enumerate(PARAGRAPHS, start=2)]


def test_a_long_post_saved_twice_under_two_node_numbers_is_one_article_in_either_order(tmp_path):
    # Fails before: /node/122 and /node/123 (same day, title and text but for the photo credit's "by") were two
    # articles. The second reached first at the mirror's `/index.php/` copy is in the family of the first's copy there.
    def saved(path: str, credit: str) -> ArticleItem:
        item = _item(f"{SITE}{path}", None, [*REPORT, credit], {})
        item.published = "2020-11-11"
        return item

    forward, backward = _in_both_orders(tmp_path, saved("/node/123", "Photo Marta Soler"),
                                        saved("/node/122", "Photo by Marta Soler"))
    assert len(forward) == len(backward) == 1
    assert len(_stored(tmp_path, "mirrored", [saved("/node/123", "Photo Marta Soler"),
                                              saved("/index.php/node/123", "Photo Marta Soler"),
                                              saved("/index.php/node/122", "Photo by Marta Soler")])) == 1


def test_a_long_post_retouched_in_another_section_under_its_own_name_stays_an_article_of_its_own(tmp_path):
    # Only a copy in the post's own family (the CMS's node numbers, a news folder) is a double save.
    news = _item(f"{SITE}/news/choir-report/", None, REPORT, {})
    events = _item(f"{SITE}/events/choir-evening/", None, [REPORT[0].replace("hall", "nave"), *REPORT[1:]], {})
    for item in (news, events):
        item.published = "2020-11-11"
    assert len(_stored(tmp_path, "sections", [news, events])) == 2


def test_a_post_answering_at_an_older_dated_address_keeps_the_address_naming_its_day(tmp_path):
    # The older address sorts first and is as short: the one whose date path names the post's day is its own.
    own = _item(f"{SITE}/2018/06/28/garden-opens/", None, PARAGRAPHS, {})
    older = _item(f"{SITE}/2018/06/27/garden-opens/", None, PARAGRAPHS, {})
    for item in (own, older):
        item.published = "2018-06-28T10:39:01+00:00"
    forward, backward = _in_both_orders(tmp_path, own, older)
    assert forward == backward == [(own.url, "\n\n".join(PARAGRAPHS))]


def test_a_post_moved_to_a_dated_permalink_keeps_it_over_its_older_undated_copy(tmp_path):
    # The undated copy's path is shorter; the permalink naming the post's day is its own, and so is its date.
    own = _item(f"{SITE}/posts/parks/2016-10-05-garden-opens/", None, PARAGRAPHS, {})
    own.published = "2016-10-05T09:00:00+00:00"
    older = _item(f"{SITE}/news/parks/garden-opens/", None, PARAGRAPHS, {})
    older.published = "2016-10-01T17:07:04+00:00"
    forward, backward = _in_both_orders(tmp_path, own, older)
    assert forward == backward == [(own.url, "\n\n".join(PARAGRAPHS))]


def _post_page(language: str, path: str, paragraphs: list[str], base: str) -> str:
    links = "".join(f'<link rel="alternate" hreflang="{tag}" href="{base}{urlpath}">'
                    for tag, urlpath in (("en", "/blog/garden-opens/"), ("zh-CN", "/zh-CN/blog/garden-opens/"),
                                         ("x-default", "/blog/garden-opens/")))
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f'<!DOCTYPE html><html lang="{language}"><head><title>{TITLE} | Garden</title>'
            f'<link rel="canonical" href="{base}{path}">{links}</head><body><nav><a href="/">Home</a></nav>'
            f'<main><article><h1>{TITLE}</h1><time datetime="2024-05-11">May 11, 2024</time>{text}</article></main>'
            "</body></html>")


def _garden_site(copy_listed_first: bool, copied: list[str] = PARAGRAPHS) -> FaultServer:
    """A blog whose listing's first page links one of the two addresses and its second page the other."""
    server = FaultServer()
    base = server.base_url
    server.routes["/blog/garden-opens/"] = page(_post_page("en", "/blog/garden-opens/", PARAGRAPHS, base))
    server.routes["/zh-CN/blog/garden-opens/"] = page(_post_page("zh-CN", "/zh-CN/blog/garden-opens/", copied, base))
    first, second = ("/zh-CN/blog/garden-opens/", "/blog/garden-opens/")[::1 if copy_listed_first else -1]
    for number, (path, pager) in enumerate(((first, '<a href="/blog/page/2/">Older posts</a>'), (second, "")), 1):
        teaser = f'<article><h2><a href="{path}">{TITLE}</a></h2><p>May 11, 2024</p></article>'
        server.routes["/blog/" if number == 1 else "/blog/page/2/"] = page(
            f"<html><body><main><h1>Blog</h1>{teaser}<nav class='pagination'>{pager}</nav></main></body></html>")
    return server


def test_the_same_site_crawled_in_two_orders_archives_the_post_at_one_address(tmp_path):
    stored = []
    for copy_listed_first in (True, False):
        folder = tmp_path / f"copy-first-{copy_listed_first}"
        folder.mkdir()
        server = _garden_site(copy_listed_first)
        base = server.base_url
        crawl_one_source(server, folder, "garden", "Garden", start="/blog/")
        stored.append([row["url"].removeprefix(base) for row in sqlite_utils.Database(folder / "a.db")["articles"].rows])
    assert stored == [["/blog/garden-opens/"]] * 2


def test_a_second_crawl_meeting_the_untranslated_copy_at_its_alias_keeps_the_post_and_its_text(tmp_path):
    # Fails before: the second crawl found the copy's address among the article's aliases and stored the copy's text
    # over the post's (one linked page's name translated), keeping the post's as an earlier version.
    copied = PARAGRAPHS[:2] + [PARAGRAPHS[2].replace("library", "图书馆")] + PARAGRAPHS[3:]
    server = _garden_site(copy_listed_first=False, copied=copied)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "garden"\nname = "Garden"\nstart_urls = ["{server.base_url}/blog/"]\n',
                       encoding="utf-8")
    try:
        for _crawl in range(2):
            run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False, full=True)
    finally:
        server.stop()
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert [(row["url"].removeprefix(server.base_url), row["body"]) for row in db["articles"].rows] == [
        ("/blog/garden-opens/", "\n\n".join(PARAGRAPHS))]
    assert db["article_versions"].count == 0
