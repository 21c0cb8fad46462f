"""A page builder renders a post's content as a document of the post's own id (`data-elementor-id` = the <body>'s
`postid-N`), and its theme kit's header and footer as documents of the same type beside it, with no <header> or
<footer> tag. A post of a picture or a video alone keeps no text in its document: the footer's address and phone lines
must not become its headline and text, and the site's listing of it makes it an article with its stated title."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.page_type import ARTICLE

URL = "https://school.example/2025/04/16/science-day/"


def _document(number: str, inner: str) -> str:
    return (f'<div data-elementor-type="wp-post" data-elementor-id="{number}" class="elementor elementor-{number}">'
            f'<section class="elementor-section elementor-top-section"><div class="elementor-container">'
            f'<div class="elementor-column"><div class="elementor-widget-wrap">{inner}</div></div></div></section>'
            "</div>")


def _widget(kind: str, inner: str) -> str:
    return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}" '
            f'data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>')


HEADER = _document("31", _widget("nav-menu", '<ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>'
                                             '<li><a href="/contact/">Contact us</a></li></ul>'))
FOOTER = _document("35", "".join([
    _widget("heading", "<h2>Reception: +33 4 11 22 33 44 / +33 4 11 22 33 55</h2>"),
    _widget("text-editor", "<p>Nursery +33 6 11 22 33 00 / Primary +33 6 11 22 33 01 / Secondary +33 6 11 22 33 02"
                           " / Accounts +33 6 11 22 33 03</p><p>office@school.example</p>"),
    _widget("heading", "<h2>Our partners</h2>"),
    _widget("text-editor", "<p>Monday to Friday: from 8:00 to 18:00</p>"),
]))


def _page(post: str, title: str = "Science day") -> str:
    return (f'<html lang="en"><head><title>{title} - Our School</title>'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="2025-04-16T09:27:14+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "BlogPosting",'
            f' "headline": "{title}", "datePublished": "2025-04-16T09:27:14+00:00"}}]}}</script></head>'
            f'<body class="post-template single single-post postid-4711 elementor-page-4711">{HEADER}'
            f'{_document("4711", post)}{FOOTER}</body></html>')


PICTURE_POST = _widget("image", '<img src="/uploads/science-day.jpg" alt="">') \
    + _widget("icon", '<a class="elementor-icon" href="https://social.example/p/123"><i class="fab"></i></a>')
SHORT_POST = _widget("text-editor", "<p>Congratulations to our pupils on their science day projects.</p>"
                                    "<p>Well done, all of you!</p>")


def test_a_builders_post_of_a_picture_alone_is_an_article_with_its_stated_title_and_no_text():
    """Fails before: the footer's first heading ("Reception: +33 ...") was taken for the headline and its phone lines
    for the text; with no headline of its own and under 150 characters, the listed post was judged too short to be an
    article and never stored."""
    page = extract_article(_page(PICTURE_POST), URL, listed_as_article=True)
    assert page.page_type == ARTICLE
    assert page.title == "Science day"
    assert page.body == ""


def test_a_builders_short_post_keeps_its_own_lines_and_none_of_the_footers():
    """Fails before: the post's two lines, in its own document, lay in no wrapper the extractor knew, so the page
    counted no headline of its own and was not stored."""
    page = extract_article(_page(SHORT_POST), URL, listed_as_article=True)
    assert page.page_type == ARTICLE
    assert page.body.startswith("Congratulations to our pupils")
    assert "+33" not in page.body and "Monday to Friday" not in page.body



def _icon_box(title: str, description: str) -> str:
    return _widget("icon-box", f'<div class="elementor-icon-box-wrapper"><span class="elementor-icon"><i class="fas">'
                               f'</i></span><h3 class="elementor-icon-box-title"><span>{title}</span></h3>'
                               f'<p class="elementor-icon-box-description">{description}</p></div>')


# A theme kit's footer of contact boxes: a title and a description paragraph each.
CONTACT_FOOTER = _document("35", "".join([
    _widget("heading", '<h4 class="elementor-heading-title">Cycles</h4>'),
    _widget("icon-list", '<ul><li><a href="/nursery/">Nursery</a></li><li><a href="/primary/">Primary</a></li>'
                         '<li><a href="/secondary/">Secondary</a></li></ul>'),
    _icon_box("Reception: +33 4 11 22 33 44 / +33 4 11 22 33 55",
              "Nursery +33 6 11 22 33 00 / Primary +33 6 11 22 33 01 / Secondary +33 6 11 22 33 02 / Accounts"
              " +33 6 11 22 33 03"),
    _icon_box("", "office@school.example<br>admissions@school.example"),
    _icon_box("Monday to Friday: from 8:00 to 18:00", ""),
    _widget("text-editor", "<p>© Copyright Our School</p>"),
]))

# Lines pasted from a social network: each in its own <div dir="auto">, empty <p>s around them.
ONE_LINE_POST = _widget("text-editor", '<p></p><div dir="auto"><div role="button"><strong><em>Congratulations</em>'
                                       "</strong> to our graduates.</div></div><div dir=\"auto\">A pass rate of "
                                       "<strong>100%</strong> and distinctions for more than nine in ten.</div><p></p>")


def test_a_builders_post_of_two_lines_keeps_them_though_the_footer_document_outweighs_them():
    """Fails before: the footer document's phone and opening-hours paragraphs were the page's densest text, and the
    post's two lines in its own document, set in <div>s in a widget whose classes read as a sidebar's, were pruned
    as furniture: the post was stored without its text."""
    page = extract_article(_page(ONE_LINE_POST).replace(FOOTER, CONTACT_FOOTER), URL, listed_as_article=True)
    assert page.page_type == ARTICLE
    assert "A pass rate of 100% and distinctions" in page.lead + page.body
    assert "+33" not in page.body
