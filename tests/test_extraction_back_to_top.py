"""A back-to-top control a theme sets inside <main> after the post ("Back to top", "Till toppen", "Nach oben") is no
line of the post, known by its markup whatever its words; a link to the top set in the writer's sentence stays."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from recall_pages import PARAGRAPHS, TITLE, URL, page, paragraphs, site_page


def _main_with(after: str) -> str:
    """A static-site page whose paragraphs stand right in <main>, the control after them."""
    return site_page(f"<header><h1>{TITLE}</h1><p class='date'>Published 14 May 2024</p></header>"
                     f"<main id='document-content'>{paragraphs(PARAGRAPHS)}{after}"
                     "<div class='appendix'><h2>Reuse</h2><a rel='license' href='/licence/'>Open licence</a></div>"
                     "</main>")


def test_a_button_scrolling_the_window_to_its_top_goes():
    control = ("<a onclick='window.scrollTo(0, 0); return false;' role='button' id='doc-back-to-top'>"
               "<i class='icon-arrow-up'></i> Back to top</a>")
    result = extract_article(_main_with(control), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_a_control_known_by_its_script_alone_goes_in_any_language():
    control = "<a role='button' onclick=\"window.scrollTo({top: 0, behavior: 'smooth'})\">Retour en haut</a>"
    result = extract_article(_main_with(control), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_a_button_in_a_wrapper_named_to_top_goes_in_any_language():
    control = "<div class='scroll-to-top'><button type='button'>Till toppen</button></div>"
    result = extract_article(_main_with(control), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_a_link_to_the_pages_top_element_goes():
    """The link leads to the element the page opens with, before any text it shows."""
    html = _main_with("<a href='#site-start'>Nach oben</a>").replace("<body>", "<body><span id='site-start'></span>")
    result = extract_article(html, URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_a_lone_link_to_a_part_of_the_page_stays():
    """A link to a part further down (a section the writer points to) leads nowhere near the top."""
    html = _main_with("<p><a href='#winter'>Winter times</a></p><h2 id='winter'>Winter times</h2>"
                      "<p>The winter crossings run twice a day from October until the ice closes the sound.</p>")
    result = extract_article(html, URL)
    assert "Winter times" in result.body.split("\n\n")


def test_a_link_to_the_top_in_the_writers_sentence_stays():
    line = "<p>The winter times are in <a href='#top'>the summary</a> at the start of this notice.</p>"
    result = extract_article(page(paragraphs(PARAGRAPHS) + line), URL)
    assert result.body.split("\n\n")[-1] == "The winter times are in the summary at the start of this notice."
