"""A press review's post: its metadata stamps the moment in UTC, its byline shows the publisher's clock at that moment,
and its text opens with the quoted paper's own dateline a day earlier; a banner slide above it repeats the headline in
capitals."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://trust.example/river-schools-in-the-paper/"


DATELINE = "<p>La Gazette du Val, 12 octobre 2018 par Anne Morel</p>"


def _page(stamp: str, byline: str, banner: str = "", dateline: str = DATELINE) -> str:
    slide = f"<div class='slider'><div class='slide'><h4 class='slide-subtitle'>{banner}</h4></div></div>" if banner else ""
    return ("<html lang='fr'><head><title>Les écoles de la rivière - Trust de la Vallée</title>"
            "<meta property='og:title' content='Les écoles de la rivière - Trust de la Vallée'>"
            f"<meta property='article:published_time' content='{stamp}'>"
            "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"" + stamp + "\"}</script>"
            f"</head><body class='single single-post'>{slide}<article class='post'><h1 class='entry_title'>"
            "<span class='date entry_date'>13 Oct</span> Les écoles de la rivière</h1>"
            f"<div class='post_info'><span class='time'>{byline}</span> dans <a href='/presse/'>Presse</a></div>"
            f"<div class='post_text'>{dateline}<p>Dans la vallée, trois écoles ouvrent leurs portes le samedi pour aider les enfants qui ont du mal à "
            "suivre, avec des bénévoles venus des entreprises du coin.</p><p>Les parents disent que les notes montent "
            "déjà et que les enfants reviennent chaque semaine avec plaisir.</p></div></article></body></html>")


def test_the_clock_the_byline_shows_gives_the_publishers_day_not_a_quoted_papers_dateline():
    """Fails before: 08:18 UTC with "12 octobre 2018" opening the text was read as the evening before in some zone
    far west (2018-10-12); the byline's "10:18h" at the same minute puts the post in UTC+2, on the 13th."""
    found = extract_article(_page("2018-10-13T08:18:02+00:00", "Publié à 10:18h"), URL)
    assert found.published[:10] == "2018-10-13"


def test_a_byline_clock_moves_an_evening_stamp_to_the_publishers_next_day():
    # 22:40 UTC shown as 00:40 in the byline: the post is the next day's where it was written.
    found = extract_article(_page("2018-10-12T22:40:10+00:00", "Publié à 00:40h"), URL)
    assert found.published[:10] == "2018-10-13"


def test_a_byline_clock_at_another_minute_says_nothing_of_the_zone():
    # The shown clock is not the stamp's moment (an edit's, a time of day in the byline's words): the UTC day stands.
    found = extract_article(_page("2018-10-12T22:40:10+00:00", "Publié à 09:15h", dateline=""), URL)
    assert found.published[:10] == "2018-10-12"


def test_a_banner_repeating_the_headline_in_capitals_leaves_the_stated_case():
    """Fails before: the slide's <h4> "LES ÉCOLES DE LA RIVIÈRE" showed the stated title and was stored as it."""
    found = extract_article(_page("2018-10-13T08:18:02+00:00", "Publié à 10:18h", "LES ÉCOLES DE LA RIVIÈRE"), URL)
    assert found.title == "Les écoles de la rivière"


def test_a_stamp_on_the_hour_is_a_bare_day_whatever_clock_the_header_shows():
    """Fails with the byline-clock rule alone: a day stamped at midnight UTC under an event's "8:00 - 9:15" line was
    read as 20:00 the evening before."""
    found = extract_article(_page("2019-09-30T00:00:00+00:00", "Mittwoch 16.10.2019, 8:00 - 9:15", dateline=""), URL)
    assert found.published[:10] == "2019-09-30"
