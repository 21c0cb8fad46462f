"""A headline typed in capitals shows the title the writer stated beside the site's name in their own case ("LIVE !"
over "Live - Site"), whichever way the heading is found: as the page's headline, or as a heading showing a stated
title."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://ecole.example/2024/05/20/fete-du-sport/"
SITE = "École des Tilleuls"
TEXT = ("<p>Les élèves de toutes les classes se sont retrouvés sur le terrain pour une matinée de courses, de sauts et "
        "de jeux d'équipe préparés par les professeurs d'éducation physique.</p>"
        "<p>Les parents venus nombreux ont encouragé les coureurs, et chaque participant est reparti avec une médaille "
        "remise par le directeur à la fin de la journée.</p>")


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
