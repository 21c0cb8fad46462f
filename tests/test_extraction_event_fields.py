"""An event post's facts ("When: 14 April 2024, 18:00", "Date:" beside "Time:" and "Place:", in the partners'
languages and English) are lines of its text: the event's day is neither cut as a date line nor taken for the day
the post was published. A lone "Date:" line under the headline still dates the page."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://choir.example/news/spring-concert/"
TITLE = "Spring concert in the old hall"
TEXT = ("Our choir invites everyone to an evening of spring songs from the north, old and new, with guests from the "
        "neighbouring town joining us on stage.")
MORE = "Tickets are sold at the door and cost ten euros. Children under twelve go free."


def post(facts: str, byline: str = "<p class='byline'>Posted 2 March 2024</p>") -> str:
    return f"""<html lang="en"><head><title>{TITLE} | Harbour Choir</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main><article><h1>{TITLE}</h1>{byline}
<div class="content">{facts}<p>{TEXT}</p><p>{MORE}</p></div></article></main>
<footer><p>Harbour Choir, Harbour Street 4</p></footer></body></html>"""


@pytest.mark.parametrize("facts, lines", [
    ("<p>When: 14 April 2024, 18:00</p><p>Where: The old hall</p>",
     ["When: 14 April 2024, 18:00", "Where: The old hall"]),
    ("<p>När: 14 april 2024 kl. 18</p>", ["När: 14 april 2024 kl. 18"]),
    ("<p>Wann: 14.04.2024, 18 Uhr</p>", ["Wann: 14.04.2024, 18 Uhr"]),
    ("<p>Milloin: 14.4.2024 klo 18</p>", ["Milloin: 14.4.2024 klo 18"]),
    ("<p>Date: 14 April 2024</p><p>Time: 18:00</p><p>Place: The old hall</p>",
     ["Date: 14 April 2024", "Time: 18:00", "Place: The old hall"]),
])
def test_an_events_facts_open_the_text_and_do_not_date_the_post(facts, lines):
    article = extract_article(post(facts), URL)
    assert article.body.split("\n\n") == [*lines, TEXT, MORE]
    assert article.published[:10] == "2024-03-02"


def test_an_events_day_alone_dates_no_post():
    article = extract_article(post("<p>When: 14 April 2024, 18:00</p>", byline=""), URL)
    assert article.published is None
    assert article.body.split("\n\n")[0] == "When: 14 April 2024, 18:00"


def test_a_lone_date_field_under_the_headline_still_dates_the_page():
    article = extract_article(post("", byline="<p>Date: 2 March 2024</p>"), URL)
    assert article.published[:10] == "2024-03-02"
    assert article.body.split("\n\n") == [TEXT, MORE]


@pytest.mark.parametrize("line", ["Date and time: 14 April 2024, 18:00", "Date & time: 14 April 2024, 18:00",
                                  "Datum und Uhrzeit: 14.04.2024, 18 Uhr", "Datum och tid: 14 april 2024 kl. 18",
                                  "Time and place: 14 April 2024, the old hall"])
def test_a_day_labelled_with_its_time_or_place_is_the_events(line):
    """Fails before: a day's label joined to the time's or the place's ("Date and time:") was no event field, so the
    line was cut from the text as a date line, and alone it dated the post."""
    article = extract_article(post(f"<p>{line}</p>"), URL)
    assert article.body.split("\n\n") == [line, TEXT, MORE]
    assert extract_article(post(f"<p>{line}</p>", byline=""), URL).published is None


def test_an_events_day_time_and_place_set_in_lines_closing_the_post_stay():
    """Fails before: "9 December 2024, at 18.00 / Main hall / Free entry", a block of <br> lines opening on the event's
    day, went as a date line after the text."""
    from news_archive.pipelines.extraction import extract_article
    html = ("<html lang='en'><head><title>A film and its heroines</title></head><body><header><a href='/'>Club</a>"
            "</header><article><h1 class='entry-title'>A film and its heroines</h1><div class='entry-meta'>"
            "<time class='entry-date published' datetime='2024-11-28T18:21:35+01:00'>28 November 2024</time></div>"
            "<div class='entry-content'><p>We invite you to the screening of a film about the first women who "
            "wintered at the polar stations, and to a talk with three of them after it.</p>"
            "<p><b>Science Centre</b><br>Riverside Street 20<br>Harbour Town</p>"
            "<p>9 December 2024, at 18.00<br>Main hall<br>Free entry</p></div></article>"
            "<footer>Club footer</footer></body></html>")
    body = extract_article(html, "https://club.example/news/film-and-heroines/").body
    assert body.split("\n\n")[-1] == "9 December 2024, at 18.00 Main hall Free entry"
    # A theme's stamp of the page's own day set in lines after the text stays out.
    stamp = html.replace("9 December 2024, at 18.00<br>Main hall<br>Free entry", "28 November 2024<br>admin<br>News")
    assert "admin" not in extract_article(stamp, "https://club.example/news/film-and-heroines/").body


SHORT = "Proposals for talks are welcome from every partner."


@pytest.mark.parametrize("line", ["DEADLINE: October 7, 2016!", "Deadline for proposals: 7 October 2016.",
                                  "Submission deadline: 7 October 2016", "Anmeldeschluss: 07.10.2016",
                                  "Sista ansökningsdag: 7 oktober 2016", "Määräaika: 7.10.2016"])
def test_a_calls_closing_day_stays_in_its_text(line):
    """Fails before: on a post stating no day of its own, a labelled deadline, a date with a word or two, was read as
    the post's date line and cut from the text (here the last line of a short call). It may still date the post,
    weakly."""
    call = f"<p>{SHORT}</p><p><em>{line}</em></p>"
    for byline in ("", "<p class='byline'>Posted 2 March 2024</p>"):
        article = extract_article(post(call, byline=byline).replace(f"<p>{TEXT}</p><p>{MORE}</p></div>", "</div>"), URL)
        assert article.body.split("\n\n") == [SHORT, line], byline


def closing_post(closing: str) -> str:
    return f"""<html lang="en"><head><title>{TITLE} | Harbour Choir</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main><article><h1>{TITLE}</h1><time datetime="2024-03-02T10:00:00+00:00">March 2, 2024</time>
<div class="content"><p>{TEXT}</p><p>{MORE}</p>{closing}</div></article></main>
<footer><p>Harbour Choir, Harbour Street 4</p></footer></body></html>"""


@pytest.mark.parametrize("closing, line", [
    ("<p>Date: Sunday, 14 April, 2024</p>", "Date: Sunday, 14 April, 2024"),
    ("<h3>Date: Monday, 15 April, 2024 to Wednesday, 17 April, 2024</h3>",
     "Date: Monday, 15 April, 2024 to Wednesday, 17 April, 2024"),
    ("<p>Date : Mardi, 16 Avril, 2024</p>", "Date : Mardi, 16 Avril, 2024"),
    ("<p>Datum: 14.04.2024</p>", "Datum: 14.04.2024"),
])
def test_a_day_field_closing_the_text_with_another_day_is_the_events(closing, line):
    """Fails before (the heading and the French line): a "Date:" line under the text naming the event's day, alone (no
    time or place field beside it), was cut as a date line when French spaced its colon, and set as the text's last
    heading it was cut as a closing heading."""
    article = extract_article(closing_post(closing), URL)
    assert article.body.split("\n\n") == [TEXT, MORE, line]
    assert article.published[:10] == "2024-03-02"

