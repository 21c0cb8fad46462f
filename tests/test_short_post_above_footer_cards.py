"""A short dated post in a box of its own (its headline an <h3> under the day it went out, no <h1>, no <article> or
post class), on a page whose footer shows a carousel of the latest posts' cards (linked headlines over one-line
excerpts) above the company's legal lines, and whose language switcher ("EN | IT") sits above the post: the container
read is the whole page, yet the cards are the theme's, not a listing's. The switcher's items and the footer lines
under the cards are the site's lines, not text the post's box must hold."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour-soft.example/news/partner-programme.html"
CARDS = [
    ("/news/cloud-project.html", "The cloud project is starting",
     "We join three partners to bring local offices to shared services in the region."),
    ("/news/new-release.html", "A new release of the directory server",
     "The release brings faster searches and a console that is easier to read."),
    ("/news/hospital.html", "Another hospital relies on us for its accounts",
     "The hospital moves its staff accounts to an open platform we support."),
    ("https://blog.harbour-soft.example/mail.html", "Sending notification mails",
     "How to configure the server to send a mail when an account changes."),
    ("https://blog.harbour-soft.example/checks.html", "Custom checks in the console",
     "The console can check what users type before the server sees it."),
    ("https://blog.harbour-soft.example/bench.html", "Benchmarking the server on a database",
     "We put the server and the database on the bench to find their limits."),
]
SHORT = ("<p>Today we take a step forward in supporting open source for business by becoming an official partner "
         "of a large vendor. More details are on the vendor's portal.</p>"
         "<p>The vendor's customers now have an easy way to reach us for professional support.</p>")


def _card(href: str, title: str, excerpt: str) -> str:
    return (f"<div class='item'><div class='left-item'></div><div class='right-item'><a href='{href}' class='purple'>"
            f"<h5 class='item-title'>{title}</h5></a><p>{excerpt}</p></div></div>")


def _page(text: str, date_line: str = "08 Feb 2012") -> str:
    menu = "".join(f"<li><a href='/{slug}.html'>{slug.title()}</a></li>" for slug in ("products", "team", "contact"))
    return ("<html lang='en_US'><head><title>Harbour Soft - Partner programme</title>"
            "<meta content='2012-02-08 00:00:00' property='article:published_time'></head><body>"
            "<div class='wrapper row1'><header class='full_width clear' id='header'><div id='topnav'><ul class='clear'>"
            + menu + "</ul></div></header></div>"
            "<div class='wrapper row3'><div id='container'><div class='clear three_quarter contentbackground'><div>"
            "<div class='languages' id='header'><ul id='languages'><li>EN</li><li>|</li>"
            "<li><a href='/it/news/partner-programme.html'>IT</a></li></ul></div>"
            "<div id='story'><section class='clear'>" + date_line + "<div class='rule'>&nbsp;</div>"
            "<h3>Partner programme</h3>" + text + "<p class='more'><a href='/news/index.html'>&laquo; Return</a></p>"
            "</section></div></div></div><div class='one_quarter sidebar'><aside><h2>Menu</h2><nav><ul>" + menu +
            "</ul></nav></aside></div></div></div>"
            "<div class='wrapper row4'><div class='clear' id='footer'><div class='three_quarter'><div>"
            "<h3><a href='/news/index.html'>Latest Updates</a></h3><div class='owl-carousel' id='slider'>"
            + "".join(_card(*c) for c in CARDS) + "</div></div></div></div></div>"
            "<div class='wrapper row2'><div class='clear' id='footer'><div class='one_third'><p class='fl_left'>"
            "Harbour Soft S.r.l. - VAT 01974100685 Powered by a content toolkit <a href='/privacy.html'>Privacy "
            "Policy</a></p></div><div class='one_third'><p>Names of the products and their logos are trademarks of "
            "the foundation that releases them.</p></div><div class='one_third'><p class='fl_right'>Copyright 2011 "
            "Harbour Soft S.r.l. All rights reserved.</p></div></div></div></body></html>")


def test_a_short_post_above_a_footer_carousel_of_cards_is_that_post():
    """Fails before: "listing: 7 linked headlines over short teasers": the footer's lines under the cards and the
    language switcher counted as text the post's own box does not hold."""
    found = extract_article(_page(SHORT), URL)
    assert found.page_type == "article", found.page_reason
    assert found.title == "Partner programme"
    assert found.published[:10] == "2012-02-08"
    assert "Today we take a step forward" in found.body
    assert "bring local offices" not in found.body


def test_the_same_page_with_no_date_line_in_the_posts_box_stays_a_listing():
    # Nothing in the box of its headline says it is a post of a day: a section's intro over the site's cards.
    found = extract_article(_page(SHORT, date_line=""), URL)
    assert found.page_type == "listing", found.page_reason


def test_a_listing_whose_cards_share_its_headline_box_stays_a_listing():
    page = ("<html><head><title>Harbour Soft - News</title></head><body><div id='container'><section>"
            "<h3>News</h3><p>The latest news of the company, its releases and its customers.</p><span>08 Feb 2012</span>"
            + "".join(_card(*c) for c in CARDS[:3]) + "</section></div><div id='footer'><p>Names of the products and "
            "their logos are trademarks of the foundation that releases them.</p></div></body></html>")
    found = extract_article(page, "https://harbour-soft.example/news/index.html", listed_as_article=True)
    assert found.page_type == "listing", found.page_reason
