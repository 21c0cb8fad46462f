"""Article bodies keep all of the article's own text: short lines, lists, text after a box the page left open."""
from __future__ import annotations

import json

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour.example/news/2024/05/14/ferry-timetable/"
TITLE = "New ferry timetable for the summer"
PARAGRAPHS = [
    "The harbour office published the summer timetable on Tuesday, with two extra crossings on weekend mornings.",
    "The first ferry now leaves at half past six, and the last one returns from the island shortly before midnight.",
    "Tickets bought for the spring season remain valid until the end of June, the office said in its announcement.",
]


def page(body: str) -> str:
    """A small news page: site chrome around an article with its headline and date."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">News</a><a href="/about/">About</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 14 May 2024</p>
<div class="story">{body}</div></article></main><footer><p>Harbour News, Quay Street 1</p></footer></body></html>"""


def test_short_sentences_set_as_lines_between_lines_of_text_stay():
    lines = [PARAGRAPHS[0], "She nodded.", "“Is it true?”", PARAGRAPHS[1], "Share", PARAGRAPHS[2]]
    body = "".join(f"<div><div><span>{line}</span></div></div>" for line in lines)
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "She nodded.", "“Is it true?”", PARAGRAPHS[1], PARAGRAPHS[2]]


MORE = [
    "Residents of the island welcomed the change, saying the late return makes evening concerts on the mainland possible.",
    "The harbour master said the timetable will be reviewed in September, once the summer's passenger counts are known.",
    "Cyclists can take their bikes on every crossing, but the office asks them to board before the cars do.",
]


def test_text_run_into_a_box_left_open_stays_and_the_box_goes():
    before = PARAGRAPHS + [
        "Freight traffic keeps its own early crossing, which the island's shops depend on for their morning deliveries.",
        "The new timetable also adds a stop at the northern pier on Saturdays, mainly for walkers heading to the lighthouse."]
    box = "<div class='cta-box'><p>Support local news: become a member today and read without limits.</p></div>"
    body = "".join(f"<p>{p}</p>" for p in before) + \
        f"<div class='cta'>{box}" + "".join(f"<p>{p}</p>" for p in MORE)  # the page never closes the "cta" box
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == before + MORE


def test_a_closed_box_of_its_own_still_goes():
    box = "<div class='cta'><p>Support local news: become a member today and read without limits.</p></div>"
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + box), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_list_item_saying_more_than_its_link_stays_and_a_list_of_links_goes():
    points = ("<ul><li>The <a href='/timetable/'>summer timetable of the harbour office</a> lists every crossing "
              "with its pier and the expected travel time.</li></ul>")
    links = "<ul><li><a href='/news/1/'>Harbour fees rise</a></li><li><a href='/news/2/'>New pier opens</a></li></ul>"
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + points + links), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + [
        "The summer timetable of the harbour office lists every crossing with its pier and the expected travel time."]


def test_a_closing_note_in_parentheses_stays_and_a_short_sign_off_goes():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>(Reporting by Anna Berg; editing by Per Lund)</p>"
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + ["(Reporting by Anna Berg; editing by Per Lund)"]
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>Read more from the harbour</p>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_an_article_that_is_mostly_a_list_of_short_plain_items_is_kept():
    # A notice of a few lines and a list of closed piers: plain items are the text, not a menu of links.
    piers = ["North pier", "South pier: closed Friday", "Island quay", "Old harbour steps", "Fish market landing",
             "Ferry terminal B", "Lighthouse jetty: closed until Monday", "Marina east", "Marina west", "Coal wharf",
             "Customs quay", "Boatyard slip", "Ropewalk landing", "Chapel steps", "Mill pier"]
    intro = ["Storm damage closes most of the town's piers for the rest of the week.",
             "Here is the list of landings that stay shut until at least Monday, unless noted."]
    body = "<br><br>".join(intro) + "<ul>" + "".join(f"<li>{pier}</li>" for pier in piers) + "</ul>"
    related = "".join(f"<div><a href='/news/{n}/'>Harbour story number {n} about the storm</a></div>" for n in range(6))
    html = f"""<html><head><title>{TITLE}</title></head><body><div id="page"><h1>{TITLE}</h1>
<div class="text">{body}{related}</div></div></body></html>"""
    result = extract_article(html, URL)
    assert result.body.split("\n\n") == intro + piers


def test_a_headline_set_after_all_the_text_does_not_hide_it():
    # Some themes repeat the headline in an <h1> at the foot of the post, for search engines.
    body = "".join(f"<div class='body'>{p}</div>" for p in PARAGRAPHS)
    html = f"""<html><head><title>{TITLE}</title></head><body><div class="post">
<div class="h1">{TITLE}</div>{body}<h1 class="seo">{TITLE}</h1></div></body></html>"""
    result = extract_article(html, URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_linked_items_of_a_list_of_prose_stay_and_a_list_of_links_goes():
    points = [
        "The summer timetable adds two crossings on weekend mornings and a late return on Fridays.",
        "Ticket machines on both piers now take cards, so passengers no longer need cash on board.",
        "Anna Berg from the harbour office fixed the ticket page",
        "Bicycles travel free on every crossing until the end of August, the office said on Tuesday.",
    ]
    items = [f"<li>{p}</li>" for p in points]
    items[2] = "<li><a href='/people/anna-berg/'>Anna Berg from the harbour office</a> fixed the ticket page</li>"
    links = "<ul><li><a href='/news/1/'>Harbour fees rise</a></li><li><a href='/news/2/'>New pier opens</a></li></ul>"
    result = extract_article(page(f"<p>{PARAGRAPHS[0]}</p><ul>{''.join(items)}</ul><p>{PARAGRAPHS[1]}</p>{links}"), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], *points, PARAGRAPHS[1]]


def test_a_short_sentence_split_off_a_paragraph_by_line_breaks_stays():
    # An editor that writes lines, not <p>s: the post's closing sentence is short, and "Share" still goes.
    text = "<br><br>".join(PARAGRAPHS + ["See you on board!"])
    result = extract_article(page(f"<div class='post-body'>{text}</div><div>Share</div>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + ["See you on board!"]


def test_lines_led_by_a_bullet_are_points_of_the_text():
    lines = ["• North pier: closed Friday", "• Island quay", "• <a href='/news/storm/'>All our storm coverage</a>"]
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<div>{'<br><br>'.join(lines)}</div>"
    result = extract_article(page(text), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + ["• North pier: closed Friday", "• Island quay"]


def test_a_link_inside_a_sentence_keeps_its_words_whatever_its_class():
    # CMSs class linked keywords and places after their role ("keywords", "meta-loc"): the words are the sentence's.
    sentence = ("The ferries to <a class='keywords' href='/topics/island/'>the island</a> and "
                "<a class='meta-loc' href='/places/north-pier/'>North Pier</a> keep their times.")
    related = "<div class='related'><a href='/news/1/'>Harbour fees rise for the summer season</a></div>"
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{sentence}</p>{related}"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + ["The ferries to the island and North Pier keep their times."]


def test_a_credit_line_to_another_blog_keeps_its_link_whatever_its_class():
    # A post re-published from another blog credits it in a line pasted with that blog's markup: the link's classes
    # are the source theme's comment link; the line is the writer's. The site's own comments link still goes, and so
    # does a follow button after the writer's name.
    credit = ("Story first told by<span class='post-comment-link'> <a class='comment-link' "
              "href='https://lighthouse-keeper.example/2024/05/new-times.html#comment-form'>The Lighthouse Log</a></span>")
    own_comments = "<a class='comment-link' href='/news/2024/05/14/ferry-timetable/#comments'>Two readers replied</a>"
    follow = "<a class='twitter-follow-button' href='https://twitter.com/harbourdesk'>Follow @harbourdesk</a>"
    text = paragraphs(PARAGRAPHS) + f"<p>{credit}</p><p>Reactions: {own_comments}</p><p>-- By Ella Strand {follow}</p>"
    result = extract_article(page(text), URL)
    lines = result.body.split("\n\n")
    assert lines[:4] == PARAGRAPHS + ["Story first told by The Lighthouse Log"]
    assert lines[-1] == "-- By Ella Strand" and "Two readers replied" not in result.body


def test_a_line_closing_each_section_of_a_builder_page_stays_each_time():
    # A page builder sets each section as a row of columns and numbers each row's container; the writer closes
    # both sections on the same funder's line, beside its logo. The second showing is the text's last sentence.
    funder = "The work on both quays was also paid for by the Coastal Heritage Fund and the county's harbour office"

    def section(number: int, heading: str, text: str) -> str:
        return (f"<h2>{heading}</h2><p>{text}</p>"
                f"<div class='builder-columns builder-row-layout-{number}'>"
                "<div class='builder-column'><figure><img src='/logos/fund.png' alt=''></figure></div>"
                f"<div class='builder-column'><p>{funder}</p></div></div>")
    text = f"<p>{PARAGRAPHS[2]}</p>" + section(2, "North quay", PARAGRAPHS[0]) + section(5, "South quay", PARAGRAPHS[1])
    result = extract_article(page(text), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[2], "North quay", PARAGRAPHS[0], funder,
                                         "South quay", PARAGRAPHS[1], funder]


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in texts)


def site_page(body: str, head: str = "") -> str:
    """A page of the same site with the article laid out as `body` says."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Harbour News</title>{head}</head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">News</a><a href="/about/">About</a></nav></header>
{body}<footer><p>Harbour News, Quay Street 1</p></footer></body></html>"""


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


FIXES = [
    "Anna Berg fixed the ticket page that showed the winter prices to passengers on phones",
    "Olle Lind made the timetable export open in every calendar program the office tried",
    "Bug 2041 – Departures from the island pier are listed twice on the printed timetable",
]


def test_a_list_of_links_to_other_sites_under_the_texts_own_subheading_stays_when_the_text_goes_on():
    # A post written under its own subheadings, its points linking the issue tracker of another site.
    fixes = "".join(f"<li><a href='https://tracker.example.org/{n}'>{fix}</a></li>" for n, fix in enumerate(FIXES))
    text = (f"<p>{PARAGRAPHS[0]}</p><h3>Fixed this month</h3><ul>{fixes}</ul>"
            f"<h3>Next month</h3><p>{PARAGRAPHS[1]}</p>")
    assert extract_article(page(text), URL).body.split("\n\n") == (
        [PARAGRAPHS[0], "Fixed this month", *FIXES, "Next month", PARAGRAPHS[1]])


def test_share_buttons_related_stories_and_teasers_before_a_sign_off_stay_out_under_a_heading():
    shares = "".join(f"<li><a href='https://{name.lower()}.example/share'>{name}</a></li>"
                     for name in ("Facebook", "Twitter", "Email"))
    own = "".join(f"<li><a href='/news/2024/05/{n}/'>{fix}</a></li>" for n, fix in enumerate(FIXES))
    teasers = "".join(f"<li><a href='https://games.example.net/{n}'>{fix}</a></li>" for n, fix in enumerate(FIXES))
    shop = "".join(f"<li><a rel='sponsored nofollow' href='https://shop.example.com/{n}'>{fix}</a></li>"
                   for n, fix in enumerate(FIXES))
    for heading, listed, after in (("Share this story", shares, PARAGRAPHS[2]), ("Read more", own, PARAGRAPHS[2]),
                                   ("More from our network", teasers, "Anna Berg is on Twitter at annaberg."),
                                   ("Our picks, at a glance", shop, PARAGRAPHS[2])):
        text = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><h3>{heading}</h3><ul>{listed}</ul><p>{after}</p>"
        body = extract_article(page(text), URL).body
        assert body.startswith(PARAGRAPHS[0]) and PARAGRAPHS[1] in body, heading
        assert "Facebook" not in body and FIXES[0] not in body, heading


def test_a_list_a_line_introduces_at_the_end_of_the_text_stays_when_its_items_run_longer_than_headlines():
    deals = [
        "Day return for two adults and two children to the island, with bicycles, for 240 kronor at the harbour office",
        "Summer card for unlimited crossings between June and August for 1,150 kronor at the ferry company's kiosk",
    ]
    items = "".join(f"<li><a href='https://tickets.example.com/{n}'>{deal}</a> (normally more)</li>"
                    for n, deal in enumerate(deals))
    text = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p><strong>This week's offers:</strong></p><ul>{items}</ul>"
    body = extract_article(page(text), URL).body.split("\n\n")
    assert body == [PARAGRAPHS[0], PARAGRAPHS[1], "This week's offers:", *(f"{d} (normally more)" for d in deals)]


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


CLUB_URL = "https://strandklubben.example/2024/05/14/arsmote/"
CLUB_TITLE = "Årsmötet hölls i klubbhuset"
CLUB_TEXT = [
    "Föreningens årsmöte hölls i klubbhuset på tisdagskvällen, och nästan fyrtio medlemmar kom för att rösta.",
    "Styrelsen valdes om i sin helhet, och kassören visade ett bokslut med ett litet överskott för året.",
]


SITE_FOOTER = "<p>Strandklubben</p><p>Hamngatan 2</p>"


def club_page(body: str, footer: str = "<p>Strandklubben, Hamngatan 2</p>") -> str:
    """An association's blog post: its paragraphs in the theme's content element, a share box after them."""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{CLUB_TITLE}</title></head>
<body><header><a href="/">Strandklubben</a><nav><a href="/nyheter/">Nyheter</a></nav></header>
<main><article><h1>{CLUB_TITLE}</h1><p class="meta">14 maj 2024</p><div class="entry-content">{body}</div>
<div class="share"><a href="https://social.example/share">Dela</a></div></article></main>
<footer>{footer}</footer></body></html>"""


@pytest.mark.parametrize("closing", [
    "Varma hälsningar från styrelsen", "Tack till alla som kom", "Vi ses där", "Välkomna!",
    "Har du frågor? Hör av dig till oss", "Vi ses på sommarfesten 🌞", "/Maria", "– Anna och Per",
    "Ystävällisin terveisin, hallitus", "Nähdään rannalla", "Viele Grüße", "Herzliche Grüße, euer Vorstand",
    "Best wishes, the board", "See you on the beach", "Vel møtt på stranden",
    "Skriv till <a href='mailto:styrelsen@strandklubben.example'>styrelsen@strandklubben.example</a>",
])
def test_the_writers_closing_line_without_a_full_stop_stays(closing):
    # Associations' posts end on a greeting, a thank-you or a signature: the last thing in the text's own run of
    # paragraphs, whether set as a paragraph or as a line of the same element.
    paragraphs = "".join(f"<p>{p}</p>" for p in CLUB_TEXT)
    for body in (f"{paragraphs}<p>{closing}</p>", f"{paragraphs}<div>{closing}</div>",
                 "<div>" + "<br><br>".join([*CLUB_TEXT, closing]) + "</div>"):
        result = extract_article(club_page(body), CLUB_URL).body.split("\n\n")
        assert result[:2] == CLUB_TEXT and len(result) == 3, body
        assert result[2].startswith(closing[:4]), body


@pytest.mark.parametrize("sign_off", [
    ["Med vänliga hälsningar", "Strandklubben"],
    ["Mit freundlichem Seglergruß", "Strandklubben", "– Der Vorstand"],
    ["Styret Strandklubben"],
    ["Hallituksen puolesta", "Anna Berg"],
    ["Best wishes", "The Board of Strandklubben", "Anna Berg, Per Lund"],
])
def test_a_sign_off_of_several_lines_stays_whole(sign_off):
    # A greeting, the signers and the association (though the site's footer shows its name too) close the writer's
    # text, set as paragraphs, as lines, or with the last line a list of one (Markdown's for "- Der Vorstand"); so
    # does the board's signature alone ("Styret <club>").
    paragraphs = "".join(f"<p>{p}</p>" for p in CLUB_TEXT)
    *lines, last = sign_off
    bullet = last.removeprefix("– ")
    for body, ending in ((paragraphs + "".join(f"<p>{line}</p>" for line in sign_off), sign_off),
                         (paragraphs + "".join(f"<p>{line}</p>" for line in lines) + f"<ul><li>{bullet}</li></ul>",
                          [*lines, bullet]),
                         ("<div>" + "<br><br>".join(CLUB_TEXT) + "<br><br>" + "<br>".join(sign_off) + "</div>",
                          [" ".join(sign_off)])):
        result = extract_article(club_page(body, footer=SITE_FOOTER), CLUB_URL).body.split("\n\n")
        assert result == [*CLUB_TEXT, *ending], body


@pytest.mark.parametrize("signature", ["The Strandklubben Board", "Euer Strandklubben-Team", "Your harbour team",
                                       "Strandklubben Spokespersons 2025", "The Strandklubben Sailing Committee"])
def test_a_team_or_board_signature_closes_the_text_and_a_date_line_under_it_goes(signature):
    # A post signed by its organisation's board or team, the organisation named between, or by a group of it (named
    # after it, or dated by its term); the day it was signed on a line below is the page's date, not the text's.
    paragraphs = "".join(f"<p>{p}</p>" for p in CLUB_TEXT)
    for dated in ("", "<p>May 14th, 2024.</p>"):
        body = f"{paragraphs}<p>{signature}</p>{dated}"
        result = extract_article(club_page(body, footer=SITE_FOOTER), CLUB_URL).body.split("\n\n")
        assert result == [*CLUB_TEXT, signature], body


def test_a_post_of_one_loose_sentence_and_its_document_is_its_text():
    # An old post migrated without <p>s: a sentence and a link to the document it presents, as loose text, under a
    # header whose tagline is a longer paragraph than the post's own words.
    text = ("Anna Berg seglade runt Gotland i somras. <a href='/uploads/2024/05/gotland.pdf'>Här kan du läsa om "
            "hennes resa</a>")
    page = f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{CLUB_TITLE}</title></head>
<body><header><h1><a href="/">Strandklubben</a></h1><p>Föreningen för alla som seglar i skärgården</p></header>
<main><article><p>Inlägg</p><h2>{CLUB_TITLE}</h2><div class="content">{text}</div></article></main></body></html>"""
    result = extract_article(page, CLUB_URL, listed_as_article=True)
    assert result.is_article and result.body == "Anna Berg seglade runt Gotland i somras. Här kan du läsa om hennes resa"


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


def test_the_sites_footer_after_a_greeting_still_goes():
    # The sign-off is the writer's lines in the text's run; a contact box the theme sets after it is not.
    body = "".join(f"<p>{p}</p>" for p in [*CLUB_TEXT, "Varma hälsningar", "Styrelsen"]) \
        + "<div class='contact'><p>Strandklubben</p><p>E-post: info@strandklubben.example</p></div>"
    result = extract_article(club_page(body, footer=SITE_FOOTER), CLUB_URL).body.split("\n\n")
    assert result == [*CLUB_TEXT, "Varma hälsningar", "Styrelsen"]


@pytest.mark.parametrize("line", [
    "Share this", "Related content:", "Advertisement", "Lue myös", "Läs mer om klubben", "Weitere Artikel lesen Sie",
    "Taggar", "Anna Berg", "<img src='/pier.jpg' alt=''> Foto: Anna Berg", "Contact us", "Recommended for you",
    "<a href='/nyheter/'>Alla nyheter här</a>", "Sailing Committee",
])
def test_furniture_after_the_text_still_goes(line):
    # A label, a furniture word, a linked line, a lone name or a picture's credit under it is not the writer's
    # closing (a credit closing the text is: test_extraction_opening_and_closing_lines.py; the writers' names
    # signing it are: test_extraction_writers_last_lines.py).
    body = "".join(f"<p>{p}</p>" for p in CLUB_TEXT) + f"<p>{line}</p>"
    assert extract_article(club_page(body), CLUB_URL).body.split("\n\n") == CLUB_TEXT


@pytest.mark.parametrize("bar", [
    "<div class='sharing robots-nocontent'><ul><li class='sharing_label'>Share this:</li>"
    "<li class='share-email'><a href='mailto:?subject=Ferry'>Email</a></li><li><a href='#print'>Print</a></li></ul></div>",
    "<div class='article-sharing'><h3>Spread the word</h3><p>Tell a friend about the new timetable today.</p></div>",
])
def test_a_sharing_box_after_the_text_goes(bar):
    # A share bar classed "sharing" (a blog platform's, a theme's "article-sharing") is furniture as one classed
    # "share" is: its label and its prompt are no lines of the text.
    html = site_page(f"<main><article><h1>{TITLE}</h1><div class='entry-content'>{paragraphs(PARAGRAPHS + MORE)}"
                     f"{bar}</div></article></main>")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS + MORE


@pytest.mark.parametrize("classes", ["box module nocontent", "col robots-nocontent"])
def test_a_box_classed_as_no_content_beside_a_short_post_goes(classes):
    # "nocontent" ("robots-nocontent") tells robots a box is no content of the page: a blog's "About" and "Writers"
    # boxes, each set like a post ("entry"), beside a post of two paragraphs are not its text.
    about = ("The Harbour Blog is about everything that floats, from the ferries and tugs of the port to the small "
             "boats of the marina, and about the people who sail them, mend them and wait for them on the quay.")
    boxes = (f"<div class='{classes}'><h4>About the Harbour Blog</h4><div class='entry'><p class='summary'>{about}</p>"
             f"</div></div><div class='{classes}'><h4>Writers</h4><div class='entry'><p>Anna Berg answers readers' "
             "questions about the timetable.</p><p>Per Lund covers the marina and its boats.</p></div></div>")
    html = site_page(f"<div id='main'><div class='post'><h1>{TITLE}</h1><div class='entry-content'>"
                     f"{paragraphs(PARAGRAPHS[:2])}</div></div><div id='side'>{boxes}</div></div>")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS[:2]


@pytest.mark.parametrize("classes", ["follow-us", "mod site-follow"])
def test_a_follow_box_after_the_text_goes(classes):
    # A box classed "follow" asks readers to follow the site on its social networks, in a sentence of its own.
    prompt = "Find Harbour News on Facebook and on Instagram for the news of the port every day."
    html = site_page(f"<main><article><h1>{TITLE}</h1><div class='entry-content'>{paragraphs(PARAGRAPHS + MORE)}"
                     f"<div class='{classes}'><p>{prompt}</p></div></div></article></main>")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS + MORE


@pytest.mark.parametrize("classes", ["about", "post-about"])
def test_an_about_box_presenting_the_writer_after_the_text_goes(classes):
    # Below the text, past a rule, a box classed "about" presents the writer: a heading with their name, a picture,
    # a paragraph about them ("about-box", "about-text"). It is not the post's text, however long the paragraph.
    bio = ("Anna Berg has written about the port for twenty years. Before that she sailed the island ferries as a "
           "deckhand, and she still takes the first crossing on summer mornings whenever she can.")
    box = (f"<hr><div id='about' class='{classes}'><h2>Anna Berg</h2><div class='about-box'><div class='about-image'>"
           f"<img src='/avatars/anna.jpg' alt=''></div><div class='about-text'><p>{bio}</p></div></div></div>")
    html = site_page(f"<div class='container article'><div class='article-container'><div class='header'>"
                     f"<h1>{TITLE}</h1></div><div class='content'><div>{paragraphs(PARAGRAPHS)}</div></div>{box}"
                     "</div></div>")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("classes", ["story-factbox", "art-ins factbox floatRHS"])
def test_a_fact_box_amid_the_text_goes(classes):
    # A fact box beside the text ("Facts about the ferries", another story's summary, a sign-up) is the paper's side
    # box, as an "infobox" is: the text runs on around it.
    box = (f"<div class='{classes}'><h3>Facts about the island ferries</h3><p>The ferry line was founded in 1921 and "
           "carries about four hundred thousand passengers a year between the harbour and the island.</p><p>Its "
           "oldest boat still in service was built at the town's own yard and is kept for the winter crossings.</p>"
           "</div>")
    html = site_page(f"<main><article><h1>{TITLE}</h1><div class='entry-content'>{paragraphs(PARAGRAPHS)}{box}"
                     f"{paragraphs(MORE)}</div></article></main>")
    assert extract_article(html, URL).body.split("\n\n") == PARAGRAPHS + MORE


@pytest.mark.parametrize("line", ["If you doubt it, have a look at our newsletter :)", "Our newsletter tells more ;-)"])
def test_a_short_closing_line_ending_on_a_smiley_stays(line):
    # The writer's last words end on a typed smiley, not a full stop, and name what sites name in their prompts: the
    # smiley is the writer's voice, which a site's credit or prompt does not type.
    body = "".join(f"<p>{p}</p>" for p in CLUB_TEXT) + f"<p>{line}</p>"
    assert extract_article(club_page(body), CLUB_URL).body.split("\n\n") == [*CLUB_TEXT, line]


def test_a_short_line_heading_a_box_in_the_same_run_still_goes():
    # "Our partners" above a list of links labels that list, though no full stop ends it and it holds lower case.
    partners = "<ul><li><a href='/partner/1/'>Hamnen</a></li><li><a href='/partner/2/'>Skolan</a></li></ul>"
    body = "".join(f"<p>{p}</p>" for p in CLUB_TEXT) + f"<p>Våra samarbetspartner i år</p>{partners}"
    assert extract_article(club_page(body), CLUB_URL).body.split("\n\n") == CLUB_TEXT


def test_a_post_of_a_few_short_lines_keeps_its_closing_line():
    lines = ["Klubben har fått tillstånd att bygga en ny brygga.", "Vill du hjälpa till med bygget i sommar?",
             "Kontakta gärna oss via styrelsen@strandklubben.example"]
    body = "".join(f"<p>{line}</p>" for line in lines)
    assert extract_article(club_page(body), CLUB_URL).body.split("\n\n") == lines


PLAYER = "<iframe src='https://podcasts.example/embed/episode-12' title='Episode 12'></iframe>"


@pytest.mark.parametrize("introducer", [
    f"<h2>Lyssna på avsnittet här</h2><div class='wp-block-embed'><div><div>{PLAYER}</div></div></div>",
    f"<p>Se hela intervjun nedan:</p><p>{PLAYER}</p>",
    "<p><strong>Lyssna här</strong></p><figure><video src='/media/intervju.mp4'></video></figure>",
])
def test_a_line_introducing_the_posts_player_stays_at_its_end(introducer):
    # Pruning drops the player; the heading or line above it is the writer's, not a "Related" heading.
    body = "".join(f"<p>{p}</p>" for p in CLUB_TEXT) + introducer
    result = extract_article(club_page(body), CLUB_URL).body.split("\n\n")
    assert result[:2] == CLUB_TEXT and len(result) == 3 and result[2].startswith(("Lyssna", "Se hela")), result


@pytest.mark.parametrize("tail", [
    f"<h2>Relaterade klipp</h2><div>{PLAYER}</div>",
    "<h2>Fler nyheter</h2><ul><li><a href='/nyheter/1/'>Bryggan</a></li></ul>",
])
def test_a_heading_above_related_players_or_links_still_goes(tail):
    body = "".join(f"<p>{p}</p>" for p in CLUB_TEXT) + tail
    assert extract_article(club_page(body), CLUB_URL).body.split("\n\n") == CLUB_TEXT


def test_a_box_of_a_heading_and_a_player_alone_after_the_text_still_goes():
    # A survey or player in a box of its own after the article is a widget, whatever its heading says.
    body = "".join(f"<p>{p}</p>" for p in CLUB_TEXT) + f"<section><h2>Enkät om klubbhuset</h2>{PLAYER}</section>"
    assert extract_article(club_page(body), CLUB_URL).body.split("\n\n") == CLUB_TEXT


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


def test_short_subheadings_set_in_bold_between_paragraphs_stay_and_a_bold_label_goes():
    body = (f"<p>{PARAGRAPHS[0]}</p><p><strong>Late boats</strong></p><p>{PARAGRAPHS[1]}</p>"
            f"<p><b>Fares</b></p><p>{PARAGRAPHS[2]}</p><p><strong>Advertisement</strong></p><p>{MORE[0]}</p>"
            f"<p><em><strong>Bikes</strong></em></p><p>{MORE[2]}</p>")
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "Late boats", PARAGRAPHS[1], "Fares", PARAGRAPHS[2], MORE[0],
                                         "Bikes", MORE[2]]


def test_a_short_bold_line_after_the_last_paragraph_still_goes():
    # With no text after it, it heads whatever box follows (a sponsor strip), not a part of the text.
    body = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p><strong>Sponsors</strong></p>"
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == PARAGRAPHS[:2]


def test_a_paragraph_whose_machine_made_id_spells_a_furniture_word_stays():
    # "q7HmAdTs2K" split at its case changes reads "Ad": it is a key the CMS made, not a word naming an ad.
    body = (f"<p id='block-q7HmAdTs2K'>{PARAGRAPHS[0]}</p><p id='block-w3RtAdEx5J'>{PARAGRAPHS[1]}</p>"
            f"<p>{PARAGRAPHS[2]}</p><div class='adSlot'><p>Your ad here: reach every islander for a small fee.</p></div>")
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_short_cells_of_a_table_between_paragraphs_stay():
    table = ("<table><tr><th>Crossing</th><th>Adult</th><th>Child</th></tr>"
             "<tr><td>Island, single</td><td>4.50</td><td>2.20</td></tr>"
             "<tr><td>Island, return</td><td>8.00</td><td>N/A</td></tr></table>")
    body = f"<p>{PARAGRAPHS[0]}</p>{table}<p>{PARAGRAPHS[1]}</p>"
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "Crossing", "Adult", "Child", "Island, single", "4.50", "2.20",
                                         "Island, return", "8.00", "N/A", PARAGRAPHS[1]]


def test_a_letters_short_salutation_stays():
    body = f"<p>Dear islanders,</p><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == ["Dear islanders,", *PARAGRAPHS]


@pytest.mark.parametrize("closing, kept", [
    ("The full timetable is <a href='/files/timetable-summer-2024.pdf'>here</a>", True),
    ("The harbour office streams the meeting <a href='https://stream.example/harbour'>at this link</a>", True),
    ("<a href='https://ferries.example/timetable'>Timetable</a>, <a href='https://ferries.example/fares'>fares</a>, "
     "coverage: <a href='https://radio.example/ferry'>Radio Coast</a>, <a href='https://paper.example/ferry'>The Paper"
     "</a>", True),
    ("<a href='https://tickets.example/summer'>Book your crossing</a>; <a href='/timetable/'>our timetable</a>", True),
    ("<a href='https://tickets.example/summer'>Book crossings!</a>", True),
    ("Follow the harbour office on <a href='https://twitter.com/harbouroffice'>Twitter</a>", False),
])
def test_a_closing_line_linking_to_a_source_or_document_stays_however_little_of_it_is_linked(closing, kept):
    """Issue 9: closing link lines stay in the body; a prompt to follow the site on a social network is no source."""
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{closing}</p>"), URL)
    assert result.body.startswith(PARAGRAPHS[0])
    assert result.body.split("\n\n")[-1] != PARAGRAPHS[-1] if kept else result.body.endswith(PARAGRAPHS[-1])


def test_a_post_of_one_paragraph_keeps_the_line_linking_to_its_sources():
    closing = ("<a href='https://ferries.example/timetable'>Timetable</a>, "
               "<a href='https://ferries.example/results'>passenger counts</a>.")
    # The site shows the date in the address alone and sets the text apart from its headline.
    html = page(f"<p>{PARAGRAPHS[0]}</p><p>{closing}</p>").replace('<p class="date">Published 14 May 2024</p>', "")
    result = extract_article(html, URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "Timetable, passenger counts."]


def test_a_post_of_one_linked_sentence_is_stored_with_it():
    """A sentence a third to two thirds linked, the page's only text, is the post: no furniture outweighs it."""
    for sentence in ("The harbour office's June <a href='https://docs.example/june.pdf'>newsletter</a> is out now.",
                     "The harbour office's June <a href='https://docs.example/june.pdf'>newsletter</a> is out now. See "
                     "<a href='https://docs.example/june-sv.pdf'>the Swedish edition too</a>."):
        result = extract_article(page(f"<p>{sentence}</p>"), URL)
        assert result.body.startswith("The harbour office's June newsletter is out now.") \
            and result.page_type == "article", sentence


def test_a_press_releases_contact_lines_stay_and_a_line_introducing_links_goes():
    contact = ["For more information, please contact:", "Anna Berg, harbour master", "Phone: 012-345 67 89",
               "Email: anna@harbour.example"]
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS + contact)), URL)
    assert result.body.split("\n\n")[-2:] == ["Phone: 012-345 67 89", "Email: anna@harbour.example"]
    earlier = ["Earlier reports on the ferries:", "<a href='/news/2024/04/02/fares/'>Fares for the island rise</a>"]
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS + earlier)), URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_a_table_of_figures_closing_the_text_stays():
    rows = [("Crossing", "Passengers", "Cars"), ("06:30", "112", "40"), ("08:00", "245", "61"), ("Total", "357", "101")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) \
        + "</table>"
    result = extract_article(page(f"<p>{PARAGRAPHS[0]}</p>{table}"), URL)
    assert result.body.startswith(PARAGRAPHS[0]) and result.body.endswith("101")


def test_tables_of_results_under_their_own_subheadings_closing_the_text_stay():
    # Fails before: under "Results:" and a subheading per crossing, only a few cells of the first table were kept.
    def table(rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows) \
            + "</table>"
    morning = table([("Rank", "Boat", "Time"), ("1", "Sea Swallow", "41:02"), ("2", "North Wind", "42:17")])
    evening = table([("Rank", "Boat", "Time"), ("1", "Gull Three", "39:55"), ("2", "Old Pike", "44:09")])
    story = f"<p>{PARAGRAPHS[0]}</p><h3>Results:</h3><h4>Morning race</h4>{morning}<hr><h4>Evening race</h4>{evening}"
    body = extract_article(page(story), URL).body
    assert "Sea Swallow" in body and "North Wind" in body and body.endswith("44:09")


def test_an_emoji_sequence_keeps_its_zero_width_joiner_and_a_stray_one_goes():
    """A joiner between two emoji makes one picture (woman + laptop = a technologist): dropping it splits the picture
    in two. One beside a space or between letters and signs shows nothing."""
    closing = "Happy mapping to all of you! \U0001F469\u200d\U0001F4BB\u200d Say f-\u200d-\u200d-k."
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{closing}</p>"), URL)
    assert result.body.endswith("you! \U0001F469\u200d\U0001F4BB Say f---k.")


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


@pytest.mark.parametrize("label", ["more", "Source", "Quelle"])
def test_a_closing_line_of_a_word_and_the_sources_address_stays(label):
    """"more: <address>" names the post's source in one word and shows its address: a source line, not a link box."""
    address = "https://docs.example/ferries/timetable-2024.html"
    closing = f"<p>{label}: <a href='{address}'>{address}</a></p>"
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing), URL)
    assert result.body.endswith(f"{label}: {address}")


POINTS = [
    "The first ferry now leaves at half past six, and the last one returns shortly before midnight on weekdays.",
    "Bicycles travel free on every crossing, but the office asks cyclists to board before the cars are loaded.",
]


def test_a_thank_you_line_closing_a_list_of_points_above_an_empty_related_heading_stays():
    """A post that closes on a list of prose points and then thanks its helpers: the run's closing line, though a
    theme's empty "Related" heading follows it."""
    points = "<ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul>"
    thanks = "<p><strong>Thank you Anna Berg, Per Holm, Lisa Ek, Jon Dahl</strong></p>"
    result = extract_article(page(f"<p>{PARAGRAPHS[0]}</p>{points}{thanks}<h3>Related</h3>"), URL)
    assert result.body.endswith("Thank you Anna Berg, Per Holm, Lisa Ek, Jon Dahl")
    venue = "<h2>Venue</h2><p>Meeting room of the Harbour Hall, Quay Street 4</p>"
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + venue + "<h3>Related</h3>"), URL)
    assert result.body.endswith("Meeting room of the Harbour Hall, Quay Street 4")


def test_contact_lines_after_a_long_line_introducing_them_stay():
    """A press release closes on a sentence offering its spokesperson, then her phone, account and e-mail."""
    offer = "For information on the new timetable and for interviews our press officer is glad to help you:"
    contact = [offer, "Anna Berg: +46 12 345 67 89", "Social: @harbourpress",
               "Email: <a href='mailto:press@harbour.example'>press@harbour.example</a>"]
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS + contact)), URL)
    assert result.body.split("\n\n")[-4:] == [offer, "Anna Berg: +46 12 345 67 89", "Social: @harbourpress",
                                              "Email: press@harbour.example"]


@pytest.mark.parametrize("closing", ["#harbour #ferries #summer2024", "New: 19:00 Closing concert on the quay"])
def test_a_hashtag_line_or_a_flagged_programme_row_closing_a_post_stays(closing):
    rows = ["17:00 Harbour tour for families", "18:00 Fish soup in the hall"]
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS + rows + [closing])), URL)
    assert result.body.endswith(closing)


@pytest.mark.parametrize("closing, html", [
    ("Grüss Gott, Anna Berg", "<p>Grüss Gott, Anna Berg</p>"),
    ("The Harbour Never Sleeps", "<p><em>The Harbour Never Sleeps</em></p>"),
    ("Requiem for the old ferry: may it rest at the quay",
     "<blockquote><p>Farewell, old lady</p><p>Requiem for the old ferry: may it rest at the quay</p></blockquote>"),
])
def test_a_greeting_spelt_with_ss_a_motto_in_italics_and_a_quotations_last_line_close_the_text(closing, html):
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + html), URL)
    assert result.body.endswith(closing)


def test_a_short_opening_line_above_the_first_paragraph_stays_and_a_label_goes():
    """A line of a few words, as short as a label, opens a post of mourning ("Rest well, Bo"); a label names a
    thing."""
    result = extract_article(page("<p>Rest well, Bo</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)), URL)
    assert result.body.startswith("Rest well, Bo\n\n")
    result = extract_article(page("<p>Timetables</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)), URL)
    assert result.body.startswith(PARAGRAPHS[0])


def test_items_carrying_on_the_sentence_above_their_list_stay_however_linked():
    """"You can also tell us what you think" / "via <a>the survey</a>" / "any time via <a>the harbour app</a>": the
    items finish the sentence in lower case; a list of links to other pages names them, capitalised."""
    items = "<ul><li>via <a href='https://survey.example/ferries'>the survey on the timetable</a></li>" \
            "<li>any time via <a href='/app/'>the harbour app</a></li></ul>"
    intro = "<p>You can also tell us what you think of the new timetable and the extra crossings</p>"
    html = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + intro + items)
    assert extract_article(html, URL).body.endswith("any time via the harbour app")


def test_the_first_paragraph_above_an_h1_of_a_section_stays_when_the_headline_stands_outside_the_text():
    """The theme shows the headline in the page's header; the writer heads the post's sections with <h1> too. The
    paragraph above the first of them is the post's opening, not a kicker above a headline."""
    html = f"""<html><head><title>{TITLE}</title></head><body><header><h1>{TITLE}</h1><p>14 May 2024</p></header>
<main><div class="content"><p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><h1>Crossings on weekends</h1><p>{PARAGRAPHS[2]}</p>
<p>{MORE[0]}</p><p>{MORE[1]}</p></div></main><footer><p>Harbour News, Quay Street 1</p></footer></body></html>"""
    assert extract_article(html, URL).body.startswith(PARAGRAPHS[0])


def test_a_motto_in_italics_closes_the_text_and_a_source_in_italics_does_not():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = extract_article(page(paragraphs + "<p><em>Harbour Radio (Anna Berg, Per Holm)</em></p>"), URL)
    assert result.body.endswith(PARAGRAPHS[2])


def test_a_list_with_a_point_of_prose_keeps_its_linked_points_and_the_lists_within_them():
    """"Here are our groups:" / a paragraph-long point on the next meeting / "<a>Reading group</a>" / "Demos:" and a
    list of links: the writer's list, however much of its other points is linked."""
    meeting = ("The members meet on 21 December at half past five in the harbour office on Quay Street, where the "
               "board reports on the year.")
    groups = (f"<p>Here are the groups of the harbour society:</p><ul><li>{meeting}</li>"
              "<li><a href='/reading-group/'>Reading group</a></li>"
              "<li>Demos:<ul><li><a href='https://demo.example/ferry/'>Ferry planner</a></li>"
              "<li><a href='https://demo.example/tide/'>Tide table</a></li></ul></li></ul>")
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + groups), URL)
    assert result.body.split("\n\n")[-5:] == [meeting, "Reading group", "Demos:", "Ferry planner", "Tide table"]


def test_a_line_naming_an_address_that_ends_in_photos_is_no_picture_credit():
    """"demo.example/colorize-photos: Colorize a grey photo" names a demo by its address; "Photos: Anna Berg" credits."""
    line = "demo.example/colorize-photos: Colorize a grey photo"
    demos = f"<ul><li>{POINTS[0]}</li><li>{line}</li></ul>"
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + demos), URL)
    assert result.body.endswith(line)
    credit = "<p><img src='/uploads/pier.jpg' alt=''></p><p>Photos: Anna Berg</p>"  # under its picture: the picture's
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + credit), URL)
    assert result.body.endswith(PARAGRAPHS[2])


SCREENSHOT = '<br><a href="/uploads/2024/05/ferry-screen.png"><img src="/uploads/ferry-screen.png" alt=""></a>'


@pytest.mark.parametrize("note, picture", [
    ("Any ideas what breaks here?", SCREENSHOT),  # one short question under a screenshot: shorter than a label
    ("In this post I will keep adding pictures of the ferry", ""),  # one line under 60 characters, no full stop
])
def test_a_posts_only_line_under_its_headline_is_its_text(note, picture):
    """A listed, dated post whose whole text is one short line: the line weighs as furniture and reads as a sign-off,
    yet nothing else is the post's, and a sign-off closes text above it."""
    post = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">Back to news</a></nav></header>
<main><article><header><h1>{TITLE}</h1><div class="meta">May 14, 2024 1 min read</div></header>
<div class="content"><p>{note}{picture}</p>
<h3>Related</h3></div></article>
<div class="post-nav"><h6>Previous post</h6><div><a href="/news/2024/05/10/ferry-strike/">Ferry strike ends on the island</a></div>
<h6>Next post</h6><div><a href="/news/2024/05/20/new-quay/">The new quay opens for visitors</a></div></div></main></body></html>"""
    result = extract_article(post, URL, listed_as_article=True)
    assert result.is_article and result.body == note


def test_an_undated_pages_one_short_sentence_is_no_post():
    """A contact page a listing happens to link ("Call us.") has one short sentence under its headline too; only a
    dated page's one line is a post's text."""
    contact = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Contact | Harbour News</title></head>
<body><header><a href="/">Harbour News</a></header><main><h1>Contact</h1><p>Call us.</p></main></body></html>"""
    result = extract_article(contact, "https://harbour.example/news/contact/", listed_as_article=True)
    assert not result.is_article and result.body == ""


REPLY_FORM = """<h2 id="respond">Leave a Reply</h2><form action="/wp-comments-post.php" method="post" id="commentform">
<p><input type="text" name="author"><label for="author">Name</label></p>
<p><input type="text" name="email"><label for="email">Email (never shown)</label></p>
<p><textarea name="comment"></textarea></p>
<p><small>Comments are read by a moderator before they appear. You need not send yours a second time.</small></p>
<p><input type="submit" value="Send"></p></form>"""


def old_blog_post(entry: str, form: str = REPLY_FORM) -> str:
    """A post as a WordPress 3 theme prints it: the site's name and tagline in the header, the post in
    `div.post#post-N` (headline, date line, `div.entry`, a category line), the reply form after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><div class="header"><div class="title"><span class="sitename"><a href="/">Harbour News</a></span>
<div class="slogan">All about the boats of our little harbour</div></div></div>
<div class="main"><div class="content"><div class="post" id="post-212"><h1>{TITLE}</h1>
<div class="descr">May 14th, 2024 by editor</div><div class="entry">{entry}</div>
<p class="info">Posted in <a href="/category/news/">News</a></p></div>{form}</div></div></body></html>"""


PICTURE = '<p><a href="/uploads/2024/05/ferry.jpg"><img src="/uploads/2024/05/ferry.jpg" alt=""></a></p>'


@pytest.mark.parametrize("form", [REPLY_FORM, ""])
def test_a_short_post_is_its_own_entrys_text_not_the_reply_form_or_the_tagline(form):
    """A post of a picture and two short lines weighs less than the reply form's labels below it, or the site's
    tagline above it: the post's own wrapper around its headline holds its text, however short."""
    entry = PICTURE + "<p>Better late than never!</p><p>See the timetable <a href='/timetable/2024/'>here</a></p>"
    result = extract_article(old_blog_post(entry, form), URL)
    assert result.is_article
    assert result.body.split("\n\n") == ["Better late than never!", "See the timetable here"]


@pytest.mark.parametrize("line", ["Read more <a href='/timetables/summer-2024/'>here</a>",
                                  "more details <a href='/timetables/'>here</a>"])  # typed in lower case
def test_a_line_pointing_to_where_the_post_goes_on_closes_it(line):
    """A teaser post closes on "Read more <a>here</a>", linking to the page where it goes on: the post's own last
    line in its own element, though it names furniture ("read more") and the site closes many posts with it."""
    entry = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{line}</p>"
    result = extract_article(old_blog_post(entry), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], line.split(" <a")[0] + " here"]


@pytest.mark.parametrize("line", [
    "Read more: <a href='/news/2024/05/01/new-quay/'>New quay opens</a>",  # a teaser names its story
    "Source: <a href='/agencies/'>agency</a>",  # a label
    "Filed under <a href='/category/boats/'>Boats</a>",  # a name
    "Continue reading <a href='#more-212'>here</a>",  # the page itself
])
def test_a_closing_teaser_label_or_link_to_the_page_itself_is_no_pointer_line(line):
    entry = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{line}</p>"
    result = extract_article(old_blog_post(entry), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1]]


def test_a_dated_post_of_a_picture_and_a_pointer_line_is_a_post():
    """A post of a picture and "See them <a>here</a>" alone: shorter than any text, yet the post's, on a dated page."""
    result = extract_article(old_blog_post(PICTURE + "<p>See them <a href='/boats/2024/'>here</a></p>"), URL)
    assert result.is_article and result.body == "See them here"


def test_a_hidden_copy_of_the_shown_text_goes():
    # A paywall or print view keeps a second copy of the article in one hidden run of text; the shown text is split
    # by ads into parts, so the copy holds more text directly than any part: the text is the shown paragraphs, once.
    text = PARAGRAPHS + MORE
    parts = "<aside>Advertisement</aside>".join(
        f'<div class="text-part">{"".join(f"<p>{p}</p>" for p in text[i:i + 2])}</div>' for i in range(0, 6, 2))
    copy = " ".join(text)
    result = extract_article(page(f'{parts}<div class="paywall" style="display: none">{copy}</div>'), URL)
    assert result.body.split("\n\n") == text


def test_a_teaser_card_setting_its_headline_twice_is_still_a_card():
    # Cards below the text set their one headline twice (under a kicker for wide screens, bare for narrow ones),
    # in different words but linking to the one article: the excerpt under them is a teaser, not the text.
    def card(slug: str, kicker: str, headline: str, excerpt: str) -> str:
        return (f'<div class="teaser"><div class="teaser-info"><div class="short-infos">'
                f'<h4><span class="kicker">{kicker}</span> <a href="/news/{slug}/">{headline}</a></h4>'
                f'<h4 class="short"><a href="/news/{slug}/">{headline}</a></h4></div>'
                f'<p class="teaser-text"><a href="/news/{slug}/">{excerpt}</a></p></div></div>')

    cards = card("pier", "Harbour", "The old pier reopens after two years of repairs",
                 "Walkers and anglers can use the pier again from Saturday, the council said after its final "
                 "inspection of the new deck.") + \
        card("lighthouse", "Heritage", "Lighthouse keeper's cottage opens to visitors",
             "The cottage at the end of the breakwater will be open on summer weekends, with guided tours on "
             "Sundays at noon.")
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f'<div class="more"><h3>More on the harbour</h3>{cards}</div>'
    result = extract_article(page(body), URL)
    assert "Walkers and anglers" not in result.body and "guided tours" not in result.body
    assert result.body.split("\n\n")[:3] == PARAGRAPHS


def test_a_fact_lists_labelled_fields_stay_however_linked_and_repeated():
    """Fields of a meeting's fact list are the text's ("Date: <a>day</a>" linked to a calendar, "Topic: <a>...</a>"
    to a paper), and a later meeting's list repeats its venue; a related list of bare linked names stays out."""
    def meeting(number: int, day: str, topic: str) -> str:
        return (f"<h2>Meeting {number}</h2><ul><li>Date: <a href='https://calendar.example/event?day={day}'>{day}, "
                f"18:00</a></li><li>Venue: Room 4, Harbour Library</li>"
                f"<li>Topic: <a href='https://papers.example/{number}'>{topic}</a></li>"
                f"<li>Host: Anna Berg (<a href='https://notes.example/{number}'>notes</a>)</li></ul>")
    body = (meeting(3, "2024-05-21", "Tides and the shape of the bay") + f"<p>{PARAGRAPHS[0]}</p>"
            + meeting(2, "2024-05-07", "Counting seabirds from a boat")
            + meeting(1, "2024-04-23", "Reading old harbour charts")
            + "<ul><li><a href='/news/a/'>Ferry fares</a></li><li><a href='/news/b/'>Quay works</a></li></ul>")
    lines = extract_article(page(body), URL).body.split("\n\n")
    assert lines[:4] == ["Date: 2024-05-21, 18:00", "Venue: Room 4, Harbour Library",
                         "Topic: Tides and the shape of the bay", "Host: Anna Berg (notes)"]
    assert lines[-4:] == ["Date: 2024-04-23, 18:00", "Venue: Room 4, Harbour Library",
                          "Topic: Reading old harbour charts", "Host: Anna Berg (notes)"]


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


def test_a_point_listed_again_under_another_subheading_stays_and_a_box_shown_twice_does_not():
    """A name listed under two subheadings is each list's point; a list repeated whole (a box for phones and one
    for desks) is shown once."""
    tools = ["A tide table kept by the harbour office", "A chart of the bay's sandbanks and channels"]
    body = (f"<p>{PARAGRAPHS[0]}</p><h2>For sailors</h2><ul>{''.join(f'<li>{t}</li>' for t in tools)}</ul>"
            f"<h2>For anglers</h2><ul><li>A list of the fishing spots along the pier</li><li>{tools[0]}</li></ul>"
            f"<p>{PARAGRAPHS[1]}</p><ul class='box'>{''.join(f'<li>{t}</li>' for t in tools)}</ul>"
            f"<p>{PARAGRAPHS[2]}</p>")
    lines = extract_article(page(body), URL).body.split("\n\n")
    assert lines.count(tools[0]) == 2 and lines.count(tools[1]) == 1


TERMS = [("HMO", "Harbour Master's Office"), ("ITB", "Island Tourist Board"), ("SRS", "Sea Rescue Service"),
         ("BFA", "Bay Fishermen's Association"), ("PCC", "Pier Cleaning Crew"), ("YCB", "Yacht Club of the Bay")]


def test_a_dated_post_written_as_lists_of_linked_terms_is_an_article():
    """A post that is subheadings and lists of terms, each linked and followed by what it stands for, has no
    paragraph to outweigh its short points: they are its text. A page of bare linked titles has none."""
    def terms(pairs) -> str:
        return "<ul>" + "".join(f"<li><a href='https://{t.lower()}.example/'>{t}</a>: {name}</li>"
                                for t, name in pairs) + "</ul>"
    post = extract_article(page(f"<h2>On the water</h2>{terms(TERMS[:3])}<h2>On land</h2>{terms(TERMS[3:])}"), URL)
    assert post.is_article and post.body.split("\n\n")[0] == "HMO: Harbour Master's Office"
    assert post.body.split("\n\n")[-1] == "YCB: Yacht Club of the Bay"
    titles = "<ul>" + "".join(f"<li><a href='/news/{t.lower()}/'>{name}</a></li>" for t, name in TERMS) + "</ul>"
    assert extract_article(page(f"<h2>Stories</h2>{titles}"), URL).body == ""


def test_a_weekly_summary_written_as_lists_outweighs_its_long_date_line():
    """A docs-site blog post whose text is subheadings over short points, its header's date line with a reading time
    long enough to weigh as prose, and a column of links to its subheadings beside it: the points are the text."""
    sections = [("Simulation", ["Added a small server that draws the queue lengths of every node",
                                "Wrote traces as JSON lines so that the plots update while it runs"]),
                ("Meetings", ["Talked through how blocks are built from the waiting items",
                              "Agreed to model one node with its queues before the whole net"])]
    text = "".join(f"<h2 id='s{i}'>{name}<a class='hash-link' href='#s{i}'>#</a></h2><ul>"
                   + "".join(f"<li>{point}</li>" for point in points) + "</ul>" for i, (name, points) in enumerate(sections))
    toc = "".join(f"<li><a href='#s{i}'>{name}</a></li>" for i, (name, _) in enumerate(sections))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly Summary - May 14, 2024 | Harbour
Lab</title><meta property="og:type" content="article"></head><body><nav><a href="/">Harbour Lab</a></nav>
<div class="row"><main class="col"><article><header><h1>Weekly Summary - May 14, 2024</h1>
<div class="meta"><time datetime="2024-05-14T00:00:00.000Z">May 14, 2024</time> · One min read</div></header>
<div class="markdown">{text}</div></article></main><div class="col toc"><ul>{toc}</ul></div></div></body></html>"""
    post = extract_article(html, "https://harbour.example/news/2024/05/14/weekly-summary/")
    lines = post.body.split("\n\n")
    assert post.is_article and lines[0] == sections[0][1][0] and lines[-1] == sections[1][1][-1]
    assert "Meetings" not in lines[-1] and not any(line == "Simulation" for line in lines[1:])


def test_a_list_of_addresses_under_a_posts_one_line_is_its_text():
    """A post of one line introducing a list of the tools it used, each with its address shown: the points are
    the text, though each weighs as a link."""
    body = ("<div class='row'><div class='col'><div class='content'><p>The pictures were taken with these free tools:"
            "</p><ul><li>Tide plotter (<a href='https://tides.example/plotter'>https://tides.example/plotter</a>)</li>"
            "<li>Chart viewer (<a href='https://charts.example/viewer'>https://charts.example/viewer</a>)</li></ul>"
            "</div></div></div>")
    lines = extract_article(page(body), URL).body.split("\n\n")
    assert lines[-1] == "Chart viewer (https://charts.example/viewer)"


def sidebar_theme_post(content: str) -> str:
    """A post as a blog theme with an intro column prints it: the site's name in <h1> and a tagline in a <main> of
    the intro section, the post in `main > article.post` under an <h2> linking to itself, a sidebar of recent posts
    whose mini-cards head their teasers with <h1>s."""
    cards = "".join(f"""<article class="mini-post"><header><h1><a href="/news/{slug}/">{headline}</a></h1>
<time class="published">{day}</time></header></article>"""
                    for slug, headline, day in (("new-quay", "The new quay opens to the public", "May 2, 2024"),
                                                ("winter-berths", "Winter berths: how to apply for next season",
                                                 "April 20, 2024")))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Volunteering - HFA</title>
<meta property="og:title" content="Volunteering"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-14T00:00:00+00:00"></head>
<body><header id="site-header"><nav><h1 class="nav-title"><a href="/">news</a></h1></nav></header>
<div id="wrapper"><section id="site-intro"><header><h1>Harbour Friends Association</h1></header>
<main><p>Keeping our old harbour alive for the boats, the birds and the people of the town.</p></main></section>
<main id="site-main"><article class="post"><header><div class="title"><h2><a href="/news/volunteering/">Volunteering</a>
</h2></div><div class="meta"><time class="published" datetime="2024-05-14">May 14, 2024</time></div></header>
<div class="content">{content}</div></article></main>
<section id="site-sidebar"><section id="recent-posts"><header><h1>News</h1></header>{cards}</section></section>
</div></body></html>"""


def test_a_short_post_of_a_sentence_and_lists_beats_the_sidebars_tagline():
    """A post of one sentence introducing lists of a few words, a rule and a subheading over another list, headed by
    an <h2> (the theme's <h1>s name the site and head the sidebar's teasers): its text is what its own <article>
    holds, not the intro column's tagline, which weighs more than the post's one sentence and sits in a <main> of
    its own."""
    # A longer point weighs as prose, so the page-wide wrapper outweighs both the tagline and the post.
    points = ["Painting the boats", "guiding visitors on the summer weekends around the quay, the old customs house "
              "and the lighthouse,", "Cleaning the piers"]
    content = ("<p>One of the ways to help the association is to volunteer:</p><ul>"
               + "".join(f"<li>{p}</li>" for p in points)
               + "</ul><hr><h4>What we offer</h4><ul><li>Training</li><li>Coffee</li><li>A yearly dinner</li></ul>")
    result = extract_article(sidebar_theme_post(content), "https://harbour.example/news/volunteering/")
    assert result.is_article
    lines = result.body.split("\n\n")
    assert lines[0] == "One of the ways to help the association is to volunteer:"
    assert lines[-1] == "A yearly dinner"
    assert "Keeping our old harbour" not in result.body


def test_a_one_paragraph_posts_own_heading_under_the_headline_and_date_line_opens_its_text():
    # An Eleventy-style post: headline, a date list, then the post's own heading and its one paragraph, all in <main>.
    heading = "The quay café opens again"
    line = ("After a long winter the café on the old quay serves coffee and buns again, every day from nine until "
            "the last ferry leaves.")
    html = f"""<html><head><title>{TITLE}</title></head><body><header><a href="/">Harbour News</a></header>
<main><h1>{TITLE}</h1><ul class="post-metadata"><li><time datetime="2024-05-14">14 May 2024</time></li></ul>
<p><img src="/img/quay.png" alt=""></p><h2 id="quay">{heading} <a class="header-anchor" href="#quay">#</a></h2>
<p>{line}</p></main><footer>Harbour News</footer></body></html>"""
    assert extract_article(html, URL).body.split("\n\n") == [heading, line]


def release_note(content: str) -> str:
    """A short post as a blog theme without a headline of its own prints it: <title> and the <h1> are the site's
    name (the logo) on every page, a banner repeats the post's headline in an <h2>, and the post's own <article>
    heads it with a linked <h2> over its date line and its text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>HTT</title></head>
<body><div class="navbar"><h1 class="logo"><a href="/"><img src="/logo.png" alt="HTT"></a></h1>
<ul><li><a href="/">Home</a></li><li><a href="/news.html">News</a></li><li><a href="/download.html">Download</a></li>
</ul></div><div class="banner"><h2 class="page-title">Release 3.1.2</h2><div class="crumbs"><a href="/">Home</a>
<a href="/news.html">News</a> <span>Release 3.1.2</span></div></div>
<div class="main"><article class="single-post"><h2 class="post-title"><a href="/release-312.html">Release 3.1.2</a>
</h2><div class="meta"><span class="date">14 May 2024</span></div><div class="entry">{content}</div></article>
<aside><h3>Categories</h3><ul><li><a href="/news.html">News</a></li><li><a href="/releases.html">Releases</a></li>
</ul></aside></div><footer><a href="/imprint.html">Imprint</a></footer></body></html>"""


TIDE_TABLE_FIXES = ["added sorting by hour to the tide table view", "added export of the tide table to spreadsheets",
                    "unified the settings tabs of the harbour and the pier views",
                    "restored the 'high water only' option in the filter",
                    "fixed the start-up check of the settings file", "fixed minor build issues"]


def test_a_short_post_written_as_one_list_under_an_h2_headline_is_an_article():
    """A release note whose whole text is a few plain points, its headline an <h2> because the theme's <h1> is the
    logo and <title> the site's name: the points weigh as neither prose nor furniture, so no container wins, yet
    they are the post's text, with or without a subheading over them."""
    points = "<ul>" + "".join(f"<li>{fix}</li>" for fix in TIDE_TABLE_FIXES) + "</ul>"
    for content in (points, f"<h3>Changelog</h3>{points}"):
        post = extract_article(release_note(content), "http://site.example/release-312.html")
        assert post.title == "Release 3.1.2" and post.published == "2024-05-14"
        assert post.is_article and post.page_type == "article"
        assert post.body.split("\n\n") == TIDE_TABLE_FIXES


def test_a_post_of_two_points_in_its_own_article_has_a_post_of_its_own():
    """Two points, fewer characters than a page needs: the post's own <article> around them vouches for them as a
    dated post's text, though no headline of the page's own is found by <title> or an <h1>."""
    points = TIDE_TABLE_FIXES[:2]
    post = extract_article(release_note("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"),
                           "http://site.example/release-312.html")
    assert post.page_type == "article" and post.body.split("\n\n") == points
