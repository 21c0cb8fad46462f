"""An article header's line of parts set apart by bars and bullets (the paper's name, the day, the update, the writers)
is the post's stamps, not its first paragraph, however long several writers make it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://journal.example/politique/article/2015/05/04/la-loi-adoptee_123.html"
TITLE = "La loi sur les données adoptée à une large majorité"
PARAGRAPHS = [
    "Les députés ont adopté mardi, à une large majorité, le projet de loi encadrant la conservation des données "
    "de connexion par les opérateurs.",
    "Le texte doit encore être examiné par le Sénat avant la fin du mois de juin, selon le calendrier fixé par le "
    "gouvernement la semaine dernière.",
]
STAMPS = ("Le Journal | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
          "Par Anne Lefèvre (avec Paul Girard et Claire Morel)")


def article_page(stamps: str = STAMPS) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2015-05-04T13:36:31+02:00"></head><body>
<header><a href="/">Le Journal</a></header><main><article class="article"><h1>{TITLE}</h1>
<p class="signature">{stamps}</p><div class="toolbar"></div>{paragraphs}</article></main>
<footer><a href="/mentions/">Mentions légales</a></footer></body></html>"""


def test_the_stamps_line_is_left_out_and_the_text_kept():
    # Longer than a date line, and opening on the paper's name rather than "Par": it was kept as the first paragraph.
    assert extract_article(article_page(), URL).body.split("\n\n") == PARAGRAPHS


def test_a_barred_line_of_the_writers_words_stays():
    line = "Le 4 mai 2015 | par une large majorité de députés, le texte est passé"
    assert extract_article(article_page(line), URL).body.split("\n\n")[0] == line
