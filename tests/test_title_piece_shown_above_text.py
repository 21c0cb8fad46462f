"""A static theme prints no <h1>: the post's headline is an <h3> over the text, and its <title> is "Headline | Site"
with a site name no metadata states. The text opens with headings of its own, a name of the event longer than the
headline. The headline is the title's piece the page shows above the text, however short beside the site's name."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://velo.example/activities/2023/ciclofiesta/"


def _page(headline_shown: bool = True) -> str:
    headline = "<h3 class='mt-3'><b>¡Ciclofiesta!</b></h3>" if headline_shown else ""
    return ("<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>¡Ciclofiesta! | Club Velo Costero</title>"
            "</head><body><nav><a href='/'>INICIO</a><a href='/activities/'>ACTIVIDADES</a></nav>"
            f"<div class='container'>{headline}<div class='blogpost'>"
            "<h3 id='gran-picnic'><strong>Gran Picnic</strong></h3>"
            "<h3 id='la-gran-reunion'><em>La Gran Reunión de las Bicicletas</em></h3>"
            "<h4>¿Qué es la Ciclofiesta?</h4>"
            "<p>En la semana de la movilidad el club abre sus actividades con un encuentro de todas las bicicletas de la "
            "región, con paseos, talleres de mecánica y puestos de las organizaciones amigas.</p>"
            "<p>La jornada empieza con un paseo desde la plaza central hasta el jardín botánico, donde se reparte el "
            "almuerzo y se presentan los grupos que participan.</p></div></div></body></html>")


def test_the_title_piece_shown_above_the_text_is_the_headline():
    """Fails before: the text's own subheading "La Gran Reunión de las Bicicletas" was taken for the headline, the
    <title>'s longer piece (the site's name) guessed the headline's."""
    found = extract_article(_page(), URL)
    assert found.title == "¡Ciclofiesta!"
    assert found.body.startswith("Gran Picnic")


def test_without_the_headline_shown_the_text_keeps_its_opening_heading():
    """Where no heading shows either piece, the heading opening the text stands for the headline as before."""
    assert extract_article(_page(headline_shown=False), URL).title != "¡Ciclofiesta!"
