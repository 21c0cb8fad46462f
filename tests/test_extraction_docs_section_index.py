"""A documentation section's page: undated, typed a website in its Open Graph markup, a short introduction over a
section index of its two sub-pages, each a linked headline over a one-line teaser. A listing of the site's sections
links it where the crawl looks for articles; it is a section's index, not news, while an undated post typed a website
that the site lists, with no such index, stays an article."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://rails.example/en/docs/track-wiki/"
INTRO = ("<p>This wiki is meant to help the engineers of the project gain a deep understanding of how the tracks and "
         "their stations work together.</p><p><strong>It only grows when someone adds what is missing, so add what "
         "you know.</strong></p>")
INDEX = ("<div class='section-index'><hr><div class='entry'><h5><a href='/en/docs/track-wiki/glossary/'>Glossary</a>"
         "</h5><p>Words of the project and of the tracks</p></div><div class='entry'><h5><a "
         "href='/en/docs/track-wiki/signals/'>Signals</a></h5><p>Lights, blocks and the spacing of the trains</p></div>"
         "</div>")


def _page(text: str, title: str = "Track Wiki") -> str:
    return ("<html lang='en'><head><title>" + title + " | Rails</title><meta property='og:type' content='website'>"
            "<meta property='og:title' content='" + title + "'></head><body><nav class='sidebar'><ul><li><a "
            "href='/en/docs/'>Documentation</a></li><li><a href='/en/blog/'>Blog</a></li></ul></nav><main "
            "role='main'><nav class='breadcrumbs'><a href='/en/docs/'>Documentation</a></nav><div class='content'><h1>"
            + title + "</h1><div class='lead'>A wiki of the tracks</div>" + text + "</div></main></body></html>")


def test_an_undated_section_index_typed_a_website_is_no_article():
    """Fails before: ("article", "listed by the site as an article"), the section's index stored as news."""
    found = extract_article(_page(INTRO + INDEX), URL, listed_as_article=True)
    assert found.page_type == "listing", found.page_reason


def test_an_undated_listed_post_typed_a_website_without_an_index_stays_an_article():
    found = extract_article(_page(INTRO), "https://rails.example/en/blog/new-station/", listed_as_article=True)
    assert found.page_type == "article", found.page_reason
