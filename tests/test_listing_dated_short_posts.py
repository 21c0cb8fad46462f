"""A post whose page states no date, which the site's own listing shows as a dated card, is judged as a dated post:
a newsletter's list of contents under its heading is its text, a greeting's picture alone makes it a post with no
text, however short beside the column of the latest news cards every page shows. The listing itself and a page no
card shows stay out."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils
from click.testing import CliRunner

from news_archive.archive.cli.main import cli
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, page

# path -> (headline, the day its listing card shows, what the page holds)
LONG_POSTS = {
    f"/notices/{n}/{slug}/": (headline, day)
    for n, slug, headline, day in [
        (11, "harbour-survey", "Results of the harbour survey", "12 Mar 2024"),
        (12, "new-members-north", "Three new member groups in the north", "20 Feb 2024"),
        (13, "spring-seminar", "Report from the spring seminar", "05 Feb 2024"),
        (14, "board-elected", "A new board elected", "18 Jan 2024"),
    ]
}
BULLETIN = "/notices/15/bulletin-winter/"
GREETING = "/notices/16/season-greetings/"
BULLETIN_POINTS = ["Why the harbour fees change in spring", "Two groups join the network",
                   "What the new rules on reporting ask of members", "Courses for treasurers of small groups",
                   "Dates of the regional meetings"]
CARD_DAYS = {**{path: day for path, (_headline, day) in LONG_POSTS.items()},
             BULLETIN: "09 Jan 2024", GREETING: "21 Dec 2023"}
HEADLINES = {**{path: headline for path, (headline, _day) in LONG_POSTS.items()},
             BULLETIN: "Members' bulletin - Winter 2024", GREETING: "Warm greetings for the season"}
EXPECTED_DAYS = {"/notices/11/harbour-survey/": "2024-03-12", "/notices/12/new-members-north/": "2024-02-20",
                 "/notices/13/spring-seminar/": "2024-02-05", "/notices/14/board-elected/": "2024-01-18",
                 BULLETIN: "2024-01-09", GREETING: "2023-12-21"}

MENU = ('<nav class="navbar"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/notices.html">Notices</a></li>'
        '<li><a href="/about.html">About us</a></li></ul></nav>')
FOOTER = '<footer class="footer"><p>The Harbour Network, 4 Quay Street.</p></footer>'


def _side_column() -> str:
    """The column of the latest notices' cards beside every page's text: headline, excerpt and a "View More" button."""
    cards = "".join(
        f'<div class="notice_inner"><h3 class="title">{HEADLINES[path]}</h3><p>A few words on what the notice about '
        f'{HEADLINES[path].lower()} tells members.</p><a class="btn" href="{path}">View More</a></div>'
        for path in list(LONG_POSTS)[:4])
    return f'<div class="col-md-3" id="more_notices"><div><h2 class="heading">Notices</h2><hr></div>{cards}</div>'


def _post_page(headline: str, own: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{headline} | The Harbour Network</title></head><body>{MENU}'
            f'<div class="container"><div class="row"><div class="col-md-7"><div id="notice_body">'
            f'<h1 class="notice">{headline}</h1>{own}</div></div>'
            f'<div class="col-md-2"><span class="share">SHARE</span>'
            f'<a class="share-link" href="https://social.example/share?u=x">in</a></div>'
            f'{_side_column()}</div></div>{FOOTER}</body></html>')


def _long_text(headline: str) -> str:
    return "<div>" + "".join(
        f"<p>The network's members met about {headline.lower()} and agreed on the next steps for the harbour groups, "
        f"part {n}, after a long talk about fees, reports and training for the volunteers.</p>" for n in range(1, 5)
    ) + "</div>"


def _bulletin() -> str:
    points = "".join(f"<li>{point}</li>" for point in BULLETIN_POINTS)
    return (f'<div><p><strong>Inside this edition:</strong></p><ol>{points}</ol><p> </p></div>'
            f'<a id="document_show" data-href="/docs/bulletin-winter.pdf" class="btn">View Document</a>'
            f'<div class="document_viewer"><iframe src="/docs/bulletin-winter.pdf" height="800"></iframe></div>')


def _greeting() -> str:
    return '<div><p><img src="/pictures/greeting-card.png" alt="A card wishing members a good season"></p></div>'


def _listing() -> str:
    """The notices' grid: each card shows its day, an unlinked headline, an excerpt and a "View More" button."""
    cards = "".join(
        f'<div class="col-sm-4"><div class="notice-card"><small>{CARD_DAYS[path]}</small>'
        f'<h3>{HEADLINES[path]}</h3><p>What members read about {HEADLINES[path].lower()}.</p>'
        f'<a class="btn btn-more" href="{path}">View More</a></div></div>' for path in CARD_DAYS)
    return (f'<!DOCTYPE html><html lang="en"><head><title>Notices | The Harbour Network</title></head><body>{MENU}'
            f'<div class="container"><h1>Notices</h1><div class="row">{cards}</div></div>{FOOTER}</body></html>')


def _about() -> str:
    own = "<div><p><strong>What we do:</strong></p><ul>" + "".join(
        f"<li>{line}</li>" for line in ("Training for volunteers", "Advice on harbour fees", "A yearly meeting")
    ) + "</ul></div>"
    return _post_page("About the Harbour Network", own)


def _network(tmp_path: Path):
    server = FaultServer()
    server.routes["/notices.html"] = page(_listing())
    server.routes["/about.html"] = page(_about())
    for path, (headline, _day) in LONG_POSTS.items():
        server.routes[path] = page(_post_page(headline, _long_text(headline)))
    server.routes[BULLETIN] = page(_post_page(HEADLINES[BULLETIN], _bulletin()))
    server.routes[GREETING] = page(_post_page(HEADLINES[GREETING], _greeting()))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "harbour"\nname = "The Harbour Network"\n'
                       f'start_urls = ["{server.base_url}/notices.html"]\n', encoding="utf-8")
    return server, load_sources(sources)


def test_short_posts_the_listing_shows_as_dated_cards_are_stored_with_their_text(tmp_path):
    """Fails before: the bulletin (a list of contents and a document) and the greeting (a picture) state no date on
    their pages, and were dropped as "less than 1 characters of text" and as a listing of the cards beside them."""
    server, sources = _network(tmp_path)
    try:
        [run] = run_crawl(sources, tmp_path / "a.db", show_progress=False, warc_dir=tmp_path / "warc")
    finally:
        server.stop()
    db = sqlite_utils.Database(tmp_path / "a.db")
    stored = {"/" + row["url"].split("/", 3)[3]: row for row in db.query("select * from articles")}
    assert {path: row["published"] for path, row in stored.items()} == EXPECTED_DAYS
    assert run.status == "ok"
    # The list of contents under its heading is the bulletin's text; none of the cards beside it.
    assert stored[BULLETIN]["body"].split("\n\n") == ["Inside this edition:", *BULLETIN_POINTS]
    assert stored[GREETING]["body"] == ""
    assert {row["published_from"] for path, row in stored.items()} == {"listing"}


def test_a_rebuild_from_the_captures_stores_the_same_short_posts(tmp_path):
    """Fails before: the captures did not say the crawler found each post where its site lists articles, so a
    `reprocess` judged the undated posts as pages nothing presents and stored none of them."""
    server, sources = _network(tmp_path)
    try:
        run_crawl(sources, tmp_path / "a.db", show_progress=False, warc_dir=tmp_path / "warc")
    finally:
        server.stop()
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "rebuilt.db"), "--warc", str(tmp_path / "warc")])
    assert result.exit_code == 0, result.output
    rebuilt = sqlite_utils.Database(tmp_path / "rebuilt.db")
    stored = {"/" + row["url"].split("/", 3)[3]: row["published"] for row in rebuilt.query("select * from articles")}
    assert stored == EXPECTED_DAYS


def test_a_page_no_listing_dates_is_judged_by_itself():
    """The same short post, with no listing's day for it: no dated post's lines, no text."""
    html = _post_page(HEADLINES[BULLETIN], _bulletin())
    url = "http://127.0.0.1:8000" + BULLETIN
    assert extract_article(html, url, listed_as_article=True).body == ""
    dated = extract_article(html, url, listed_as_article=True, listing_day="2024-01-09")
    assert (dated.page_type, dated.body.split("\n\n")[0]) == ("article", "Inside this edition:")
    assert dated.published is None  # dated by its listing after its feed, in the clean stage
