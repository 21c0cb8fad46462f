"""A post closing on a firm's postal address set in one paragraph a line each (its name in bold, the street, the
postal code and town, the country, a phone and a mail line), or set a line a <div> as a text pasted from a mail
client comes: the whole address closes the body, the name line and the country too."""
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


def _mail_pasted(address_lines: list[str]) -> str:
    # A job advert pasted from a mail client: every line of the text its own <div>, blank lines as <div><br></div>.
    lines = ["We are looking for a programmer to maintain the dictionary database of the institute, starting",
             "in the autumn, for three years with the possibility of renewal after the second year.", "",
             "Please send your application to the following address:", "", *address_lines, ""]
    return "".join(f"<div>{line}</div>" if line else "<div><br /></div>" for line in lines)


def test_a_postal_address_set_a_line_a_div_closes_the_text():
    # Fails before: each line of the address, a short line in a <div> of its own, read as a label and was dropped.
    address = ["   Northern University", "   Department of Old Languages", "   Prof. Anna Berg", "   Harbour Street 1",
               "   80539 Harbourtown", "   Germany", "   berg@uni.example"]
    body = extract_article(_page(_mail_pasted(address)), URL).body
    assert body.endswith("Please send your application to the following address:\n\nNorthern University\n\n"
                         "Department of Old Languages\n\nProf. Anna Berg\n\nHarbour Street 1\n\n80539 Harbourtown\n\n"
                         "Germany\n\nberg@uni.example")


def test_short_lines_a_div_each_with_no_postal_code_are_no_address():
    lines = ["   Share this post", "   Facebook", "   Twitter"]
    body = extract_article(_page(_mail_pasted(lines)), URL).body
    assert "Twitter" not in body
