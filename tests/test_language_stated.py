"""A page states its language in a content-language meta or JSON-LD inLanguage when its <html> says none: read as
html lang is, and only then."""
from __future__ import annotations

import json

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.langid import LanguageHints, detect_language
from news_archive.pipelines.language import tag_language

# Written for these tests: a small Croatian library notice.
PARAGRAPHS = [
    "Gradska knjižnica otvorila je novu čitaonicu za djecu i mlade. Prostor je uređen tijekom ljeta, a namještaj "
    "su izradili učenici obrtničke škole.",
    "Čitaonica će biti otvorena svakim danom osim nedjelje, a upis je besplatan za sve učenike osnovnih škola.",
]


def _page(head: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (f"<html><head><title>Nova čitaonica</title>{head}</head><body><main><article>"
            f"<h1>Nova čitaonica</h1><time datetime='2024-06-20'>20. 6. 2024.</time>{body}</article></main>"
            "</body></html>")


def _item(body: str, **hints) -> ArticleItem:
    return ArticleItem(source="partner", url="https://partner.site.example/vijesti/clanak/", html="",
                       fetched_at="2024-06-20T10:00:00+00:00", title="", body=body, **hints)


def test_the_content_language_meta_and_json_ld_state_the_pages_language():
    # Fails before: neither was read.
    url = "https://partner.site.example/vijesti/clanak/"
    meta = '<meta http-equiv="Content-Language" content="hr">'
    assert extract_article(_page(meta), url).stated_language == "hr"
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nova čitaonica",
                         "inLanguage": "hr-HR"})
    assert extract_article(_page(f'<script type="application/ld+json">{jsonld}</script>'), url).stated_language \
        == "hr-HR"


def test_a_stated_language_helps_short_text_as_html_lang_does():
    # Fails before: two words came out English (or Polish), three no language at all.
    assert detect_language("Nova čitaonica", LanguageHints(stated_language="hr")).language == "hr"
    item = tag_language(_item("žena i muž", stated_language="hr"))
    assert (item.language, item.language_confidence) == ("hr", 0.5)


def test_html_lang_speaks_first():
    # The page's <html lang> decides as before; a content-language meta the template also writes is not weighed.
    declared = LanguageHints(html_lang="en")
    both = LanguageHints(html_lang="en", stated_language="hr")
    for text in ("Nova čitaonica", "žena i muž"):
        assert detect_language(text, both) == detect_language(text, declared)
