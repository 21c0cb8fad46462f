"""A post closing on a line of a word or two that is one link to a document it attaches ("<a href=...pdf>
Repubblica_14-5-16</a> (PDF)"): the writer's attachment, kept as a longer line linking a document is. The same words
unlinked, or linking a page of the site, are no such line."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://representative.example/2016/05/17/requests-to-the-candidates/"
TITLE = "Le richieste dei dottorandi ai candidati sindaco"
LAST = "Abbiamo chiesto al Comune un abbonamento ridotto per tutti i dottorandi, senza limiti di età e di residenza."


def _page(closing: str) -> str:
    return f"""<!doctype html><html lang="it"><head><meta charset=utf-8><title>{TITLE} | Rappresentanti</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2016-05-17T09:00:00+00:00">
</head><body><header><h1 class=site-title><a href="/">Rappresentanti</a></h1><nav><a href="/news/">News</a>
<a href="/contatti/">Contatti</a></nav></header><main><article class="post type-post hentry"><h2>{TITLE}</h2>
<div class=entry-content><p>In linea con il programma abbiamo scritto ai candidati sindaco della città. La lettera è
stata ripresa dal quotidiano locale, che ne ha pubblicato ampi stralci sabato scorso.</p><p>{LAST}</p>
{closing}</div></article></main><footer><p>&copy; 2016 Rappresentanti dei dottorandi</p></footer></body></html>"""


def test_closing_link_to_the_posts_document_stays():
    # Fails before: two words, no sentence, made no link line, and the link-dense line went as furniture.
    body = extract_article(_page('<p><a href="/wp-content/uploads/2016/05/Repubblica_14-5-16.pdf">'
                                 'Repubblica_14-5-16</a> (PDF)</p>'), URL).body
    assert body.rstrip().endswith("Repubblica_14-5-16 (PDF)")


def test_same_words_linking_a_page_of_the_site_still_go():
    body = extract_article(_page('<p><a href="/rassegna-stampa/">Rassegna stampa</a></p>'), URL).body
    assert body.rstrip().endswith(LAST)
