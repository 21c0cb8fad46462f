"""An XHTML 1.0 page (Drupal 6, many CMSs of its time) declares its language only as `<html xml:lang="sk">`, no
`lang`. lxml's HTML parser keeps that attribute under the plain name "xml:lang" (its XML parser would name it by
namespace), so the declaration was never read: a Slovak forum post typed without diacritics was judged on its text
alone and came out Polish or French."""
from __future__ import annotations

from lxml import html as lxml_html

from news_archive.archive.language_versions import html_lang
from news_archive.archive.record import ArticleItem
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.language import tag_language

URL = "https://komunita.example/node/412/"
TITLE = "Pomoc s instalaciou"
TEXT = ("mam problem s instalaciou, po nahrati na server mi stranka pise chybu s databazou a neviem co s tym. "
        "ahojte, chcel by som sa spytat kto by mi vedel pomoct s nastavenim temy pre moju stranku.")


def _page() -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sk" dir="ltr"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{TITLE} | Komunita</title></head><body>'
            '<div id="header"><a href="/">Komunita</a> <a href="/blog/">Blogy</a> <a href="/forum/">Fórum</a></div>'
            '<div id="main"><div class="breadcrumb"><a href="/">Domov</a> › <a href="/forum/">Fórum</a></div>'
            f'<h1>{TITLE}</h1><div id="node-412" class="node clear-block">'
            '<span class="submitted">12 marec, 2008 - 20:41 poslal <a href="/user/7/">jano</a></span>'
            f'<div class="content"><p>{TEXT}</p></div></div></div>'
            '<div id="footer"><p>Komunita, 2008</p></div></body></html>')


def test_the_xml_lang_of_an_xhtml_page_is_its_declared_language():
    """Fails before: html_lang was None."""
    assert extract_article(_page(), URL).html_lang == "sk"
    assert html_lang(lxml_html.fromstring(_page().split("\n", 1)[1])) == "sk"


def test_a_post_without_diacritics_takes_the_language_its_xhtml_page_declares():
    """Fails before: the text alone read as Polish ("pl")."""
    found = extract_article(_page(), URL)
    item = ArticleItem(source="komunita", url=URL, html="", fetched_at="2008-03-13T10:00:00+00:00",
                       title=found.title, body=found.body, html_lang=found.html_lang)
    assert tag_language(item).language == "sk"
