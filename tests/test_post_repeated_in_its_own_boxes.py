"""A post its CMS shows again in several boxes of its own page (a promoted post in each of its display modes, each an
<article> under a headline linking to the page itself) is that post, no listing of other pages."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

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
