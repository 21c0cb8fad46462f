"""A code listing's syntax classes ("token comment", "token tag") name no page furniture and no readers' comments:
its comment lines stay in the stored text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

TEXT = ("<p>The town's archive office shares the small macro it uses to turn a column of addresses into links, so "
        "that other offices of the region can paste it into their own spreadsheets.</p>")
CODE = ("<div class='language-vb line-numbers-mode'><pre class='language-vb'><code>"
        "<span class='token keyword'>Option</span> Explicit\n"
        "<span class='token comment'><span class='token keyword'>rem</span> Written by the archive office in 2011</span>\n"
        "<span class='token comment'><span class='token keyword'>rem</span> Each cell of the range becomes a link</span>\n"
        "<span class='token keyword'>Sub</span> MakeLinks\n"
        "    cell <span class='token operator'>=</span> selection.getCellByPosition<span class='token punctuation'>("
        "</span>0, 0<span class='token punctuation'>)</span>\n"
        "<span class='token keyword'>End</span> <span class='token keyword'>Sub</span>\n"
        "</code></pre><div class='line-numbers' aria-hidden='true'><div class='line-number'></div></div></div>")


def test_a_code_listings_comment_lines_stay_in_the_text():
    """Fails before: the highlighter's "token comment" spans were dropped as furniture named "comment"."""
    page = ("<html lang='en'><head><title>A macro for links</title></head><body><main><article>"
            f"<h1>A macro for links</h1><p>Posted on 7 February 2011</p>{TEXT}{CODE}{TEXT}</article></main>"
            "<footer><p>Town archive</p></footer></body></html>")
    found = extract_article(page, "https://archive.example/posts/macro-for-links.html")
    assert "rem Written by the archive office in 2011" in found.body
    assert "rem Each cell of the range becomes a link" in found.body
    assert "Sub MakeLinks" in found.body and not found.comments
