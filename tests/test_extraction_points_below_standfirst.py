"""A release note whose standfirst sits in the page header beside the headline and whose changes are a list in the
text box below: the standfirst outweighed the short points, and the list was lost."""
from news_archive.pipelines.extraction import extract_article

URL = "https://logbook.example/updates/logbook-release-3-2/"
TITLE = "Logbook Release 3.2"
STANDFIRST = "Release 3.2 of the flight logbook is online. Here is what changed."
CHANGES = ["Export of the yearly summary as a spreadsheet", "Reminder before a medical certificate runs out",
           "Fixed the import of flights with an empty registration", "Night time computed for every leg",
           "Faster search in logbooks of many flights"]


def page(text_box: str, header_extra: str = "") -> str:
    """A company site's post: a header band with the date, the headline and the standfirst, then the text box in a
    grid cell of its own, then the footer."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Logbook Ltd</title>
<meta property="og:title" content="{TITLE}"><meta property="og:type" content="website"></head><body>
<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/updates/">Updates</a></li>
<li><a href="/team/">Team</a></li><li><a href="/contact/">Contact</a></li></ul></div>
<div class="band"><div class="row"><div class="cell">
<h5 class="overline"><small>12.03.2015</small></h5><h1>{TITLE}</h1><p class="lead">{STANDFIRST}</p>{header_extra}
</div></div></div>
<div class="row"><div class="cell"><div class="text-box">{text_box}</div></div></div>
<footer><h4>Good software for pilots and flight schools</h4>
<p>We build web applications with open-source tools and an agile mindset, in our office by the lake.</p>
</footer></body></html>"""


def items(points) -> str:
    return "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"


def test_the_points_below_the_standfirst_are_the_text():
    lines = extract_article(page(items(CHANGES)), URL).body.split("\n\n")
    assert lines[0] == STANDFIRST
    assert lines[1:] == CHANGES


def test_the_lines_introducing_and_closing_the_points_stay():
    box = (f"<p>Changes in this release:</p>{items(CHANGES)}"
           "<p>Visit the logbook: <a href='https://flightlog.example/'><strong>https://flightlog.example</strong></a></p>")
    lines = extract_article(page(box), URL).body.split("\n\n")
    assert lines[1] == "Changes in this release:"
    assert lines[2:-1] == CHANGES
    assert lines[-1] == "Visit the logbook: https://flightlog.example"


def test_a_header_holding_more_than_a_standfirst_keeps_its_text():
    """A box of three paragraphs under the headline is an article of its own: points below it are not its text."""
    more = "".join(f"<p>{s}</p>" for s in (
        "The new release was tested by twelve flight schools over the winter, and their pilots sent many ideas.",
        "Most of these ideas are in this release, and the others are planned for the summer release this year."))
    lines = extract_article(page(items(CHANGES), header_extra=more), URL).body.split("\n\n")
    assert CHANGES[0] not in lines


def test_a_line_pointing_to_the_whole_story_below_the_standfirst_stays():
    """A post of a standfirst and the line saying where the news is: the link line weighed as furniture, and only
    the standfirst was kept."""
    line = ("Read the whole interview on the business portal: <a href='https://portal.example/people/anna-meier.html'>"
            "https://portal.example/people/anna-meier.html</a>")
    lines = extract_article(page(f"<p>{line}</p>"), URL).body.split("\n\n")
    assert lines == [STANDFIRST,
                     "Read the whole interview on the business portal: https://portal.example/people/anna-meier.html"]


def test_a_sentence_pointing_to_another_post_of_the_site_stays():
    line = ("Learn more about how we designed the export: <a href='https://logbook.example/updates/designing-the-"
            "export-of-the-yearly-summary/'>https://logbook.example/updates/designing-the-export-of-the-yearly-summary/"
            "</a>")
    lines = extract_article(page(f"<p><img src='/shot.png' alt=''></p><p>{line}</p>"), URL).body.split("\n\n")
    assert lines[-1] == ("Learn more about how we designed the export: "
                         "https://logbook.example/updates/designing-the-export-of-the-yearly-summary/")


def test_a_label_over_links_of_the_site_stays_out():
    """"Tags:" over the site's own tag pages is its furniture, not a line of the post."""
    tags = "Tags: <a href='/tags/release/'>release</a>, <a href='/tags/logbook/'>logbook</a>"
    lines = extract_article(page(f"<p>{tags}</p>"), URL).body.split("\n\n")
    assert lines == [STANDFIRST]
