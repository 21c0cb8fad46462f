"""A story under a full date line whose text names a day without its year ("published in the November 1 issue of
...") or closes on a stamp typed with a slip ("[posted March 28th,, 2011]"): the date line dates the story, never that
day given the crawl's year. A day without its year dates a page only where nothing else does, and never after the
crawl."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://biology.example/story-2007-3409-coloured-neurons.html"
FETCHED = "2026-12-06T05:00:00+00:00"
WRITERS = ", ".join(f"\n        {name}" for name in (
    "Ann Archer", "Bo Berglund", "Cai Chen", "Dora Dunst", "Emil Eklund", "Fay Fischer", "Gus Gray"))
TEXT = [
    "For a century the stain that shows a few nerve cells whole has been how the brain's wiring was drawn, in one "
    "colour only, so that where many cells are stained their branches can no longer be told apart.",
    "{sentence}",
    "The method should help draw the wiring of whole circuits, and show how it forms and how it fails in disease.",
]


def _story(byline: str, sentence: str, after: str = "", date_line: str = "<p>November 28, 2007</p>") -> str:
    text = "".join(f"<p>\n    {p.format(sentence=sentence)}</p>" for p in TEXT)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Coloured Neurons Map the Brain - Biology - News Archives</title></head><body>
<div class="container"><p><a href="news_year_2007.html">&lt;&lt; Older story</a></p>
<div class="row"><div class="col-12">
  <p><a href="index.html">News Archives</a> : <a href="news_year_2007.html">2007</a> : Coloured Neurons Map the Brain</p>
  <h2 class="title">Coloured Neurons Map the Brain</h2>
  <p>by {byline}
  </p>
  {date_line}
</div>
<!-- start: story content --><div class="col-12 text-left">{text}{after}</div></div></div>
<div class="container"><div class="col-12">Copyright the University. Created September 2018.</div></div>
</body></html>"""


@pytest.mark.parametrize("byline", [WRITERS, "\n        Ann Archer"])
def test_a_journal_issues_day_in_the_text_yields_to_the_date_line(byline):
    """Fails before: "published in the November 1 issue", given the crawl's year, dated the story 2026-11-01: under
    a byline of seven writers, longer than a short line, the date line was no byline's; under a short one, the label
    stood after too few words to be a sentence's."""
    html = _story(byline, "In a paper published in the November 1 issue of the journal, we show mice whose nerve "
                          "cells each shine in a colour of their own.")
    assert extract_article(html, URL, fetched_at=FETCHED).published == "2007-11-28"


def test_a_closing_stamp_typed_with_a_slip_is_read_whole():
    """Fails before: the doubled comma hid the stamp's year, and its day took the crawl's: 2026-03-28."""
    stamp = "<p class='smaller'><span class='Caption'><em>[posted March 28th,, 2011]</em></span></p>"
    sentence = "The lecture will be given in the north building at noon."
    html = _story("\n        Ann Archer", sentence, after=stamp, date_line="<p>March 28, 2011</p>")
    assert extract_article(html, URL, fetched_at=FETCHED).published == "2011-03-28"
    # Without the date line the stamp alone dates the story, its year read past the slip.
    bare = _story("\n        Ann Archer", sentence, after=stamp, date_line="")
    assert extract_article(bare, URL, fetched_at=FETCHED).published == "2011-03-28"


def test_a_day_without_its_year_dates_a_story_with_no_date_line_but_never_after_the_crawl():
    stamp = "<p class='smaller'>[posted March 28th]</p>"
    html = _story("\n        Ann Archer", "The lecture will be given at noon.", after=stamp, date_line="")
    assert extract_article(html, URL, fetched_at=FETCHED).published == "2026-03-28"
    # The address's month makes "December 20" a day after the crawl (fetched December 6): an event's, no publication.
    later = html.replace("March 28th", "December 20th")
    published = extract_article(later, "https://biology.example/2026/12/coloured-neurons.html",
                                fetched_at=FETCHED).published
    assert published != "2026-12-20"
