"""A short post giving a shop's hours closes on one line per day, written as French typography writes them
("vendredi : 10h - 16h": a spaced colon, the hour with an h). Each is a row of the hours, not a label nor a
sign-off: the post keeps them, the last one too."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.furniture_lines import PROGRAMME_ROW


def _post(closing: str) -> str:
    return ("<html lang='fr'><head><meta charset='utf-8'><title>Fromagerie des Quatre Vents — Horaires de printemps"
            "</title></head><body><header id='header'><h1><a href='/'>Fromagerie des Quatre Vents</a></h1><nav>"
            "<a href='/actus.html'>Actus</a><a href='/boutique.html'>Boutique</a></nav></header>"
            "<section id='wrapper'><div class='wrapper'><header class='article'><div class='inner'>"
            "<p class='date'>12 mars 2024</p><h2 class='major'>Horaires de printemps <span>mardi et samedi</span>"
            "</h2></div></header><div class='inner'>"
            "<p>Dès la semaine prochaine, la boutique de la ferme ouvre deux jours par semaine, le temps que les "
            "chèvres reprennent le chemin des prés. Venez goûter les premières tommes !</p>"
            f"{closing}</div></div></section><section id='contact'><ul><li>La boutique est ouverte selon la "
            "saison, voir les actus.</li><li><a href='mailto:bonjour@quatrevents.example'>Nous écrire</a></li></ul>"
            "</section></body></html>")


def test_a_days_hours_closing_a_post_stay_in_its_text():
    """Fails before: "mardi : 9h - 12h" was dropped as a tiny label and "samedi : 9h - 18h30" as a sign-off."""
    closing = "<p>🧀 NOS HORAIRES 🧀</p><p>mardi : 9h - 12h</p><p>samedi : 9h - 18h30 sans interruption</p>"
    body = extract_article(_post(closing), "https://quatrevents.example/horaires-de-printemps.html").body
    assert body.endswith("mardi : 9h - 12h\n\nsamedi : 9h - 18h30 sans interruption")


def test_a_row_led_by_a_french_hour_is_a_programme_row():
    assert all(PROGRAMME_ROW.match(t) for t in ["vendredi : 10h - 16h", "18h30 Apéritif", "New: 19:00 Closing talk",
                                                 "12.45 – 14.00 Lunch", "Samedi: 10h"])
    assert not any(PROGRAMME_ROW.match(t) for t in ["2024 : une année", "Chapitre 3", "15 mars 2024", "3 hommes"])


def test_a_label_and_one_time_between_paragraphs_is_no_row_and_dropped():
    """Fails before: "Update: 16:56" between two paragraphs was kept as a programme row with nothing after it."""
    page = ("<html><head><title>Ferry timetable changes for the winter</title></head><body><article>"
            "<h1>Ferry timetable changes for the winter</h1>"
            "<p>The island ferry will sail twice a day from next Monday, as the harbour works on the north pier go on "
            "until the end of the season and the crossing takes longer by the south route.</p>"
            "<p>Update: 16:56</p>"
            "<p>The morning crossing leaves the mainland quay at eight and returns at noon; the evening crossing keeps "
            "its usual time, and bicycles travel free while the works last.</p></article></body></html>")
    body = extract_article(page, "https://islandferry.example/news/winter-timetable.html").body
    assert "Update: 16:56" not in body
    assert body.startswith("The island ferry will sail") and body.endswith("while the works last.")
