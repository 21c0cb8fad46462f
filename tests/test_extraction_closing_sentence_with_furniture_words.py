"""A post's last line that is a short sentence of the writer's ending on a link, unpunctuated, stays in its text even
when it holds words a site's furniture uses ("contact us", "read more"): "You may also contact us by <a>email</a>",
"Read more and register at <a>the conference</a>". A prompt saying the furniture phrase and little else goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://agency.example/news/items/open-data-day/"
TITLE = "Open data day for developers"
TEXT = ("The agency invites developers, researchers and service providers to a day about its open data interfaces, "
        "with short talks from the teams behind them and time for questions on how to use them in new services.")
SECOND = ("The day is free of charge and open to everyone, whether you already use the interfaces or have only just "
          "heard of them, and the talks are recorded for those who cannot come.")


def page(closing: str) -> str:
    """A post in a documentation theme's <main>: headline, date line, the text, then a share box and a pager."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Agency</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-02T00:00:00+00:00">
</head><body><header><nav><a href="/">Agency</a><a href="/docs/">Docs</a><a href="/news/">News</a></nav></header>
<div class="container"><main class="col content"><h1>{TITLE}</h1>
<div class="byline"><time datetime="2021-03-02">2021-03-02</time></div>
<p><strong>{TEXT}</strong></p><p>{SECOND}</p>
<p><strong>Welcome!</strong></p>{closing}
<section class="social-share"><h6>Share the article</h6><ul>
<li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li></ul></section>
<ul class="pager"><li><a href="/news/items/earlier/">Previous</a></li></ul></main></div>
<footer><p>The agency, Street 1, Town</p></footer></body></html>"""


@pytest.mark.parametrize("closing, last", [
    ('<p><strong>It is also fine to contact us by <a href="mailto:team@agency.example">email</a></strong></p>',
     "It is also fine to contact us by email"),
    ('<p><strong>Read more and register for the day at <a href="https://conference.example/programme/">the '
     'conference</a></strong></p>', "Read more and register for the day at the conference"),
])
def test_a_closing_sentence_with_furniture_words_stays(closing, last):
    """Fails before: the line held a furniture phrase, so it was no closing link line, and short and unpunctuated it
    was trimmed as a sign-off: the post lost its last line."""
    body = extract_article(page(closing), URL).body
    assert body.endswith(last)
    assert body.startswith(TEXT[:40])


@pytest.mark.parametrize("closing", [
    '<p>Follow us on <a href="https://mastodon.example/@agency">Mastodon</a></p>',
    '<p>Contact us <a href="mailto:team@agency.example">here</a></p>',
])
def test_a_furniture_prompt_after_the_text_goes(closing):
    body = extract_article(page(closing), URL).body
    assert body.endswith("Welcome!")
