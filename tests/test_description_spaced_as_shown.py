"""A generator filling the description from the post's excerpt may drop the excerpt's line ends with no space in their
place, gluing a subheading to the next sentence; the page shows the excerpt with its lines apart, and the lead is
spaced as the page shows it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.description_spacing import spaced_as_shown

_SECTIONS = [("Lantern repaired", "Volunteers replaced the glass and the brass frame over three weekends."),
             ("Boats for the season", "The rowing section lent its boats to the juniors for the whole summer."),
             ("New members", "Twelve sailors joined the club in spring, most of them from the island villages.")]


def _newsletter(description: str) -> str:
    lines = "\n".join(f"{heading}\n{text} " + "The harbour stayed calm and the evenings long. " * 8
                      for heading, text in _SECTIONS)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Newsletter spring</title>"
            f"<meta name='description' content='{description}'></head><body><header><a href='/'>Harbour Club</a>"
            "</header><article><h1>Newsletter spring</h1><time datetime='2019-06-05'>5 June 2019</time>"
            f"<p class='post__excerpt'>{lines}</p></article></body></html>")


def test_a_description_run_together_at_its_line_ends_is_spaced_as_the_page_shows_it():
    # Fails before: the lead was "Lantern repairedVolunteers replaced ...".
    glued = "Lantern repairedVolunteers replaced the glass and the brass frame over three weekends. The harbour st..."
    result = extract_article(_newsletter(glued), "https://harbour.example/2019/newsletter.html")
    assert result.lead == ("Lantern repaired Volunteers replaced the glass and the brass frame over three weekends. "
                           "The harbour st...")


def test_a_description_in_words_of_its_own_stays_as_written():
    own = "Spring news of the harbour club: the lantern, the boats and the new members in one letter."
    result = extract_article(_newsletter(own), "https://harbour.example/2019/newsletter.html")
    assert result.lead == own


def test_a_non_breaking_space_in_a_glued_description_is_one_space():
    # Fails before: the description's own non-breaking space stood beside the shown text's plain one ("10 \xa0000").
    # (The page's meta description reaches it folded; a description taken from elsewhere may not be.)
    glued = "Harbour duesThe club collected over 10\u00a0000 crowns for the new jetty."
    shown = "Harbour dues The club collected over 10 000 crowns for the new jetty. The harbour stayed calm."
    assert spaced_as_shown(glued, [shown]) == "Harbour dues The club collected over 10 000 crowns for the new jetty."
