"""A title is the words its page shows, in the writer's own case: a zero-width space an editor left after the
headline's last word shows nothing (the soft hyphens a writer set inside a long word, and an emoji sequence's joiner,
are the title's as its page states it); a headline typed in capitals shows the title the writer stated beside the
site's name ("LIVE !" over "Live - Site"), whichever way the heading is found: as the page's headline, or as a heading
showing a stated title."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://ecole.example/2024/05/20/fete-du-sport/"
SITE = "École des Tilleuls"
TEXT = ("<p>Les élèves de toutes les classes se sont retrouvés sur le terrain pour une matinée de courses, de sauts et "
        "de jeux d'équipe préparés par les professeurs d'éducation physique.</p>"
        "<p>Les parents venus nombreux ont encouragé les coureurs, et chaque participant est reparti avec une médaille "
        "remise par le directeur à la fin de la journée.</p>")


def _post(headline: str) -> str:
    return ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>{headline} - {SITE}</title></head><body><header><a href='/'>{SITE}</a></header>"
            f"<article class='post type-post'><h1 class='entry-title'>{headline}</h1>"
            f"<div class='entry-content'>{TEXT}</div></article></body></html>")


@pytest.mark.parametrize("headline, shown", [
    ("Fête du sport 2024\u200b", "Fête du sport 2024"),
    ("Fête du sport 2024\u200b \u200b", "Fête du sport 2024"),
    ("Fête du sport des Wett\u00adbewerbs\u00adklassen", "Fête du sport des Wett\u00adbewerbs\u00adklassen"),
    ("Fête du sport 👩\u200d💻", "Fête du sport 👩\u200d💻"),
])
def test_a_title_is_the_words_it_shows(headline, shown):
    # Fails before for the first two: the zero-width spaces stayed at the title's end.
    assert extract_article(_post(headline), URL).title == shown


@pytest.mark.parametrize("heading", ["<h1 class='entry-title'>FÊTE DU SPORT !</h1>",
                                     "<h2 class='elementor-heading-title'>FÊTE DU SPORT !</h2>"])
def test_a_headline_in_capitals_shows_the_title_stated_beside_the_sites_name(heading):
    # Fails before: the heading typed in capitals was the title, though the <title> states the writer's own case
    # before the site's name (a whole stated title of the same words already stood).
    page = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>Fête du sport - {SITE}</title><meta property='og:title' content='Fête du sport - {SITE}'><meta property='og:site_name' content='{SITE}'></head>"
            f"<body><header><a href='/'>{SITE}</a></header><article class='post type-post'>{heading}"
            f"<div class='entry-content'>{TEXT}</div></article></body></html>")
    assert extract_article(page, URL).title == "Fête du sport"


def test_a_heading_in_capitals_over_a_video_shows_the_title_stated_in_the_writers_case():
    # Fails before: "EN DIRECT !", longer by its mark than the stated "En direct", was taken for the title.
    page = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>En direct - {SITE}</title><meta property='og:title' content='En direct - {SITE}'>"
            f"<meta property='og:site_name' content='{SITE}'></head><body><header><a href='/'>{SITE}</a></header>"
            "<article class='post type-post'><div class='entry-content'><h2 class='elementor-heading-title'>"
            "EN DIRECT !</h2><iframe src='https://video.example/embed/42'></iframe></div></article></body></html>")
    assert extract_article(page, URL).title == "En direct"
