"""A town hall's notices: a post is often just the document it announces, linked under the headline's words or set
in the editor's file block (the file's name and its download button both linking the PDF), while the theme's banner
shows the headline in an <h1> of its own over the breadcrumb. The document line is the post's text, not furniture or
the headline typed again; a bold line retyping the headline, unlinked, still is the headline again."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://townhall.example/notice-on-hedge-trimming-along-the-power-line/"
TITLE = "Notice on hedge trimming along the power line"


def _post(text: str, title: str = TITLE) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{title} – Official site of the town of Brindlemoor</title></head>"
            "<body class='post-template-default single single-post postid-9101'>"
            "<header class='site-header'><a href='/'>Brindlemoor</a><nav><a href='/news/'>News</a>"
            "<a href='/documents/'>Documents</a><a href='/contact/'>Contact</a></nav></header>"
            f"<div class='page-banner'><h1 class='header-title'>{title}</h1><ul class='breadcrumb'>"
            f"<li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li><li>{title}</li></ul></div>"
            "<main><article id='post-9101' class='post-wrap post-9101 post type-post status-publish hentry'>"
            "<div class='post-meta'><span class='post-date'>05.02.2025</span> - In <a href='/news/'>News</a></div>"
            f"<h1 class='post-title'>{title}</h1><div class='post-body'><div class='post-excerpt'>{text}</div></div>"
            "<footer class='post-tag'>Share <a href='https://social.example/share'>Share</a></footer>"
            "<div class='next-prev'><a href='/road-works-on-mill-lane/'>Previous Road works on Mill Lane</a>"
            "<a href='/library-hours-in-spring/'>Next Library hours in spring</a></div></article></main>"
            "<footer><a href='/privacy/'>Privacy</a> <a href='/accessibility/'>Accessibility</a></footer>"
            "</body></html>")


PDF = "https://files.townhall.example/2025/02/notice-hedge-trimming.pdf"


def test_a_file_block_alone_is_the_posts_text():
    # Fails before (empty body): the name and its "Download" button are two links, so the line weighed as navigation
    # and no element held text; the banner's <h1> left the line no headline of its own to stand under.
    page = extract_article(_post(f"<div class='wp-block-file'><a href='{PDF}'>{TITLE}.</a>"
                                 f"<a href='{PDF}' class='wp-block-file__button' download>Download</a></div>"), URL)
    assert page.body.startswith(TITLE), page.body


def test_the_document_linked_under_the_headlines_words_opens_the_text():
    # Fails before (body "Statement form" only): the document's line read as the headline again and as the breadcrumb's.
    page = extract_article(_post(f"<p><a href='{PDF}'>{TITLE}</a></p>"
                                 "<p><a href='https://files.townhall.example/2025/02/statement.doc'>Statement form</a>"
                                 "</p>"), URL)
    assert page.body.split("\n\n") == [TITLE, "Statement form"], page.body


def test_a_sentence_saying_the_headline_over_its_download_opens_the_text():
    # Fails before (body "Download the notice" only): the sentence's words are the breadcrumb's last crumb.
    page = extract_article(_post(f"<p>{TITLE}.</p><p><a href='{PDF}'>Download the notice</a></p>"), URL)
    assert page.body.startswith(TITLE + "."), page.body


def test_a_bold_line_retyping_the_headline_is_still_the_headline_again():
    prose = ("The utility company will trim hedges and young trees along the overhead line between the mill and the "
             "station during the second week of March, and asks owners of the gardens along it to keep the path free.")
    page = extract_article(_post(f"<p><strong>{TITLE}</strong></p><p>{prose}</p>"), URL)
    assert page.body.startswith("The utility company will trim"), page.body
