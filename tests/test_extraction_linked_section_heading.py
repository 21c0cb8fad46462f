"""A text whose generator wraps each heading and its paragraphs in a <section> (Quarto, Pandoc): a section whose
heading is a link ("Sign up now for free!") over a short paragraph is the text's, not a teaser card of another page."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lanterns.example.org/posts/spring-fair/"
PARAGRAPH = ("The lantern makers of the valley met again this spring to compare their glass, their wicks and their "
             "patience, and the evening in the old mill ran long, part {n}.")


def _section(anchor: str, heading: str, *paragraphs: str, level: int = 2) -> str:
    return (f"<section id='{anchor}' class='level{level}'><h{level} class='anchored'>{heading}</h{level}>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</section>")


def _post(*sections: str, after: str = "") -> str:
    return ("<html lang='en'><head><title>Spring fair of the lantern makers</title>"
            "<meta property='og:type' content='article'></head><body>"
            "<header id='title-block-header'><h1 class='title'>Spring fair of the lantern makers</h1>"
            "<p class='date'>April 30, 2024</p></header>"
            f"<main id='document-content'><p>{PARAGRAPH.format(n=0)}</p>{''.join(sections)}</main>{after}</body></html>")


SIGN_UP = ("If your workshop would like to help the fair you can do so through <a href='https://give.example.org/'>"
           "this page</a>. Be sure to follow the fair's <a href='https://lanterns.example.org/journal/'>journal</a>.")


def test_a_closing_section_under_a_linked_heading_is_the_texts_last():
    """Fails before: the paragraph under "Sign up now for free!" was dropped as a teaser card's excerpt, and the
    text ended on the bare heading."""
    found = extract_article(_post(
        _section("wicks", "Wicks and oils", PARAGRAPH.format(n=1), PARAGRAPH.format(n=2)),
        _section("glass", "Coloured glass", PARAGRAPH.format(n=3)),
        _section("sign-up", "<a href='https://tickets.example.org/fair'>Sign up now for free!</a>", SIGN_UP)), URL)
    assert found.body.endswith("Be sure to follow the fair's journal.")


def test_a_section_under_a_linked_heading_amid_the_text_keeps_its_paragraph():
    """Fails before: the paragraph opening the text under a linked heading ("Join the mailing list!") was lost."""
    opening = ("The recent meeting of the guild brought together around fifty makers to talk about what a safe "
               "lantern is, and which tests a workshop should run before the fair.")
    found = extract_article(_post(
        _section("join", "<a href='https://lists.example.org/guild'>Join the guild's mailing list!</a>", opening,
                 level=3),
        _section("insights", "What we heard", PARAGRAPH.format(n=1), PARAGRAPH.format(n=2))), URL)
    assert opening in found.body


def test_teaser_cards_after_the_text_are_still_left_out():
    """Cards of other posts stand among cards, not among the text's sections: their excerpts stay out."""
    cards = "".join(f"<div class='card'><h3><a href='/posts/other-{n}/'>Another fair number {n}</a></h3>"
                    f"<p>A few words about fair number {n} and its many lanterns.</p></div>" for n in range(3))
    found = extract_article(_post(
        _section("wicks", "Wicks and oils", PARAGRAPH.format(n=1), PARAGRAPH.format(n=2)),
        after=f"<aside class='related'><h2>More fairs</h2><div class='cards'>{cards}</div></aside>"), URL)
    assert "A few words about fair number" not in found.body

