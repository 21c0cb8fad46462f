"""A reader's reply quoting one of the post's subheadings leaves that subheading in the text: a quotation in a box
beside the text repeats the text, it makes none of it furniture."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://homeblog.example/how-to-stop-buying-things-you-dont-need-1690268064"
TITLE = "How to stop buying things you don't need"
SUBHEADING = "Write Down Everything You Own and Clear Out the Rest"
PARAGRAPHS = [
    "Most of what we buy on a whim ends up in a drawer within a month, and the habit is easier to break than it "
    "looks once you know what sets it off.",
    "Go through every room with a notebook and write down what is in it, then give away or sell whatever you have "
    "not touched in a year.",
    "The list will surprise you, and it becomes the first thing you check before buying anything new.",
]
REPLY = "Why would I bother with a list when I could start clearing out right away?"


def post_page(quoted: bool = True) -> str:
    quote = f"<blockquote class=\"reply-quote\"><h3>{SUBHEADING}</h3></blockquote>" if quoted else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Home blog</a></header>
<main><article class="post"><h1>{TITLE}</h1><div class="post-content"><p>{PARAGRAPHS[0]}</p>
<h3>{SUBHEADING}</h3><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div></article>
<section class="social-thread"><div class="reply"><span class="reply-author">Sam</span>{quote}
<p>{REPLY}</p></div></section></main><footer><a href="/about/">About</a></footer></body></html>"""


def test_a_subheading_a_reply_quotes_stays_in_the_text():
    # The replies' box (a social thread) went as furniture, and the subheading it quoted with it, as a text the furniture shows.
    for quoted in (True, False):
        assert extract_article(post_page(quoted), URL).body.split("\n\n") == \
            [PARAGRAPHS[0], SUBHEADING, *PARAGRAPHS[1:]]
