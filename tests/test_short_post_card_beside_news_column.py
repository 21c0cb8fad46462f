"""A short dated post set as a card of its own (its headline a plain <h5>, no <h1>, no <article> or post class around
its text but the page's outer one), with a column of other posts' cards beside it ("More news": linked headlines over
one-line excerpts) inside the same <article>: the cards are the theme's, not a listing's, when the post's own box
holds its headline, its date line and its text and none of the cards. A listing's cards share the box of its
headline's text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://skills.example/launch-of-the-civic-service/"
OTHERS = [
    ("games-for-skills", "Games and the spread of skills: the position paper",
     "The working group publishes its guidelines for teachers and policy makers."),
    ("new-calls", "The fund opens two new calls worth thirty million",
     "The calls aim to raise the skills of workers whose jobs are at risk."),
    ("awards", "The skills awards return for a new edition",
     "Projects that raise the skills of citizens compete for the prize again."),
]


def _card(slug: str, title: str, excerpt: str) -> str:
    return (f"<div class='mb-2'><div class='card card-bg'><div class='card-body pb-0'><img class='w-100' "
            f"src='/img/{slug}.jpg' alt='{title}'/><h5 class='card-title big-heading'><a href='/{slug}/'>{title}</a>"
            f"</h5><div class='card-text'><p><em>{excerpt}</em></p></div></div></div></div>")


DATE_LINE = "<div class='label'><span>17 December 2019</span></div>"


def _page(text: str, title: str = "Launch of the civic service", date_line: str = DATE_LINE) -> str:
    return ("<html lang='en'><head><title>Harbour Skills | " + title + "</title></head><body>"
            "<header><a href='/'>Harbour Skills</a><nav><a href='/news/'>News</a> <a href='/about/'>About</a></nav>"
            "</header><div class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/news/'>News</a> &gt; " + title +
            "</div><article class='container my-5'><div class='row'><div class='col-12 col-lg-8'><div class='card-"
            "wrapper'><div class='card card-bg card-big'>" + date_line + "<div class='card-body'>"
            "<h5 class='card-title'>" + title + "</h5><div class='card-text'><img "
            "class='w-100' src='/img/launch.jpg' alt='A net'/><div class='my-3'>" + text + "</div></div></div></div>"
            "</div></div><div class='col-12 col-lg-4'><h4>More news</h4>" + "".join(_card(*c) for c in OTHERS) +
            "<a class='btn' href='/news/'>See all the news</a></div></div></article>"
            "<footer><p>Department for the digital transition</p></footer></body></html>")


SHORT = ("<p><em>The minister presents the vision and the strategy that will guide the country's technological "
         "growth. The prime minister speaks too.</em></p>")


# A short dated post in a box of its own (its headline an <h3> under the day it went out, no <h1>, no <article> or post
# class), on a page whose footer shows a carousel of the latest posts' cards above the company's legal lines, and whose
# language switcher ("EN | IT") sits above the post: the container read is the whole page, yet the cards are the
# theme's, not a listing's. The switcher's items and the footer lines under the cards are the site's lines, not text
# the post's box must hold, nor the post's.
FOOTER_CARDS_URL = "https://harbour-soft.example/news/partner-programme.html"
FOOTER_CARDS = [
    ("/news/cloud-project.html", "The cloud project is starting",
     "We join three partners to bring local offices to shared services in the region."),
    ("/news/new-release.html", "A new release of the directory server",
     "The release brings faster searches and a console that is easier to read."),
    ("/news/hospital.html", "Another hospital relies on us for its accounts",
     "The hospital moves its staff accounts to an open platform we support."),
    # the post's own card, as the carousel of the latest posts shows it on the post's page too
    ("/news/partner-programme.html", "Partner programme", "We become an official partner of a large vendor."),
    ("https://blog.harbour-soft.example/mail.html", "Sending notification mails",
     "How to configure the server to send a mail when an account changes."),
    ("https://blog.harbour-soft.example/checks.html", "Custom checks in the console",
     "The console can check what users type before the server sees it."),
    ("https://blog.harbour-soft.example/bench.html", "Benchmarking the server on a database",
     "We put the server and the database on the bench to find their limits."),
]
FOOTER_CARDS_SHORT = ("<p>Today we take a step forward in supporting open source for business by becoming an "
                      "official partner of a large vendor. More details are on the vendor's portal.</p>"
                      "<p>The vendor's customers now have an easy way to reach us for professional support.</p>")


def _carousel_card(href: str, title: str, excerpt: str) -> str:
    return (f"<div class='item'><div class='left-item'></div><div class='right-item'><a href='{href}' class='purple'>"
            f"<h5 class='item-title'>{title}</h5></a><p>{excerpt}</p></div></div>")


def _footer_cards_page(text: str, date_line: str = "08 Feb 2012") -> str:
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
            + "".join(_carousel_card(*c) for c in FOOTER_CARDS) + "</div></div></div></div></div>"
            "<div class='wrapper row2'><div class='clear' id='footer'><div class='one_third'><p class='fl_left'>"
            "Harbour Soft S.r.l. - VAT 01974100685 Powered by a content toolkit <a href='/privacy.html'>Privacy "
            "Policy</a></p></div><div class='one_third'><p>Names of the products and their logos are trademarks of "
            "the foundation that releases them.</p></div><div class='one_third'><p class='fl_right'>Copyright 2011 "
            "Harbour Soft S.r.l. All rights reserved.</p></div></div></div></body></html>")


def test_a_short_post_above_a_footer_carousel_of_cards_is_that_post():
    """Fails before: "listing: 7 linked headlines over short teasers": the footer's lines under the cards and the
    language switcher counted as text the post's own box does not hold; then, its text opened on the switcher's
    "EN" and "|" and closed on the footer's company, trademark and copyright lines; then, with the post's own card
    in the carousel, on the card's excerpt and those lines."""
    found = extract_article(_footer_cards_page(FOOTER_CARDS_SHORT), FOOTER_CARDS_URL)
    assert found.page_type == "article", found.page_reason
    assert found.title == "Partner programme"
    assert found.published[:10] == "2012-02-08"
    assert found.body.startswith("Today we take a step forward")
    assert found.body.endswith("reach us for professional support.")
    assert "bring local offices" not in found.body


def test_a_short_post_beside_a_column_of_news_cards_is_that_post():
    """Fails before: "listing: 3 linked headlines over short teasers", the column's cards counted as the page's (no
    feed or URL family of the site vouches for it: a listing's teaser alone names it)."""
    found = extract_article(_page(SHORT), URL)
    assert found.page_type == "article", found.page_reason
    assert found.title == "Launch of the civic service"
    assert found.published[:10] == "2019-12-17"
    assert found.body.startswith("The minister presents the vision")
    assert "thirty million" not in found.body and "More news" not in found.body


@pytest.mark.parametrize("build, text, url", [(_page, SHORT, URL),
                                             (_footer_cards_page, FOOTER_CARDS_SHORT, FOOTER_CARDS_URL)])
def test_the_same_page_with_no_date_line_in_its_box_stays_a_listing(build, text, url):
    # Nothing in the box of its headline says it is a post of a day: a section's intro beside its cards.
    found = extract_article(build(text, date_line=""), url)
    assert found.page_type == "listing", found.page_reason


def test_a_listing_whose_cards_share_its_headline_box_stays_a_listing():
    page = ("<html><head><title>Harbour Skills | News</title></head><body><main><div class='section'>"
            "<h1>News</h1><p>The latest news of the initiative, its calls and its events.</p>"
            "<span>17 December 2019</span>" + "".join(_card(*c) for c in OTHERS) + "</div></main></body></html>")
    found = extract_article(page, "https://skills.example/news/", listed_as_article=True)
    assert found.page_type == "listing", found.page_reason
