"""A headline may open on a quotation mark that the <title> never closes: the editor's title is cut short, or the
headline quotes a phrase that runs on ("« Nous ferons mieux l'an prochain, promet la directrice – Site"). That "«"
opens the headline; it is not the separator of an empty headline slot before the site's name ("« Site"), which
would make the headline itself pass for the site's name and lose to the next <h1> the post's text holds."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://normes.example/2023/02/01/nous-ferons-mieux/"
SITE = "Agence des normes"
TEXT = ("<p>La directrice a présenté mardi le bilan des contrôles menés sur les marchés de la capitale, où les "
        "inspecteurs ont vérifié plus de trois cents balances pendant le trimestre écoulé.</p>"
        "<p>Les commerçants dont les instruments ont été refusés disposent d'un mois pour les faire réparer, "
        "après quoi une nouvelle visite sera organisée par la délégation régionale.</p>")


def _post(stated: str, headline: str) -> str:
    return ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
            f"<title>{stated}</title></head><body><header class='site-header'>"
            f"<a class='logo' href='/'>{SITE}</a><nav><a href='/actualites/'>Actualités</a></nav></header>"
            f"<div class='page-header'><h1><span itemprop='headline'>{headline}</span></h1></div>"
            "<article class='post type-post'><span class='post-date'>février 1, 2023</span>"
            "<div class='post-content the-content'>"
            "<h1>Un trimestre de contrôles sur les marchés</h1>" + TEXT + "</div></article>"
            f"<footer><p>{SITE}, boulevard de l'Indépendance</p></footer></body></html>")


@pytest.mark.parametrize("headline", [
    "« Nous ferons mieux l'an prochain, promet la directrice",
    "« Nous ferons mieux l'an prochain », promet la directrice",
])
def test_a_headline_opening_on_a_guillemet_is_the_title(headline):
    # Fails before for the first: the "«" the title never closes was read as a separator with nothing before it, so
    # the whole headline was taken for the site's name and the text's own <h1> became the title.
    assert extract_article(_post(f"{headline} &#8211; {SITE}", headline), URL).title == headline


def test_a_title_of_the_site_name_after_a_guillemet_still_names_only_the_site():
    # "« Site": the headline slot is empty; the post's <h1> is its headline.
    page = _post(f"&laquo; {SITE}", "Bilan des contrôles du trimestre")
    assert extract_article(page, URL).title == "Bilan des contrôles du trimestre"
