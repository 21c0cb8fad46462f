"""A post written as a list of lines (a dialogue) keeps the list as its text; a hidden dialog is never the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://notebook.example/blog/2024/the-tide/"
TITLE = "The tide"
SHORT_LINES = ["dad, where does the sea go at night?", "it goes out, and then it comes back",
               "all of it?", "all of it, every night"]
LONG_LINE = ("well, the moon pulls at the water a little, and the whole sea leans towards it, so on our beach it "
             "looks as if the sea went away")
AFTERWORD = "We spent the rest of the evening on the sand, drawing the moon and the water with a stick."
CONSENT = "This site uses a few cookies to count the most visited pages. Nothing more than that."


def blog_page(content: str, dialog: str | None = None) -> str:
    """A documentation-theme blog post: a sidebar with the post's date, the post's <article> with its tags and
    headline, then a cookie consent dialog the theme's script shows on the first visit (`hidden` until then)."""
    if dialog is None:
        dialog = (f'<div class="consent" hidden><aside class="consent-inner"><form class="consent-form" name="consent">'
                  f'<h4>Cookie consent</h4><p>{CONSENT}</p><input type="checkbox" name="analytics" checked>'
                  f'<button>Accept</button><label for="settings">Manage settings</label></form></aside></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Notebook</title></head>
<body><header class="site-header"><a href="/">Notebook</a></header><div class="container"><main class="main">
<div class="sidebar"><nav class="post-meta"><ul><li><time datetime="2024-03-09">9 March 2024</time></li>
<li>in <a href="/blog/category/dialogues/">dialogues</a></li></ul></nav></div>
<div class="content"><article class="content-inner"><nav class="tags"><a href="/tags/#dialogues">dialogues</a></nav>
<h1>{TITLE}</h1>{content}</article></div></main>
<footer class="site-footer"><a href="/about/">About</a> | <a href="/about/#contact">Contact</a></footer></div>
{dialog}</body></html>"""


def lines(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def test_a_post_of_short_lines_is_the_lines_not_the_hidden_consent_dialog():
    # No line is long enough to weigh as prose, so the hidden dialog's paragraph outweighed them all.
    # Without it, a post of fewer than five points, none linked, was stored empty.
    for count in (2, 4):
        for dialog in (None, ""):
            result = extract_article(blog_page(lines(SHORT_LINES[:count]), dialog), URL)
            assert result.is_article and result.body.split("\n\n") == SHORT_LINES[:count]


def test_a_post_of_lines_with_one_long_line_is_the_whole_list():
    # The long line outweighs the short ones around it: it alone came out.
    dialogue = [*SHORT_LINES[:2], LONG_LINE, *SHORT_LINES[2:]]
    for dialog in (None, ""):
        assert extract_article(blog_page(lines(dialogue), dialog), URL).body.split("\n\n") == dialogue


def test_a_paragraph_after_a_dialogue_keeps_the_dialogue_above_it():
    # The paragraph weighs most, and the short lines beside it weigh nothing: only the paragraph came out.
    for dialog in (None, ""):
        result = extract_article(blog_page(lines(SHORT_LINES) + f"<p>{AFTERWORD}</p>", dialog), URL)
        assert result.body.split("\n\n") == [*SHORT_LINES, AFTERWORD]


def test_a_long_hidden_rest_of_the_article_is_still_read():
    # A paywall keeps the rest of the article hidden, text the page shows nowhere else: that is no dialog.
    rest = " ".join([LONG_LINE.capitalize() + "."] * 5)
    dialog = f'<div class="rest" hidden><p>{rest}</p></div>'
    result = extract_article(blog_page(f"<p>{AFTERWORD}</p>", dialog=dialog), URL)
    assert rest in result.body
