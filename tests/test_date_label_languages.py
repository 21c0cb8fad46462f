"""A post's publication line labelled in Dutch or French ("Publicatiedatum: 02 juli 2018", "Date de publication:
...") under its text dates it, not a day its first sentence names (the last day of a holiday closure)."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article


def _page(opening: str, label: str, lang: str) -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Zomersluiting - Firma Voorbeeld - NL</title></head><body>"
            "<div class='header'><a class='logo' href='/'>Firma Voorbeeld</a><ul class='nav'><li><a href='/nieuws/'>"
            "Nieuws</a></li><li><a href='/producten/'>Producten</a></li></ul></div>"
            "<div class='container content'><div class='row blog-page'><div class='col-md-9'><div class='blog'>"
            f"<h2>Zomersluiting</h2><strong><p><em>{opening}</em></p></strong>"
            "<p>Aanvragen voor een interventie kunnen intussen via het formulier op onze website worden ingediend.</p>"
            "<div class='blog-post-tags'><ul class='list-unstyled list-inline blog-info text-right'>"
            f"<li><em>{label} 02 juli 2018</em></li></ul></div></div></div>"
            "<aside class='col-md-3 sidebar'><h2>Laatste berichten</h2><ul><li><a href='/nieuws/a/'>Een</a></li>"
            "<li><a href='/nieuws/b/'>Twee</a></li></ul></aside></div></div>"
            "<div class='footer'><p>Firma Voorbeeld, Dorpsstraat 1, 9100 Sint-Niklaas</p></div></body></html>")


@pytest.mark.parametrize("label, opening, lang", [
    ("Publicatiedatum:", "Tijdens de zomervakantie zijn de kantoren gesloten van maandag 16 juli tot en met "
                         "vrijdag 3 augustus 2018.", "nl"),
    ("Date de publication:", "Pendant les vacances d'été, nos bureaux sont fermés du lundi 16 juillet au "
                             "vendredi 3 août 2018.", "fr"),
])
def test_a_labelled_publication_line_under_the_text_beats_a_day_the_text_names(label, opening, lang):
    """Fails before: the closure's last day, 3 August, was taken for the publication day."""
    page = _page(opening, label, lang).replace("02 juli", "02 juillet" if lang == "fr" else "02 juli")
    found = extract_article(page, "https://voorbeeld.example/nieuws/zomersluiting/")
    assert found.published[:10] == "2018-07-02"
