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


def press_release(opening: str) -> str:
    """A CMS page that sets the headline as <h2> and the section and time stamp as a heading above the text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clinic opens a new ward</title>
<meta property="article:published_time" content="2017-04-24T16:45:00"></head>
<body><nav><a href="/">Home</a><a href="/news/">News</a></nav><div class="content"><h2>Clinic opens a new ward</h2>
<h6>Partner News | April 24, 2017, 4:45 p.m.</h6><br>{opening}
<p>The clinic has opened a ward for children, with twelve beds and a team of nurses trained in intensive care.</p>
<p>The ward was built in two years and paid for by the region, which plans two more wards of the same kind.</p>
</div><footer><p>Example Foundation, 1 High Street</p></footer></body></html>"""


def test_a_section_and_time_stamp_set_as_a_heading_does_not_open_the_text():
    result = extract_article(press_release(""), "https://foundation.example/news/partner_news/184.html")
    assert result.body.startswith("The clinic has opened a ward")


def test_a_date_line_with_a_label_still_goes():
    result = extract_article(press_release("<p>Published: 24.4.2017</p>"),
                             "https://foundation.example/news/partner_news/184.html")
    assert result.body.startswith("The clinic has opened a ward")


def test_a_short_code_block_closing_a_post_stays():
    body = paragraphs() + ("<p>Um nur eine Datei einzuchecken, tippe ich:</p>"
                           "<pre><code>$ git add fest.txt\n$ gc \"Fest\"\n</code></pre>")
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n")[-2:] == ["Um nur eine Datei einzuchecken, tippe ich:",
                                                '$ git add fest.txt $ gc "Fest"']


def test_a_subheading_below_a_section_and_time_stamp_opens_the_text():
    result = extract_article(press_release("<h3>Twelve beds for children</h3>"),
                             "https://foundation.example/news/partner_news/184.html")
    assert result.body.startswith("Twelve beds for children\n\nThe clinic has opened a ward")


def test_a_section_and_time_stamp_under_an_untitled_headline_does_not_open_the_text():
    html = press_release("").replace("<title>Clinic opens a new ward</title>", "<title>Foundation - Home</title>")
    result = extract_article(html, "https://foundation.example/news/partner_news/184.html")
    assert "Partner News |" not in result.body


def test_a_headline_over_its_time_stamp_is_the_title_though_the_text_opens_on_a_subheading_of_its_rank():
    """<title> names only the section; the <h2> over the time stamp is the headline, and the text's own <h2> below
    ("Held on 18 April") opens the text, not the title."""
    html = press_release("<h2>Held on 18 April</h2>").replace("<title>Clinic opens a new ward</title>",
                                                              "<title>Partner News</title>")
    result = extract_article(html, "https://foundation.example/news/partner_news/184.html")
    assert result.title == "Clinic opens a new ward"
    assert result.body.startswith("Held on 18 April\n\nThe clinic has opened a ward")
