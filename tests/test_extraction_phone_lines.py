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


_SALES_TEXT = ("<p>The long-range reader opens the gate for a car from fifty metres away, so the driver never has to "
               "lower the window or stop at the barrier on a cold morning.</p><p>It connects to the access systems "
               "most sites already have, over the protocol they all speak.</p>")


def _sales_post(closing: str) -> str:
    return ("<html lang='sv'><head><title>New long-range reader | Gate Systems</title></head><body><main><article>"
            "<h1>New long-range reader</h1><time datetime='2014-10-09'>9 October 2014</time>"
            f"<div class='content'>{_SALES_TEXT}{closing}</div></article></main>"
            "<footer><p>Gate Systems AB</p></footer></body></html>")


def _closing_lines(closing: str) -> list[str]:
    return extract_article(_sales_post(closing), "https://gates.example/news/long-range-reader/").body.split("\n\n")[2:]


def test_a_closing_line_giving_a_telephone_number_after_words_stays():
    """Fails before: a number after a label or a few words ("Tel 08-711 22 11", set as a heading too) was no number
    alone, and the short line went as a sign-off under the text."""
    assert _closing_lines("<p><strong>For more information contact our sales staff</strong></p>"
                          "<h5><strong>Tel 08-711 22 11</strong></h5>") \
        == ["For more information contact our sales staff", "Tel 08-711 22 11"]
    assert _closing_lines("<p>or call our sales staff on 08-711 22 11</p>") == ["or call our sales staff on 08-711 22 11"]


def test_a_closing_date_line_is_no_telephone_number():
    assert _closing_lines("<p>Updated 2014-10-09</p>") == []


def test_a_labelled_mail_line_under_the_closing_telephone_line_stays():
    """Fails before: the telephone line stayed, and the e-mail line under it went as a sign-off closing the text."""
    card = "<h5>Support</h5><p>Telefon: 08-711 22 11</p><p>E-post: support@gates.example</p>"
    assert _closing_lines(card)[-2:] == ["Telefon: 08-711 22 11", "E-post: support@gates.example"]
    linked = "<h5>Support</h5><p>Telefon: 08-711 22 11</p>" \
             "<p>E-post: <a href='mailto:support@gates.example'>support@gates.example</a></p>"
    assert _closing_lines(linked)[-2:] == ["Telefon: 08-711 22 11", "E-post: support@gates.example"]

