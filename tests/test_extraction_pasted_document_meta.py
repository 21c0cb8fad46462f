"""A research project's news post is an email campaign pasted whole into the page's text: the campaign's own <title>,
its <meta property="og:title"> and its styles sit inside the post's element, under the page's <head>, whose <title>
states the post's title. The pasted og:title ("Sea Ice Lab Newsletter, May") was read as the page's, so the post was
stored under the campaign's heading instead of the title its page and listing give it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.pipelines.extraction.structured import read_metadata

URL = "http://project.example/news/2024-05-newsletter/"


def _campaign(extra_head: str = "") -> str:
    news = "".join(f"<tr><td><p>The team spent three weeks "
                   f"measuring how the ice cracks under wind and waves, and shares first results in part {n}.</p>"
                   "</td></tr>" for n in range(4))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>May Newsletter - Sea Ice Lab</title>'
            f'{extra_head}</head><body><div class="hero"><h1></h1></div><div class="service-single"><div class="content">'
            '<meta charset="utf-8"><title>Sea Ice Lab Newsletter, May</title>'
            '<meta property="og:title" content="Sea Ice Lab Newsletter, May">'
            '<meta property="og:type" content="website">'
            '<style>table,td{border-collapse:collapse}</style>'
            f'<table><tr><td><p>View this email in your browser</p></td></tr>{news}</table></div></div>'
            '<footer><p>Sea Ice Lab, 2024</p></footer></body></html>')


def test_a_pasted_documents_meta_tags_are_not_the_pages():
    """Fails before: og:title and og:type were the pasted campaign's."""
    meta = read_metadata(parse_html(_campaign()))
    assert meta.first("og:title") is None
    assert meta.first("og:type") is None


def test_the_post_keeps_the_title_its_head_states():
    """Fails before: the title was "Sea Ice Lab Newsletter, May"."""
    extracted = extract_article(_campaign(), URL, listed_as_article=True)
    assert extracted.title == "May Newsletter"


def test_the_pages_own_meta_tags_still_count():
    meta = read_metadata(parse_html(_campaign('<meta property="og:title" content="May Newsletter">')))
    assert meta.first("og:title") == "May Newsletter"


def test_meta_tags_a_broken_head_pushed_into_the_body_still_count():
    """No <title> in the body: a stray element before the head's tags made the parser open the body early."""
    page = ('<html><head></head><body><div id="consent"></div><title>Field season report - Sea Ice Lab</title>'
            '<meta property="og:title" content="Field season report"><p>text</p></body></html>')
    assert read_metadata(parse_html(page)).first("og:title") == "Field season report"
