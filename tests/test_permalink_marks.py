"""A heading's permalink mark ("¶", "#", a link emoji) is no word of the headline or of a subheading, and a note's
link back to its citation ("↩") no word of the note."""
from __future__ import annotations

import pytest

from lxml import html as lhtml

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.permalinks import drop_permalink_marks

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


# How Markdown generators pair a citation and its note, each linking to the other's id: Python-Markdown and Hugo
# (the id on a <sup> around the citing link), pandoc (the id on the citing link itself).
@pytest.mark.parametrize("cite, back", [
    ("<sup id='fnref:{n}'><a class='footnote-ref' href='#fn:{n}'>{n}</a></sup>",
     "<a class='footnote-backref' href='#fnref:{n}' title='Jump back to footnote {n} in the text'>&#8617;</a>"),
    ("<a href='#fn{n}' class='footnote-ref' id='fnref{n}' role='doc-noteref'><sup>{n}</sup></a>",
     "<a href='#fnref{n}' class='footnote-back' role='doc-backlink'>↩︎</a>"),
    # a WordPress footnote plugin, the arrow in brackets of its own
    ("<sup><a href='#fn:{n}' id='fnref:{n}' class='footnote-identifier-link'>{n}</a></sup>",
     "[<a href='#fnref:{n}' class='footnote-link footnote-back-link'>&#8617;</a>]"),
])
def test_a_notes_link_back_to_its_citation_is_no_word_of_the_note(cite, back):
    """Fails before: the notes read "The station's paper logs, typed in by volunteers. ↩"."""
    def note(n: int, text: str) -> str:
        target = "fn:" if "fn:" in cite else "fn"
        return f"<li id='{target}{n}'><p>{text}&#160;{back.format(n=n)}</p></li>"
    html = (f"<html><head><title>Docs site</title></head><body><main><h1>New lab opens</h1>"
            f"<p class='date'>4 March 2024</p>{_paragraphs('one')}"
            f"<p>The archive of the old weather station goes back to 1950{cite.format(n=1)}, and the new lab reads "
            f"it all{cite.format(n=2)}.</p>"
            f"<div class='footnote'><ol>{note(1, 'The station’s paper logs, typed in by volunteers.')}"
            f"{note(2, 'Or so the lab says')}</ol></div></main></body></html>")
    body = extract_article(html, URL).body
    assert "The station’s paper logs, typed in by volunteers.\n\n" in body
    assert body.endswith("Or so the lab says")
    assert "↩" not in body and "[]" not in body


def test_an_arrow_to_the_top_or_to_a_part_that_does_not_link_back_stays():
    """Guards the rule: a "↑" to the page's top, or a "→" to a part linking nowhere, is no note's link back."""
    root = lhtml.fromstring("<html><body id='top'><main><p id='intro'>The lab opens. <a href='#top'>↑</a></p>"
                            "<p id='desk'>Front desk <a href='#intro'>→</a> <a href='#desk-hours'>→</a></p>"
                            "<p id='desk-hours'>Open weekdays <a href='#desk'>←</a></p></main></body></html>")
    drop_permalink_marks(root)
    assert [a.text for a in root.iter("a")] == ["↑", "→", "→", "←"]
