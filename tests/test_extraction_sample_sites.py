"""Every bundled sample-site page, fetched over HTTP and extracted: adding a site adds its tests."""
from __future__ import annotations

import urllib.request
from urllib.parse import urlsplit

import pytest

from news_archive.archive.sample_sites import serve_sample_sites
from news_archive.pipelines.extraction import extract_article


def _sample_site_pages() -> tuple[list[str], list[str]]:
    """Ids of the sample articles and non-article pages, in the order the sites list them."""
    with serve_sample_sites() as sites:
        articles = [f"{a.source}:{urlsplit(a.url).path}" for a in sites.articles]
        # A page only the crawl's view of the whole site tells apart: tests/test_crawl_e2e.py.
        others = [urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")
                  for url in sites.non_article_urls if url not in sites.site_level_non_article_urls]
    return articles, others


SAMPLE_ARTICLES, SAMPLE_NON_ARTICLES = _sample_site_pages()


@pytest.fixture(scope="module")
def served_sites():
    with serve_sample_sites() as sites:
        yield sites


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


@pytest.mark.parametrize("index", range(len(SAMPLE_ARTICLES)), ids=SAMPLE_ARTICLES)
def test_sample_site_article(served_sites, index):
    article = served_sites.articles[index]
    result = extract_article(fetch(article.url), article.url)
    assert (result.is_article, result.page_type) == (True, "article")
    assert result.title == article.title
    # A page only its feed dates states none: the crawl dates it (tests/test_crawl_e2e.py).
    assert (result.published or "")[:len(article.published)] == ("" if article.dated_by_feed else article.published)
    if article.updated:
        assert (result.updated or "")[:len(article.updated)] == article.updated
    assert result.author == article.author
    assert result.lead == article.lead
    paragraphs = result.body.split("\n\n")
    assert [p for p in article.paragraphs if p not in paragraphs] == []
    assert [text for text in article.boilerplate if text in result.body] == []


@pytest.mark.parametrize("index", range(len(SAMPLE_NON_ARTICLES)), ids=SAMPLE_NON_ARTICLES)
def test_sample_site_non_article_page(served_sites, index):
    url = [url for url in served_sites.non_article_urls if url not in served_sites.site_level_non_article_urls][index]
    result = extract_article(fetch(url), url)
    assert result.page_type != "article", result.page_reason
