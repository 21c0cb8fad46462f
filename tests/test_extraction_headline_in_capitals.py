"""An <h1> typed in capitals whose page states the same words in the writer's own case (its <title>, og:title) is
titled in that case, "Firefly Browser Reaches Version 2.0", not "FIREFLY BROWSER REACHES VERSION 2.0"; where nothing
states it otherwise, the capitals stay."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://www.project.example/press/2005-06-01.html"
TEXT = ("MOUNTAIN VIEW, Calif. - June 1, 2005 - The Firefly project today released version 2.0 of its browser, "
        "with tabs that sleep when unused and a new way to keep passwords on the reader's own machine.")


def page(heading: str, stated: str, social: str = "") -> str:
    card = f'<meta property="og:title" content="{social}">' if social else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{stated}</title>{card}</head>
<body><div id="header"><a href="/">Firefly Project</a></div>
<div id="mainContent"><h1>{heading}</h1><p>{TEXT}</p>
<p>Version 2.0 can be downloaded from the project's site for three operating systems, in 40 languages.</p></div>
<div id="footer">Last modified June 3, 2005</div></body></html>"""


def test_a_headline_in_capitals_takes_the_stated_case():
    """Fails before: the title was the <h1>'s capitals."""
    title = extract_article(page("FIREFLY BROWSER REACHES VERSION 2.0", "Firefly Browser Reaches Version 2.0"), URL).title
    assert title == "Firefly Browser Reaches Version 2.0"


@pytest.mark.parametrize("heading, stated", [
    ("FIREFLY BROWSER REACHES VERSION 2.0", "FIREFLY BROWSER REACHES VERSION 2.0"),
    ("Firefly Browser Reaches Version 2.0", "FIREFLY BROWSER REACHES VERSION 2.0"),
])
def test_the_headline_as_shown_stays_where_no_stated_title_is_in_another_case(heading, stated):
    assert extract_article(page(heading, stated), URL).title == heading


def test_a_headline_with_every_initial_capitalised_takes_the_stated_case():
    """Fails before: the title was the <h1> a template's title-case filter retyped, "Firefly Reaches Version 2.0 In
    Forty Languages"."""
    title = extract_article(page("Firefly Reaches Version 2.0 In Forty Languages",
                                 "Firefly reaches version 2.0 in forty languages"), URL).title
    assert title == "Firefly reaches version 2.0 in forty languages"


def test_a_title_cased_headline_that_the_title_states_as_shown_stays():
    """A newsroom's headline in title case, stated so in its <title>, beside a social card in sentence case."""
    heading = "Firefly Reaches Version 2.0 In Forty Languages"
    title = extract_article(page(heading, heading, "Firefly reaches version 2.0 in forty languages"), URL).title
    assert title == heading


@pytest.mark.parametrize("heading, stated", [
    ("Firefly reaches version 2.0", "firefly reaches version 2.0"),
    ("Firefly reaches Version 2.0", "Firefly reaches version 2.0"),
])
def test_a_heading_not_retyped_word_by_word_stays(heading, stated):
    assert extract_article(page(heading, stated), URL).title == heading


def test_a_headline_a_title_filter_retyped_inside_brackets_and_joined_words_takes_the_stated_case():
    """A template's title filter (AP style) capitalises the word after an opening bracket, each part of a hyphened or
    slashed word, and puts the short words in lower case, even one the writer capitalised ("Revision A"); the bar
    title is the heading's form beside the site's name, the social card states the writer's own case.
    Fails before: the title was the <h1>, "Firefly (Beta) Release - Revision a | the Full-Text Search ..."."""
    stated = "Firefly (beta) release - Revision A | The full-text search and backup/restore update"
    heading = "Firefly (Beta) Release - Revision a | the Full-Text Search and Backup/Restore Update"
    title = extract_article(page(heading, f"{heading} - Firefly Project", stated), URL).title
    assert title == stated


@pytest.mark.parametrize("heading, stated", [
    # a longer word in lower case is no title filter's work
    ("Firefly (Beta) Release and more", "Firefly (beta) release and more"),
    # a word the heading spells otherwise than the stated title
    ("Firefly (Beta) Release - Revision B", "Firefly (beta) release - Revision A"),
])
def test_a_heading_a_title_filter_did_not_retype_stays(heading, stated):
    assert extract_article(page(heading, f"{heading} - Firefly Project", stated), URL).title == heading
