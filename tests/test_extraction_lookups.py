"""The extractor's fast look-ups find exactly what the XPath searches they replaced found."""
from __future__ import annotations

import re

import lxml.html
from lxml import etree
from parsel import Selector

from news_archive.pipelines.extraction import article_title, extract_article, metadata, structured
from news_archive.pipelines.extraction.hints import ClassIndex, class_words, names_lead
from news_archive.pipelines.extraction.text import fold
from news_archive.pipelines.extraction.text import text_of

PAGE = """<!DOCTYPE html><html lang="sv-SE" xml:lang="en"><head>
<title>Rubrik | Sajt</title><title>Second</title>
<meta property="og:title" content="Rubrik i fetstil"><meta name="description">
<meta itemprop="datePublished" content="2024-05-02">
<link rel="  Canonical canonical " href="https://example.org/a"><link rel="canonical" href="https://example.org/a/">
<link rel="alternate" hreflang="en" href="/en/a"><link rel="alternate\u00a0x" hreflang="de" href="/de/a">
<script type="application/LD+JSON">{"@type": "NewsArticle", "headline": "Rubrik"}</script>
<script type="text/javascript">var ldjson = 1;</script>
</head><body class="Home PAGE" id="top">
<div class="" id="">x<!-- a comment -->y<span>z</span></div>
<div style="display : none">dolt</div><div style="visibility:hidden;color:red">dolt</div><p hidden>dolt</p>
<div style="display: block">synlig</div>
<span itemprop="datePublished">2 maj 2024</span><span itemprop="DatePublished">no</span><time pubdate>x</time>
<span data-published="2024-05-02">x</span><a rel="author" href="/a">Anna</a><span itemprop="author">Bo</span>
<p class="Byline entry-DATE">Av Anna</p><p class="lead-text">Ingress</p><h1 class="title">Rubrik <b>i fetstil</b></h1>
</body></html>"""


def trees():
    yield lxml.html.document_fromstring(PAGE)
    yield Selector(text=PAGE, type="html").root  # as the crawl parses pages: comments kept


def test_class_index_finds_what_the_xpath_searches_found():
    for root in trees():
        index = ClassIndex(root)
        assert [el for el, _, _ in index.entries] == root.xpath("//*[@class or @id]")
        assert [(classes, element_id) for _, classes, element_id in index.entries] == [
            ((el.get("class") or "").lower(), el.get("id") or "") for el in root.xpath("//*[@class or @id]")]
        assert index.hidden == root.xpath(
            "//*[@hidden or contains(translate(@style, ' ', ''), 'display:none')"
            " or contains(translate(@style, ' ', ''), 'visibility:hidden')]")
        assert index.published == root.xpath(
            "//*[@itemprop='datePublished' or @itemprop='dateCreated' or @pubdate or @data-published]")
        assert index.authors == root.xpath("//*[@rel='author' or @itemprop='author']")
        for substrings, tags in ((("byline", "author"), None), (("date", "title"), None), (("lead",), {"div"}),
                                 (("page", "home"), None), (("nothing",), None)):
            assert index.with_class(substrings, tags) == [
                el for el, classes, _ in index.entries
                if classes and any(s in classes for s in substrings) and (tags is None or el.tag in tags)]


def test_head_tags_are_read_as_the_xpath_searches_read_them():
    for root in trees():
        meta = structured.read_metadata(root)
        assert meta.meta == {"og:title": "Rubrik i fetstil", "datepublished": "2024-05-02"}
        assert [obj["@type"] for obj in meta.jsonld] == ["NewsArticle"]
        assert metadata.find_canonical(root, meta, "https://example.org/") == "https://example.org/a"
        assert metadata.find_alternates(root, "https://example.org/") == {"en": "https://example.org/en/a"}
        assert metadata.find_html_lang(root) == "sv-SE"
        assert article_title.find_title(root, meta, {"sajt"}) == "Rubrik i fetstil"


def test_text_of_is_text_content():
    for root in trees():
        for element in root.iter(etree.Element):
            assert text_of(element) == element.text_content()


def test_fold_is_the_words_joined_by_single_spaces():
    for text in ("Hello, World!", "snake_case__name", "  Ünïcode\u00a0no-break\u2009thin\u3000wide  ", "İstanbul ſtraße",
                 "½ ² ٣ digits", "", "___ ---", "line\nbreak\ttab"):
        assert fold(text) == " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def test_pages_with_their_own_post_ids_leave_the_class_word_cache_as_it_was():
    # Ids name one page's post ("post-1234"): were they remembered, a long crawl would fill the cache with them
    # (about 10 MB at 5,000 pages) and push the site's repeating class attributes out.
    def page(number: int) -> str:
        return (f"<html><body><div class='site' id='page-{number}'><article id='post-{number}' class='post'>"
                f"<h1>Rubrik {number}</h1><p>{'Ett stycke text om forskning på campus. ' * 6}</p></article>"
                f"<footer id='footer-{number}'><p>Kontakt och adress</p></footer></div></body></html>")

    extract_article(page(0).encode(), "https://example.org/nyheter/0")
    remembered = class_words.cache_info().currsize
    for number in range(1, 40):
        extract_article(page(number).encode(), f"https://example.org/nyheter/{number}")
    assert class_words.cache_info().currsize - remembered < 10


def test_a_lead_class_is_a_word_of_the_attribute_not_a_part_of_one():
    named = ("lead", "article-lead", "c-article__lead", "entry leadText", "article-header__leadtext",
             "custom-leadin", "post-excerpt", "story-introduction", "article__subTitle", "ingress2", "headlineSummary")
    unnamed = ("leading-7", "text-lg leading-relaxed", "md:leading-tight", "ad-leaderboard", "googleAdSlot",
               "nomobilead", "leaded", "leader-photo")
    assert [name for name in named if not names_lead(name)] == []
    assert [name for name in unnamed if names_lead(name)] == []

