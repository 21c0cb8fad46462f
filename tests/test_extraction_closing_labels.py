"""The text's closing facts stay: an event's date, place and programme, its credits, sources and contact, its report."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour.example/news/2024/05/14/summer-fair/"
TITLE = "Summer fair on the quay"
PARAGRAPHS = [
    "The harbour office invites all members to the summer fair, with stalls, boat trips and music on the quay.",
    "Stalls can be booked at the office until the end of May; the boat trips need no booking and cost nothing.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str, after: str = "") -> str:
    """A small news page: site chrome around an article with its headline and date, `after` the story element."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">News</a><a href="/about/">About</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 14 May 2024</p>
<div class="story">{story}</div>{after}</article></main><footer><p>Harbour News, Quay Street 1</p></footer>
</body></html>"""


def body_of(story: str, after: str = "") -> list[str]:
    return extract_article(page(story, after), URL).body.split("\n\n")


def test_an_events_facts_after_its_text_stay():
    # An events section closes each post on its facts, labels in italics, then a link back to the listing: the
    # reader wants the day and the place (a date line of the page's own day, a short line without a full stop).
    facts = ["Start date: 14 May 2024", "End date: 15 May 2024", "Location: Visby, SE"]
    lines = "".join(f"<p><em>{f.split(': ')[0]}:</em> {f.split(': ')[1]}</p>" for f in facts)
    assert body_of(TEXT + "<br><br>" + lines + "<br><br><a href='/events/'>&gt;&gt; Back to events</a>") \
        == PARAGRAPHS + facts


@pytest.mark.parametrize("credits", [
    ["Text and pictures: Anna Berg"],
    ["Text och bilder: Anna Berg", "Källa: Hamnens historia, Per Holm"],
    ["Source: The harbour office's annual report"],
    # the source named by its address alone, as a meeting's notes close on the event page they were copied from
    ["Source: https://meetings.example/harbour-group/events/2024-05-fair-planning-evening/"],
    ["Källa: https://office.example/fair-programme"],
    ["Further information: <a href='https://office.example/fair'>https://office.example/fair</a>",
     "Booking deadline: 31 May 2024"],
])
def test_the_texts_credits_and_sources_after_it_stay(credits):
    # A writer names who wrote the text and where its facts come from as the last lines of the text's own run.
    result = body_of(TEXT + "".join(f"<p>{c}</p>" for c in credits))
    assert result[:2] == PARAGRAPHS and len(result) == 2 + len(credits)
    assert [r[:12] for r in result[2:]] == [c[:12] for c in credits]


@pytest.mark.parametrize("contact", [
    "Contact: <a href='mailto:fair@harbour.example'>fair@harbour.example</a>",
    "Questions? Mail <a href='mailto:fair@harbour.example'>fair@harbour.example</a>",
])
def test_a_contact_line_after_a_one_paragraph_notice_stays(contact):
    # A notice of one paragraph and where to write, in a page without an article element: the mail link makes the
    # line mostly link, which weighed as furniture and left the paragraph alone as the whole text.
    notice = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<header><a href="/">Harbour News</a></header>
<div class="menu"><a href="/news/">News</a><a href="/about/">About</a></div>
<div class="page"><h1>{TITLE}</h1><div class="data"><div class="block"><p>{PARAGRAPHS[0]}</p>
<p>{contact}</p></div></div></div></body></html>"""
    body = extract_article(notice, URL).body.split("\n\n")
    assert body == [PARAGRAPHS[0], contact.split("<a")[0] + "fair@harbour.example"]


def test_a_quoted_link_to_the_posts_document_closes_it():
    # A newsletter's post lists its contents and closes on its PDF, which the editor indented as a quote.
    contents = "<p>In this issue:</p><ul><li>The summer fair</li><li>New moorings</li><li>Our new members</li></ul>"
    pdf = "<blockquote><a href='/files/newsletter-5.pdf'><span>Download the newsletter as PDF</span></a></blockquote>"
    assert body_of(f"<p>{PARAGRAPHS[0]}</p>{contents}{pdf}")[-1] == "Download the newsletter as PDF"


@pytest.mark.parametrize("line", [
    "Tags: fair, quay", "Published: 14 May 2024",
    "Share: <a href='https://facebook.com/x'>Facebook</a>",
    "Next: <a href='/news/2024/05/20/new-moorings/'>New moorings in the east basin</a>",
    "Follow us: <a href='https://social.example/harbour'>@harbour</a>", "Follow Anna on Twitter: @annaberg",
    "<a href='mailto:anna@harbour.example'>anna@harbour.example</a>",
])
def test_furniture_labels_after_the_text_still_go(line):
    # The site's tags, stamps, sharing, navigation and prompts to follow are not the text's closing facts; a bare
    # address to write to is the writer's signature. (A picture's credit closing the text is its credit:
    # test_extraction_opening_and_closing_lines.py.)
    assert body_of(TEXT + f"<p>{line}</p>") == PARAGRAPHS


def test_facts_in_a_box_of_their_own_after_the_text_still_go():
    # A theme's box after the story element is the theme's, whatever its lines say.
    box = "<div class='event-meta'><p>Location: Visby, SE</p><p>Category: Events</p></div>"
    assert body_of(TEXT, after=box) == PARAGRAPHS


def test_labels_under_a_heading_closing_the_text_still_go():
    assert body_of(TEXT + "<h3>Our partners</h3><p>Main sponsor: The Harbour Bank</p>") == PARAGRAPHS


MAIL = "<a href='mailto:anna@harbour.example'>anna@harbour.example</a>"
ROWS = [("18:00", "Welcome, Anna Berg"), ("18:15", "The new moorings, Per Holm"), ("19:00", "Questions and coffee")]


@pytest.mark.parametrize("label, header, shown", [
    ("Programme:", "", ["Programme:"]),
    ("<strong>Agenda:</strong>", "<tr><th>Time</th><th>Talk</th></tr>", ["Agenda:", "Time", "Talk"]),
])
def test_a_programme_table_introduced_after_the_text_stays(label, header, shown):
    # An event post closes on its programme: a line introducing a table of times and talks. The times are short cells
    # and the line is no sentence, yet the rows are the post's own.
    rows = "".join(f"<tr><td>{time}</td><td>{what}</td></tr>" for time, what in ROWS)
    result = body_of(TEXT + f"<p>{label}</p><table><tbody>{header}{rows}</tbody></table>")
    assert result == PARAGRAPHS + shown + [cell for row in ROWS for cell in row]


def test_a_programme_table_introduced_after_a_list_of_the_text_stays():
    # Fails before: the line introducing the table had to follow a paragraph of prose; after the list of speakers
    # (the text's own points) the short cells (times, "Questions and coffee") went as furniture.
    speakers = ["Anna Berg (harbour office)", "Per Holm (quay school)"]
    items = "".join(f"<li>{name}</li>" for name in speakers)
    rows = "".join(f"<tr><td>{time}</td><td>{what}</td></tr>" for time, what in ROWS)
    after = "The fair is free for members; guests pay a small fee at the gate on the day of the fair."
    result = body_of(TEXT + f"<p><strong>Speakers:</strong></p><ul>{items}</ul><p><strong>Programme:</strong></p>"
                     f"<table><tbody>{rows}</tbody></table><p>{after}</p>")
    assert result == PARAGRAPHS + ["Speakers:", *speakers, "Programme:", *[cell for row in ROWS for cell in row], after]


def test_a_programme_table_with_a_list_in_one_of_its_cells_stays():
    # Fails before: a talk whose cell lists its points (<td>Talk:<ul><li>...</li></ul></td>) set list items amid
    # the table's cells, which were not taken for cells of the table, so the times and the short rows ("Coffee
    # break", the last row's time) went as furniture.
    points = ["Why moorings change", "What members can do"]
    rows = [("18:00", "Welcome"), ("18:15", "The new moorings:"), ("18:45", "Coffee break"),
            ("19:00", "Questions and coffee"), ("19:30", "Close")]
    cells = "".join(f"<tr><td>{time}</td><td>{what}" + (f"<ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>"
                    if what.endswith(":") else "") + "</td></tr>" for time, what in rows)
    result = body_of(TEXT + f"<p>Programme:</p><table><tbody>{cells}</tbody></table><hr>")
    expected = []
    for time, what in rows:
        expected += [time, what] + (points if what.endswith(":") else [])
    assert result == PARAGRAPHS + ["Programme:"] + expected


@pytest.mark.parametrize("tag, anchor", [("h2", ""), ("h4", ""), ("h2", " id='contact-anna-bergmailtoannaharbourexample'")])
def test_a_contact_set_as_the_closing_heading_stays(tag, anchor):
    # Fails before: a post closing on its contact written as a heading linking to the address ("## [Contact: Anna
    # Berg](mailto:...)" in its markdown) lost it: a heading closing the text was taken to head a box after it, yet
    # it heads nothing, and it names whom to write to. The generator's anchor spells the heading's markdown, the
    # link's target glued to its text: an id of the heading's own words, not a contact box's.
    contact = f"<{tag}{anchor}><a href='mailto:anna@harbour.example'>Contact: Anna Berg</a></{tag}>"
    assert body_of(TEXT + contact) == PARAGRAPHS + ["Contact: Anna Berg"]


def test_a_closing_heading_linking_to_the_sites_contact_page_still_goes():
    assert body_of(TEXT + "<h3><a href='/contact/'>Contact us</a></h3>") == PARAGRAPHS


def test_a_table_of_links_after_an_introducing_line_still_goes():
    rows = "".join(f"<tr><td><a href='/news/{n}/'>Older story number {n}</a></td><td><a href='/news/{n}/'>{n} May</a>"
                   "</td></tr>" for n in range(1, 4))
    assert body_of(TEXT + f"<p>Older stories:</p><table>{rows}</table>") == PARAGRAPHS


@pytest.mark.parametrize("contact, expected", [
    ("<h3>Kontakt</h3><p><a href='mailto:anna@harbour.example'>Anna Berg</a></p>", ["Kontakt", "Anna Berg"]),
    (f"<p><strong>Contact</strong></p><p>Anna Berg, {MAIL}</p>", ["Contact", "Anna Berg, anna@harbour.example"]),
    ("<h4>Further information</h4><p><a href='mailto:anna@harbour.example'>Anna Berg</a></p>",
     ["Further information", "Anna Berg"]),
    ("<p>Contact <a href='mailto:anna@harbour.example'>Anna Berg</a></p>", ["Contact Anna Berg"]),
])
def test_a_contact_heading_and_its_lines_close_the_text(contact, expected):
    # Whom to ask closes an event post: a heading naming the contact, then the name linking to the address to write
    # to; or one line "Contact <name>". The name alone is no sentence and mostly link.
    assert body_of(TEXT + contact) == PARAGRAPHS + expected


@pytest.mark.parametrize("story, after", [
    ("<h3>Contact</h3><p><a href='/contact/'>Our contact page</a></p>", ""),
    ("<h3>Contact</h3><p>Anna Berg</p>", ""),
    ("", "<div class='contact-box'><h3>Contact</h3><p><a href='mailto:anna@harbour.example'>Anna Berg</a></p></div>"),
])
def test_contact_headings_without_a_mail_link_or_in_a_box_of_their_own_still_go(story, after):
    assert body_of(TEXT + story, after) == PARAGRAPHS


@pytest.mark.parametrize("href", ["/reports/summer-fair-2023/", "https://video.example/fair-2023"])
def test_a_lone_listed_link_closing_the_text_stays(href):
    # A post closes on a list of one item: a link to last year's report or to the recording.
    assert body_of(TEXT + f"<ul><li><a href='{href}'>Report from last year's fair</a></li></ul>") \
        == PARAGRAPHS + ["Report from last year's fair"]


@pytest.mark.parametrize("links", [
    "<ul><li><a href='/news/'>News</a></li></ul>",
    "<ul><li><a href='/news/a/'>New moorings in the east basin</a></li>"
    "<li><a href='/news/b/'>The ferry timetable for the summer</a></li></ul>",
])
def test_one_word_links_and_lists_of_teasers_closing_the_text_still_go(links):
    assert body_of(TEXT + links) == PARAGRAPHS


@pytest.mark.parametrize("line", [
    "<a href='/media/summer-fair-recording/'>Summer fair on the quay</a>",
    "<a href='/news/2024/05/14/summer-fair/recording/'>Summer fair on the quay (recording)</a>",
])
def test_a_link_naming_the_post_that_leads_elsewhere_closes_it(line):
    # The post's headline again, or its words, linked to the full report or the recording: not the page itself.
    assert body_of(TEXT + f"<p>{line}</p>") == PARAGRAPHS + [line.split(">")[1].split("<")[0]]


@pytest.mark.parametrize("line", [
    f"<a href='{URL}'>Summer fair on the quay</a>",
    "<a href='/news/'>Read more about the summer fair</a>",
    "<a href='/news/2024/'>Summer fair and other news</a>",
    "<a href='/news/2024/05/20/new-moorings/'>New moorings in the east basin</a>",
    "<a href='/news/2024/05/20/new-moorings/'>New moorings for the summer boats</a>",
])
def test_links_to_the_page_itself_a_listing_or_another_story_still_go(line):
    # Another story's headline may share a word with this one's ("summer"): a teaser, not this post's report.
    assert body_of(TEXT + f"<p>{line}</p>") == PARAGRAPHS


def test_the_line_introducing_a_document_shown_as_a_picture_stays():
    # The post closes on its flyer: a picture linking to the PDF, under the line that introduces it.
    flyer = "<p>Download the flyer:</p><p><a href='/files/flyer.pdf'><img src='/files/flyer.jpg' alt=''></a></p>"
    assert body_of(TEXT + flyer) == PARAGRAPHS + ["Download the flyer:"]


def test_a_line_above_a_picture_linking_to_a_page_still_goes():
    assert body_of(TEXT + "<p>Our sponsors:</p><p><a href='/sponsors/'><img src='/files/bank.jpg' alt=''></a></p>") \
        == PARAGRAPHS


def test_the_line_announcing_a_picture_at_the_end_stays():
    # Fails before: the line was trimmed as a sign-off (short, no full stop) since only a player or a document kept
    # the line above it.
    sketch = "<p>Here is a small drawing to sum it up:</p><img src='/files/fair-map.png' alt='The stalls on the quay'>"
    assert body_of(TEXT + sketch) == PARAGRAPHS + ["Here is a small drawing to sum it up:"]


def test_the_line_announcing_a_gallery_of_thumbnails_linking_to_their_pictures_stays():
    # Fails before: a blog's gallery sets each thumbnail in a link to the picture's full size, which read like a
    # sponsor's logo linking away, and the line announcing the pictures was trimmed as a sign-off.
    thumbs = "".join(f"<a href='/uploads/quay-{n}.jpg'><img src='/uploads/quay-{n}-150x150.jpg' alt=''></a>"
                     for n in range(1, 4))
    gallery = f"<p>A few pictures from the day on the quay:</p><p>{thumbs}</p>"
    assert body_of(TEXT + gallery) == PARAGRAPHS + ["A few pictures from the day on the quay:"]


def test_the_line_announcing_a_widgets_button_at_the_end_stays():
    # Fails before, as above: an invitation box to a chat server, its own name and a "Join" button in a form.
    invite = ("<p>And do not forget to join the harbour's chat server:</p><div class='invite'><div><h5>You are invited"
              "</h5><div><div><span>Harbour chat</span></div><form action='https://chat.example/invite/x' method='get'>"
              "<button type='submit'>Join</button></form></div></div></div>")
    assert body_of(TEXT + invite) == PARAGRAPHS + ["And do not forget to join the harbour's chat server:"]

