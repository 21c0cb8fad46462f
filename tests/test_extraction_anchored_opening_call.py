"""A post whose Markdown opens on a call set as a linked subheading ("#### [Watch it live on Wednesday](...)", the
generator's anchor id="watch-it-live-on-wednesday") over its paragraphs keeps that line as its first. A linked heading
without such an anchor above the text (a theme's link to another story) stays out, and so does one of two."""
from news_archive.pipelines.extraction import extract_article

URL = "http://crew.example/blog/2019/04/18/breakfast-live/"
TITLE = "Join our breakfast meeting on the way to work"
TEXT = ("<p>Many have shown interest in the breakfast meeting but cannot be there, so we will stream it live. We will "
        "talk about how we recruit, then hear from employers and candidates about working with us.</p>"
        "<p>See you there!</p>")
CALL = "Watch it live on Wednesday at 07.15"


def post(content: str) -> str:
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Crew - {TITLE}</title></head><body>
<nav><a href="/">Crew</a> <a href="/blog/">Blog</a> <a href="/about-us/">About us</a></nav>
<div class="post"><header class="post-header"><h1 class="post-title">{TITLE}</h1>
<p class="post-meta">Apr 18, 2019</p></header>
<article class="post-content"><p><img src="/img/live.png" alt="live"></p>{content}</article></div>
<footer><p>&copy; 2019 Crew</p></footer></body></html>"""


def test_an_anchored_linked_call_opening_the_post_stays():
    """Fails before: the linked line above the first paragraph was dropped as a link line or kicker."""
    call = f'<h4 id="watch-it-live-on-wednesday-at-0715"><a href="https://video.example/crew/">{CALL}</a></h4>'
    body = extract_article(post(call + TEXT), URL).body
    assert body.startswith(CALL)
    assert body.endswith("See you there!")


def test_an_unanchored_linked_heading_or_two_calls_above_the_text_stay_out():
    other = '<h4><a href="/blog/2019/04/01/first-day/">First day at a new job: what to bring</a></h4>'
    two = ''.join(f'<h4 id="call-number-{n}"><a href="/page-{n}/">Call number {n}</a></h4>' for n in (1, 2))
    for above in (other, two):
        body = extract_article(post(above + TEXT), URL).body
        assert body.startswith("Many have shown interest"), above
