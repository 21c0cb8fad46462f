"""A side column may hold another page's whole text (a CMS block featuring a node, a slideshow kept hidden until its
script runs): however long, it is not the post shown under the page's own headline in the main column beside it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

# One of the campaign's hundred facts: a picture line, then the fact and its source.
FACT = ("<p><a name='fact{n}.png'></a></p><p class='cycle'><a href='facts.html#fact{n}.png'><img src='facts/{n}.png' "
        "alt='Fact' width='200' height='78'/></a></p><p><strong>Fact {n}:</strong> The council approved another "
        "shipment of spare parts to a region at war, and the report on it was only published months later in a short "
        "note.<br/><em>Weekly paper {n}.3.09</em></p>")

# A second slideshow in the right column: well-known people's short statements, together longer than the post.
QUOTES = "".join(f"<p><strong>Writer {n}</strong> votes yes, because the country should not earn its living from "
                 "the wars of others.</p>" for n in range(1, 12))


def _page(post: str) -> str:
    # A Drupal 6 theme (Garland): the node's title as the page's <h2> in the centre column, its text in div.content;
    # a block in the left column shows the campaign's long list of facts in a slideshow hidden until its script runs,
    # one in the right column a slideshow of statements.
    facts = "".join(FACT.format(n=n) for n in range(1, 101))
    return ("<html lang='de'><head><title>Thanks to every helper | Ban all exports of war material!</title></head>"
            "<body class='sidebars'><div id='wrapper'><div id='container' class='clear-block'>"
            "<div id='header'><a href='index.html'>Ban the exports!</a></div>"
            "<div id='sidebar-left' class='sidebar'><ul class='menu'><li><a href='blog.html'>Weblogs</a></li>"
            "<li><a href='contact.html'>Contact</a></li></ul><div id='block-ddblock-1' class='clear-block block'>"
            "<h2>The facts</h2><div class='content'><div class='ddblock-contents' style='visibility:hidden'>"
            "<div class='node'><h2><a href='facts.html'>One hundred facts</a></h2>"
            "<div class='content'><p>Shipments from this country turn up in conflicts again and again.</p>"
            f"<h3>Shipments</h3>{facts}"
            "</div></div></div></div></div></div>"
            "<div id='center'><div id='squeeze'><div class='right-corner'><div class='left-corner'>"
            "<div class='breadcrumb'><a href='index.html'>Home</a> › <a href='blog.html'>Weblogs</a></div>"
            "<h2>Thanks to every helper</h2><div class='clear-block'><div id='node-482' class='node'>"
            "<span class='submitted'>29. November 2009 - 19:14 – aw</span>"
            f"<div class='content clear-block'>{post}</div>"
            "<div class='clear-block'><div class='links'><ul class='links inline'><li><a href='blogs/aw.html'>"
            "aw's blog</a></li></ul></div></div></div></div></div></div></div></div>"
            "<div id='sidebar-right' class='sidebar'><div class='block'><h2>Agenda</h2><div class='content'>"
            "<p>Street stand on Saturday</p></div></div><div class='block'><h2>Voices</h2><div class='content'>"
            "<div class='slides' style='visibility:hidden'><div class='node'><h2><a href='voices.html'>What they "
            f"say</a></h2><div class='content'>{QUOTES}</div></div></div></div></div></div>"
            "</div></div></body></html>")


POST = ("<p>The vote is over, and the result was closer than anyone expected a year ago.</p>"
        "<p>Hundreds of people collected signatures in the streets, wrote letters to their papers and talked to "
        "their neighbours about where the parts made here end up.</p>"
        "<p>We will keep watching the industry and report on every new deal.</p>")


def test_the_post_under_its_headline_is_the_text_not_the_side_columns_long_block():
    # Fails before: the hidden slideshow's list of facts in the left column held the most text on the page, so it was
    # taken for the article and the post's own three paragraphs were lost; and as that text came before the <h2>, the
    # <h2> was not taken for the headline opening the text, and the <title>'s longer piece (the site's name) stood as
    # the title.
    result = extract_article(_page(POST), "https://campaign.example/2009/11/29/Thanks.html", listed_as_article=True)
    assert result.body.startswith("The vote is over"), result.body[:200]
    assert result.body.endswith("report on every new deal.")
    assert "Fact 12" not in result.body
    assert result.title == "Thanks to every helper"
