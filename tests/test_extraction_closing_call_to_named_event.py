"""A post closing on the writer's call to what it names after a colon ("Don't forget to check out our latest event:
Spring hack night"), with no full stop, keeps that line: a sentence announcing what it names, not a credit or a
sign-off, whose label before its colon is a word or a few ("Photo: Ada Berg")."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://hackclub.example/news/hello-world/"
PARAGRAPH = ("Hello and welcome to the new site of our club, where you can read about our meetings, our events and "
             "what we learn along the way. Tell one of us if something on it does not work.")


def _page(closing: str) -> str:
    # A static generator's post: the headline linking the post, the stamp under it, the site's events beside it.
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hello world! | Hack Club</title>
</head><body><nav><a href="/">Hack Club</a> <a href="/news/">News</a></nav>
<main><div class="post"><h1><a href="/news/hello-world/">Hello world!</a></h1>
<h5 class="post-date">Posted in news on 2017-01-18 14:02:57</h5><p>{PARAGRAPH}</p>{closing}</div></main>
<aside><h3>Events</h3><ul><li><a href="/events/spring-hack-night/">Spring hack night</a></li></ul></aside>
</body></html>"""


@pytest.mark.parametrize("call", ["Don't forget to check out our latest event: Spring hack night",
                                  "Don't miss the talk at our next meeting: Reading old firmware"])
def test_a_call_naming_its_event_after_a_colon_closes_the_text(call):
    # Fails before: the line, short and with no full stop, was trimmed as a sign-off under the text.
    body = extract_article(_page(f"<p>{call}</p><p>// Crew</p>"), URL).body.split("\n\n")
    assert body[:2] == [PARAGRAPH, call]

