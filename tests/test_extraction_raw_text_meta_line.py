"""A post whose text is written without paragraphs (an archive's copy of raw post text: lines, bare text and <div>s)
shows its date and categories in the only <p> of the page, a line classed as the post's meta: that line is the theme's
stamp, not the text's first line, however many categories it lists."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

TITLE = "Our club went to the autumn cup"
OPENING = ("This was a perfect competition for those who had never fought at a tournament before, and for the "
           "experienced ones as well.")
MIDDLE = ("Besides the matches there was one training on Friday and two on Sunday, and the hosting club celebrated "
          "its anniversary with dinner on Saturday evening.")
CLOSING = "Then everyone went home and looked forward to the next competition, at least we did."


def archived_post(meta: str) -> str:
    """A static copy of an old blog: the site's name in the page's <h1>, the post's headline in an <h2> of its card,
    the meta line in a <p class="meta">, the raw text in a <div class="content"> with no <p> of its own."""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header class="site-header"><div class="wrap"><p class="eyebrow">Archive copy</p>
<h1><a href="../../../index.html">Harbour Martial Arts Club</a></h1>
<nav><a href="../../../index.html">Home</a> <a href="../../../posts/index.html">Posts</a></nav></div></header>
<main class="wrap"><article class="card"><p class="eyebrow">Post</p><h2>{TITLE}</h2>
<p class="meta">{meta}</p>
<div class="content">
        {OPENING}
<div class="body">

{MIDDLE}

{CLOSING}

</div>
<div class="body"></div>
&nbsp;
</div></article></main></body></html>"""


@pytest.mark.parametrize("meta", [
    "Published: 2007-09-22 | Categories: News, Competition, Training camp, Social",
    "Published: 2007-09-22 | Categories: News",
])
def test_the_meta_line_above_raw_text_is_no_line_of_the_body(meta):
    result = extract_article(archived_post(meta), "https://club.example/2007/09/autumn-cup/index.html")
    assert result.title == TITLE
    assert result.published[:10] == "2007-09-22"
    assert result.body.startswith(OPENING)
    assert "Categories" not in result.body and "Categories" not in (result.lead or "")
    assert result.body.endswith(CLOSING)
