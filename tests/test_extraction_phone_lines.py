"""A telephone number alone on its line, closing an address the writer gives (the hotels near a meeting, a venue), is
the text's, not a label or a sign-off: the post keeps it, the last one too."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.furniture_lines import is_phone_number

_HOTELS = [("Harbour View Inn", "12 Quay Rd, Portside, CA 92001", "(619) 555-0142"),
           ("Old Mill Lodge", "400 Mill St, Portside, CA 92003", "(619) 555-0188"),
           ("Cliffside Suites", "7 Ocean Dr, Portside, CA 92007", "+1 619 555 0199")]


def _post() -> str:
    hotels = "".join(f"<p><a href='https://hotels.example/{n}'><strong>{name}</strong></a> ($180)</p><p>{street}</p>"
                     f"<p>{phone}</p>" for n, (name, street, phone) in enumerate(_HOTELS))
    return ("<html lang='en'><head><title>Autumn meeting | Force Field Group</title></head><body><main><article>"
            "<h1>Autumn meeting</h1><time datetime='2019-06-20'>June 20, 2019</time><div class='content'>"
            "<p>Our members meet for three days in September to plan the coming year's releases, and every partner is "
            "welcome to send two people to the sessions.</p><h2>Accommodation</h2><p>We have no block of rooms, but "
            "the hotels below give a campus rate when you book, and all of them are a short walk away.</p>"
            f"{hotels}</div><div id='tags'>Tags: <a href='/tags/news'>news</a></div></article></main></body></html>")


def test_telephone_lines_closing_addresses_stay_in_the_text():
    """Fails before: every phone line was dropped as a label, the last as a sign-off closing the text."""
    body = extract_article(_post(), "https://ff.example/news/autumn-meeting/").body
    assert body.endswith("7 Ocean Dr, Portside, CA 92007\n\n+1 619 555 0199")
    assert "12 Quay Rd, Portside, CA 92001\n\n(619) 555-0142\n\n" in body


def test_a_telephone_number_is_told_from_a_year_span_and_a_count():
    assert all(map(is_phone_number, ["(858) 453-5500", "+47 22 33 44 55", "08-123 456 78", "303.724.2261"]))
    assert not any(map(is_phone_number, ["2023-2024", "1 2 3", "Page 3", "12/3"]))
