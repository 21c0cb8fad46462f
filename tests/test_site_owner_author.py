"""The writer, not the site's owner, in the `author` column. A foundation's template prints its founders in
`<meta name="author">` on every page, the news listing too, while its posts show no byline or another writer's: those
posts take no author, or the one their byline names. A single writer's blog that prints her name there too and shows
it as each post's byline (or states it in `article:author`) keeps it."""
from __future__ import annotations

import sqlite3

from fault_site import FaultServer, crawl_one_source, page

FOUNDERS = "Ada Lind, Bo Berg"
WRITER = "Eva Strand"
TEXT = ("The working group met in the spring to agree on the next release of the shared record format, number {n}. "
        "Members from several countries took part and discussed how the new parts fit the older ones.")


def _page(head: str, inner: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}<title>Health records group</title>"
            "</head><body><div id='Header'><a href='/'>Health records group</a></div><div id='Content'>"
            f"{inner}</div><div id='Footer'><p>Health records group, a non-profit foundation.</p></div></body></html>")


def _foundation_post(n: int) -> str:
    paragraphs = [TEXT.format(n=n), "The group will publish its notes once the members have read them."]
    if n == 2:  # a sentence naming the founders is no byline
        paragraphs.append(f"{FOUNDERS.replace(', ', ' and ')} opened the meeting and thanked the hosts.")
    byline = "<p class='byline'>By Cy Holm</p>" if n == 3 else ""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return _page(f"<meta name='author' content='{FOUNDERS}'>",
                 f"<h2>Release meeting number {n} of the group</h2><h6>Community News | March {n + 3}, 2024</h6>"
                 f"{byline}{body}")


def _blog_post(n: int) -> str:
    byline = "" if n == 4 else f"<p class='byline'>By <a href='/about/'>{WRITER}</a></p>"
    stated = f"<meta property='article:author' content='{WRITER}'>" if n == 3 else ""
    body = f"<p>{TEXT.format(n=n)}</p><p>The next meeting is planned for the autumn, in a city to be agreed.</p>"
    return _page(f"<meta name='author' content='{WRITER}'>{stated}",
                 f"<article><h1>Notes from meeting number {n}</h1><time datetime='2024-03-0{n}'>March {n}, 2024</time>"
                 f"{byline}{body}</article>")


def _listing(author: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f"<li><a href='{href}'>{title}</a> <span>2024-03-0{i + 1}</span></li>"
                    for i, (href, title) in enumerate(links))
    return _page(f"<meta name='author' content='{author}'>", f"<h1>News and events</h1><ul class='news'>{items}</ul>")


def _crawl(tmp_path, routes: dict[str, str], start: str) -> dict[str, str | None]:
    server = FaultServer()
    for path, html in routes.items():
        server.routes[path] = page(html)
    crawl_one_source(server, tmp_path, "site", "Site", start)
    return dict(sqlite3.connect(tmp_path / "a.db").execute("select url, author from articles"))


def test_the_founders_a_template_names_on_every_page_are_no_posts_writers(tmp_path):
    """Fails before: every post was stored with the founders as its author."""
    posts = {f"/news_events/community_news/{n}.html": _foundation_post(n) for n in range(1, 6)}
    listing = _listing(FOUNDERS, [(path, f"Release meeting number {n}") for n, path in enumerate(posts, 1)])
    authors = _crawl(tmp_path, {"/news_events/": listing, **posts}, "/news_events/")
    assert len(authors) == 5
    by_post = {url.rsplit("/", 1)[-1]: author for url, author in authors.items()}
    assert by_post == {"1.html": None, "2.html": None, "3.html": "Cy Holm", "4.html": None, "5.html": None}


def test_a_single_writers_blog_keeps_her_name(tmp_path):
    posts = {f"/blog/notes-{n}/": _blog_post(n) for n in range(1, 5)}
    listing = _listing(WRITER, [(path, f"Notes from meeting number {n}") for n, path in enumerate(posts, 1)])
    authors = _crawl(tmp_path, {"/blog/": listing, **posts}, "/blog/")
    assert len(authors) == 4
    assert set(authors.values()) == {WRITER}
