"""A post whose editor typed its subtitle in headline type: under the theme's <h1> headline and the date line, the
text opens with an <h1> of its own ("<h1>Tyst och ren i centrum</h1>") before the first paragraph. That subtitle
heads the text as one set in <h2> does; a linked <h1> there heads another post's teaser, no part of the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

TEXT = ("Klubbens medlemmar fick i helgen provköra den nya bussen på en slinga genom stadens centrum, och de flesta "
        "var förvånade över hur tyst den var.")
MORE = ("Bussen laddas på natten i depån och klarar en hel dags trafik, säger föraren som visade den för oss under "
        "eftermiddagen.")


def _post(opening: str) -> str:
    return ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Ny elbuss till stadstrafiken | '
            'Bilklubben</title></head><body><div class="header"><span class="sitename"><a href="/">Bilklubben</a>'
            '</span></div><div class="main"><div class="content"><div class="post" id="post-12">'
            '<h1>Ny elbuss till stadstrafiken</h1><div class="descr">March 4th, 2021 by user</div>'
            f'<div class="entry">{opening}<p>{TEXT}</p><p>{MORE}</p></div>'
            '<p class="info">Posted in <a href="/category/nyheter/" rel="category tag">Nyheter</a></p></div></div>'
            '</div></body></html>')


def test_an_h1_subtitle_between_the_headline_and_the_text_opens_the_text():
    """Fails before: the <h1> subtitle was taken for a headline and left out of the text."""
    page = extract_article(_post("<h1>Tyst och ren i centrum</h1>"), "http://club.example/2021/03/ny-elbuss/")
    assert page.title == "Ny elbuss till stadstrafiken"
    assert page.body.startswith("Tyst och ren i centrum\n\n" + TEXT)


def test_an_h2_subtitle_opens_the_text_as_before():
    page = extract_article(_post("<h2>Tyst och ren i centrum</h2>"), "http://club.example/2021/03/ny-elbuss/")
    assert page.body.startswith("Tyst och ren i centrum\n\n" + TEXT)


def test_a_linked_h1_under_the_headline_is_no_subtitle():
    page = extract_article(_post('<h1><a href="/2021/02/forra-bussen/">Förra veckans buss i trafik</a></h1>'),
                           "http://club.example/2021/03/ny-elbuss/")
    assert page.title == "Ny elbuss till stadstrafiken"
    assert "Förra veckans buss" not in page.body
    assert page.body.startswith(TEXT)
