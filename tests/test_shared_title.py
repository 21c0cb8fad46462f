"""A <title> a source states on many of its pages is no page's title: at the crawl's end an article titled from it
takes its own headline, the bold line opening its text."""
from __future__ import annotations

import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.pipelines.shared_title import (banner_headings, headline_of_page, own_headline, page_headings,
                                                 site_wide)
from fault_site import FaultServer, crawled_titles, page

TAGLINE = "Harbour Forum | Keeping the harbour records open"
HEADLINES = ["Forum opens its new reading room", "Members vote on the archive budget",
             "Volunteers scan the ferry logbooks", "Summer tours of the old customs house"]


def _post(n: int) -> str:
    """A post with no heading: its headline typed as a bold line opening the text, then the text and its day."""
    text = "".join(f"<p>The forum's members gathered for meeting number {n} to go through item {k} of the plan, "
                   f"and agreed to report back on it to everyone before the next season starts.</p>"
                   for k in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{TAGLINE}</title></head><body>"
            "<header><nav><a href='/'>Harbour Forum</a> <a href='/news/'>News</a></nav></header>"
            f"<main role='main'><p><strong>{HEADLINES[n]}</strong></p><p>March {n + 3}, 2024</p>{text}</main>"
            "<footer><p>Copyright Harbour Forum</p></footer></body></html>")


def test_a_title_every_post_states_gives_way_to_its_bold_first_line(tmp_path):
    """Fails before: each post was stored under the tagline's second half, its headline the body's first line."""
    server = FaultServer()
    links = "".join(f"<li><a href='/news/post-{n}/'>{headline}</a></li>" for n, headline in enumerate(HEADLINES))
    server.routes["/news/"] = page(f"<html><head><title>{TAGLINE}</title></head><body><main><h1>News</h1>"
                                   f"<ul>{links}</ul></main></body></html>")
    for n in range(len(HEADLINES)):
        server.routes[f"/news/post-{n}/"] = page(_post(n))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "harbour"\nname = "Harbour Forum"\n'
                           f'start_urls = ["{server.base_url}/news/"]\n', encoding="utf-8")
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    rows = {row["url"].removeprefix(server.base_url): row
            for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert {path: row["title"] for path, row in rows.items()} == \
        {f"/news/post-{n}/": headline for n, headline in enumerate(HEADLINES)}
    for n, headline in enumerate(HEADLINES):
        body = rows[f"/news/post-{n}/"]["body"]
        assert headline not in body and body.startswith("The forum's members gathered"), body[:80]
        assert rows[f"/news/post-{n}/"]["lead"].startswith("The forum's members gathered")


def test_only_a_title_many_pages_share_names_the_site_and_only_a_bold_line_standing_alone_is_a_headline():
    assert site_wide(["A", "A", "A", "B"]) == {"A"}
    assert site_wide(["A", "A", "B", "C"]) == set()  # two pages are a series, not the site
    article = {"title": "Keeping the harbour records open", "body": "Bold headline here\n\nThe text.",
               "body_html": "<p><strong>Bold headline here</strong></p><p>The text.</p>"}
    assert own_headline(article, TAGLINE)["title"] == "Bold headline here"
    # A bold run inside a sentence, a title of the page's own, a lone paragraph: nothing changes.
    assert own_headline(article | {"body_html": "<p><strong>Bold</strong> headline here</p><p>The text.</p>"},
                        TAGLINE) is None
    assert own_headline(article | {"title": "A title of its own"}, TAGLINE) is None
    assert own_headline(article | {"body": "Bold headline here", "body_html": "<p><strong>Bold headline here"
                                   "</strong></p>"}, TAGLINE) is None


SOCIETY = "Harbour Society"
NOTICES = ["Spring general meeting", "Results of the committee vote", "Call for nominations",
           "Minutes of the winter meeting"]


def _app_post(n: int) -> str:
    """A post as an app's static export prints it: the society's name as every page's <title>, the headline a lone
    <h1> in a header box beside a back link and the date, the text in another box further down, no <main>, and a
    closing line naming the society; one post's text opens with an <h1> of its own."""
    text = "".join(f"<p>Members met for the notice number {n} to discuss point {k} of the agenda and agreed to "
                   f"share the outcome with everyone before the next term begins.</p>" for k in range(1, 4))
    if n == 0:
        text = "<h1>Who can come</h1>" + text  # a heading the writer set as # in the post's Markdown
    return (f"<!DOCTYPE html><html lang='en'><head><title>{SOCIETY}</title></head><body>"
            f"<nav><a href='/'><img alt='Society logo' src='/logo.svg'></a><a href='/news/'>News</a></nav>"
            f"<div class='container'><div class='page'><div class='mb-12'><div class='crumbs'><a href='/news/'>Back "
            f"to News</a> / <span>{NOTICES[n]}</span></div><div class='card'><div class='row'><div class='grow'>"
            f"<p class='kicker'>News Article</p><h1>{NOTICES[n]}</h1><div class='meta'>Friday 3 May 2024</div></div>"
            f"<div><button>Share</button></div></div></div></div><div class='card'><div class='pad'>"
            f"<div class='news prose'>{text}</div></div></div><div class='closing'>"
            f"<p>{SOCIETY} • News &amp; Updates</p><p>Published on Friday 3 May 2024</p><a href='/news'>Browse all news</a></div></div></div></body></html>")


def test_a_title_every_post_states_gives_way_to_its_pages_lone_h1(tmp_path):
    """Fails before: every post of an app's static export was stored under the society's name, its <title>."""
    links = "".join(f"<a href='/news/notice-{n}'><div class='card'><h3>{headline}</h3><span>Friday 3 May 2024</span>"
                    f"</div></a>" for n, headline in enumerate(NOTICES))
    listing = f"<html><head><title>{SOCIETY}</title></head><body><div><h1>News</h1><div>{links}</div></div></body></html>"
    titles = crawled_titles(tmp_path, "society", "Harbour Society", listing,
                            {f"/news/notice-{n}": _app_post(n) for n in range(len(NOTICES))})
    assert titles == {f"/news/notice-{n}": headline for n, headline in enumerate(NOTICES)}


def test_only_a_pages_own_h1_outside_its_text_replaces_a_site_wide_title():
    assert page_headings("<html><body><h1>One <br>headline</h1><h1>Part</h1></body></html>") == ("One headline", "Part")
    assert banner_headings([("Site", "A"), ("Site", "B"), ("Site", "C"), ("D",)]) == {"Site"}
    article = {"title": SOCIETY, "body": "Agenda\n\nThe text."}
    headline = headline_of_page(article, SOCIETY, ("Spring general meeting", "Agenda"), set())
    assert headline["title"] == "Spring general meeting"  # "Agenda" is a heading of the text
    assert headline_of_page(article | {"title": "A title of its own"}, SOCIETY, ("Spring general meeting",), set()) \
        is None
    assert headline_of_page(article, SOCIETY, ("Site", "Spring general meeting"), {"Site"})["title"] \
        == "Spring general meeting"
    assert headline_of_page(article, SOCIETY, ("Spring general meeting", "Who can vote"), set())["title"] \
        == "Spring general meeting"
    assert headline_of_page(article, SOCIETY, (), set()) is None


def test_a_page_with_an_h1_of_its_own_is_titled_by_it_not_by_the_bold_line_opening_its_text(tmp_path):
    """Fails before: a notice whose text opens with a bold line (the talk's speaker and hour) was titled by that line,
    though its page shows the notice's own <h1>."""
    posts = {f"/news/notice-{n}": _app_post(n) for n in range(len(NOTICES))}
    posts["/news/notice-2"] = posts["/news/notice-2"].replace(
        "<div class='news prose'>", "<div class='news prose'><p><strong>Dr Ada Lind, online talk | Thursday 30 May, "
        "17:00-17:40</strong></p>")
    links = "".join(f"<a href='/news/notice-{n}'><div class='card'><h3>{headline}</h3></div></a>"
                    for n, headline in enumerate(NOTICES))
    listing = f"<html><head><title>{SOCIETY}</title></head><body><div><h1>News</h1><div>{links}</div></div></body></html>"
    titles = crawled_titles(tmp_path, "society", "Harbour Society", listing, posts)
    assert titles == {f"/news/notice-{n}": headline for n, headline in enumerate(NOTICES)}
