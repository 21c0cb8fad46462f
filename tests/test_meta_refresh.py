"""The meta refresh middleware: a page that names no refresh passes untouched, one that does (in any case) redirects."""
from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from news_archive.spiders.redirects import SourceMetaRefreshMiddleware

URL = "https://partner.example/nyheter/gammal/"


def middleware() -> SourceMetaRefreshMiddleware:
    return SourceMetaRefreshMiddleware.from_crawler(get_crawler())


def page(head: str) -> HtmlResponse:
    body = f"<html><head>{head}<title>Nyhet</title></head><body><p>Text</p></body></html>".encode()
    return HtmlResponse(URL, body=body, encoding="utf-8")


def test_a_page_without_a_refresh_passes_untouched():
    response = page('<meta charset="utf-8"><meta name="description" content="Ingen omdirigering">')
    assert middleware().process_response(Request(URL), response) is response


def test_a_refresh_in_capitals_still_redirects():
    redirected = middleware().process_response(
        Request(URL), page('<META HTTP-EQUIV="Refresh" CONTENT="0; URL=/nyheter/ny/">'))
    assert isinstance(redirected, Request)
    assert redirected.url == "https://partner.example/nyheter/ny/"


def test_a_refresh_naming_the_page_itself_passes_as_the_page():
    # Fails before: the refresh to its own address was followed, and the hop back to the URL just fetched failed the
    # page as a redirect loop. Reloading itself, the page moves nowhere (a generator's alias page left on its own
    # address, a front page that reloads every few seconds): it is the page.
    response = page(f'<meta http-equiv="refresh" content="0; url={URL}">')
    assert middleware().process_response(Request(URL), response) is response
