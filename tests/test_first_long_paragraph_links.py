"""Where a post's text opens: its first paragraph of prose long enough to say something. A first <p> that is mostly
links ("Read also: <a>..</a>, <a>..</a>, <a>..</a>", a row of tags written as one paragraph) is long enough but is no
prose: the text opens at the paragraph after it. A long paragraph with a link or two in its sentences opens it."""
from __future__ import annotations

import lxml.html

from news_archive.pipelines.extraction.blocks import linearise
from news_archive.pipelines.extraction.prose_lines import first_long_paragraph

LINKED = ("<p>Read also: <a href='/a/'>the first report of the working group on open data</a>, "
          "<a href='/b/'>the minutes of the spring meeting at the institute</a>, <a href='/c/'>our earlier posts</a>"
          "</p>")
PROSE = ("<p>The institute opened its archive of measurements to everybody on Thursday, and more than two hundred "
         "researchers came to <a href='/day/'>the open data day</a> to learn how to publish their own data.</p>")


def _texts(html: str) -> list[str]:
    blocks = linearise(lxml.html.fromstring(f"<html><body><main>{html}</main></body></html>"))
    opened = first_long_paragraph(blocks)
    return [] if opened is None else [blocks[opened].text]


def test_a_link_heavy_first_paragraph_is_not_where_the_text_opens():
    """Pins the meaning the opening readers share (prose_lines.first_long_paragraph): no behaviour change."""
    assert _texts(LINKED + PROSE)[0].startswith("The institute opened its archive")


def test_a_long_paragraph_with_a_link_in_its_sentence_opens_the_text():
    assert _texts(PROSE + LINKED)[0].startswith("The institute opened its archive")


def test_links_alone_open_no_text():
    assert _texts(LINKED) == []
