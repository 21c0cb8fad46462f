"""A paragraph the writer says again among the text's paragraphs stays; a pull quote shown beside them does not."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://society.example/2024/05/14/grants.html"
TITLE = "Two grants for young researchers"
INTRO = ("The society offers two grants this summer to young researchers who study the history of the island's "
         "harbours and ferries.")
FIRST = ("The first grant pays for up to six months of work on a proposal for a larger project, including archive "
         "trips and help with transcription.")
SECOND = ("The second grant pays for a visit of three to six weeks to one of the projects the society already "
          "funds, travel and lodging included.")
SEND = "Applications of at most three pages can be sent until 15 August 2024 to"
ADDRESS = "grants@society.example"
AFTER = ("by then. A committee of the society's board chooses the recipients and tells every applicant of its "
         "decision by the end of August.")


def page(text: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta itemprop="datePublished" content="2024-05-14T00:00:00+02:00"></head>
<body><header><a href="/">Island Society</a></header><main><article><header><h1>{TITLE}</h1></header>
<div class="article__content">{text}</div></article></main><footer><p>Island Society</p></footer></body></html>"""


def section(heading: str, paragraph: str) -> str:
    return f"<h2>{heading}</h2><p>{paragraph}</p><p><strong>How to apply:</strong></p><p>{SEND}</p>" \
        f"<p>{ADDRESS}</p><p>{AFTER}</p>"


def test_a_sections_closing_paragraphs_said_again_in_the_next_section_stay():
    """Both sections close on the same call to apply ("... to" / the address / "by then. ..."): the second is the
    text's end, not a pull quote."""
    result = extract_article(page(f"<p>{INTRO}</p>{section('1. Proposal grant', FIRST)}"
                                  f"{section('2. Visiting grant', SECOND)}"), URL)
    lines = result.body.split("\n\n")
    assert lines[-6:] == ["2. Visiting grant", SECOND, "How to apply:", SEND, ADDRESS, AFTER]


def test_a_pull_quote_repeating_a_paragraph_stays_out():
    quote = f"<blockquote class='pullquote'><p>{FIRST}</p></blockquote>"
    result = extract_article(page(f"<p>{INTRO}</p><p>{FIRST}</p>{quote}<p>{SECOND}</p><p>{AFTER}</p>"), URL)
    assert result.body.split("\n\n") == [INTRO, FIRST, SECOND, AFTER]


def test_a_line_shown_under_every_picture_is_kept_once():
    """"Click the picture to enlarge it" under each of three screenshots is the template's, not the writer's saying
    something again."""
    shot = "<p><img src='/shot.png' alt=''></p><p>Click the picture to enlarge it</p>"
    result = extract_article(page(f"<p>{INTRO}</p>{shot}<p>{FIRST}</p>{shot}<p>{SECOND}</p>{shot}<p>{AFTER}</p>"),
                             URL)
    assert result.body.split("\n\n").count("Click the picture to enlarge it") == 1


BOOK = ("Please book your place by phone or text message and bring the signed insurance form, which you can download "
        "from the club's page, on the day.")


def test_a_long_call_closing_each_of_three_sections_stays_in_each():
    """Fails before: a paragraph shown three times read as a template's line; the writer closes each offer's section
    on the same booking call, a long paragraph of their own, where a template repeats a short line ("Click to
    enlarge")."""
    offers = "".join(f"<h3>Offer {n}</h3><p>{text}</p><p>{BOOK}</p>"
                     for n, text in ((1, FIRST), (2, SECOND), (3, AFTER.replace("by then. ", ""))))
    result = extract_article(page(f"<p>{INTRO}</p>{offers}"), URL)
    lines = result.body.split("\n\n")
    assert lines.count(BOOK) == 3
    assert lines[-1] == BOOK


def test_a_long_paragraph_shown_many_times_is_said_once():
    """Fails before (all 40 showings kept; a page of a thousand, tests/test_busy_crawler_timeouts.py, took minutes):
    a long paragraph the writer may close a few sections on, shown dozens of times, is a template's filler: once."""
    result = extract_article(page(f"<p>{INTRO}</p>" + f"<p>{BOOK}</p>" * 40 + f"<p>{FIRST}</p>"), URL)
    lines = result.body.split("\n\n")
    assert lines.count(BOOK) == 1
    assert FIRST in lines
