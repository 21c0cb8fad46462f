"""An association's news post is a line or two and a document under its own <h1>; a column beside it holds a box of
the latest news as cards (an unlinked headline, an excerpt, a "View More" button). The cards are not the post's
text, and they do not make the post a listing: the news listing shows it as a card of its own."""
from __future__ import annotations

import sqlite3

from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, crawl_one_source, page

SHORT = [(n, f"Position paper on payment rules number {n}", f"The association has sent its views on payment rule {n} "
          "to the authorities in a short statement.") for n in range(1, 4)]
LONG = [(n, f"Interview with a member on treasury topic {n}", " ".join(
    f"Paragraph {k} of the long interview explains how the team handled question {n} during the year, and what "
    "the members learnt from it when they met again in the autumn." for k in range(1, 6))) for n in range(4, 6)]
POSTS = SHORT + LONG
LAST_OWN = "what the members learnt from it when they met again in the autumn."


def _card(n: int, title: str, excerpt: str, dated: bool = False) -> str:
    day = f"<small>{n:02d} Mar 2024</small><br/>" if dated else ""
    return (f'<div class="news_inner"><h3 class="title">{day}{title}</h3><p>{excerpt[:120]}</p>'
            f'<a href="/news/{n}/post-{n}/index.html" class="btn btn-sm">View More</a></div>')


def _side_box() -> str:
    cards = "".join(_card(n, f"Other news item {n} of the association", "Members meet in the spring to discuss the "
                          f"year's plans and elect the board, item {n}.") for n in range(11, 16))
    return f'<div class="col-md-3" id="extra_news"><h2 class="heading">News</h2>{cards}</div>'


def _post(n: int, title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in text.rstrip(".").split(". "))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><nav class='navbar'><ul>"
            "<li><a href='/news.html'>News</a></li><li><a href='/about.html'>About</a></li></ul></nav>"
            f"<div class='row'><div class='col-md-9'><div id='news_body'><h1 class='news'>{title}</h1>"
            f"<div>{paragraphs}</div><a id='document_show' data-href='/doc{n}.pdf' class='btn'>View Document</a>"
            f"<iframe src='/doc{n}.pdf'></iframe></div></div>{_side_box()}</div>"
            "<footer><p>The association of treasurers, Brussels.</p></footer></body></html>")


def _listing() -> str:
    cards = "".join(_card(n, title, text, dated=True) for n, title, text in POSTS)
    return (f"<!DOCTYPE html><html lang='en'><head><title>News</title></head><body><nav class='navbar'><ul><li>"
            f"<a href='/news.html'>News</a></li></ul></nav><h1>News</h1><div class='row'>{cards}</div></body></html>")


def test_a_short_post_beside_a_box_of_news_cards_is_stored_with_its_own_text(tmp_path):
    """Fails before: the short posts were listings ("its <article> blocks each open with a link to another page") and
    the long ones' text ran on into the side box's cards."""
    server = FaultServer()
    server.routes["/news.html"] = page(_listing())
    for n, title, text in POSTS:
        server.routes[f"/news/{n}/post-{n}/index.html"] = page(_post(n, title, text))
    for n in range(11, 16):
        server.routes[f"/news/{n}/post-{n}/index.html"] = page(_post(n, f"Other news item {n} of the association",
                                                                     SHORT[0][2]))
    crawl_one_source(server, tmp_path, "assoc", "Assoc", "/news.html")
    rows = dict(sqlite3.connect(tmp_path / "a.db").execute("select title, body from articles"))
    for n, title, text in POSTS:
        assert title in rows
        assert "Other news item" not in rows[title]
    assert rows[SHORT[0][1]].startswith("The association has sent its views")
    assert rows[LONG[0][1]].endswith(LAST_OWN)


def test_a_listing_of_cards_under_its_own_h1_stays_a_listing():
    listing = extract_article(_listing(), "https://assoc.example/news.html")
    assert listing.page_type == "listing"
