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


@pytest.mark.parametrize("closing", ["Bleibt dran – wir teilen bald mehr Details! 🌟",
                                     "Stay tuned: we will share more details soon! 🚀🚀"])
def test_a_closing_sentence_ending_on_a_pictograph_after_its_stop_stays(closing):
    """Fails before: a furniture word in it ("teilen", "share") kept it from being a framed tagline, and ending on the
    pictograph rather than its stop, it was a sign-off; it is a sentence of the writer's, as without the pictograph."""
    result = extract_article(page(paragraphs() + f"<p>{closing}</p>"), URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, closing]


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


@pytest.mark.parametrize("rows", [
    ["Løst kl 13:45"],
    ["Feil løst: 21:30"],
    ["Oppsto ca: 22:00"],
    ["Feil løst: 07.09.2022 kl.14:30"],
    ["Feil oppsto: 27.06 kl 11:10"],
    ["Feil oppsto: 23:02 16.11.2022"],
    ["Feil oppsto: Fredag 15.07.2022 kl 09:00"],
    ["Feil oppstod: 21.08.2021 16:25 Oppdatert: 23.08.2021 10:20"],
])
def test_a_short_notice_keeps_its_dated_or_tiny_timeline_rows(rows):
    """A row of a label, maybe a day, and the clock time closing a notice of a line or two is when the incident began
    or was resolved: the notice's news, not its date line nor a label."""
    notice = "<p>Innloggingen fungerer igjen for alle brukere</p>"
    result = extract_article(page(notice + "".join(f"<p>{row}</p>" for row in rows), title="Driftsmelding",
                                  lang="no"), URL)
    assert result.body.split("\n\n") == ["Innloggingen fungerer igjen for alle brukere", *rows]


def test_an_entry_and_update_stamp_amid_the_text_still_goes():
    body = f"<p>{PARAGRAPHS[0]}</p><p>Eintrag: 19.06.2024 - 18:24 Änderung: 19.06.2024 - 18:57</p>" \
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    result = extract_article(page(body), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


SIGNED_TEXT = [
    "The committee met on Monday and agreed to open the membership to students from the coming autumn onwards.",
    "If you have joined already, please tell your colleagues about it; every new member strengthens the society.",
]


def signed_post(closing: str) -> str:
    """A CMS page with the headline as <h2>, the text's paragraphs, then the writer's signature and a link back to
    the list of news in the same element."""
    text = "".join(f"<p>{p}</p>" for p in SIGNED_TEXT)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Membership opens to students</title>
<meta property="article:published_time" content="2019-01-04T11:50:00"></head>
<body><nav><a href="/">Home</a><a href="/news/">News</a></nav><div class="content"><h2>Membership opens to students</h2>
<h6>Society News | Jan. 4, 2019, 11:50 a.m.</h6><br>{text}{closing}
<br><br><a href="/news/">&gt;&gt; Back to Society News</a><br class="clear"></div>
<footer><p>Example Society, 1 High Street</p></footer></body></html>"""


@pytest.mark.parametrize("signature", [
    ["Anna Berg,", "Chair of the Interim Board"],
    ["Anna Berg", "Community Organiser, Example Health"],
    ["Anna & Per", "Example Health, Norway"],
    ["Dr Anna Berg / Per Holm", "Co-chairs of the Management Board"],
    ["Anna Berg, on behalf of the Board", "Professor of Health Informatics", "President of the Society"],
])
def test_a_signers_name_above_their_role_closes_the_text(signature):
    """A signature of the signer's name and role after the text is who speaks: a reader wants it, however short its
    lines and whatever link back to the news follows it."""
    result = extract_article(signed_post("".join(f"<p>{line}</p>" for line in signature)),
                             "https://society.example/news/society_news/254.html")
    assert result.body.split("\n\n") == [*SIGNED_TEXT, *signature]


def test_a_greeting_and_signature_in_divs_close_the_text():
    """An editor writing each paragraph as a <div> sets the greeting and the name as <div>s too."""
    closing = "<div>Cheers, Anna</div><div>&nbsp;</div><div>Dr Anna Berg</div>"
    html = signed_post("").replace("<p>", "<div>").replace("</p>", "</div>").replace(
        "<br><br><a href=\"/news/\">", closing + "<br><br><a href=\"/news/\">")
    result = extract_article(html, "https://society.example/news/society_news/121.html")
    assert result.body.split("\n\n")[-2:] == ["Cheers, Anna", "Dr Anna Berg"]


def test_a_signature_above_a_link_leading_away_closes_the_text():
    closing = "<p>Anna &amp; Per</p><p>Example Health, Norway</p>" \
        "<p><a href='https://challenge.example/'>More information</a></p>"
    result = extract_article(signed_post(closing), "https://society.example/news/society_news/292.html")
    assert result.body.split("\n\n")[-2:] == ["Anna & Per", "Example Health, Norway"]


def test_a_lone_name_after_the_text_still_goes():
    result = extract_article(signed_post("<p>Anna Berg</p>"), "https://society.example/news/society_news/9.html")
    assert result.body.split("\n\n") == SIGNED_TEXT


def test_a_programme_set_in_lines_keeps_its_short_rows():
    """A programme typed as a <div> a row: its short rows ("10.45 – 11.05 Coffee break") are rows like its long
    ones."""
    rows = ["Thursday", "9.15 – 10.00 Welcome and introduction of the participants and their archives",
            "10.00 – 10.45 Coffee break", "10.45 – 12.30 Preservation of recordings in small archives, a panel",
            "12.30 – 14.00 Lunch", "14.00 – 18.00 Business meeting"]
    programme = ("<p>The workshop brings together the archives of the region to discuss preservation and access.</p>"
                 + "<div><br></div>".join(f"<div>{row}</div>" for row in rows))
    result = extract_article(page(programme, title="Workshop", lang="en"), URL)
    assert result.body.split("\n\n")[-4:] == ["10.00 – 10.45 Coffee break",
                                               "10.45 – 12.30 Preservation of recordings in small archives, a panel",
                                               "12.30 – 14.00 Lunch", "14.00 – 18.00 Business meeting"]


def test_a_heading_naming_the_events_hashtag_closes_the_text():
    result = extract_article(page(paragraphs() + "<h3>Folgt dem Fest auf Mastodon: #Sommerfest24</h3>"), URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, "Folgt dem Fest auf Mastodon: #Sommerfest24"]


def _highlighted(lines: list[str]) -> str:
    """A code block as Prism (Docusaurus) sets it: a <div> and a <br> a line, an empty line between parts."""
    rows = "".join(f'<div class="token-line"><span class="token plain">{line}</span><br></div>' if line else
                   '<div class="token-line"><span class="token plain" style="display:inline-block"></span><br></div>'
                   for line in lines)
    return f'<div class="codeBlockContainer"><pre class="prism-code"><code class="codeBlockLines">{rows}</code></pre></div>'


def test_a_code_block_closing_the_post_keeps_every_line():
    """Each line of a highlighted block is a <div>: alone, a brace or a short call would read as furniture or as a
    sign-off after the text."""
    code = ["int total = 0;", "for (Entry entry : entries) {", "    total += entry.size();", "}", "",
            "report(total);", "}"]
    result = extract_article(page(paragraphs() + "<p>Zum Schluss zählen wir alles zusammen:</p>" + _highlighted(code)),
                             URL)
    assert result.body.split("\n\n")[-2:] == [
        "int total = 0; for (Entry entry : entries) { total += entry.size(); }", "report(total); }"]


def test_lines_of_a_code_block_without_line_breaks_stay_apart():
    code = '<pre><code><div class="line">make build</div><div class="line">make install</div></code></pre>'
    result = extract_article(page(paragraphs() + "<p>Gebaut wird das Programm mit diesen Befehlen:</p>" + code), URL)
    assert result.body.split("\n\n")[-1] == "make build make install"


@pytest.mark.parametrize("closing", [
    "Wir freuen uns auf euch und einen schönen Tag.\nEuer Vorstand",
    "Wir wünschen allen einen schönen Tag am Wasser",
])
def test_a_closing_line_wishing_a_nice_day_stays(closing):
    """"Tag" is German for a day: a closing line wishing one is the writer's, not a tag row; the board signing it on
    the paragraph's next line (a raw newline, no <br>) signs the text."""
    result = extract_article(page(paragraphs() + f"<p>{closing}</p>"), URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, " ".join(closing.split())]


@pytest.mark.parametrize("furniture", ["Tag: Sommerfest", "Tags Sommerfest Verein"])
def test_a_tag_row_after_the_text_still_goes(furniture):
    result = extract_article(page(paragraphs() + f"<p>{furniture}</p>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


DECK = ("Drei Lehrerinnen haben im Herbst ein neues Modell für den Unterricht ausprobiert. Die Klassen arbeiten "
        "seitdem in ihrem eigenen Tempo. Hier berichten sie, was sich bewährt hat und was nicht.")


def test_a_deck_typed_as_a_second_h1_opens_the_text():
    """A deck of a few sentences typed as an <h1> under the headline is the writer's text, set in headline type."""
    result = extract_article(page(f"<h1>{DECK}</h1><h2>Der erste Tag</h2>" + paragraphs()), URL)
    assert result.title == "Sommerfest am Fluss"
    assert result.body.split("\n\n")[0] == DECK


def test_a_short_second_h1_above_the_text_opens_it_as_its_subtitle():
    """A short <h1> between the headline's date line and the text heads the text as an <h2> there does
    (test_extraction_subtitle_in_headline_type): not the page's headline, which stays the title."""
    result = extract_article(page("<h1>Neues aus dem Verein</h1>" + paragraphs()), URL)
    assert result.title == "Sommerfest am Fluss"
    assert result.body.split("\n\n") == ["Neues aus dem Verein", *PARAGRAPHS]


def test_a_headline_h1_written_in_long_sentences_stays_the_headline():
    """A live page's headline runs long in a few sentences: it is still the headline, not the text's first line."""
    headline = ("Sommerfest am Fluss, die Neuigkeiten des Tages. Verein: Über dreihundert Gäste erwartet. Vorstand: "
                "Die Band aus dem Nachbarort spielt bis Mitternacht am Ufer")
    result = extract_article(page(paragraphs(), title=headline), URL)
    assert result.title == headline
    assert result.body.split("\n\n") == PARAGRAPHS
