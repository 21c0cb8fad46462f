"""A post closing on a series of links named alike, one a line ("Bildergalerie 1", "Bildergalerie 2"; "Ranking
juniors", "Ranking seniors"), keeps that series: the post's own galleries or result sheets, not the site's box."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/rentree-du-club.html"
TITLE = "La rentrée du club"
LONG = ("Le club a repris ses cours le premier samedi de septembre avec trois groupes d'enfants, deux groupes "
        "d'adultes et une séance ouverte aux parents curieux de découvrir le jeu.")
MORE = ("Les photos de la journée sont en ligne, merci aux bénévoles qui ont installé les tables et préparé le "
        "goûter pour tout le monde.")


def body_of(story: str) -> list[str]:
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><nav><a href="/">Accueil</a> <a href="/actualites.html">Actualités</a></nav><section id="content">
<article><h1>{TITLE}</h1><div class="entry-content">{story}</div></article></section>
<footer><p>Club du quartier, 3 rue du Parc</p></footer></body></html>"""
    return extract_article(html, URL).body.split("\n\n")


GALLERIES = ("<p><img src='/img/a.jpg'></p>"
             "<p><a href='pages/album-1.html'><strong>Album photos 1</strong></a><br>"
             "<a href='pages/album-2.html'><strong>Album photos 2</strong></a><br>"
             "<a href='pages/album-3.html'><strong>Album photos 3</strong></a></p>")
RESULT_SHEETS = ("<p>Bravo à tous !</p><div align='center'><img src='/img/podium.webp' alt='Podium'></div>"
                 "<p><a href='https://federation.example/r?id=1'>Tableau des scores Juniors</a><br>"
                 "<a href='https://federation.example/r?id=2'>Tableau des scores Seniors</a><br>"
                 "<a href='https://federation.example/r?id=3'>Tableau des scores Vétérans</a></p>")


@pytest.mark.parametrize("series, line", [
    # Fails before: the line of gallery links was dropped after the text.
    (GALLERIES, "Album photos 1 Album photos 2 Album photos 3"),
    # Result sheets kept on the federation's site stay too.
    (RESULT_SHEETS, "Tableau des scores Juniors Tableau des scores Seniors Tableau des scores Vétérans"),
])
def test_a_closing_series_of_links_named_alike_stays(series, line):
    assert body_of(f"<p>{LONG}</p><p>{MORE}</p>{series}")[-1] == line


def test_a_line_of_links_to_other_stories_still_goes():
    # Headlines of other posts share no label: the site's box, not the post's series.
    story = (f"<p>{LONG}</p><p>{MORE}</p>"
             "<p><a href='/tournoi-de-printemps.html'>Tournoi de printemps au gymnase</a><br>"
             "<a href='/assemblee-generale.html'>Assemblée générale du club</a></p>")
    assert body_of(story)[-1] == MORE
