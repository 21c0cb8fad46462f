"""A newsletter-style post whose sections are lists under subheadings ("Highlights", then "Team news", "Project
updates") keeps its first subheading: it heads the first section as the others head theirs, no kicker."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://devblog.example/2024/03/08/this-week-in-the-editor-12/"
TITLE = "This week in the editor: issue 12"
SECTIONS = {
    "Highlights": ["The spell checker now underlines words in the language each paragraph is written in, not only in "
                   "the document's", "Saving a large file no longer freezes the window while the disk catches up"],
    "Team news": ["Rosa joins the layout team this week after three years on the accessibility work, welcome Rosa!",
                  "The docs team is looking for people to review the new tutorial on templates"],
    "Project updates": ["The plugin interface gains a hook for the status bar, so plugins can show what they are "
                        "doing without opening a window", "Printing keeps the page margins set in the document"],
}


def post_page() -> str:
    sections = "".join(f"<h3>{name}</h3><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
                       for name, points in SECTIONS.items())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Dev blog</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Dev blog</a></header>
<main><article class="post"><header class="entry-header"><h1>{TITLE}</h1>
<p class="meta"><time datetime="2024-03-08">March 8, 2024</time></p></header>
<div class="entry-content">{sections}</div></article></main>
<aside><h3>Recent posts</h3><ul><li><a href="/2024/03/01/issue-11/">Issue 11</a></li></ul></aside></body></html>"""


def test_the_first_subheading_over_a_list_is_kept():
    # Its section holds no paragraph, only points: the heading was trimmed as a kicker above the text.
    paragraphs = extract_article(post_page(), URL).body.split("\n\n")
    assert paragraphs[0] == "Highlights"
    assert [p for p in paragraphs if p in SECTIONS] == list(SECTIONS)
