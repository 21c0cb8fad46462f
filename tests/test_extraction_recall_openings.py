"""Article bodies keep their opening: standfirsts, subheadings and first lines under the headline, whatever the
layout's classes and footers; kickers, bylines and sidebars still go."""
from __future__ import annotations

import json

import pytest

from news_archive.pipelines.extraction import extract_article
from recall_pages import (CLUB_TEXT, CLUB_TITLE, CLUB_URL, MORE, PARAGRAPHS, TITLE, URL, club_page, page, paragraphs,
                          site_page)


def test_a_headline_set_after_all_the_text_does_not_hide_it():
    # Some themes repeat the headline in an <h1> at the foot of the post, for search engines.
    body = "".join(f"<div class='body'>{p}</div>" for p in PARAGRAPHS)
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="post">
<div class="h1">{TITLE}</div>{body}<h1 class="seo">{TITLE}</h1></div></body></html>"""
    result = extract_article(html, URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_an_h1_after_paragraphs_of_the_text_heads_a_part_of_it():
    # The headline is set without <h1>; the writer heads the second part of the text with one.
    last = "Most of them plan to take the late ferry home at least once a month, the island council found in a survey."
    text = paragraphs(PARAGRAPHS + MORE) + "<h1>What the islanders say</h1>" + paragraphs([last])
    html = site_page(f"<div class='page'><div class='headline'>{TITLE}</div><div class='story'>{text}</div></div>")
    body = extract_article(html, URL).body.split("\n\n")
    assert body == PARAGRAPHS + MORE + [last]


def test_a_headline_length_link_to_another_site_is_no_teaser_above_the_text():
    # An advertisement set as a line of its own inside a short post: the post's text after it stays.
    ad = "<a href='https://hosting.example.net/offer'>We set up your website for you, free of charge</a>"
    text = f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}"
    html = site_page(f"<div class='post'><h2>{TITLE}</h2><div class='postcontent'><div class='offer'>{ad}</div>"
                     f"<p>{text}</p></div></div>")
    assert extract_article(html, URL).body == text


def test_a_standfirst_set_as_a_heading_under_the_headline_stays_and_a_kicker_goes():
    deck = "Two extra crossings on weekend mornings and a late ferry home for concert goers on the mainland"
    html = site_page(f"<article><p class='kicker'>Ferries</p><h1>{TITLE}</h1><h2>Timetable</h2><h2>{deck}</h2>"
                     f"{paragraphs(PARAGRAPHS)}</article>")
    assert extract_article(html, URL).body.split("\n\n") == [deck] + PARAGRAPHS


def test_a_paragraph_of_the_writers_over_the_headline_in_its_box_opens_the_text():
    # A static generator's post whose Markdown opens on its excerpt, the "# Headline" under it: the tags over it go,
    # and so does a short kicker in the article's header.
    intro = "The island council has a detailed answer to the harbour office's plan for the summer crossings"
    tags = "<nav class='tags'><span class='tag'>ferries</span><span class='tag'>council</span></nav>"
    html = site_page(f"<main><article>{tags}<p>{intro}</p><h1>{TITLE}</h1>{paragraphs(PARAGRAPHS)}</article></main>")
    assert extract_article(html, URL).body.split("\n\n") == [intro] + PARAGRAPHS
    kicker = site_page(f"<main><article><header><p>Ferries and timetables</p><h1>{TITLE}</h1></header>"
                       f"{paragraphs(PARAGRAPHS)}</article></main>")
    assert extract_article(kicker, URL).body.split("\n\n") == PARAGRAPHS


def test_a_standfirst_beside_the_marked_article_body_stays():
    # No <h1>: the headline is an <h2>, the standfirst sits in the article beside its "article-content" element.
    lead = "The harbour office adds two crossings on weekend mornings and a late ferry home for concert goers."
    html = site_page(f"""<main><article><header><h2>Ferries: {TITLE.lower()}</h2><div>14 May 2024</div></header>
<div class="intro"><p>{lead}</p></div>
<div class="article-content">{paragraphs(PARAGRAPHS + MORE)}</div></article></main>""")
    assert extract_article(html, URL).body.split("\n\n") == [lead] + PARAGRAPHS + MORE


@pytest.mark.parametrize("lead_markup", [
    "<div class='article-lead'><p>{lead}</p></div>",
    "<p class='c-story__intro'>{lead}</p>",
    "<div class='ingress-wrap'><p class='text'>{lead}</p></div>",
])
def test_a_short_standfirst_classed_as_the_lead_stays(lead_markup):
    # A news site's lead of one short sentence in the article header, between the headline and the picture over the
    # text: shorter than a standfirst's usual length, but its class names it the lead.
    lead = "Two more crossings start on Saturday."
    header = f"<header><h1>{TITLE}</h1>{lead_markup.format(lead=lead)}<p>Listen</p></header>"
    html = site_page(f"""<article>{header}<figure><img src="/ferry.jpg" alt=""><figcaption>The ferry</figcaption>
</figure><div class="article-body">{paragraphs(PARAGRAPHS + MORE)}</div></article>""")
    assert extract_article(html, URL).body.split("\n\n") == [lead] + PARAGRAPHS + MORE


@pytest.mark.parametrize("line", ["<p>Two more crossings start on Saturday.</p>",
                                  "<p class='intro'>By Anna Berg, harbour reporter</p>"])
def test_a_short_line_in_the_header_not_classed_as_the_lead_or_no_sentence_is_no_standfirst(line):
    html = site_page(f"""<article><header><h1>{TITLE}</h1>{line}</header><figure><img src="/ferry.jpg" alt="">
<figcaption>The ferry</figcaption></figure><div class="article-body">{paragraphs(PARAGRAPHS + MORE)}</div></article>""")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS + MORE


def test_a_lead_the_stated_article_body_leaves_out_stays_under_a_heading():
    # The JSON-LD articleBody holds the text without its lead; a heading above the lead does not end the lead.
    lead = "The harbour office adds two crossings on weekend mornings and a late ferry home for concert goers."
    stated = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
              "datePublished": "2024-05-14", "articleBody": " ".join(PARAGRAPHS + MORE)}
    head = f"<script type='application/ld+json'>{json.dumps(stated)}</script>"
    heading = "What changes for travellers?"
    html = site_page(f"<article><h1>{TITLE}</h1><h3>{heading}</h3><p>{lead}</p>{paragraphs(PARAGRAPHS + MORE)}"
                     "<p>Read our guide to the island's beaches before you travel this summer.</p></article>", head)
    assert extract_article(html, URL).body.split("\n\n") == [heading, lead] + PARAGRAPHS + MORE


def test_a_posts_tags_in_its_wrapper_classes_name_no_furniture():
    # WordPress lists the post's categories and tags in its wrapper's classes: "tag-social-media" is no share bar,
    # and the post stays when a widget beside it holds its text more densely than the post's own parts do.
    parts = "".join(f"<div class='part'><p>{p}</p></div>" for p in PARAGRAPHS + MORE[:1])
    widget = f"<div class='widget'><p>{MORE[1]}</p><p>{MORE[2]}</p></div>"
    html = site_page(f"""<div id="content"><div class="post hentry category-harbour tag-social-media author-admin">
<h2 class="entry-title">{TITLE}</h2>{parts}</div></div>{widget}<div class="info"><p>{" ".join(PARAGRAPHS)}</p></div>""")
    body = extract_article(html, URL).body.split("\n\n")
    assert body[:4] == PARAGRAPHS + MORE[:1] and MORE[1] not in body


def test_a_sidebar_sharing_the_articles_layout_class_is_still_a_sidebar():
    # A feed of short news in the <aside> holds more text than the article and shares its wrapper's class.
    feed = "".join(f"<li class='live-item'><time>1{n}:00</time><p>{p}</p></li>" for n, p in enumerate(MORE * 3))
    html = site_page(f"""<div class="grid"><div class="mod"><article><h1>{TITLE}</h1>{paragraphs(PARAGRAPHS)}</article>
</div><aside class="mod" id="sidebar"><ul class="live">{feed}</ul></aside></div>""")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS


def test_a_byline_with_its_date_goes_and_a_sentence_opening_with_by_and_a_date_stays():
    byline = "by Anna Berg, Staff Writer | May 14, 2024 07:38am ET"
    sentence = "By May 1, 2024, every ferry had been inspected."
    html = site_page(f"<article><h1>{TITLE}</h1><p>{byline}</p>{paragraphs(PARAGRAPHS[:2] + [sentence])}</article>")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS[:2] + [sentence]


NOTICE = ("Use of this site constitutes acceptance of our user agreement and privacy policy. The material on this "
          "site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior "
          "written permission of Harbour News. Harbour News may earn a share of sales from products bought through "
          "links on this site as part of its partnerships with retailers.")


def test_a_footers_legal_notice_denser_than_a_short_posts_text_stays_out():
    # A gallery post of one short paragraph: the footer's notice is the page's densest text, not its article.
    lead = "The island's photographers show the harbour in the first light of summer. Ten pictures from the quay."
    html = site_page(f"<div class='gallery'><h1>{TITLE}</h1><div class='lead'><span>{lead}</span></div></div>"
                     f"<div id='site-footer'><div class='footer-copyright'><p>{NOTICE}</p></div></div>")
    assert extract_article(html, URL).body == lead


def test_an_article_the_page_sets_in_a_footer_element_stays():
    # Some templates wrap the whole story in <footer class="meta">: a text far longer than any notice is the article.
    text = paragraphs((PARAGRAPHS + MORE) * 5)
    html = site_page(f"<h1>{TITLE}</h1><footer class='meta'><div>{text}</div></footer>")
    assert extract_article(html, URL).body.split("\n\n")[:6] == PARAGRAPHS + MORE


@pytest.mark.parametrize("heading, kept", [
    ("Det blev en riktigt lyckad kväll för alla som kom till klubbhuset i tisdags", True),
    # The headline reworded, saying more: the page shows its headline above, so this is the text's own first line.
    ("Årsmötet i klubbhuset hölls i år på en tisdag, med val av styrelse", True),
    (CLUB_TITLE, False),  # the headline again, word for word
])
def test_a_deck_opening_the_content_under_a_headline_outside_it(heading, kept):
    # A theme that sets the post's title above its content element (the site's name in <h1>): a heading as long as
    # a sentence opening the content is its standfirst, unless it is the headline again.
    text = "".join(f"<p>{p}</p>" for p in CLUB_TEXT)
    page = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{CLUB_TITLE}</title></head>
<body><header><h1><a href="/">Strandklubben</a></h1></header><main><article><h2>{CLUB_TITLE}</h2>
<p class="meta">Publicerad: 2024-05-14</p><div class="content"><h3>{heading}</h3>{text}</div></article></main></body></html>"""
    body = extract_article(page, CLUB_URL).body.split("\n\n")
    assert body == ([heading] if kept else []) + CLUB_TEXT


@pytest.mark.parametrize("line, kept", [
    ("Titta<br>på morgonprogrammet 14.5.2024 vid 07:10 i klippet", True),
    ("Uppdaterad 14.5.2024 kl. 10:15", False),
    ("14.5.2024 kl. 10:15 av Anna", False),
])
def test_a_line_of_the_text_naming_the_posts_day_after_its_date_line_stays(line, kept):
    # The page shows its date line once: a later opening line naming the same day in words of its own is the text's;
    # an update line or a second byline is not.
    body = f"<p>14 maj 2024 av Maria</p><p>{line}</p>" + "".join(f"<p>{p}</p>" for p in CLUB_TEXT)
    result = extract_article(club_page(body), CLUB_URL)
    assert result.published.startswith("2024-05-14")
    assert result.body.split("\n\n") == ([line.replace("<br>", " ")] if kept else []) + CLUB_TEXT


def test_a_letters_short_salutation_stays():
    body = f"<p>Dear islanders,</p><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == ["Dear islanders,", *PARAGRAPHS]


def test_a_subheading_set_first_in_the_texts_own_element_opens_the_text_and_a_label_does_not():
    """A post's editor sets its standfirst as the first heading of the text ("<h2>Two more crossings on weekend
    mornings</h2>" above the first paragraph); a label of a word or two there names a topic."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(f"<h2>Two more crossings on weekend mornings</h2>{paragraphs}"), URL)
    assert result.body.split("\n\n")[0] == "Two more crossings on weekend mornings"
    result = extract_article(page(f"<h3>Island traffic</h3>{paragraphs}"), URL)
    assert result.body.split("\n\n")[0] == PARAGRAPHS[0]


def test_a_subheading_of_three_words_opens_the_text_and_a_label_of_two_does_not():
    """"Last minute tickets" set first in the text says what the post is about in three words, one in lower case."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(f"<h3>Last minute tickets</h3>{paragraphs}"), URL)
    assert result.body.split("\n\n")[0] == "Last minute tickets"
    result = extract_article(page(f"<h3>Island traffic</h3>{paragraphs}"), URL)
    assert result.body.split("\n\n")[0] == PARAGRAPHS[0]


def test_a_subheading_after_the_headline_in_the_texts_own_element_opens_the_text():
    """A generator that renders the post's Markdown ("# Title", then "## Subheading") sets the headline in the text's
    own element: the subheading after it is still the first of the text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"""<!DOCTYPE html><html lang="en"><head><title>{TITLE} | Harbour News</title></head><body>
<header><a href="/">Harbour News</a></header><main><p class="date">Published 14 May 2024</p>
<article class="content"><h1 id="title">{TITLE}</h1><h2 id="sub">Information about the new fares</h2>{paragraphs}
</article></main></body></html>"""
    assert extract_article(html, URL).body.split("\n\n")[0] == "Information about the new fares"


def test_a_one_paragraph_notice_keeps_its_own_subheading():
    """A notice of one paragraph under its own subheading, the two alone in their wrapper: the paragraph weighs the
    most, yet the subheading above it is the notice's, however short."""
    notice = "<div class='block'><div class='inner'><h3>Timetable change introduced</h3>" \
             f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></div></div>"
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Ferry notice 14052024 | Harbour News</title></head><body>
<header><h1>Ferry notice 14052024</h1></header><div class="content"><div class="menu"><a href="/a/">Timetables</a>
<a href="/b/">Fares</a><a href="/c/">Contact</a></div><div class="data">{notice}</div></div></body></html>"""
    assert extract_article(html, URL).body.split("\n\n") == ["Timetable change introduced",
                                                             f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}"]


def test_a_short_opening_line_above_the_first_paragraph_stays_and_a_label_goes():
    """A line of a few words, as short as a label, opens a post of mourning ("Rest well, Bo"); a label names a
    thing."""
    result = extract_article(page("<p>Rest well, Bo</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)), URL)
    assert result.body.startswith("Rest well, Bo\n\n")
    result = extract_article(page("<p>Timetables</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)), URL)
    assert result.body.startswith(PARAGRAPHS[0])


def test_the_first_paragraph_above_an_h1_of_a_section_stays_when_the_headline_stands_outside_the_text():
    """The theme shows the headline in the page's header; the writer heads the post's sections with <h1> too. The
    paragraph above the first of them is the post's opening, not a kicker above a headline."""
    html = f"""<html><head><title>{TITLE}</title></head><body><header><h1>{TITLE}</h1><p>14 May 2024</p></header>
<main><div class="content"><p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><h1>Crossings on weekends</h1><p>{PARAGRAPHS[2]}</p>
<p>{MORE[0]}</p><p>{MORE[1]}</p></div></main><footer><p>Harbour News, Quay Street 1</p></footer></body></html>"""
    assert extract_article(html, URL).body.startswith(PARAGRAPHS[0])


def _timetable(rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(f"<tr><td><a href='https://routes.example/{i}'>{route}</a></td><td>{stop}</td><td>{days}</td>"
                    f"<td>{time}</td></tr>" for i, (route, stop, days, time) in enumerate(rows))
    return f"<table class='table'><thead><tr><th>Route</th><th>Stop</th><th>Days</th><th>Time</th></tr></thead>" \
           f"<tbody>{cells}</tbody></table>"


def test_the_line_introducing_a_table_of_data_opens_the_text():
    """A post that is a line and tables of data under subheadings: the table's long cells outweigh the one line,
    but the line is the text's opening, not the table alone."""
    body = ("<p>These are the island crossings of the summer season.</p><h2>Mornings</h2>"
            + _timetable([(f"Boat {n}", "Pier", "Mon", f"6:{n}0") for n in range(1, 6)])
            + "<h2>Evenings</h2>"
            + _timetable([("South ferry", "Harbour baths, the sailing club and the beach kiosk", "Fri", "21:30"),
                          ("West ferry", "Island camping ground, the school and the chapel", "Sat", "22:45"),
                          ("Night ferry", "Old customs house, the ferry office and the market", "Sun", "23:50")]))
    lines = extract_article(page(body), URL).body.split("\n\n")
    assert lines[0] == "These are the island crossings of the summer season."
    assert "Island camping ground, the school and the chapel" in lines
