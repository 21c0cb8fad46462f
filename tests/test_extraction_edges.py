"""The body's first and last lines: taglines, timeline rows and date lines at the text's edges."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

PARAGRAPHS = [
    "Der Verein lädt alle Mitglieder und Gäste zum großen Sommerfest am Flussufer ein, mit Musik und Essen.",
    "Für die Kinder gibt es eine Hüpfburg, und am Abend spielt die Band aus dem Nachbarort bis Mitternacht.",
    "Anmeldungen nimmt der Vorstand bis Ende des Monats entgegen, die Teilnahme ist für Mitglieder kostenlos.",
]
URL = "https://verein.example/blog/2024/06/19/sommerfest/"


def page(body: str, title: str = "Sommerfest am Fluss", lang: str = "de") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Verein</title></head>
<body><header><a href="/">Start</a><nav><a href="/blog/">Blog</a><a href="/kontakt/">Kontakt</a></nav></header>
<main><article><h1>{title}</h1><time datetime="2024-06-19">19. Juni 2024</time>
<div class="markdown">{body}</div></article></main>
<footer><p>Verein e.V., Hauptstraße 1, 69117 Heidelberg</p></footer></body></html>"""


def paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


@pytest.mark.parametrize("closing", [
    ["🎉🎉🎉 Wir freuen uns auf euch! 🎉🎉🎉"],
    ["🔥 FESTTAG: 27.07.2024 🔥", "📍Flussufer", "🚀 Feiert mit uns das Jubiläum 🚀"],
])
def test_closing_lines_framed_in_emoji_stay(closing):
    body = paragraphs() + "".join(f"<p>{line}</p>" for line in closing)
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, *closing]


def test_an_opening_line_framed_in_emoji_stays():
    result = extract_article(page("<p>🥳 WIR SIND AUSGEBUCHT! 🥳</p>" + paragraphs()), URL)
    assert result.body.split("\n\n") == ["🥳 WIR SIND AUSGEBUCHT! 🥳", *PARAGRAPHS]


@pytest.mark.parametrize("furniture", ["📩 Newsletter abonnieren", "👉 <a href='/blog/'>Zurück zum Blog</a> 👈"])
def test_emoji_framed_furniture_still_goes(furniture):
    result = extract_article(page(paragraphs() + f"<p>{furniture}</p>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("rows", [
    ["Feil oppstod: 09:26 Feil løst: 13:10"],
    ["Error occurred ca: 10:00 Resolved ca: 11:30"],
    ["Utført kl 14:00-15:00"],
])
def test_an_incident_notice_keeps_its_timeline_rows(rows):
    notice = ("<p>Det er for tiden problemer med tjenestene våre, og innlogging kan feile for enkelte brukere. "
              "Vi jobber med å løse problemet.</p>")
    result = extract_article(page(notice + "".join(f"<p>{row}</p>" for row in rows), title="Driftsmelding",
                                  lang="no"), URL)
    assert result.body.split("\n\n")[-len(rows):] == rows


def test_an_update_stamp_after_the_text_still_goes():
    result = extract_article(page(paragraphs() + "<p>Aktualisiert 10:32</p>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS
