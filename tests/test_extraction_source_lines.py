"""A post's own line naming its source stays in its text: a labelled address opening it ("Lähde: <a>https://...</a>",
"Original: <a>www...</a>"), and a closing credit whose linked source happens to be named with a furniture word
("Published by <a>Popular Science Weekly</a>"). Markup of a WordPress theme's post (an <article class="hentry">
with an "entry-content" element), the text pasted in it with or without the element it was copied from; the
words are ours."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://ufo-seura.example/uutiset/valoilmio-jarven-ylla/"
TITLE = "Valoilmiö järven yllä herätti kysymyksiä"
TEXT = ("Kesäkuun lopussa useat mökkiläiset näkivät järven yllä kirkkaan valon, joka liikkui hitaasti pohjoisesta "
        "etelään ja katosi sitten äkkiä pilvien taakse. Paikallinen harrastajaryhmä keräsi havainnot yhteen ja "
        "vertasi niitä lentoliikenteen tietoihin sekä sääaseman mittauksiin.")
MORE = ("Ryhmän mukaan suurin osa havainnoista selittyy matalalla lentäneellä koneella, mutta kaksi silminnäkijää "
        "kertoo valon pysähtyneen paikoilleen useaksi minuutiksi. Selvitystä jatketaan syksyllä, kun ryhmä saa "
        "käyttöönsä myös tutkadatan.")


def page(content: str) -> str:
    """A post of a blog theme: the site's header and menu, the post's headline and date, its text, a side column."""
    return f"""<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>{TITLE} | Seura</title></head>
<body class="post-template-default single single-post"><header><h1 class="site-title"><a href="/">Seura</a></h1>
<nav><ul><li><a href="/">Etusivu</a></li><li><a href="/category/uutiset/">Uutiset</a></li></ul></nav></header>
<div id="main"><div id="content"><article id="post-4021" class="post-4021 post type-post hentry category-uutiset">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1><div class="entry-meta"><span class="entry-date">
<time class="entry-date" datetime="2023-07-04T10:12:00+00:00">4 heinäkuun, 2023</time></span></div></header>
<div class="entry-content">{content}</div>
<footer class="entry-meta"><span class="tag-links"><a href="/tag/havainnot/" rel="tag">havainnot</a></span></footer>
</article></div>
<div id="secondary"><h1 class="widget-title">Viimeisimmät artikkelit</h1><ul>
<li><a href="/uutiset/kokous-syksylla/">Syyskokous pidetään lokakuussa</a></li>
<li><a href="/uutiset/uusi-jasenlehti/">Uusi jäsenlehti ilmestyi</a></li></ul></div></div>
<footer><p>Seura ry, Järvikatu 3</p></footer></body></html>"""


@pytest.mark.parametrize("label, address", [
    ("Lähde", "https://news.example.org/2023/07/lights-over-the-lake.html"),
    ("Original", "https://archive.example.net/reports/2023-sightings.pdf"),
])
def test_a_labelled_source_address_opening_the_post_stays(label, address):
    """Fails before: a line of one link opening the text was read as a teaser amid it and dropped, though menus and
    teasers link titles, never bare addresses: the post lost the source it translates."""
    body = extract_article(page(f'<p>{label}: <a href="{address}">{address}</a></p><p>{TEXT}</p><p>{MORE}</p>'),
                           URL).body
    assert body.startswith(f"{label}: {address}")
    assert body.endswith("tutkadatan.")


@pytest.mark.parametrize("source", ["Popular Science Weekly", "Trending Sky Reports"])
def test_a_closing_credit_to_a_source_named_with_a_furniture_word_stays(source):
    """Fails before: the furniture words of a share or "most popular" box were looked for in the linked name too,
    so a post closing on the site it was translated from lost that line when the site's name holds such a word."""
    closing = f'<p>&nbsp;</p><p>Artikkelin julkaissut <a href="https://sky-reports.example.com/2023/07/lake">{source}</a></p>'
    body = extract_article(page(f"<p>{TEXT}</p><p>{MORE}</p>{closing}"), URL).body
    assert body.endswith(f"Artikkelin julkaissut {source}")



def test_a_credit_after_the_text_copied_with_its_own_wrapper_stays():
    """Fails before: the post's text, pasted with the element it was copied from (<div class="body">), made that
    element the container, and the credit line the writer set after it in the post's own "entry-content" was left
    out with the theme's boxes."""
    closing = ('<p>&nbsp;</p><p>Artikkelin julkaissut '
               '<a href="https://sky-reports.example.com/2023/07/lake">sky-reports.example.com</a></p>')
    body = extract_article(page(f'<div class="body"><p>{TEXT}</p><p>{MORE}</p></div>{closing}'), URL).body
    assert body.startswith(TEXT[:40])
    assert body.endswith("Artikkelin julkaissut sky-reports.example.com")


def test_a_source_address_in_another_script_is_cited_too():
    """Fails before: the address's length was counted in characters while its link's was weighed as text is (a CJK
    character as a short word), so an address with Chinese words in its path looked longer linked than shown, and
    the source line opening the post was dropped as a teaser link."""
    address = "https://news.example.tw/快訊-湖上的光-調查-062856149.html"
    body = extract_article(page(f'<p>Lähde: <a href="{address}">{address}</a></p><p>{TEXT}</p><p>{MORE}</p>'), URL).body
    assert body.startswith(f"Lähde: {address}")
