"""A post that opens on a card of its event's facts, set by the writer as paragraphs alone in one box (the day, the
place, the people, each under an icon), keeps the card: its day is the event's line, not the page's stamp, and the
names closing a card-only post are no sign-off. A date line opening the text alone, or beside a byline, still goes."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://moths.example/2015/05/16/night-session/"
TITLE = "Fourth night session at the oak valley"
TEXT = ("We set up two light traps by the stream at dusk and counted the visitors until well after midnight, with "
        "more than forty kinds noted by the end of the night.")
MORE = "The next session is planned for June, weather allowing, at the pine ridge above the lake."
PLACE = "Oak Valley, Pine Ridge, Riverside"
PEOPLE = "Ada, Bo, Cyril D., Dagny, Eino and Frida"


def page(content: str) -> str:
    return f"""<html lang="en"><head><title>{TITLE} | Moth Group</title></head><body>
<nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav>
<main><article><h1>{TITLE}</h1><p class="byline">Posted 16 May 2015</p>
<div class="content">{content}</div></article></main>
<footer><p>Moth Group, Harbour Street 4</p></footer></body></html>"""


def card(day: str, people: str = PEOPLE) -> str:
    return (f'<div class="column"><p class="icon"><i class="fa-calendar"></i></p><p>{day}</p><hr>'
            f'<p class="icon"><i class="fa-marker"></i></p><p>{PLACE}</p><hr>'
            f'<p class="icon"><i class="fa-people"></i></p><p>{people}</p></div>')


@pytest.mark.parametrize("day", ["16 May 2015", "15 May 2015"])
def test_a_card_of_the_events_facts_opens_the_text(day):
    """Fails before: the card's day, alone on its line, went as the page's date line (the body opened on the place)."""
    content = f'<div class="columns">{card(day)}<div class="column"><p>{TEXT}</p></div></div><p>{MORE}</p>'
    assert extract_article(page(content), URL).body.split("\n\n") == [day, PLACE, PEOPLE, TEXT, MORE]


def test_a_card_alone_is_the_post_and_its_names_close_it():
    """Fails before: the day went as a date line and the participants' names as a sign-off."""
    people = "Ada, Bo, Cyril, Dagny"
    assert extract_article(page(card("16 May 2015", people)), URL).body.split("\n\n") \
        == ["16 May 2015", PLACE, people]


def test_a_card_closing_on_a_full_stop_is_a_card_still():
    people = PEOPLE + "."
    content = f'{card("16 May 2015", people)}<p>{TEXT}</p><p>{MORE}</p>'
    assert extract_article(page(content), URL).body.split("\n\n")[:3] == ["16 May 2015", PLACE, people]


@pytest.mark.parametrize("opening", [
    "<p>16 May 2015</p>",
    '<div class="meta"><p>16 May 2015</p><p>By Ada Berg</p><p>Field notes</p></div>',
])
def test_a_date_line_opening_the_text_alone_or_beside_a_byline_still_goes(opening):
    body = extract_article(page(f"{opening}<p>{TEXT}</p><p>{MORE}</p>"), URL).body.split("\n\n")
    assert "16 May 2015" not in body and body[-2:] == [TEXT, MORE]
