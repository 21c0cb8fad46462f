"""A post closing on bare addresses, each on a line of its own, with the writer's short line saying what they are
just above them ("Further information on the pages:", "Facebook and Twitter:"), as text pasted from a mail or a social
network comes in <div> lines: the addresses stay as the text's closing links, and so does the line introducing
them. A site's label over its own profiles ("Follow us:") names furniture and still goes."""
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
