"""What a crawl reads of the teaser-like links on a source's pages is kept for its next crawls: an incremental crawl
that finds one new short post under the "latest posts" block every post shows takes it for a post, as the full crawl
did, not for a listing of those teasers (spiders/pagetype.py RepeatedLinks, archive/repeated_links.py)."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_source, page, stored_paths
from news_archive.archive.recent_evidence import RECENT_PAGES
from news_archive.archive.repeated_links import earlier_links, save_links
from news_archive.archive.storage import Archive
from news_archive.archive.urls import page_key, url_key
from news_archive.spiders.pagetype import MIN_PAGES_FOR_REPEATS, RepeatedLinks

# A garden club's blog: its posts at the site's root, no page typing itself, each a few lines over the block of the
# newest posts the theme prints under every post.
TITLES = {n: f"Das Gartenfest im Viertel Nummer {n}" for n in range(1, 10)}


def _post(number: int, newest: list[int]) -> str:
    block = "".join(f"<div class='item'><h3><a href='/gartenfest-{other}/'>{TITLES[other]}</a></h3></div>"
                    for other in newest if other != number)
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>{TITLES[number]} – Gartenverein</title></head><body>"
            "<header><a href='/'>Gartenverein</a></header>"
            f"<main><div class='post'><h1>{TITLES[number]}</h1><p class='date'>{number}. Mai 2024</p>"
            f"<p>Am Samstag kamen {number + 20} Nachbarn in den Garten und pflanzten {number * 4} neue Sträucher.</p>"
            "<p>Die Kinder malten Schilder für die Beete, und abends gab es Suppe für alle.</p></div>"
            f"<div class='more'><h2>Neueste Beiträge</h2>{block}</div></main>"
            "<footer><p>Gartenverein im Viertel</p></footer></body></html>")


def _site(server: FaultServer, posts: list[int]) -> None:
    """The blog's listing shows every post; each post page answers "unchanged" to a crawl that read it before."""
    newest = sorted(posts, reverse=True)[:6]
    cards = "".join(f"<div class='card'><h2><a href='/gartenfest-{n}/'>{TITLES[n]}</a></h2><p>Ein Bericht.</p></div>"
                    for n in sorted(posts, reverse=True))
    server.routes["/blog/"] = page("<!DOCTYPE html><html lang='de'><head><title>Blog – Gartenverein</title></head>"
                                   f"<body><main><h1>Blog</h1>{cards}</main></body></html>")
    for number in posts:
        server.routes[f"/gartenfest-{number}/"] = page(_post(number, newest), ETag=f'"{number}-{newest[0]}"')


def _crawl(server: FaultServer, folder) -> set[str]:
    """Crawl the served site as one source into `folder`/a.db: the paths of the stored articles."""
    crawl_source(server, folder, "garten", "Garten", "/blog/")
    return stored_paths(server, folder)


def test_a_later_crawl_finding_one_new_short_post_under_the_newest_posts_block_stores_it_as_a_full_crawl_does(tmp_path):
    # Fails before: the second crawl read two pages, too few to see the block repeated, and took the post for a listing
    # of its six teasers.
    server = FaultServer()
    _site(server, list(range(1, 8)))
    full = tmp_path / "full"
    full.mkdir()
    try:
        first = _crawl(server, tmp_path)
        _site(server, list(range(1, 9)))
        first_requests = len(server.requests)
        second = _crawl(server, tmp_path)
        fetched = {path for _at, path in server.requests[first_requests:] if path.startswith("/gartenfest-")}
        by_full_crawl = _crawl(server, full)
    finally:
        server.stop()
    assert fetched == {"/gartenfest-8/"}  # an incremental crawl: the others answer "unchanged"
    assert "/gartenfest-8/" in by_full_crawl
    assert second == first | {"/gartenfest-8/"}


def test_a_page_read_again_counts_once_for_what_it_shows_now_and_a_start_page_by_this_crawls_pages():
    repeated = RepeatedLinks()
    latest = url_key("http://site.example/latest-news-of-the-club/")
    repeated.remember({page_key(f"http://site.example/{n}/"): frozenset({latest})
                       for n in range(MIN_PAGES_FOR_REPEATS)})
    assert latest in repeated and latest not in repeated.this_crawl()
    plain = lxml.html.fromstring("<html><body><main><p>Only words of its own here.</p></main></body></html>")
    for n in range(MIN_PAGES_FOR_REPEATS - 1):  # the block gone from three of the four pages, read again
        repeated.observe(plain, f"http://site.example/{n}/")
    assert repeated.pages == MIN_PAGES_FOR_REPEATS and latest not in repeated
    assert repeated.this_crawl().pages == MIN_PAGES_FOR_REPEATS - 1


def test_the_links_of_pages_read_long_ago_age_out_and_a_removed_source_leaves_none(tmp_path):
    archive = Archive(tmp_path / "a.db")
    archive.db["sources"].insert_all([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])
    save_links(archive, "a", {f"a/old/{n}/": frozenset({"a/latest/"}) for n in range(RECENT_PAGES)}, "2024-01-01")
    save_links(archive, "a", {"a/news/1/": frozenset({"a/news/2/"})}, "2024-02-01")
    save_links(archive, "b", {"b/1/": frozenset({"b/2/"})}, "2024-02-01")
    earlier = earlier_links(archive, "a")
    assert len(earlier) == RECENT_PAGES and earlier["a/news/1/"] == frozenset({"a/news/2/"})
    assert archive.db["repeated_links"].count == RECENT_PAGES + 1
    archive.db["sources"].delete("b")
    save_links(archive, "a", {}, "2024-03-01")
    assert {row["source"] for row in archive.db["repeated_links"].rows} == {"a"}
