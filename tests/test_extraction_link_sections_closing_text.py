"""A post written in sections may close on sections of links under headings set as its other section headings are
("Resources", "Contacts": the writer's project pages, profiles and mail address): the text's. The site's own posts
or share buttons under such a heading, and the site's contacts in a box after the text's element, still go."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://foundation.example/news/summer-project-language-server/"
TITLE = "Summer project: a language server for the compiler"
SECTIONS = """<h2>About the project</h2>
<p>This summer I built a language server on top of the compiler's analysis interface, so that editors other than the
big IDE can offer completion, navigation and diagnostics for the language.</p>
<p>The work started from an early fork and ended as a small but usable server that several editors now run.</p>
<h2>What I learned</h2>
<p>Working in the open taught me to write clear commits, to argue for a design in public and to change course when
the goals of the project moved. It was rewarding to see others test, review and use what I wrote.</p>"""
RESOURCES = """<h2>Resources</h2>
<ul><li><a href="https://summer.example/projects/2025/language-server">Project page</a></li>
<li><a href="https://code.example/anna/language-server">Code repository</a></li></ul>"""
CONTACTS = """<h2>Contacts</h2>
<ul><li><a href="https://www.linkedin.com/in/anna-example/">LinkedIn</a></li>
<li><a href="https://code.example/anna">Code profile</a></li>
<li>Email: <a href="mailto:anna@mail.example">anna@mail.example</a></li></ul>"""


def page(post: str, after: str = "") -> str:
    """A static site generator's post page: the date line and headline above the Markdown's element, a box under it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Foundation</title></head>
<body><header><a href="/">Foundation</a><ul><li><a href="/news/">News</a></li><li><a href="/grants/">Grants</a></li>
</ul></header><div class="layout"><div class="markdown"><p class="date">August 28, 2025</p><h1>{TITLE}</h1>
<div class="markdown">{post}</div></div>{after}</div>
<footer><a href="/privacy/">Privacy</a> <a href="mailto:hello@foundation.example">hello@foundation.example</a>
</footer></body></html>"""


def test_sections_of_links_closing_a_text_written_in_sections_stay():
    # Fails before: a list of links under a heading of its own read as a box (and a profile link and a mail address as
    # a follow bar), so the post lost its closing sections and ended on "... use what I wrote."
    body = extract_article(page(SECTIONS + RESOURCES + CONTACTS), URL).body
    assert body.endswith("Email: anna@mail.example")
    assert "Resources\n\nProject page\n\nCode repository\n\nContacts" in body
    assert body.startswith("About the project")


def test_one_section_of_links_closing_the_text_stays():
    body = extract_article(page(SECTIONS + RESOURCES), URL).body
    assert body.endswith("Code repository")


@pytest.mark.parametrize("box, after", [
    # The site's own pages under a heading set as the text's: its box of stories.
    ("""<h2>Other news</h2><ul><li><a href="/news/grants-2025/">Grants 2025</a></li>
<li><a href="/news/new-members/">New members</a></li></ul>""", ""),
    # Share buttons under a heading set as the text's: social networks make most of the list.
    ("""<h2>Spread the word</h2><ul><li><a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></li>
<li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li></ul>""", ""),
    # The site's own contacts in a box of its own after the text's element.
    ("", """<div class="contact-box"><h2>Contacts</h2><ul>
<li><a href="https://www.linkedin.com/company/foundation-example/">LinkedIn</a></li>
<li><a href="https://code.example/foundation">Code</a></li>
<li>Email: <a href="mailto:press@foundation.example">press@foundation.example</a></li></ul></div>"""),
])
def test_a_box_of_links_under_the_text_still_goes(box, after):
    body = extract_article(page(SECTIONS + box, after), URL).body
    assert body.endswith("use what I wrote.")


INTRO = """<p>This summer a group of three students built a language server on top of the compiler's analysis interface,
so that editors other than the big IDE can offer completion and diagnostics for the language.</p>
<p>They measured the server on the largest open code bases they could find and shared every trace they took.</p>"""
PAPER = """<h2>Paper</h2>
<p>DOI: <a href="https://doi.org/10.5555/tools.2025.0312">10.5555/tools.2025.0312</a></p>
<p>Berg A, Lind K, Holm S. A language server on a compiler's analysis interface. Journal of Tools 12 (3) (2025).</p>"""
DATA = """<h2>Data</h2>
<ul><li><a href="https://archive.example/record/771">Benchmark traces of the server on six code bases</a></li>
<li><a href="https://archive.example/record/772">Scripts that drew the paper's figures</a></li></ul>"""
# The theme's row under the text, in the text's element: the post's topics and share links.
TOPICS_ROW = """<div class="row"><span><b>Topics: </b></span><a href="/news/topics/tools/">Tools</a>
<a href="/news/topics/students/">Students</a><span><b>Share this: </b></span>
<a href="https://www.linkedin.com/sharing/share-offsite/?url=x">in</a></div>"""


def test_a_section_of_links_after_a_section_opening_on_a_linked_line_stays():
    # Fails before: the one earlier section heading ("Paper") has a DOI line first under it, a linked line rather than
    # the writer's paragraph, so "Data" was taken for a box's label and the post ended on the paper's reference.
    body = extract_article(page(INTRO + PAPER + DATA + TOPICS_ROW), URL).body
    assert body.endswith("Scripts that drew the paper's figures")
    assert "Journal of Tools 12 (3) (2025)." in body
