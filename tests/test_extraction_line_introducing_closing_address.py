"""A post closing on bare addresses, each on a line of its own, with the writer's short line saying what they are
just above them ("Further information on the pages:", "Facebook and Twitter:", "More at the link" with no stop), as
text pasted from a mail or a social network comes in <div> lines: the addresses stay as the text's closing links, and
so does the line introducing them. A site's label over its own profiles ("Follow us:") names furniture and still
goes."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://polarclub.example/news/fourth-expedition-reached-the-station/"
TITLE = "The fourth expedition reached the station"
TEXT = ("On 8 January the four members of the institute's fourth expedition reached the station in the oasis after "
        "a flight from the coast, and they have begun to open the buildings closed for the winter.")
MORE = "According to the plan the team stays at the station until the middle of February."


def _post(closing: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE} - Polar Club</title></head>"
            f"<body><header><nav><a href='/'>Home</a><a href='/category/news/'>News</a></nav></header>"
            f"<main><article class='post type-post'><header><h1 class='entry-title'>{TITLE}</h1>"
            f"<time class='entry-date published' datetime='2022-01-09T10:00:00+01:00'>09/01/2022</time></header>"
            f"<div class='entry-content'><div><div dir='auto'>{TEXT}</div></div><div><div dir='auto'>{MORE}</div>"
            f"</div>{closing}</div></article></main>"
            f"<footer><p>Polar Club, Museum Street 1</p></footer></body></html>")


def _lines(intro: str) -> str:
    return (f"<div dir='auto'>{intro}</div>"
            f"<div dir='auto'><a href='http://www.station.example'>www.station.example</a></div>"
            f"<div dir='auto'><a href='https://social.example/StationPage'>"
            f"https://social.example/StationPage</a></div>")


@pytest.mark.parametrize("intro", ["Further information on the pages:", "Facebook and Twitter:"])
def test_the_line_introducing_closing_addresses_stays(intro):
    """Fails before: the line, a few words and a colon like a box's label, was dropped as furniture while the
    addresses under it stayed, so the text closed on addresses nothing introduced."""
    body = extract_article(_post(_lines(intro)), URL).body
    assert body.startswith(TEXT[:40])
    assert body.endswith(f"{intro}\n\nwww.station.example\n\nhttps://social.example/StationPage")


def test_a_label_naming_furniture_above_addresses_still_goes():
    body = extract_article(_post(_lines("Follow us:")), URL).body
    assert "Follow us" not in body


@pytest.mark.parametrize("intro", ["Tickets and the map at the link", "FILMOGRAPHY", "Tickets and the map:"])
def test_a_line_typed_straight_above_a_closing_address_stays_with_it_and_the_sentence_above_it(intro):
    """Fails before: with no colon the line introducing the address was a label to the furniture rule, and the short
    sentence above it ("Entry is free, no booking.") no sentence between two lines of the text, so both went and the
    text closed on an address nothing introduced; and the address, typed bare and short, went as a sign-off."""
    address = "https://tickets.example/events/harbour-day-2024/map"
    closing = (f"<div dir='auto'>Entry is free, no booking.</div><div dir='auto'>{intro}</div>"
               f"<div dir='auto'>{address}</div>")
    body = extract_article(_post(closing), URL).body
    assert body.endswith(f"{MORE}\n\nEntry is free, no booking.\n\n{intro}\n\n{address}")


def test_a_closing_link_above_a_line_introducing_another_stays():
    """Fails before: the line introducing the second address counted as text after the first, which then stood
    amid the text as a link line ("read also") and went."""
    closing = ("<div dir='auto'><a href='https://video.example/v/ab12'>https://video.example/v/ab12</a></div>"
               "<div dir='auto'>English version:</div>"
               "<div dir='auto'><a href='https://video.example/v/cd34'>https://video.example/v/cd34</a></div>")
    body = extract_article(_post(closing), URL).body
    assert body.endswith(f"{MORE}\n\nhttps://video.example/v/ab12\n\nEnglish version:\n\nhttps://video.example/v/cd34")
