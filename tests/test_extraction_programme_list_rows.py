"""A research institute announces an afternoon seminar: a few paragraphs, then the programme as a definition list, each
time in a <dt> and the session beside it in a <dd> whose text sits in paragraphs. The last session is one short line
("Drinks in room 117"): a row of the programme, as a list item would be, not a sign-off under the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

SESSIONS = [
    ("14h", "Opening words", ["The director of the institute", "The head of the soil research group"]),
    ("14h20", "Counting worms in a field", ["A professor of biology"]),
    ("15h40", "Farms and their drainage", ["A farmer from the valley", "The founder of a start-up"]),
]
LAST = "Drinks in room 117"


def _row(time: str, title: str, speakers: list[str]) -> str:
    people = "".join(f"<li><strong>{name}</strong>, speaker</li>" for name in speakers)
    return (f"<div class='px-4 sm:grid'><dt class='font-medium'><time>{time}</time></dt>"
            f"<dd class='mt-1 text-gray-700'><p>{title}</p><p>With:</p><ul>{people}</ul></dd></div>")


def _page() -> str:
    rows = "".join(_row(*session) for session in SESSIONS)
    rows += f"<div class='px-4 sm:grid'><dt class='font-medium'><time>17h30</time></dt><dd class='mt-1'><p>{LAST}</p></dd></div>"
    return ("<!DOCTYPE html><html lang='en'><head><title>Soil seminar | Institute</title></head><body>"
            "<header><a href='/'>Institute</a><nav><a href='/news'>News</a> <a href='/team'>Team</a></nav></header>"
            "<div class='mx-auto'><h1>Soil seminar</h1><time datetime='2024-09-17T12:00:00.000Z'>Tue 17 Sep 2024</time>"
            "</div><div class='mx-auto prose'><p>The institute invites you to an afternoon on the life of soils, "
            "with researchers, farmers and companies who measure it every season.</p>"
            "<p>The seminar takes place on 19 September in the main building; places are limited, so please register "
            "before the end of the week.</p><h2>Programme</h2><dl class='divide-y'>"
            f"{rows}</dl></div><div class='text-center'><a href='/news'>Back to the news</a></div>"
            "<footer><p>Copyright 2025 Institute</p></footer></body></html>")


def test_a_programme_closing_on_a_short_session_keeps_it():
    """Fails before: the last <dd>'s paragraph, short and unpunctuated after the text, was trimmed as a sign-off."""
    body = extract_article(_page(), "https://institute.example/news/soil-seminar").body
    assert body.rstrip().endswith(LAST)
    assert "Farms and their drainage" in body
