"""A club's letter signed in its members' name keeps its signature: a line naming the writers ("Eure Kraniche",
"Das Team Nordwind") closing the text, and the short closing sentence of theirs just above it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/turniere/2024/herbstpokal/"
TITLE = "Herbstpokal"
LONG = ("Der Herbstpokal findet in diesem Jahr wieder in der großen Halle am Stadtpark statt, mit zwölf Teams, "
        "zwei Spielfeldern und einer Feier am Samstagabend im Vereinsheim.")
MORE = ("Meldet euch bis Ende September bei uns an; die Startgebühr überweist ihr bitte erst, wenn wir euch "
        "einen Platz bestätigt haben.")


def body_of(story: str, title: str = TITLE) -> list[str]:
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Start</a> <a href="/turniere/">Turniere</a></nav><div id="main">
<h1>{title}</h1><div class="text">{story}</div></div><footer><p>Sportverein am Stadtpark</p></footer></body></html>"""
    return extract_article(html, URL).body.split("\n\n")


def test_a_closing_sentence_and_the_groups_name_under_it_stay():
    # Fails before: both lines were trimmed as short loose lines after the text.
    story = f"<p>{LONG}</p><p>{MORE}</p><p>Wir freuen uns auf euch</p><p>Eure Kraniche</p>"
    assert body_of(story)[-2:] == ["Wir freuen uns auf euch", "Eure Kraniche"]


def test_a_signature_of_capitalised_names_under_a_closing_wish_stays():
    # Fails before: the wish stayed, the name line under it went as a credit.
    story = f"<p>{LONG}</p><p>{MORE}</p><p>Wir wünschen euch einen guten Start ins Jahr.</p><p>Das Team\nNordwind</p>"
    assert body_of(story)[-2:] == ["Wir wünschen euch einen guten Start ins Jahr.", "Das Team Nordwind"]


def test_a_lower_case_signature_in_the_readers_name_after_a_quote_stays():
    # Fails before: "eure ..." in lower case closing the post was dropped.
    story = (f"<p>{LONG}</p><p>{MORE} Ganz nach unserem Leitspruch:</p>"
             f"<blockquote><p>Wer wirft, gewinnt!</p></blockquote><p>eure kraniche vom stadtpark</p>")
    assert body_of(story)[-1] == "eure kraniche vom stadtpark"


def test_a_name_line_after_the_text_without_a_closing_sentence_still_goes():
    # A name alone under the last long paragraph (a picture's credit set as a line) is no signature of the text.
    story = f"<p>{LONG}</p><p>{MORE}</p><p>Anna Berg</p>"
    assert body_of(story)[-1] == MORE
