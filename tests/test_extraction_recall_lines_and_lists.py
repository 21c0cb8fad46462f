"""Article bodies keep the text's own short lines, lists, tables and boxes left open; lists of links and
furniture boxes still go."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from recall_pages import MORE, PARAGRAPHS, TITLE, URL, page, paragraphs, site_page


def test_short_sentences_set_as_lines_between_lines_of_text_stay():
    lines = [PARAGRAPHS[0], "She nodded.", "“Is it true?”", PARAGRAPHS[1], "Share", PARAGRAPHS[2]]
    body = "".join(f"<div><div><span>{line}</span></div></div>" for line in lines)
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "She nodded.", "“Is it true?”", PARAGRAPHS[1], PARAGRAPHS[2]]


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


def test_short_subheadings_set_in_bold_between_paragraphs_stay_and_a_bold_label_goes():
    body = (f"<p>{PARAGRAPHS[0]}</p><p><strong>Late boats</strong></p><p>{PARAGRAPHS[1]}</p>"
            f"<p><b>Fares</b></p><p>{PARAGRAPHS[2]}</p><p><strong>Advertisement</strong></p><p>{MORE[0]}</p>"
            f"<p><em><strong>Bikes</strong></em></p><p>{MORE[2]}</p>")
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == [PARAGRAPHS[0], "Late boats", PARAGRAPHS[1], "Fares", PARAGRAPHS[2], MORE[0],
                                         "Bikes", MORE[2]]


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


def test_an_emoji_sequence_keeps_its_zero_width_joiner_and_a_stray_one_goes():
    """A joiner between two emoji makes one picture (woman + laptop = a technologist): dropping it splits the picture
    in two. One beside a space or between letters and signs shows nothing."""
    closing = "Happy mapping to all of you! \U0001F469\u200d\U0001F4BB\u200d Say f-\u200d-\u200d-k."
    result = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{closing}</p>"), URL)
    assert result.body.endswith("you! \U0001F469\u200d\U0001F4BB Say f---k.")


def test_items_carrying_on_the_sentence_above_their_list_stay_however_linked():
    """"You can also tell us what you think" / "via <a>the survey</a>" / "any time via <a>the harbour app</a>": the
    items finish the sentence in lower case; a list of links to other pages names them, capitalised."""
    items = "<ul><li>via <a href='https://survey.example/ferries'>the survey on the timetable</a></li>" \
            "<li>any time via <a href='/app/'>the harbour app</a></li></ul>"
    intro = "<p>You can also tell us what you think of the new timetable and the extra crossings</p>"
    html = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + intro + items)
    assert extract_article(html, URL).body.endswith("any time via the harbour app")


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
