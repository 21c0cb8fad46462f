"""A post closing on a line of a word or two that is one link to a document it attaches ("<a href=...pdf>
Repubblica_14-5-16</a> (PDF)"), or a word and one link showing the name of the site it credits ("Via <a>bior.example</a>"):
the writer's attachment or source, kept as a longer line linking a document or a source is. The same words unlinked,
or linking a page of the site, are no such line."""
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


def test_closing_credit_naming_the_source_site_stays():
    # Fails before: two words, no sentence, made no link line, and the link-dense line went as furniture.
    body = extract_article(_page('<p><span>Via </span><a href="http://www.bior.example/2016/05/17/richieste/">'
                                 'bior.example</a></p>'), URL).body
    assert body.rstrip().endswith("Via bior.example")


def test_site_name_linking_another_host_or_a_name_no_host_still_go():
    # The shown name must be the host the link leads to: else a label of furniture, not the source's own name.
    for closing in ('<p>Via <a href="http://other.example/feed/">bior.example</a></p>',
                    '<p>Via <a href="http://www.bior.example/">Bior</a></p>'):
        assert extract_article(_page(closing), URL).body.rstrip().endswith(LAST)
