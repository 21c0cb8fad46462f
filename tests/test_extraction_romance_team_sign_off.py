"""A French, Spanish or Italian post signed in its team's name stays whole: the team line ("L'équipe de coordination du
club", "El equipo organizador", "Il comitato direttivo") opens the sign-off, with the line naming the series under it
("Lake Regatta Series 2024-2025", no word in lower case), as the English "The ... team" does."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://voile.example/fr/news/regates-2024/"
TEXTS = {
    "fr": ("La saison des régates s'est terminée samedi sur le lac, avec quatorze bateaux au départ et un vent qui a "
           "tenu toute la journée, pour le plus grand plaisir des équipages venus de toute la région.",
           "Merci à tous les bénévoles qui ont tenu le ponton, préparé les repas et suivi les courses depuis le "
           "bateau de sécurité, sans qui rien de tout cela n'aurait été possible cette année."),
    "es": ("La temporada de regatas terminó el sábado en el lago, con catorce barcos en la salida y un viento que "
           "se mantuvo durante todo el día, para alegría de las tripulaciones de toda la región.",
           "Gracias a todas las personas voluntarias que atendieron el pantalán, prepararon las comidas y siguieron "
           "las pruebas desde la lancha de seguridad durante toda la jornada."),
    "it": ("La stagione delle regate si è chiusa sabato sul lago, con quattordici barche alla partenza e un vento "
           "che ha tenuto per tutta la giornata, per la gioia degli equipaggi arrivati da tutta la regione.",
           "Grazie a tutti i volontari che hanno curato il pontile, preparato i pasti e seguito le prove dal gommone "
           "di sicurezza, senza i quali nulla di tutto questo sarebbe stato possibile."),
}


def _body(language: str, closing: list[str]) -> list[str]:
    first, second = TEXTS[language]
    lines = "".join(f"<p>{line}</p>" for line in closing)
    page = (f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'><title>Régates 2024</title></head>"
            "<body><nav><a href='/'>Club</a> <a href='/fr/news/'>News</a></nav><main><article><h1>Régates 2024</h1>"
            f"<p class='date'>4 août 2024</p><div class='post-content'><p>{first}</p><p>{second}</p>{lines}</div>"
            "</article></main><footer><p>Club de voile du lac</p></footer></body></html>")
    return extract_article(page, URL).body.split("\n\n")


@pytest.mark.parametrize("language, closing", [
    ("fr", ["L'équipe de coordination des régates du club", "Lake Regatta Series 2024-2025"]),
    ("fr", ["Le comité d'organisation", "CVL Régates 2024"]),
    ("es", ["El equipo organizador de las regatas", "Copa Lago 2024"]),
    ("it", ["Il comitato direttivo del circolo", "Coppa Lago 2024"]),
])
def test_a_team_signing_off_in_a_romance_language_stays_with_the_line_under_it(language, closing):
    # Fails before: the series' name under the team line was no closing line, and the trim took both.
    assert _body(language, closing)[-2:] == closing


def test_a_team_line_alone_still_closes_the_text():
    assert _body("fr", ["L’équipe du club"])[-1] == "L’équipe du club"
