"""A post closing on a credit that names a partner and links the partner's profile on a social network
("Houblonnée avec <a href=instagram.com/...>Le Rucher du Bief</a> (Montbrison)") is the writer's credit, as a link
to the partner's website would be: the post keeps it. A line asking to follow the site there names the network or a handle, and stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

_URL = "https://brasserie-du-moulin.example/la-blonde-des-pres.html"


def _post(closing: str) -> str:
    return ("<html lang='fr'><head><meta charset='utf-8'><title>Brasserie du Moulin — La blonde des prés</title>"
            "</head><body><header id='header'><h1><a href='/'>Brasserie du Moulin</a></h1><nav>"
            "<a href='/actus.html'>Actus</a><a href='/magasin.html'>Magasin</a></nav></header>"
            "<section id='wrapper'><div class='wrapper'><header class='article'><div class='inner'>"
            "<p class='date'>02 mai 2024</p><h2 class='major'>La blonde des prés <span>Bière de saison</span></h2>"
            "</div></header><div class='inner'>"
            "<p>Le printemps est là, et avec lui notre blonde aux fleurs de sureau cueillies au bord du canal.</p>"
            "<p>Une bière légère et parfumée, où le miel de nos voisins apiculteurs adoucit l'amertume du houblon.</p>"
            "<p>🌼 <em><strong>La blonde des prés</strong> - Blonde au sureau - 4,8° - bouteilles de 33cl</em></p>"
            f"{closing}</div></div></section><section id='contact'><ul>"
            "<li><a href='https://www.instagram.com/brasseriedumoulin/'>Instagram</a></li>"
            "<li><a href='https://www.facebook.com/brasseriedumoulin'>Facebook</a></li></ul></section></body></html>")


def test_a_closing_credit_linking_a_partners_profile_stays_in_the_text():
    """Fails before: the credit was dropped as a sign-off, its link to a social network read as a follow prompt."""
    closing = ("<p><em>Houblonnée avec <a href='https://www.instagram.com/rucherdubief/?hl=fr'>Le Rucher du Bief"
               "</a> (Montbrison)</em> ✌️</p>")
    body = extract_article(_post(closing), _URL).body
    assert body.endswith("Houblonnée avec Le Rucher du Bief (Montbrison) ✌️")


def test_a_line_naming_the_network_stays_a_follow_prompt():
    closing = ("<p><em>Retrouvez nos voisins producteurs sur "
               "<a href='https://www.instagram.com/brasseriedumoulin/'>Instagram</a></em></p>")
    body = extract_article(_post(closing), _URL).body
    assert body.endswith("bouteilles de 33cl")


def test_a_line_naming_the_network_by_its_one_letter_stays_a_follow_prompt():
    """Fails before: a link shown "X" to x.com never matched its network's name, so the prompt closed the text."""
    closing = "<p><em>Suivez le moulin au jour le jour sur <a href='https://x.com/brasseriedumoulin'>X</a></em></p>"
    body = extract_article(_post(closing), _URL).body
    assert body.endswith("bouteilles de 33cl")
