"""A zero-width space a writer's editor left after a headline's last word shows nothing: the title is the words shown,
in <title> and in the headline alike. The soft hyphens a writer set inside a long word are the title's as its page
states it, and an emoji sequence's joiner stays."""
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

