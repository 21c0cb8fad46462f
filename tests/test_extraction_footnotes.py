"""The writer's notes closing a post stay: its numbered references and remarks, however short or linked."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.blocks import Block
from news_archive.pipelines.extraction.footnotes import own_notes

URL = "https://network.example/p/2024/03/open-data-day/"
TITLE = "Open data day at the institute"


def page(story: str) -> str:
    """A blog post page: the site's chrome around the post's headline, date and text element, related posts after."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Network blog</title></head>
<body><header><a href="/">Network blog</a><nav><a href="/post/">Posts</a><a href="/about/">About</a></nav></header>
<main><article><header><h2 class="title">{TITLE}</h2><time datetime="2024-03-14">March 14, 2024</time></header>
<section class="content">{story}</section></article>
<aside><h2>Related content</h2><article><a href="/p/2023/01/other/"><h2>Another post of ours</h2></a></article></aside>
</main><footer><p>Network blog, run by its members</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


OPENING = ("The institute opened its archive of measurements to everybody on Thursday, and more than two hundred "
           "researchers came to the open data day to learn how to publish their own data sets.")


def test_cited_link_notes_close_the_post():
    # Each note is a bare address: a link line amid or after the text would be dropped as a teaser or a prompt.
    story = (f"<p>{OPENING}</p><p>Data can go to a world data system[1] or to a repository of the field[2], and "
             f"the institute's own repository keeps the rest for at least ten years after publication.</p>"
             f"<p>[1] <a href='https://wds.example/'>https://wds.example/</a></p>"
             f"<p>[2] <a href='https://repository.example/'>https://repository.example/</a></p>")
    assert body_of(story)[-2:] == ["[1] https://wds.example/", "[2] https://repository.example/"]


def test_a_short_cited_remark_closes_the_post():
    # A remark of a few words without a full stop is cut as a sign-off or a credit line.
    story = (f"<p>{OPENING}</p><p>Most visitors rated the workshops as good or very good, and only a few found the "
             f"time for questions too short (4% poor[1]); the next open data day is planned for autumn.</p>"
             f"<p>[1] Leaving out 12 visitors who gave no answer</p>")
    assert body_of(story)[-1] == "[1] Leaving out 12 visitors who gave no answer"


def test_numbered_notes_under_their_heading_stay_uncited():
    story = (f"<p>{OPENING}</p><h3>Notes and references</h3><p>[1] Berg, A. (2020). Open data in practice. "
             f"Journal of examples, 3(2), 1-10.</p><p>[2] <a href='https://journal.example/a/12'>"
             f"https://journal.example/a/12</a></p>")
    assert body_of(story)[-1] == "[2] https://journal.example/a/12"


def _block(text: str) -> Block:
    return Block(None, "p", text, 0, len(text))


def test_a_lone_uncited_marker_is_no_note():
    blocks = [_block(OPENING), _block("[3] More from the archive")]
    assert own_notes(blocks) == set()


def test_notes_cited_by_caret():
    blocks = [_block("Sales rose by a tenth^1 over the year."), _block("^1 Against the year before")]
    assert own_notes(blocks) == {id(blocks[1])}


def _aside_notes(citing_paragraph: str) -> str:
    """Sphinx's footnotes: a list <aside> after the text, each note an <aside> the text links to by its marker."""
    return (f"<p>{OPENING}</p>{citing_paragraph}<aside class='footnote-list'><aside class='footnote' id='fn1'>"
            f"<span class='label'>[<a href='#ref1'>1</a>]</span><p>Counting only the researchers who registered "
            f"in advance.</p></aside></aside>")


def test_cited_notes_in_an_aside_close_the_post():
    # Fails before: an <aside> never holds a post's text, and the note went with it.
    citing = ("<p>More than two hundred researchers came<a id='ref1' href='#fn1' role='doc-noteref'>[1]</a>, "
              "most of them from the university's own departments and a few from the city's hospitals.</p>")
    assert body_of(_aside_notes(citing))[-1] == "Counting only the researchers who registered in advance."


def test_an_aside_a_pager_links_to_is_no_note():
    # A slider's "1 2 3" links to its slides are no citation: no sentence holds them.
    pager = "<ul class='pager'><li><a href='#fn1'>1</a></li></ul>"
    assert "registered in advance" not in extract_article(page(_aside_notes(pager)), URL).body
