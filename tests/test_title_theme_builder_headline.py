"""A theme builder's single-post template prints no <h1>: the post's headline is an <h2> in a title widget, nested in
boxes within boxes of a hero section (a back link and the post's category and date above it, a short excerpt below),
and the text stands in the next section of the post's wrapper ("post type-post hentry"). <title> and og:title hold an
editor's search-engine title no heading shows: the <h2> is the headline."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/valley-courier-visits-the-lab/"
HEADLINE = "Valley Courier – A morning among the sample sorters"
SEO_TITLE = "Inside the Lab: How Samples Are Sorted"


def _box(number: str, inner: str) -> str:
    return f'<div class="pb-element pb-element-{number} pb-con pb-flex"><div class="pb-con-inner">{inner}</div></div>'


def _widget(number: str, kind: str, inner: str) -> str:
    return f'<div class="pb-element pb-element-{number} pb-widget pb-widget-{kind}">{inner}</div>'


HERO = _box("a1", _box("a2", "".join([
    _widget("b1", "button", '<a href="/press/">Back</a>'),
    _widget("b2", "post-info", '<ul><li><a href="/press/">Press</a></li><li><time>May 2, 2024</time></li></ul>'),
    _widget("b3", "theme-post-title", f'<h2 class="pb-heading-title"><a href="{URL}">{HEADLINE}</a></h2>'),
    _widget("b4", "theme-post-excerpt", "<p>Valley Courier, 2 May 2024, by a staff writer.</p>"),
])))
TEXT = _box("c1", _widget("c2", "theme-post-content",
                          "<p>A reporter spent a morning with the team that sorts the samples and wrote about the new "
                          "machines that arrived in spring, and about the two night shifts the lab added.</p>"
                          "<p>The article closes on the plans for a second building next year.</p>"))
RELATED = _box("d1", '<h2 class="pb-heading-title">Related Content</h2>'
                     '<p><a href="/other-post/">Another post about the lab and its neighbours</a></p>')
PAGE = (f'<html lang="en"><head><title>{SEO_TITLE} | Lab Example</title>'
        f'<meta property="og:title" content="{SEO_TITLE} | Lab Example"><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-05-02T09:00:00+00:00"></head><body>'
        '<header><a href="/">Lab Example</a><nav><a href="/press/">Press</a></nav></header>'
        f'<div class="pb pb-location-single post-5 post type-post hentry category-press">{HERO}{TEXT}{RELATED}</div>'
        '<footer><p>Lab Example Ltd, Mill Road 4</p></footer></body></html>')


def test_a_theme_builders_title_widget_heading_is_the_headline():
    """Fails before: the text stands four boxes up from the <h2>, further than a headline's text was looked for, and
    the search-engine title was taken."""
    assert extract_article(PAGE, URL).title == HEADLINE
