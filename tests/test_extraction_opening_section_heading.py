"""A post whose headline, date line and text share one element, with no element marking the text, keeps the section
heading that opens its text (a Markdown body starting "## <heading>" under the theme's header); a kicker, a contents
box's heading or a heading above anything but the post's header stays out."""
from news_archive.pipelines.extraction import extract_article

URL = "http://site.example/blog/2024/03/05/water-rates/"
TITLE = "Water rates go up in spring"
HEADING = "Why the fee rises"
TEXT = ("The board has decided to raise the monthly fee by three per cent from April, because the town has put up "
        "its charges for water and sewage by nearly a tenth this year.")
MORE = ("We are working to bring the running costs down again: snow clearing and caretaking will be tendered anew "
        "next year, and the board hopes to lower the fee once those contracts are signed.")
LAST = ("Members who have questions about the new fee can write to the board or come to the open evening in the "
        "common room on the first Tuesday of April, when the treasurer will go through the figures.")


def page_with(main: str) -> str:
    return f"""<html><head><title>{TITLE} | Harbour Street Housing</title></head><body>
<header><a href="/">Harbour Street Housing</a><nav><a href="/">Home</a> <a href="/blog/">News</a>
<a href="/contact/">Contact</a></nav></header>
<div class="container">{main}</div>
<footer><p>Harbour Street Housing Association</p></footer></body></html>"""


def header_box() -> str:
    """A theme's header block: the headline, then the writer's name and the day beside an avatar."""
    return f"""<div class="d-flex flex-column"><h1><small>{TITLE}</small></h1>
<div class="d-flex flex-row"><div class="avatar"><svg width="80" height="80"></svg></div>
<div class="d-flex flex-column"><small>Anna Berg</small>
<small>March 05, 2024</small></div></div></div>"""


def body_of(page: str) -> list[str]:
    return extract_article(page, URL).body.split("\n\n")


def test_a_section_heading_under_the_headline_and_its_date_line_opens_the_text():
    body = body_of(page_with(f"""<h1>{TITLE}</h1><p class="small">Last updated on <time datetime="2024-03-05">
05/03/2024</time></p><h2>{HEADING}</h2><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p>"""))
    assert body[:2] == [HEADING, TEXT]


def test_a_section_heading_under_a_header_block_of_headline_writer_and_day_opens_the_text():
    body = body_of(page_with(f"{header_box()}<h2>{HEADING}</h2><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert body[:2] == [HEADING, TEXT]


def test_a_kicker_under_the_header_block_stays_out():
    body = body_of(page_with(f"{header_box()}<h2>Housing</h2><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert body[0] == TEXT


def test_a_contents_box_under_the_header_block_stays_out():
    contents = ('<h2>Table of contents</h2><ul><li><a href="#why">Why the fee rises</a></li>'
                '<li><a href="#what">What the board does</a></li></ul>')
    body = body_of(page_with(f"{header_box()}{contents}<h2 id=why>{HEADING}</h2><p>{TEXT}</p><p>{MORE}</p>"
                             f"<h2 id=what>What the board does</h2><p>{LAST}</p>"))
    assert "Table of contents" not in body


def test_a_section_heading_over_its_first_subsection_heading_opens_the_text():
    """Fails before: both headings were dropped as kickers, the first heading being followed by a heading, not text.
    A Markdown body opening "## Part" then "### Section" (a script-built page's headline and date set in <span>s
    apart from the text's own element)."""
    header = (f"<div class='css-9vk'><span>March 05, 2024</span></div><div class='css-1yz'><span class='css-nrf'>"
              f"{TITLE}</span></div>")
    body = body_of(page_with(f"{header}<div class='css-1j1'><h2>{HEADING}</h2><h3>What the board decided</h3>"
                             f"<p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p></div>"))
    assert body[:3] == [HEADING, "What the board decided", TEXT]


def test_a_kicker_over_a_subheading_beside_the_text_stays_out():
    """A label over the headline's own element is no section of the text: the rule reads headings first in the text's
    element only."""
    body = body_of(page_with(f"<h2>Housing</h2><div class='text'><h3>{HEADING}</h3><p>{TEXT}</p><p>{MORE}</p>"
                             f"<p>{LAST}</p></div>"))
    assert "Housing" not in body


def news_body_page(text: str) -> str:
    """An older CMS's news page: the headline in the news box, the editor's text in a plain <div> under it."""
    return page_with(f'<div id="news_body"><h1 class="news">{TITLE}</h1><div>{text}</div></div>')


def test_a_two_word_heading_opening_a_text_in_sections_stays():
    # Fails before: a heading of two words before the first paragraph was a kicker, however many sections followed.
    text = (f"<h3><strong>Rising charges</strong></h3><p>{TEXT}</p><h3><strong>Lower costs ahead?</strong></h3>"
            f"<p>{MORE}</p><h3><strong>Questions welcome</strong></h3><p>{LAST}</p>")
    body = body_of(news_body_page(text))
    assert body == ["Rising charges", TEXT, "Lower costs ahead?", MORE, "Questions welcome", LAST]


def test_a_two_word_label_over_a_text_of_one_section_stays_out():
    # One subheading further down is no run of sections: the line over the text is a label.
    text = f"<h3>Housing news</h3><p>{TEXT}</p><p>{MORE}</p><h3>Questions welcome</h3><p>{LAST}</p>"
    body = body_of(news_body_page(text))
    assert body == [TEXT, MORE, "Questions welcome", LAST]


def test_the_first_of_named_sections_stays_under_a_site_wide_title_and_a_closing_heading():
    """Fails before: a post whose every page bears the site's name as <title> (the headline only in its <h1>) opens
    on a name over each speaker's paragraph and closes on a heading with nothing under it ("More speakers to come…"):
    the first name, two words, was dropped as a kicker, the closing heading standing over no paragraph."""
    sections = [("Ansel Varga", TEXT), ("Brita Holm", MORE), ("Cato Rinne", LAST)]
    text = "".join(f"<h3>{name}</h3>\n<p>{paragraph}</p>\n" for name, paragraph in sections)
    page = f"""<html><head><title>Harbour Street Blog</title></head><body><div class="container">
<div class="page-header"><h1>{TITLE} <small>by Anna Berg</small></h1><p><em>2024-03-05 20:00</em></p>
<p>{text}<h3>More speakers to come…</h3></p></div></div>
<footer><p>Harbour Street Housing</p></footer></body></html>"""
    body = body_of(page)
    assert body[:2] == ["Ansel Varga", TEXT] and body[-1] == "More speakers to come…"


RELEASE_URL = "http://site.example/2024/05/30/may-status/"


def release_post(first_heading: str) -> str:
    """A monthly status post: a header box of headline, day, writer and tag links, then the Markdown text in sections
    headed alike, the first naming the month's release by a number that reads as a day."""
    return f"""<html><head><title>May status | Quill Blog</title>
<meta property="article:published_time" content="2024-05-30T00:00:00Z"></head><body>
<header><a href="/">Quill Blog</a></header><main><article class="post"><section class="header"><h1>May status</h1>
<p class="meta">30 May 2024 - Anna Berg</p><ul class="tags"><li><a href="/tags/status">status</a></li>
<li><a href="/tags/release">release</a></li></ul></section>
<h2>{first_heading}</h2><p>{TEXT}</p>
<h2>New notebook templates</h2><p>{MORE}</p>
<h2>What is next</h2><p>{LAST}</p></article></main>
<footer><p>Quill Blog</p></footer></body></html>"""


def test_a_first_section_heading_naming_a_release_number_read_as_another_day_opens_the_text():
    # Fails before: "Minor release 2024.3.1" reads as a line naming 1 March 2024 with two words besides, and was
    # taken for the header's date stamp set as a heading, the text opening under it.
    body = extract_article(release_post("Minor release 2024.3.1"), RELEASE_URL).body.split("\n\n")
    assert body[:2] == ["Minor release 2024.3.1", TEXT]


def test_a_date_stamp_heading_of_the_pages_own_day_still_closes_the_header():
    body = extract_article(release_post("News | May 30, 2024"), RELEASE_URL).body.split("\n\n")
    assert body[0] == TEXT
