"""A post of one short sentence (a pointer to slides, a link to someone else's write-up) with longer readers' comments
under it: the sentence, in the post's own text element, is its body; the comments go to the `comments` field. A post
with no sentence of its own (a picture, a player alone) still reads the discussion as what the page is for."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://vm.example/posts/2013/08/talk-slides-5150.html"
COMMENTS = ("Could you put the slides somewhere that shows them larger? They are hard to read in the post itself.",
            "Pressing the full screen button makes them easy enough to read on my machine, maybe try that first?",
            "Is there a recording of the talk as well, or only the slides? I could not make it to the evening.")


def _page(post: str) -> str:
    comments = "".join(
        f"<div class='comment comment-{n}'><div class='comment-header'><a name='comment-{n}'></a>"
        f"<span class='author'>Reader {n}</span> wrote on <span class='date'>2013-08-30 2{n}:10</span>:</div>"
        f"<div class='comment-content'><p>{text}</p></div></div>" for n, text in enumerate(COMMENTS))
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Talk slides | VM blog</title>"
            "<meta property='article:published_time' content='2013-08-30T09:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/blog/'>Blog</a> <a href='/archive.html'>Archive</a></nav>"
            "</header><main id='content'><article class='post-text h-entry postpage'><header>"
            "<h1 class='entry-title'><a href='#'>Talk slides</a></h1><div class='metadata'>"
            "<p class='dateline'><time datetime='2013-08-30T09:00:00Z'>2013-08-30 09:00</time></p></div></header>"
            f"<div class='e-content entry-content' itemprop='articleBody text'>\n{post}\n</div>"
            "<aside><ul class='pager'><li><a href='/posts/2013/08/earlier.html'>Previous post</a></li></ul></aside>"
            f"<section class='comments hidden-print'><h2>Comments</h2><div class='comment-level'>{comments}</div>"
            "</section></article></main><footer><div class='footnote'>© 2026 The VM crew, built with a generator"
            "</div></footer></body></html>")


@pytest.mark.parametrize("post", [
    "<p>The slides of the <a href='evening-agenda-5254.html'>demo evening</a> are now online:</p>",
    "<p>For a close look at why our benchmark site is useful, read <a href='https://other.example/'>"
    "Sam's post</a> on it.</p>"])
def test_a_one_sentence_post_is_its_body_and_the_comments_stay_comments(post):
    # Fails before (first case): the post's own text was too short, so the comments were taken as its body.
    article = extract_article(_page(post), URL)
    assert "Pressing the full screen button" not in article.body
    assert article.body.startswith(("The slides of the demo evening", "For a close look"))
    assert "Pressing the full screen button" in article.comments
