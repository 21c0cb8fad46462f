"""A town centre's blog, copied from a local install, keeps every page's <head> empty: no <title>, no metadata. A
sidebar widget draws its icons from an inline SVG sprite whose <title> names the graphic ("Comment Box SVG icons").
That <title> names the picture, not the page: the headline is the post's <h1>."""
from __future__ import annotations

from lxml import html as lhtml

from news_archive.archive.page_title import document_title
from news_archive.pipelines.extraction import extract_article

SPRITE = ("<svg xmlns='http://www.w3.org/2000/svg' style='display:none'><defs><title id='spriteTitle'>Comment Box "
          "SVG icons</title><symbol id='icon-heart' viewBox='0 0 16 16'><path d='M0 0h16v16z'/></symbol></defs></svg>")
TEXT = "".join(f"<p>The harbour walk gains {n} new benches of local wood, shaded by sea grape trees the gardeners "
               f"planted last spring, and the fountain court opens longer on weekend evenings.</p>" for n in range(3, 7))


def post(head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en-US'><head>{head}</head><body class='single single-post'>"
            f"<header><a href='/'><img src='/logo.png' alt='Harbour Town'></a></header><main><div class='heading'>"
            f"<h1 class='single-heading'>New benches along the harbour walk</h1><p class='date'>12 March 2020</p></div>"
            f"<article class='post type-post'><div class='single-article'><p>By Ann Gardener</p>{TEXT}</div></article>"
            f"<aside class='widget'><div class='feed-box'>{SPRITE}<p>Follow us for more news from the town.</p></div>"
            f"</aside></main></body></html>")


def test_an_svg_title_is_not_the_page_title():
    # Fails before ("Comment Box SVG icons"): the first <title> anywhere in the page was taken as the page's title.
    page = extract_article(post(), "https://town.example/blog/new-benches-harbour-walk/")
    assert page.title == "New benches along the harbour walk"


def test_the_head_title_still_counts_beside_an_svg_title():
    root = lhtml.fromstring(post("<title>New benches along the harbour walk | Harbour Town</title>"))
    assert document_title(root) == "New benches along the harbour walk | Harbour Town"
    assert document_title(lhtml.fromstring(post())) == ""
