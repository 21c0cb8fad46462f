"""A documentation site's news: every item's page shows no date, its feed dates it, and the news listing prints the
items whole with no link to their pages. An item of one line announcing what it links on the site itself ("We have
published <a>version 4 of the data model</a>.") is judged as a post of the feed's day, as one its listing dates is:
its line is its text. The documentation page it links, in the menu and in no feed, stays unstored."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_one_source, page

PROSE = ("The lookup service will be closed on Tuesday evening for planned maintenance of the database servers. "
         "Calls made in that window answer with an error; please retry after the window has ended.")
# slug -> (title, RSS date, the item's text as HTML)
ITEMS = {
    "model-published": ("Data model published", "Tue, 23 Jan 2018 09:00:00 GMT",
                        "<p>We have published <a href='{base}/docs/model/'>version 4 of the data model for the "
                        "register</a>.</p>"),
    "model-updated": ("Data model document updated", "Tue, 20 Sep 2022 09:00:00 GMT",
                      "<p>the data model document is updated.\n    You find it here: <a href='{base}/docs/model/'>"
                      "{base}/docs/model/</a></p>"),
    "maintenance-tuesday": ("Maintenance on Tuesday", "Mon, 05 Mar 2018 09:00:00 GMT", f"<p>{PROSE}</p>"),
    "new-test-data": ("New test data", "Fri, 20 Apr 2018 09:00:00 GMT",
                      f"<p>{PROSE.replace('lookup service', 'test service')}</p>"),
}
MENU = "".join(f"<li><a href='{{base}}/docs/{slug}/'>{label}</a></li>" for slug, label in (
    ("model", "Data model"), ("access", "Access"), ("testing", "Testing")))


def _shell(title: str, content: str, base: str) -> str:
    """The agency's theme: the page title as the header's <h1>, a side menu, the text in its block."""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><header class='header'>"
            f"<div class='header-meta'><h1>{title}</h1></div></header><div class='data'>"
            f"<div class='sideblokk navig'><ul>{MENU.format(base=base)}<li><a href='{base}/news/'>News</a></li></ul>"
            f"</div><div class='innhold-blokk'><div class='innhold-blokk-innhold'>{content}</div></div></div>"
            "<footer><p>The Register Agency</p></footer></body></html>")


def _feed(base: str) -> bytes:
    items = "".join(f"<item><title>{title}</title><link>{base}/{slug}/</link><pubDate>{day}</pubDate></item>"
                    for slug, (title, day, _text) in ITEMS.items())
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>News</title>"
            f"<link>{base}/news/</link>{items}</channel></rss>").encode()


def test_one_line_items_announcing_a_page_of_the_site_are_stored_with_their_line(tmp_path):
    """Fails before: undated on its page, an item whose one line links to another page of the site weighed as a link
    line, no text: both one-line items were dropped ('less than 1 characters of text')."""
    server = FaultServer()
    base = server.base_url
    listing = "".join(f"<div class='nyhet'><h3>2018-01-23 - {title}</h3>{text.format(base=base)}</div>"
                      for title, _day, text in ITEMS.values())
    server.routes["/news/"] = page(_shell("News", f"<div class='nyhetscontainer'>{listing}</div>", base).replace(
        "</head>", f"<link rel='alternate' type='application/rss+xml' href='{base}/rss.xml'></head>"))
    server.routes["/rss.xml"] = page(_feed(base), content_type="application/rss+xml")
    for slug, (title, _day, text) in ITEMS.items():
        server.routes[f"/{slug}/"] = page(_shell(title, text.format(base=base), base))
    server.routes["/docs/model/"] = page(_shell("Data model", "<p>The data model describes every field of the "
                                                              "register, its type and who may read it.</p>" * 3, base))
    crawl_one_source(server, tmp_path, "register", "Register", "/news/")
    stored = {row["url"].removeprefix(base): row for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert set(stored) == {f"/{slug}/" for slug in ITEMS}
    assert stored["/model-published/"]["body"] == "We have published version 4 of the data model for the register."
    assert stored["/model-updated/"]["body"].startswith("the data model document is updated.")
    assert stored["/model-published/"]["published"].startswith("2018-01-23")
