"""A theme prints the section's banner as the page's <h1> and the post's headline in a styled <span>, no heading:
the headline is <title> less the site name closing it. The headline's own colons, dashes and quotes stay as the
writer set them; only the separator before the site name goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://entraide.example/nouvelles/chantier-eau.html"
SITE = "Entraide Solidaire"


def _post(headline: str) -> str:
    text = ("<p>Les bénévoles de l'association ont terminé le chantier du réseau d'eau du village après trois "
            "mois de travaux menés avec les habitants et la mairie.</p><p>Les familles disposent désormais d'une eau "
            "potable à chaque robinet, et l'équipe prépare déjà le prochain chantier de printemps.</p>")
    return (f"<!DOCTYPE html><html lang='fr'><head><title>{headline} - {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'><meta property='og:title' content='{headline} - {SITE}'>"
            "</head><body><header><a href='../index.html'><img alt='Logo' src='logo.png'></a><nav>"
            "<a href='../actus.html'>LES NOUVELLES</a><a href='../projets.html'>LES PROJETS</a></nav></header>"
            "<div id='banner'><h1 class='banner-title'>LES NOUVELLES</h1></div><div id='page-content'>"
            f"<div class='font-title uppercase'><span>{headline}</span></div>"
            f"<div class='text-center'> [12 mars 2024] - {SITE}</div>"
            f"<div class='article-content'>{text}</div></div><footer><p>{SITE}, association loi 1901.</p></footer>"
            "</body></html>")


@pytest.mark.parametrize("headline", [
    "Réunion publique - Eau et villages : ce qui change cette année",
    "Projet « Eau - Santé - Écoles » pour les villages du nord",
    "Marie Dupont - « Partir un an comme bénévole, en montagne »",
])
def test_the_headline_keeps_its_own_punctuation_when_the_site_name_is_cut_off(headline):
    # Fails before: the title was split at every separator and joined again with its first one ("Eau et villages
    # - ce qui change"), and a closing "»" before " - Site" was taken for a separator ("« Partir ... - - Site").
    assert extract_article(_post(headline), URL).title == headline
