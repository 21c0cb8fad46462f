"""A post closing on a firm's postal address set in one paragraph a line each (its name in bold, the street, the
postal code and town, the country, a phone and a mail line): the whole address closes the body, the name line and
the country too."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://usergroup.example/2007/10/20/members-visit-partner-event/"
TITLE = "Members visited the partner event"
TEXT = ("<p>Six of our members travelled to the partner event this autumn, where the distributor showed its new "
        "training centre and the vendors it represents in the region.<br><br>"
        "The distributor sells solutions that make desktops easier to run and to secure, together with partners it "
        "picks with care, in five countries.<br><br>"
        "It is also the vendors' official training centre for customers and partners alike.</p>")


def _page(address: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Members visited the partner event"
            "</title><meta property='article:published_time' content='2007-10-20T10:15:00+00:00'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/articles/'>Articles</a> <a href='/about/'>About</a></nav>"
            f"</header><main><article class='post type-post'><header><h1 class='entry-title'>{TITLE}</h1>"
            "<p class='entry-meta'>20/10/2007</p></header>"
            f"<div class='entry-content'>{TEXT}{address}<div class='caption'><img src='/uploads/visit.jpg' alt=''>"
            "</div><p>\t</p></div></article><nav class='post-nav'><a href='/2007/10/02/older/'>Previous</a></nav>"
            "</main><footer><p>© 2007 The user group</p></footer></body></html>")


def test_a_postal_address_closing_the_text_keeps_its_name_and_country_lines():
    # Fails before: the firm's name in bold and the country alone on its line read as labels and were dropped.
    address = ("<p><b>Northwind Distribution Ltd</b><br>\r<br>Harbour Street 16 B 28<br>\r<br>FI-00100 Helsinki <br>"
               "\r<br>Finland<br>\r<br>Phone: +358 9 555 0100<br>\r<br>Email: info (at) northwind.example </p>")
    body = extract_article(_page(address), URL).body
    assert body.endswith("\n\nNorthwind Distribution Ltd\n\nHarbour Street 16 B 28\n\nFI-00100 Helsinki\n\nFinland\n\n"
                         "Phone: +358 9 555 0100\n\nEmail: info (at) northwind.example")
