"""Property: whatever bytes or broken HTML a page holds, the clean stage returns an article or drops the page with
a reason, in bounded time and memory, whether it parses the page itself or takes the crawler's parsed tree."""
from __future__ import annotations

import tracemalloc

from hypothesis import HealthCheck, given, settings, strategies as st
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.clean import clean_item
from news_archive.spiders.markup import page_tree

URL = "http://127.0.0.1:8000/nyheter/2024/03/05/ny-metod/"
PROSE = "Forskare vid Karolinska Institutet i Flemingsberg har tagit fram en ny metod för att odla celler. " * 3
ARTICLE = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Ny metod | Partner</title>'
           f'<meta property="og:type" content="article"></head><body><main><article><h1>Ny metod för cellodling</h1>'
           f'<p class="date">Publicerad: 2024-03-05 10:00</p><p>{PROSE}</p><p>{PROSE}</p></article></main></body></html>')
HOSTILE = ["<div>" * 3000, "</div>" * 50, "<p", "<!--", "<![CDATA[", "<?xml version='1.0'?>", "\x00", "\ufeff",
           "\ud800", "&#x10FFFF;", "&#0;", "<script>", "</html><html>", "<table><tr><td>", '<meta charset="utf-16">',
           '<meta charset="bogus">', "<svg><foreignObject>", "<a href='javascript:x'>", "\r\n" * 100, "å" * 500,
           "<title></title>" * 10, '<script type="application/ld+json">{"@type": ["Article", {}]}</script>']
MAX_PEAK_BYTES = 64 * 1024 * 1024


@st.composite
def mutated_article(draw) -> str:
    """The article page with hostile fragments inserted and pieces cut out at random places."""
    html = ARTICLE
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(html)))
        if draw(st.booleans()):
            html = html[:at] + draw(st.sampled_from(HOSTILE) | st.text(max_size=40)) + html[at:]
        else:
            html = html[:at] + html[at + draw(st.integers(1, 200)):]
    return html


def encoded(html: str, encoding: str) -> bytes:
    return html.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


def clean_within_bounds(html: str | bytes, tree=None) -> None:
    tracemalloc.start()
    try:
        clean_item(ArticleItem(source="p", url=URL, html=html, tree=tree, fetched_at="2024-03-05T10:00:00+00:00"))
    except DropItem:
        pass
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < MAX_PEAK_BYTES


BOUNDED = settings(max_examples=60, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    clean_within_bounds(data)


@BOUNDED
@given(mutated_article(), st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16"]))
def test_mutated_html_as_bytes(html, encoding):
    clean_within_bounds(encoded(html, encoding))


@BOUNDED
@given(mutated_article())
def test_mutated_html_through_the_crawlers_parsed_tree(html):
    response = HtmlResponse(URL, body=encoded(html, "utf-8"))
    clean_within_bounds(response.text, page_tree(response))
