"""A heading's permalink mark ("¶", "#", a link emoji) is no word of the headline or of a subheading."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://docs.site.example/news/new-lab-opens/"


def _paragraphs(part: str) -> str:
    return "".join(f"<p>Part {part}, paragraph {n}: the new lab opens its doors to visiting researchers this spring "
                   f"and shares its instruments.</p>" for n in range(1, 4))


@pytest.mark.parametrize("mark", [
    "<a class='headerlink' href='#{id}' title='Link to this heading'>¶</a>",
    "<a class='anchor' href='#{id}' aria-hidden='true'>#</a>",
    "<a href='#{id}'><span>\N{LINK SYMBOL}</span></a>",
])
def test_permalink_marks_leave_headline_and_subheadings(mark):
    """Fails before: the title read "New lab opens¶" and the subheading "Instruments ¶"."""
    html = (f"<html><head><title>Docs site</title></head><body><main><section id='new-lab-opens'>"
            f"<h1>New lab opens{mark.format(id='new-lab-opens')}</h1><p class='date'>4 March 2024</p>"
            f"{_paragraphs('one')}<section id='instruments'><h2>Instruments {mark.format(id='instruments')}</h2>"
            f"{_paragraphs('two')}</section></section></main></body></html>")
    found = extract_article(html, URL)
    assert found.title == "New lab opens"
    assert "\n\nInstruments\n\n" in found.body


def test_a_heading_whose_words_link_to_itself_keeps_its_words():
    """Guards the rule: only a mark without a letter or digit goes, not the linked words of the heading."""
    html = (f"<html><head><title>Docs site</title></head><body><main><h1>New lab opens</h1>"
            f"<p class='date'>4 March 2024</p>{_paragraphs('one')}<h2 id='instruments'>"
            f"<a href='#instruments'>Instruments</a></h2>{_paragraphs('two')}</main></body></html>")
    assert "\n\nInstruments\n\n" in extract_article(html, URL).body
