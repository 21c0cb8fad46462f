"""The writer's own lines at the edges of a post stay: the references closing it (a list of links to other sites
under a sentence or a heading, or set in one paragraph), a one-line quote closing it, an "Update:" note opening it."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.blocks import linearise
from news_archive.pipelines.extraction.closing_links import own_inline_references
from news_archive.pipelines.extraction.html_input import parse_html

URL = "https://lab.example/blog/2024/05/14/hardening-the-mail-server/"
TITLE = "Hardening the mail server"
PARAGRAPHS = [
    "Last month we moved the project's mail server to a new machine and used the chance to tighten its settings.",
    "The old ciphers went first, then the protocol versions that no client of ours has spoken for years now.",
    "Every change was tried against the clients our members use before it went live, and none of them broke.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(post: str) -> str:
    """A blog theme's post page: the headline and date in a header above the <article> holding the text's
    paragraphs straight, the post's tags closing it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Lab blog</title>
<meta property="og:type" content="article"></head>
<body><nav><a href="/blog/">Blog</a><a href="/about/">About</a><a href="/contact/">Contact</a></nav>
<header><h1>{TITLE}</h1><span class="post-meta">Posted on May 14, 2024</span></header>
<div class="container"><article role="main" class="blog-post">{post}
<div class="blog-tags"><a href="/tags/mail/">mail</a> <a href="/tags/security/">security</a></div></article></div>
<footer><p>Lab blog, made by the lab's members</p></footer></body></html>"""


def body_of(post: str) -> str:
    return extract_article(page(post), URL).body


def test_a_long_sentence_over_a_list_of_other_sites_keeps_the_list():
    post = TEXT + """<p>This was only a short tour of the steps we took. To learn more, read the guides this post
draws on, which also cover the other mail servers:</p>
<ul><li>The <a href="https://docs.mailer.example/tls">server's guide to TLS</a></li>
<li>An <a href="https://crypto.example/notes/forward-secrecy">essay on forward secrecy</a></li>
<li><a href="https://standards.example/strict-transport">Strict transport security</a></li></ul>"""
    body = body_of(post)
    assert body.endswith("Strict transport security")
    assert "essay on forward secrecy" in body


def test_a_heading_over_other_sites_links_after_a_picture_with_its_label_keeps_the_list():
    post = TEXT + """<p>Results from the second round:</p>
<p><img src="/img/round-two.png" width="600" height="300" alt=""></p><hr>
<h3>Detailed reports</h3>
<ul><li><a href="https://docs.office.example/d/first-round">Report from the first round</a></li>
<li><a href="https://docs.office.example/d/second-round">Report from the second round</a></li>
<li><a href="https://forms.office.example/f/survey#responses">Survey of the testers</a></li></ul>"""
    body = body_of(post)
    assert body.endswith("Survey of the testers")
    assert "Detailed reports" in body


def test_references_set_in_one_paragraph_stay():
    post = TEXT + """<p>Sources:
- <a href="https://news.example/mail-ciphers">https://news.example/mail-ciphers</a>
- <a href="https://guides.example/post/tls-settings/">https://guides.example/post/tls-settings/</a>
- <a href="https://wiki.example/Mail_server_hardening">https://wiki.example/Mail_server_hardening</a>
- <a href="https://coop.example/blog/ciphers-we-dropped/">https://coop.example/blog/ciphers-we-dropped/</a>
- <a href="http://notes.example/2006/11/old-protocols/">http://notes.example/2006/11/old-protocols/</a></p>"""
    body = body_of(post)
    assert body.endswith("http://notes.example/2006/11/old-protocols/")
    assert "Sources:" in body


def test_links_under_a_label_naming_links_stay_though_they_lead_to_the_sites_own_pages():
    # A label set on a line of its own, no colon, then one link a line: the lab's own manual pages, named in a word
    # or two.
    post = TEXT + """<p><strong>Further links</strong><br />
<a href="https://lab.example/manual/mail.html">Manual</a><br />
<a href="https://lab.example/manual/quick-start.html">Quick start</a></p>"""
    body = body_of(post)
    assert body.endswith("Quick start")
    assert "Further links" in body


def test_a_share_bar_or_a_line_of_tags_is_no_inline_reference_list():
    for line in ("""<p>Links<br><a href="https://twitter.com/lab">Twitter</a><br>
<a href="https://www.facebook.com/lab">Facebook</a></p>""",
                 """<p>Share:
- <a href="https://twitter.com/intent/tweet?url=x">Tweet this post</a>
- <a href="https://www.facebook.com/sharer.php?u=x">Post it on Facebook</a></p>""",
                 """<p>Tags: <a href="/tags/mail/">mail</a>, <a href="/tags/security/">security</a></p>"""):
        root = parse_html(f"<html><body><article>{TEXT}{line}</article></body></html>")
        blocks = linearise(root.find("body"))
        assert blocks[-1].text.startswith(("Links", "Share", "Tags"))
        assert own_inline_references(blocks, URL) == []


def test_a_one_line_quote_closing_a_short_post_stays():
    post = """<p>Our name is a nod to an old philosopher's saying.</p>
<blockquote><p>I Ride Therefore I Am</p></blockquote>"""
    body = body_of(post)
    assert body.endswith("I Ride Therefore I Am")


def test_an_update_note_opening_the_text_stays():
    post = """<p><strong>Update</strong>: now you can
<a href="https://lab-mirror.example/blog/2025/02/01/onion-mail/">do this over onion services</a></p>""" + TEXT
    body = body_of(post)
    assert body.startswith("Update: now you can do this over onion services")


@pytest.mark.parametrize("note", ["<b>CHANGED</b> - see the service notice of 14.05.2024<br><br>",
                                  "<b>ENDRET</b> – se driftsvarselet fra 14.05.2024"])
def test_a_changed_note_after_a_dash_opening_the_text_stays(note):
    # Fails before: a label then a dash was no update note, and the line naming the page's day went as its date line.
    body = body_of(f"<p>{note}</p>" + TEXT)
    assert body.split("\n\n")[1:] == PARAGRAPHS and body.split("\n\n")[0].endswith("14.05.2024")


@pytest.mark.parametrize("stamp", ["Updated: May 20, 2024, 10:32", "Updated - May 20, 2024", "Endret 20.05.2024"])
def test_an_update_stamp_opening_the_text_still_goes(stamp):
    post = f"<p>{stamp}</p>" + TEXT
    assert body_of(post).startswith(PARAGRAPHS[0])


def _pager(previous_href: str | None) -> str:
    """A documentation theme's pager closing the post's element: the first post's "Previous" is a button without an
    address, set in its <li>; the "Next" button loose in the list beside it, as the theme writes it."""
    older = f'href="{previous_href}" ' if previous_href else ""
    return (f'<ul class="list-unstyled d-flex mb-0 pt-5"><li><a {older}class="btn btn-primary"><span class="mr-1">'
            '&#8592;</span>Previous</a></li><a href="/blog/2024/06/02/mail-filters/" aria-label="Next - Mail filters" '
            'class="btn btn-primary">Next<span class="ml-1">&#8594;</span></a></ul>')


def test_annotated_references_under_a_related_heading_close_the_text_above_the_posts_pager():
    """Fails before: a post closing on the writer's "Related documentation" list, each link followed by a dash and
    what it holds, lost the list (taken for the site's box of related stories above the Previous/Next pager), and the
    first post's disabled "←Previous" button was stored as its last line."""
    references = ('<h2 id="related">Related documentation</h2><ul>'
                  '<li><a href="/blog/2024/06/02/mail-filters/">Mail filters explained</a> – what each rule in the '
                  'filter file does</li>'
                  '<li><a href="/docs/mail/settings/">Mail server settings</a> – reference for the core options</li>'
                  '<li><a href="https://mailserver.example.org/docs/">Mail server manual</a> – official docs and '
                  'latest updates</li></ul>')
    for previous in (None, "/blog/2024/04/30/new-backups/"):
        result = extract_article(page(f"{TEXT}{references}{_pager(previous)}"), URL, listed_as_article=True)
        assert result.body.endswith("Mail server manual – official docs and latest updates"), (previous, result.body)
        assert "Previous" not in result.body and "Next" not in result.body
    # The same three links as bare headlines under "Related" are the site's box: the text ends above them.
    bare = ('<h2>Related</h2><ul><li><a href="/blog/2024/06/02/mail-filters/">Mail filters explained</a></li>'
            '<li><a href="/blog/2024/04/30/new-backups/">New backups for the lab</a></li>'
            '<li><a href="/blog/2024/03/11/spam-week/">A week of spam</a></li></ul>')
    result = extract_article(page(f"{TEXT}{bare}{_pager(None)}"), URL, listed_as_article=True)
    assert result.body.endswith(PARAGRAPHS[-1])


def test_a_sentence_announcing_a_list_of_the_sites_own_pages_keeps_the_list():
    """Fails before: a post closing on the writer's sentence that ends in a colon and the list it announces, each point
    a link to one of the site's own sections, lost the list (taken for a menu or a box of the site's stories)."""
    announced = ("<p>Over the spring we rebuilt these pages so that the work of every group is easier to find:</p>"
                 '<ul><li><a href="/groups/">Research groups</a></li><li><a href="/events/">Coming events</a></li>'
                 '<li><a href="/teaching/">Courses taught by the lab</a></li></ul>')
    result = extract_article(page(f"{TEXT}{announced}{_pager(None)}"), URL, listed_as_article=True)
    assert result.body.endswith("Courses taught by the lab"), result.body
    # Under a paragraph that announces nothing, the same links are the site's box: the text ends above them.
    unannounced = announced.replace("easier to find:", "easier to find.")
    result = extract_article(page(f"{TEXT}{unannounced}{_pager(None)}"), URL, listed_as_article=True)
    assert result.body.endswith("easier to find."), result.body
