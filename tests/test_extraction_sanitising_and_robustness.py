"""Sanitised HTML, decoding by the declared charset, a stated body, and an extractor that never raises on any
input."""
from __future__ import annotations

import json

import lxml.html
import pytest
from parsel import Selector

from news_archive.pipelines.extraction import Extracted, extract_article
from article_page import ARTICLE_URL, PARAGRAPHS, page


def test_body_html_is_sanitised():
    body = (f"<p onclick='steal()'>{PARAGRAPHS[0]} <a href='javascript:alert(1)'>länk</a></p>"
            f"<p>{PARAGRAPHS[1]}<img src=x onerror='alert(1)'></p><p>{PARAGRAPHS[2]} <a href='/mer'>Mer</a></p>")
    html = extract_article(page(body=body, header="<p>2023-06-13</p>"), ARTICLE_URL).body_html
    for forbidden in ("<script", "onclick", "onerror", "javascript:"):
        assert forbidden not in html
    assert 'href="https://campus.example/mer"' in html


def test_bytes_are_decoded_by_declared_charset():
    html = page().replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    result = extract_article(html.encode("iso-8859-1"), "https://campus.example/sv/2023/06/13/x/")
    assert PARAGRAPHS[0] in result.body
    utf8_with_wrong_declaration = extract_article(html.encode("utf-8"), "https://campus.example/sv/2023/06/13/x/")
    assert PARAGRAPHS[0] in utf8_with_wrong_declaration.body


def test_article_body_from_jsonld_when_page_lacks_the_text():
    stated = "\\n".join(PARAGRAPHS)
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{stated}"}}</script>'
    result = extract_article(page(head=head, body="<p>Logga in för att läsa vidare.</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


GARBAGE = {
    "empty bytes": b"", "empty text": "", "binary": b"\x00\x01\x02\xff\xfe", "brackets": "<<<>>>",
    "bare html tag": "<html>", "plain text": "plain text without markup",
    "bom": b"\xef\xbb\xbf<html><body><p>bom</p></body></html>", "xml": "<?xml version='1.0'?><rss></rss>",
    "deep nesting": "<div>" * 5000 + "deep" + "</div>" * 5000, "huge paragraph": "<p>" + "ord " * 500_000 + "</p>",
    "odd json-ld": '<script type="application/ld+json">{"@type": ["NewsArticle"], "author": [[{"name": 3}]], '
                   '"datePublished": {"x": 1}, "articleBody": 7}</script>',
}


@pytest.mark.parametrize("garbage", GARBAGE.values(), ids=GARBAGE.keys())
def test_never_raises_on_garbage(garbage):
    result = extract_article(garbage, "not a url")
    assert isinstance(result, Extracted)
    assert isinstance(result.body, str)


def test_a_fault_of_the_extractor_is_said_in_one_line_naming_the_page(monkeypatch, caplog):
    """The page still comes back as one without text (the crawl goes on), but the fault is logged, not swallowed."""
    from news_archive.pipelines.extraction import page_dates

    def broken(*args, **kwargs):
        raise KeyError("lost")
    monkeypatch.setattr(page_dates, "find_dates", broken)
    result = extract_article(page(), ARTICLE_URL)
    assert result == Extracted()
    [record] = [r for r in caplog.records if "extractor failed" in r.getMessage()]
    assert ARTICLE_URL in record.getMessage() and "KeyError" in record.getMessage()


def test_a_tree_parsed_already_gives_the_same_article():
    html = page(header="<p>Publicerad 2023-06-13</p>")
    assert extract_article(lxml.html.document_fromstring(html), ARTICLE_URL) == extract_article(html, ARTICLE_URL)


def test_non_article_result_is_json_serialisable():
    result = extract_article("", "https://campus.example/")
    assert json.dumps(result.__dict__)
    assert result == Extracted()


def test_a_tree_parsed_by_the_spider_with_its_comments_gives_what_the_page_text_gives():
    # The spider's parser keeps HTML comments; a comment just before the date element once emptied the article.
    page = ("<html><head><title>Ny mätstation på taket</title></head><body><article>"
            "<h1>Ny mätstation på taket</h1><!-- byline --><time datetime='2024-05-06'>6 maj 2024</time>"
            + "<p>Forskarna har satt upp en mätstation på taket som loggar luftens partiklar varje minut.</p>" * 4
            + "<!-- end --></article></body></html>").encode()
    from_text = extract_article(page, "https://example.org/nyheter/matstation")
    from_tree = extract_article(Selector(body=page, encoding="utf-8", type="html").root,
                                "https://example.org/nyheter/matstation")
    assert from_tree.body and from_tree == from_text
    assert from_tree.published == "2024-05-06"
