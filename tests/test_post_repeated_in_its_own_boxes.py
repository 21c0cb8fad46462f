"""A post its CMS shows again in several boxes of its own page (a promoted post in each of its display modes, each an
<article> under a headline linking to the page itself) is that post, no listing of other pages."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.hints import names_furniture

_URL = "https://network.example/news/2019-seed-grant-call/"
_TEXT = ("<p>We are glad to open the call for the 2019 seed grants, which fund one year of pilot work by members who "
         "are early in their research careers.</p>"
         "<div class='infobox'><strong>Letters of intent are due March 1</strong> and full proposals April 15, both "
         "sent by mail to the program office.</div><h4>Who may apply:</h4><ul>"
         "<li>Members of the network who have not yet led a large grant of their own.</li>"
         "<li>Teams of two or three members from different sites, one of whom leads the proposal.</li></ul>")


def _promoted_box(mode: str) -> str:
    """The post in one display mode: its headline linking to its own address without the trailing slash."""
    return (f"<div class='block block-{mode}'><div class='block-content'>"
            f"<article data-node-id='71' class='node node--type-news node--promoted node--view-mode-{mode}'>"
            "<h2><a href='/news/2019-seed-grant-call' rel='bookmark'><span class='field--name-title'>2019 Seed Grant "
            "Call</span></a></h2><footer class='node__meta'><div class='node__submitted'>Submitted by editor on "
            "<time datetime='2019-01-10T10:00:00-05:00'>Thu, 01/10/2019 - 10:00</time></div></footer>"
            "<div class='node__content'>" + _TEXT + "</div></article></div></div>")


def _page() -> str:
    return ("<html lang='en'><head><title>2019 Seed Grant Call | Care Research Network</title></head><body>"
            "<div id='page'><section class='highlighted'>" + _promoted_box("highlighted-title") + "</section>"
            "<section class='preface'>" + _promoted_box("study-links") + "</section>"
            "<section class='content'><div class='region-content'><div class='node node--type-news "
            "node--view-mode-full'><div class='news-metadata'><div class='field--name-node-post-date'>January 10, "
            "2019</div></div><div class='field--name-body'>" + _TEXT + "</div></div></div>"
            "<div class='region-sidebar-second'><h2>Announcements</h2><div class='view-content'>"
            "<div class='views-row'><a href='/news/new-training-grant'>New training grant</a></div>"
            "<div class='views-row'><a href='/news/webinar-on-methods'>Webinar on methods</a></div></div></div>"
            "</section><section class='postscript'>" + _promoted_box("study-details")
            + _promoted_box("study-data-requests") + "</section></div></body></html>")


def test_a_post_shown_again_in_its_own_boxes_is_that_post():
    """Fails before: "listing: 4 linked headlines over short teasers", the post not stored."""
    found = extract_article(_page(), _URL, listed_as_article=True)
    assert found.page_type == "article", found.page_reason
    assert found.published[:10] == "2019-01-10"
    assert "glad to open the call" in found.body


def test_a_listing_of_other_posts_stays_a_listing():
    page = ("<html lang='en'><head><title>News | Care Research Network</title></head><body><main>"
            + "".join(f"<article class='node node--type-news node--view-mode-teaser'><h2><a href='/news/post-{n}'>"
                      f"Post number {n} of the network</a></h2><p>A short excerpt of post {n}, cut after a line.</p>"
                      "</article>" for n in range(1, 6)) + "</main></body></html>")
    assert extract_article(page, "https://network.example/news/").page_type == "listing"


_SHORT_TEXT = ("<p>The river fund would like to share a call on behalf of the</p><p>Delta Trials Network (DTN):</p>"
               "<p>DTN seeks a team of investigators to join a funded project on pooling the records of its member "
               "clinics, which four of them have begun already; a fifth clinic is wanted for the two years left, and "
               "the fund pays its share of the work.</p><p>Letters are due by the end of June.</p>")
_LINKED_LINE = "<p><a href='https://institute.example/plan-2024'>The Institute's research plan for 2024 to 2028</a></p>"


def _page_with_side_columns(text: str, headline: str = "2019 Seed Grant Call") -> str:
    """The post in the CMS's full view inside the main column, whose layout classes say it has a second sidebar
    (Omega's BEM modifiers), and promoted again, under its linked headline, in the regions above and below and in
    that sidebar beside it."""
    subtitle = f"<div class='field--name-field-subtitle'>{headline}</div>"
    box = (_promoted_box("highlighted-title").replace(_TEXT, subtitle + text)
           .replace("2019 Seed Grant Call</span>", f"{headline}</span>"))
    below = box.replace("highlighted-title", "study-details") + box.replace("highlighted-title", "study-links")
    return ("<html lang='en'><head><title>" + headline + " | Care Research Network of the Western States</title>"
            "</head><body><div id='page' class='with--header with--highlighted with--sidebar-second'>"
            "<section class='highlighted'>" + box + "</section>"
            "<section class='content-outer'><div id='main-layout' class='main-layout with--content "
            "without--sidebar-first with--sidebar-second'><div class='region-content'><div class='node "
            "node--type-news node--view-mode-full'>" + subtitle + "<div class='news-metadata'>"
            "<div class='field--name-node-post-date'>January 10, 2019</div></div><div class='field--name-body'>"
            + text + "</div></div></div>"
            "<div class='region region-sidebar-second'>" + box.replace("highlighted-title", "sidebar-second")
            + "</div></div></section><section class='postscript'>" + below + "</section></div></body></html>")


@pytest.mark.parametrize("classes, furniture", [
    ("main-layout with--content without--sidebar-first with--sidebar-second inner-wrapper", False),
    ("content-area has-sidebar", False), ("site-main no-sidebar", False), ("page without--footer", False),
    ("region region-sidebar-second", True), ("sidebar-right", True), ("site-footer", True),
])
def test_layout_classes_saying_a_column_has_a_sidebar_name_no_furniture(classes, furniture):
    """Fails before for the first four: the main column's "with--sidebar-second" (what it stands beside) read as a
    sidebar's class, which dropped the post's full view wherever the page's densest text stood elsewhere (a CMS's
    promoted copy of the post above it)."""
    assert names_furniture(classes) is furniture


def test_a_main_column_classed_with_a_sidebar_keeps_the_post():
    """A one-line post shown in the main column and promoted in the boxes around it is stored with its line."""
    found = extract_article(_page_with_side_columns(_LINKED_LINE), _URL, listed_as_article=True)
    assert found.page_type == "article", found.page_reason
    assert found.body == "The Institute's research plan for 2024 to 2028"


def test_a_post_repeated_in_a_sidebar_keeps_its_short_lines():
    """Fails before: the sidebar's copy of the post made its short lines the sidebar's furniture, cut from the text
    wherever shown (the body began at its third paragraph)."""
    found = extract_article(_page_with_side_columns(_SHORT_TEXT), _URL, listed_as_article=True)
    assert found.body.startswith("The river fund would like to share a call on behalf of the\n\n"
                                 "Delta Trials Network (DTN):\n\nDTN seeks"), found.body[:200]
    assert found.body.endswith("Letters are due by the end of June.")


def test_a_headline_shorter_than_an_unknown_site_name_is_the_one_its_permalink_heading_shows():
    """Fails before: the title was "Care Research Network of the Western States", the longer piece of <title> taken
    for the headline, and the page called an empty shell."""
    found = extract_article(_page_with_side_columns(_LINKED_LINE, "A New Plan"), _URL, listed_as_article=True)
    assert found.title == "A New Plan"
    assert found.page_type == "article", found.page_reason
