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



def _sphinx_post(notes: str) -> str:
    """A Sphinx blog post: the text in a <section> of the <article>, a short note box citing the last note, the
    footnote list after the section with a rule above it, the pager to the neighbouring posts below."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><nav><a href="/">Network</a><a href="/blog.html">Blog</a></nav><main><div class="article-container">
<article class="doc-article"><section id="open-data-day"><h1>{TITLE}</h1><p>{OPENING}</p>
<section id="what-they-learnt"><h2>What they learnt</h2><p>Most of them had never published a data set before, and
the curators showed how a repository of the field<a class="footnote-reference" href="#repo" id="r1">[1]</a> checks
the files and gives each set a lasting address that a paper can cite for decades.</p><p>The next open data day
follows in autumn, with sessions on licences, on large files and on data that must stay private.</p>
<div class="admonition note"><p>Note</p><p>Read more in our report<a class="footnote-reference" href="#report"
id="r2">[2]</a>.</p></div></section></section>
{notes}
<div class="prev-next"><span><a href="/blog/older.html">An older post of the network, on the spring meeting</a></span>
<span><a href="/blog/newer.html">A newer post of the network, on the autumn school for curators</a></span></div>
</article></div></main><footer><p>Network, run by its members</p></footer></body></html>"""


_NOTE_LIST = ("<hr class='footnotes'><aside class='footnote-list'><aside class='footnote' id='repo'>"
              "<span class='label'>[<a href='#r1'>1</a>]</span><p>Berg A. Keeping measurements for decades. "
              "Journal of examples 3, 2020.</p></aside><aside class='footnote' id='report'><span class='label'>"
              "[<a href='#r2'>2</a>]</span><p>Network. The open data day in numbers. Report 4, 2024.</p></aside>"
              "</aside>")


def test_a_note_list_stays_whole_when_a_short_line_cites_one_note():
    # Fails before: the note cited from the short "Read more" line counted as no note, so the list was no box of
    # notes and went with the page's other asides, the cited note with it.
    body = extract_article(_sphinx_post(_NOTE_LIST), URL).body.split("\n\n")
    assert body[-3:] == ["Berg A. Keeping measurements for decades. Journal of examples 3, 2020.", "[2]",
                         "Network. The open data day in numbers. Report 4, 2024."]
    assert not any("post of the network" in line for line in body)


def test_a_box_of_other_asides_beside_a_cited_note_goes():
    # One cited note does not make a box of unlike asides (a related-posts box) the writer's notes.
    related = _NOTE_LIST.replace("<aside class='footnote' id='report'>", "<aside class='related' id='other'>")
    assert "The open data day in numbers" not in extract_article(_sphinx_post(related), URL).body


def test_a_short_note_the_text_links_to_closes_the_post():
    # Fails before: the last note, a few words without a full stop, was cut as a sign-off. A Markdown generator links
    # the note by the page's own address and the note's id ("open-data-day.html#fn:2"), and links back by "↩".
    story = (f"<p>{OPENING}<sup id='fnref:1'><a class='footnote-ref' href='open-data-day.html#fn:1'>1</a></sup></p>"
             f"<p>Most visitors rated the workshops as good or very good, and the next open data day is planned "
             f"for the autumn.<sup id='fnref:2'><a class='footnote-ref' href='open-data-day.html#fn:2'>2</a></sup></p>"
             f"<div class='footnote'><hr><ol><li id='fn:1'><p>The archive holds measurements from 1950 on, some of "
             f"them typed in from the paper logs of the old station.&#160;<a class='footnote-backref' "
             f"href='open-data-day.html#fnref:1'>↩</a></p></li><li id='fn:2'><p>Or so they told us&#160;"
             f"<a class='footnote-backref' href='open-data-day.html#fnref:2'>↩</a></p></li></ol></div>")
    assert body_of(story)[-1] == "Or so they told us ↩"


def _docutils_note(number: int, ref: str, text: str) -> str:
    """A footnote as docutils' HTML writer sets it: a table of its own, the label in one cell, the note in the next."""
    return (f"<table class='docutils footnote' frame='void' id='note{number}' rules='none'><colgroup>"
            f"<col class='label'/><col/></colgroup><tbody valign='top'><tr><td class='label'>"
            f"<a class='fn-backref' href='#{ref}'>[{number}]</a></td><td>{text}</td></tr></tbody></table>")


def test_a_linked_note_cited_from_a_short_line_closes_the_post():
    # Fails before: the second note's only citation stands in a short line, so it counted as no citation, and the
    # note, a bare address, went as a link line; the notes stand inside the last section, beside its text.
    story = (f"<div class='section' id='the-day'><h2>The day</h2><p>{OPENING}<a class='footnote-reference' "
             f"href='#note1' id='ref1'>[1]</a></p><p>Slides are online too <a class='footnote-reference'"
             f" href='#note2' id='ref2'>[2]</a></p><p>The next open data day is planned for the autumn.</p>"
             + _docutils_note(1, "ref1", "Counting only the researchers who registered in advance.")
             + _docutils_note(2, "ref2", "<a class='reference external' href='https://journal.example/a/12'>"
                                         "https://journal.example/a/12</a> (slides: <a href='https://slides.example/"
                                         "7'>https://slides.example/7</a>)")
             + "</div>")
    assert body_of(story)[-1] == "https://journal.example/a/12 (slides: https://slides.example/7)"
