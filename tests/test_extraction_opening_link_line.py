"""A post opening on a line linked (wholly or mostly) to another site or a document, set as a paragraph of the element
holding the text under it ("<a>The first film about it ever!</a>", "Found on <a>example.org</a>", "...<a>and this is
what came out:</a>" over a quote), keeps that line: the writer's pointer to what the post is about. A line of the
site's own above the text (its category, a share link, a line in a box of its own) still goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://notes.example/blog/2009/4/a-film-about-writing-software/"
TITLE = "A film about writing software"
PARAGRAPHS = [
    "One of the professors looking after the students is my uncle, which is how I came across the link at all.",
    "The students hand the project on from one year to the next, bugs, documents and all, which I like a lot.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    """A one-writer blog: the post's header (headline, byline) apart from a section holding its text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Notes</title></head>
<body><nav><a href="/">Notes</a> <a href="/blog/">Blog</a> <a href="/about/">About</a></nav>
<article class="blog-post"><header><h2>{TITLE}</h2>
<p class="meta">written by Kim Berg on <time datetime="2009-04-12">Sunday, April 12, 2009</time></p></header>
<section class="blog-post-body">{story}</section></article>
<footer><p>&copy; Kim Berg</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("line, shown", [
    # all of it linked, to another site: a name, no sentence
    ("<p><a href='https://films.example/archive?id=23'>The students' film</a></p>", "The students' film"),
    ("<p><a href='https://films.example/archive?id=23'>First one ever!</a></p>", "First one ever!"),
    # mostly linked: a word of the writer's before the link
    ("<p>Found on <a href='https://pictures.example/terms.php'>pictures.example</a></p>", "Found on pictures.example"),
    # a document
    ("<p><a href='/files/open-letter.pdf'>The open letter, as it was sent</a></p>", "The open letter, as it was sent"),
])
def test_an_opening_line_linked_to_another_site_stays(line, shown):
    assert body_of(line + TEXT)[:2] == [shown, PARAGRAPHS[0]]


def test_an_opening_linked_line_over_a_quote_stays():
    quote = f"<blockquote><p>{PARAGRAPHS[1]}</p></blockquote><p>So much for the figures.</p>"
    body = body_of("<p>...<a href='https://report.example/trends/friction.html'>and this is what came out:</a></p>"
                   + quote)
    assert body[:2] == ["...and this is what came out:", PARAGRAPHS[1]]


@pytest.mark.parametrize("line", [
    "<p><a href='/blog/categories/films/'>Films and videos</a></p>",  # the site's own category
    "<p><a href='https://twitter.com/share?url=x'>Share this post now</a></p>",  # a social network
    "<p><a href='https://films.example/'>Video</a></p>",  # one word: a label
])
def test_the_sites_own_lines_opening_the_text_go(line):
    assert body_of(line + TEXT)[0] == PARAGRAPHS[0]


def test_a_linked_line_in_a_box_of_its_own_goes():
    box = "<div class='sponsor'><p><a href='https://sponsor.example/offer'>Our sponsor's spring offer</a></p></div>"
    assert body_of(box + TEXT)[0] == PARAGRAPHS[0]


def test_a_post_of_a_linked_line_over_a_code_block_keeps_the_line():
    """A post of one line pointing to a howto and the commands from it: the code block is not the whole text, and the
    line opening it stays, though most of its words are the link's."""
    commands = "<pre><code>$ git clone https://code.example/site.git\n$ cd site\n$ make serve\n</code></pre>"
    line = ("<p>A short guide by Jo on the tool: <strong><a href='https://docs.example/guides/serving-a-site-"
            "locally'>Serving your site on your own machine</a></strong></p>")
    body = body_of(line + commands)
    assert body[0] == "A short guide by Jo on the tool: Serving your site on your own machine"
    assert body[1].startswith("$ git clone")


def test_a_list_post_under_a_linked_line_keeps_the_line_and_its_closing_sentence():
    """A post of a linked line, a list of a word or two per point and a short sentence after it, all set straight in
    the post's text element: the line and the sentence are the same text as the list."""
    points = ["Curiosity", "Hard work", "Focus", "Patience", "Good ideas", "Doing it well"]
    story = ("<p><a href='https://talks.example/watch?v=abc123'>A speaker at the conference names six things.</a></p>"
             "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul><p>I agree with every one.</p>")
    body = body_of(story)
    assert body == ["A speaker at the conference names six things.", *points, "I agree with every one."]
