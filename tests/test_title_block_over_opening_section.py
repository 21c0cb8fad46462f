"""A post whose title block states the headline over pieces of its own ("Charts – Plotting Spread with Tool") and whose
text opens with a section heading that is only the headline's first piece: the title is the title block's."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

HEADLINE = "Ribbon Graphs – Plotting Spread with Plotkit"


def _page() -> str:
    sections = "".join(
        f"<section class='level1'><h1>{name}</h1><p>{text}</p></section>" for name, text in (
            ("Ribbon Graphs", "Ribbon graphs show how far each group of orchards sits above or below the valley's "
                              "mean harvest, and this note walks through drawing one from a small table."),
            ("Preparing the table", "Each orchard gets a row with its harvest, and we add the gap from the mean in "
                                    "standard units before drawing anything at all."),
            ("Drawing the graph", "Bars left of the line fell short of the mean; bars right of it beat it, and "
                                  "colour marks which side each orchard is on.")))
    return ("<html lang='en'><head><meta charset='utf-8'><meta name='generator' content='quarto-1.4'>"
            f"<title>{HEADLINE} – Orchard Analysts Network</title>"
            "<meta name='author' content='Ada Pomme'><meta name='dcterms.date' content='2019-04-11'></head><body>"
            "<nav class='navbar'><a href='/'>Orchard Analysts Network</a><a href='/blog/'>Blog</a></nav>"
            "<main class='content' id='quarto-document-content'>"
            f"<header id='title-block-header'><h1 class='title'>{HEADLINE}</h1>"
            "<div class='quarto-title-meta'><div>Author</div><p>Ada Pomme</p>"
            "<div>Published</div><p class='date'>April 11, 2019</p></div></header>"
            f"{sections}</main><footer><p>Orchard Analysts Network</p></footer></body></html>")


def test_the_title_block_headline_beats_the_section_heading_it_opens_with():
    found = extract_article(_page(), "https://orchards.example/blog/ribbon-graphs.html")
    assert found.title == HEADLINE
    assert found.body.startswith("Ribbon Graphs\n\nRibbon graphs show how far")
