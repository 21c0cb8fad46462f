"""A paragraph pasted from a mail client keeps the client's class saying what its text allows ("selectionShareable"):
that names the text, not a bar of share buttons, and the paragraph stays. A share bar under the text still goes."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://greens.example/fibres-in-the-river/"
TITLE = "Fibres in the river"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2018-07-06T10:00:00+00:00">')
PARAGRAPHS = [
    "Every wash sends thousands of tiny fibres from synthetic clothes down the drain and on into the river.",
    "Laboratory studies have found that the smallest animals of the river eat them and grow more slowly.",
    "Researchers and clothing makers are now working on filters, bags and fabrics that shed far fewer fibres.",
]


def _page(text: str) -> str:
    return page(head=HEAD, body=text, title=TITLE, lang="en", after='<div class="share-bar"><a href="https://social.example/share">Share this post on your network</a></div>')


def test_a_paragraph_classed_shareable_by_a_mail_client_stays():
    """Fails before: "selectionShareable" read as a share box's name, and the last paragraph was dropped."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + f'<p class="yqx3selectionShareable">{PARAGRAPHS[2]}</p>'
    body = extract_article(_page(text), URL).body
    assert body.split("\n\n") == PARAGRAPHS
