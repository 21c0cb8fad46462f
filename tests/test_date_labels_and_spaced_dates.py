"""A publication date labelled in its own cell beats a bare "date" tag that is the page's last change; a date line
spacing its parts with bars or middle dots ("26 | 01 | 2022") is a date."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://aid-union.example/press/new-chair-elected-4f2a"
TEXT = "".join(f"<p>The members chose a new chair for the union's board at the autumn meeting, item {n} of the "
               f"agenda, and thanked the one stepping down for her years of work at the head of the union and its "
               f"regional branches.</p>" for n in range(1, 5))


def press_release(facts: str, meta_day: str = "2021-10-15") -> str:
    """A press release: headline and text, then its facts in a definition list (each label and value an element
    of its own, the whole too long to be one line), and the page's last change noted at the foot; the bare "date" tag holds the last change's day."""
    return (f"<html><head><title>New chair elected</title><meta name='date' content='{meta_day}'></head><body>"
            f"<main><article><h1>New chair elected</h1>{TEXT}<dl class='facts'>{facts}<dt>Issued by:</dt>"
            f"<dd>The union's press office, Harbour Road 13, 10117 Portsville; phone +49 30 284447-42; write to "
            f"press@aid-union.example for pictures and interviews</dd></dl></article></main>"
            f"<footer><p>Last modified on: 15.10.2021</p></footer></body></html>")


@pytest.mark.parametrize("label", ["Published on:", "Erschienen am:", "Publicerad:"])
def test_a_publication_date_in_the_cell_after_its_label_beats_a_date_tag_of_the_last_change(label):
    # Fails before (2021-10-15): the label and the date were two texts, so no labelled date was read, and the bare
    # "date" tag, the day of the last change, stood.
    page = extract_article(press_release(f"<dt>{label}</dt><dd>13.10.2021</dd>"), URL)
    assert page.published[:10] == "2021-10-13"


@pytest.mark.parametrize("line", ["26 | 01 | 2022", "26 · 01 · 2022", "26|01|2022"])
def test_a_date_line_spaced_with_bars_or_dots_is_the_date(line):
    # Fails before (no date): only dots, slashes and hyphens joined a date's numbers.
    html = (f"<html><head><title>Winter pike</title></head><body><article><h1>Winter pike on the lake</h1>"
            f"<div class='meta'><span>{line}</span> <span>Lakes | Practice</span></div>{TEXT}</article></body></html>")
    assert extract_article(html, "https://anglers.example/de/winter-pike--1026").published[:10] == "2022-01-26"


def test_page_numbers_spaced_with_bars_are_no_date():
    html = (f"<html><head><title>Winter pike</title></head><body><article><h1>Winter pike on the lake</h1>"
            f"{TEXT}<p class='pages'>Page 2 | 3 | 2022 results</p></article></body></html>")
    assert extract_article(html, "https://anglers.example/de/winter-pike--1026").published is None
