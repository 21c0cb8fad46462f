"""A research blog's generator closes each post with a box telling readers how to cite it (the post's BibTeX record and
a formatted citation, both giving its title and its own address): no line of it is the post's text. A closing line
citing another page, or giving the post's address without citing it, is left to the rules on such lines."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/posts/2024-02-05-reading-old-maps/index.html"
OWN = "https://lab.example/posts/2024-02-05-reading-old-maps/"
TITLE = "Reading old maps with a line detector"
PARAGRAPHS = [
    "We trained a small model that finds the printed place names on scanned maps from the last two centuries.",
    "Most errors come from names written along rivers, where the letters follow the curve of the water.",
    "The model and a sample of the scans are free to download, and we welcome reports of names it misses.",
]


def page(closing: str, appendix: str) -> str:
    """A post laid out as Quarto lays one out: the title block above the text, the appendix inside <main>."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} – The Lab Blog</title>
<meta name="dcterms.date" content="2024-02-05"></head><body class="nav-fixed">
<header id="quarto-header"><nav class="navbar"><a class="navbar-brand" href="../../index.html">The Lab Blog</a>
<ul class="navbar-nav"><li><a href="../../about.html">About</a></li></ul></nav></header>
<header id="title-block-header" class="quarto-title-block"><div class="quarto-title"><h1 class="title">{TITLE}</h1>
</div><div class="quarto-title-meta"><div class="quarto-title-meta-heading">Published</div>
<div class="quarto-title-meta-contents"><p class="date">February 5, 2024</p></div></div></header>
<div id="quarto-content" class="page-columns"><main class="content" id="quarto-document-content">
{text}{closing}<div id="quarto-appendix" class="default">{appendix}</div></main></div>
<footer class="footer"><p>The Lab, City Library</p></footer></body></html>"""


CITATION = f"""<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored">Citation</h2>
<div><div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy">
<code class="sourceCode">@online{{berg2024,
  author = {{Berg, Anna}},
  title = {{Reading Old Maps with a Line Detector}},
  date = {{2024-02-05}},
  url = {{{OWN}}},
  langid = {{en}}
}}
</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div>
<div id="ref-berg2024" class="csl-entry quarto-appendix-citeas">Berg, Anna. 2024. <span>“Reading Old Maps with a
Line Detector.”</span> February 5. <a href="{OWN}">{OWN}</a>.</div></div></section>"""


def test_the_posts_cite_this_box_is_no_part_of_its_text():
    # Fails before: the BibTeX record and the formatted citation closed the body, after the post's last paragraph.
    body = extract_article(page("", CITATION), URL).body
    assert body.split("\n\n")[-1] == PARAGRAPHS[-1]
    assert "Citation" not in body and "@online" not in body


def test_the_notes_above_the_cite_this_box_stay():
    notes = ("<section id='footnotes' class='footnotes footnotes-end-of-document'><h2>Footnotes</h2><ol>"
             "<li id='fn1'><p>The scans were lent to us by the city archive for this test only.</p></li></ol>"
             "</section>")
    body = extract_article(page("", notes + CITATION), URL).body
    assert body.split("\n\n")[-1] == "The scans were lent to us by the city archive for this test only."
    assert "@online" not in body


# Distill's appendix: the heading, a label with no colon, the short citation, the BibTeX record under a label.
DISTILL = f"""<div class="appendix-bottom"><h3 id="citation">Citation</h3><p>For attribution, please cite this work as
</p><pre class="citation-appendix short">Berg (2024, Feb. 5). The Lab Blog: Reading old maps with a line detector.
Retrieved from {OWN}</pre><p>BibTeX citation</p><pre class="citation-appendix long">@misc{{berg2024reading,
  author = {{Berg, Anna}},
  title = {{The Lab Blog: Reading old maps with a line detector}},
  url = {{{OWN}}},
  year = {{2024}}
}}</pre></div>"""


def test_a_cite_this_box_opening_on_its_heading_over_an_unpunctuated_label_goes_whole():
    # Fails before: the heading, the label and both citations closed the body.
    body = extract_article(page("<p>Thanks for reading, and tell us what you find!</p>", DISTILL), URL).body
    assert body.split("\n\n")[-1] == "Thanks for reading, and tell us what you find!"


def test_a_closing_line_citing_another_post_stays():
    other = ("<p>Berg, Anna. 2023. “Reading Old Maps with a Line Detector.” The first trial is described at "
             "https://lab.example/posts/2023-06-01-first-trial/.</p>")
    body = extract_article(page(other, ""), URL).body
    assert body.split("\n\n")[-1].startswith("Berg, Anna. 2023.")
