"""An <h1> of signs alone amid a post's text ("::", "* * *": a Markdown line a converter took for a heading) is no
headline: the text above it stays, where an <h1> naming something after a line or two would open the text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from test_extraction_opening_link_line import PARAGRAPHS, URL, page

OPENING = "Needed now and then for bindings, without writing every variable's name twice."
INTRO = "So the macro processor to the rescue:"
CODE = "<pre><code>#define NAME_OF(variable) #variable\n</code></pre>"
AFTER = "<p>turns any expression into a string, and the problem is solved.</p>"


@pytest.mark.parametrize("signs", ["::", "* * *", "—"])
def test_an_h1_of_signs_amid_the_text_opens_nothing(signs):
    # Fails before: the <h1> was taken for the post's headline and the text began under it.
    story = f"<p>{OPENING}</p><p>{INTRO}</p>{CODE}<h1>{signs}</h1>{AFTER}<p>{PARAGRAPHS[0]}</p>"
    body = extract_article(page(story), URL).body.split("\n\n")
    assert body[:2] == [OPENING, INTRO]
    assert body[-1] == PARAGRAPHS[0]
