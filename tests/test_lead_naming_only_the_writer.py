"""A description naming only the post's writer or a press release's label says nothing of the text: no lead.

Jekyll themes describe a post by its excerpt, the first paragraph of its text; a post opening on its byline ("by:
Maria Lind") got that byline as its lead, and a press release its "FOR IMMEDIATE RELEASE:" label.
"""
from __future__ import annotations

import pytest

from pipelines.extraction import extract_article

URL = "https://school.example/blog/2016/09/27/bootcamp-opens/"
OPENING = ("The makerspace opened its first evening course for adults this week, with twelve students building "
           "their own weather stations.")
TEXT = [OPENING, "Each student solders a sensor board, writes the code that reads it and puts the readings online.",
        "The next course starts in February, and applications are open until the end of the year."]


def post(description: str, opening_line: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evening course opens</title>'
            f'<meta property="og:description" content="{description}"></head><body>'
            f'<nav><a href="/">Home</a><a href="/blog/">Blog</a></nav><div class="container"><div class="blog-post">'
            f'<h1 class="blog-post-title">Evening course opens</h1><p class="blog-post-meta">Sep 27, 2016</p>'
            f'<p>{opening_line}</p>{paragraphs}</div></div><footer><p>Makers Hall, 12 Main Street</p></footer>'
            f'</body></html>')


@pytest.mark.parametrize("description, opening_line", [
    ("by: Maria Lind", "by: Maria Lind"),
    ("by Maria Lind", "by Maria Lind"),
    ("Guest post by: Ola Berg", 'Guest post by: <a href="https://blog.example/@ola">Ola Berg</a>'),
    ("by Ola Berg, Co-Founder, Makers Hall", 'by <a href="https://social.example/ola">Ola Berg</a>, Co-Founder, '
                                              'Makers Hall'),
    ("FOR IMMEDIATE RELEASE:", "FOR IMMEDIATE RELEASE:"),
])
def test_a_description_naming_only_the_writer_or_a_label_is_no_lead(description, opening_line):
    """Fails before: the lead was the byline ("by: Maria Lind") or the release's label."""
    assert extract_article(post(description, opening_line), URL).lead == OPENING


def test_a_description_saying_something_stays_the_lead():
    said = "Twelve adults built weather stations in the first evening course, by the makerspace's own teachers."
    assert extract_article(post(said, "by Maria Lind"), URL).lead == said
