"""A server-rendered React page (Gatsby): the <title> holds React's empty comment between its pieces, shown as text,
and the headline is a styled <span> (a CSS-in-JS class, no heading) above the text, whose first heading is a
subtitle. The title is the headline a reader sees, without the comment's characters."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.shared_title import stated_title

TEXT = ("<p><strong>Berlin, 2025-03-04: the stack's fifth release is out</strong></p>"
        "<p>The community finished the fifth release of the stack this week, with a new storage layer and upgrades "
        "that no longer need a maintenance window for most of the operators who run it.</p>"
        "<p>Operators can read the upgrade notes in the documentation and ask questions in the weekly call.</p>")


def _page(headline: str, subtitle: str | None) -> str:
    # React renders the page's <title> into the body, its pieces separated by an empty comment
    heading = f"<h2>{subtitle}</h2>" if subtitle else ""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'/></head><body><div id='app'>"
            "<div class='css-12ab'><a class='css-9f'><span>de</span></a> / <a class='css-9f'><span>en</span></a></div>"
            f"<main class='css-1ty'><title>{headline}<!-- --> – Cloud Stack</title><div class='css-q7'>"
            "<div class='css-9vk'><span class='css-1lc'>March 04, 2025</span></div>"
            f"<div class='css-1yz'><span class='css-nrf'>{headline}</span></div>"
            f"<div class='css-1j1'>{heading}{TEXT}</div></div></main>"
            "<footer><p>Cloud Stack, an open source project</p></footer></div></body></html>")


def test_reacts_empty_comment_in_the_title_is_no_part_of_it():
    """Fails before: stored as "Fifth release published<!-- -->"."""
    found = extract_article(_page("Fifth release published", None), "https://stack.example/announcements/release5/")
    assert found.title == "Fifth release published"
    assert stated_title(_page("Fifth release published", None)) == "Fifth release published – Cloud Stack"


def test_the_headline_shown_as_a_styled_line_beats_the_subtitle_opening_the_text():
    """Fails before: the <h2> subtitle opening the text was taken for the headline."""
    found = extract_article(_page("Fifth release published", "Storage for everyone: the stack's fifth release"),
                            "https://stack.example/announcements/release5/")
    assert found.title == "Fifth release published"
    assert "storage layer" in found.body


def test_a_stated_title_shown_only_in_a_menu_or_a_link_does_not_beat_the_opening_heading():
    page = _page("Fifth release published", "Storage for everyone: the stack's fifth release")
    linked = page.replace("<span class='css-nrf'>Fifth release published</span>",
                          "<a href='/announcements/'><span class='css-nrf'>Fifth release published</span></a>")
    found = extract_article(linked, "https://stack.example/announcements/release5/")
    assert found.title == "Storage for everyone: the stack's fifth release"


def test_of_the_stated_titles_the_one_the_line_shows_is_the_title():
    """Fails before: og:title's form, the section and site glued on without spaces, was taken whole."""
    page = _page("Fifth release published", "Storage for everyone: the stack's fifth release").replace(
        "<meta charset='utf-8'/>", "<meta charset='utf-8'/><meta property='og:title' "
        "content='Fifth release published-Newsㅣ Cloud Stack'/>")
    found = extract_article(page, "https://stack.example/announcements/release5/")
    assert found.title == "Fifth release published"
