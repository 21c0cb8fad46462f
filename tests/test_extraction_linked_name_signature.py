"""A post signed after a dash with the writer's name linked to their social profile ("– <a href=twitter.com/...>Anna
Berg</a>, Docker Captain") keeps its signature, as an unlinked one does; a dash before a link of other words
("– <a>Read more</a>") still leads away and goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://werkbank.example/blog/events/windows-workshop/"
TITLE = "Workshop: containers on Windows"
PARAGRAPHS = [
    "For the conference I prepared a workshop to get started with containers on Windows servers, three hours of "
    "hands-on exercises for people who had only used them on Linux so far.",
    "Thanks to all the attendees for the feedback. Some of you even have ideas for projects of your own, and we "
    "will see what the next few months bring.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Werkbank</title></head>
<body><header><a href="/">Werkbank</a><nav><a href="/blog/">Blog</a><a href="/contact/">Contact</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">29 March 2017</p><div class="post-text">{story}</div></article>
</main><footer><p>Werkbank GmbH, Harbour Road 5</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("line, text", [
    ("– <a href='https://twitter.com/annaberg'>Anna Berg</a>, Docker Captain", "– Anna Berg, Docker Captain"),
    ("— <a href='https://twitter.com/annaberg'>Anna Berg</a>", "— Anna Berg"),
])
def test_a_dash_signature_linking_the_writers_name_stays(line, text):
    # Fails before (the first): a closing line linking anywhere but to write or call was no line of the writer's, and
    # its link to a social profile went as the site's.
    assert body_of(TEXT + f"<p>{line}</p>") == PARAGRAPHS + [text]


def test_a_dash_before_a_link_of_other_words_still_goes():
    assert body_of(TEXT + "<p>– <a href='/blog/'>Read more posts</a></p>") == PARAGRAPHS
