"""An old WordPress theme names the page "Headline « Site" in its <title>, prints the site's name as the <h1> linking
home and the post's headline as a plain <h2>. The "«" that nothing closes is the separator before the site name, so a
short headline ("Agenda") is the <h2>; a "«" that a "»" closes later is the headline's own quotation mark."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://collectif.example/agenda-de-la-semaine/"
SITE = "Collectif des labos mobilisés"


def _post(headline: str) -> str:
    return ("<!DOCTYPE html><html lang='fr'><head>"
            f"<title>{headline} &laquo;  {SITE}</title>"
            "<link rel='shortlink' href='/?p=41'></head><body><div id='page'><div id='header'><div id='headerimg'>"
            f"<h1><a href='/'>{SITE}</a></h1><div class='description'>Les nouvelles du mouvement</div></div></div>"
            "<div id='content' class='widecolumn'><div class='navigation'>"
            "<div class='alignleft'>&laquo; <a href='/reunion-de-mardi/' rel='prev'>Réunion de mardi</a></div>"
            "<div class='alignright'><a href='/bilan-du-cortege/' rel='next'>Bilan du cortège</a> &raquo;</div></div>"
            "<div class='post type-post hentry' id='post-41'>"
            f"<h2>{headline}</h2><div class='entry'>"
            "<p>Lundi 4 : réunion des équipes de recherche à midi dans la grande salle du bâtiment principal.</p>"
            "<p>Jeudi 7 : rassemblement devant le ministère à quatorze heures, avec les banderoles préparées hier.</p>"
            "<p class='postmetadata alt'><small>This entry was posted on Monday, March 2nd, 2009 at 09:15 and is "
            "filed under <a href='/category/general/'>General</a>.</small></p></div></div></div>"
            "<div id='sidebar'><ul><li><h2>Liens</h2><ul><li><a href='/archives/'>Archives</a></li></ul></li></ul>"
            "</div></div></body></html>")


@pytest.mark.parametrize("headline", [
    "Agenda",
    "AG à Paris",
    "Le « Grand débat » est lancé",
])
def test_an_unclosed_guillemet_separates_the_site_name(headline):
    # Fails before for the short headlines: "«" was no separator, so the whole <title> ("Agenda « Collectif des labos
    # mobilisés") stood as the headline.
    assert extract_article(_post(headline), URL).title == headline
