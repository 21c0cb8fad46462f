"""A sign-off closing a post written as lines in one element (<br><br> between paragraphs, no <p>: a blog moved from
a hosted service) stays the text's last line although the post's own lines link elsewhere: whether a closing line
links anywhere is read from the line itself, not from the element all the lines share."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://compiler.example/posts/2009/04/plans-for-the-summer.html"
LINES = ("The interpreter's tracing compiler now passes the whole test suite on both platforms, which was the "
         "last thing we wanted done before the next round of work on the <a href='https://bench.example/'>"
         "benchmarks</a> and the garbage collector.",
         "Over the summer we will bring over the optimisations from the prototype one at a time, watching the "
         "numbers after each of them, and write up what we learn in the <a href='/posts/'>next posts</a>.",
         "Tell us what you think about this plan.")


def _page(sign_off: str) -> str:
    # A Nikola post imported from a hosted blog: the text's lines in one <div>, comments under it.
    text = "<br><br>\n".join(LINES) + "<br><br>\n" + sign_off
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Plans for the summer | Compiler"
            "</title><meta property='article:published_time' content='2009-04-21T10:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/blog/'>Blog</a> <a href='/archive.html'>Archive</a></nav>"
            "</header><main id='content'><article class='post-text h-entry postpage'><div class='post'><header>"
            "<h1 class='entry-title'><a href='#'>Plans for the summer</a></h1><div class='metadata'>"
            "<p class='dateline'><time datetime='2009-04-21T10:00:00Z'>2009-04-21 10:00</time></p></div></header>"
            f"<div class='e-content entry-content'>\n{text}\n</div>"
            "<aside><ul class='pager'><li><a href='/posts/2009/04/earlier.html'>Previous post</a></li></ul></aside>"
            "</div></article></main><footer><p>Contents © 2009 the compiler team</p></footer></body></html>")


@pytest.mark.parametrize("sign_off", ["Cheers,<br>\nMaria &amp; Per", "Greetings, Maria",
                                      "Cheers,<br>\nthe compiler team"])
def test_a_sign_off_under_linked_lines_of_one_element_closes_the_text(sign_off):
    # Fails before: the sign-off line was taken for a link line, the element holding it linking elsewhere.
    body = extract_article(_page(sign_off), URL).body
    assert body.split("\n\n")[-2:] == ["Tell us what you think about this plan.",
                                      " ".join(sign_off.replace("<br>", " ").replace("&amp;", "&").split())]
