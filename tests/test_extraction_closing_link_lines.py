"""A post's closing line that points to where it goes on stays in its text (issue 9, point 5): "click <a>HERE</a>"
in capitals, before the post's tags, and a link of a few words closing the writer's last paragraph after a line break
("<br><a>Register now</a>") to another site. A teaser's "Read more" to the site's own post and a share line go."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://network.example/news/summer-school-2022/"
TITLE = "Summer School on Field Methods"
TEXT = ("The network holds its third summer school on field methods in the hill country this July, with two weeks of "
        "lectures, walks and practical sessions for doctoral students and early-career researchers of member groups. "
        "Places are limited to thirty, and the network pays travel and board for students of member groups.")


def page(closing: str) -> str:
    """A post in an <article>: its headline, date line and text, then its type tags under a label."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Network</title></head>
<body><header><a href="/">Network</a><a href="/news/">News</a></header>
<main><article class="node"><h1>{TITLE}</h1><div class="date">May 2, 2022</div>
<div class="field--name-body"><p>{TEXT}</p>{closing}</div>
<div class="field--taxonomy-terms"><div class="field__label">Type</div>
<div class="field__item"><a href="/news-type/events">Events</a></div></div></article></main>
<footer><p>Network office, Mill Street 4</p></footer></body></html>"""


@pytest.mark.parametrize("closing, last", [
    ('<p>To read the full programme, click <a href="https://school.example/programme.html">HERE</a></p>',
     "To read the full programme, click HERE"),
    ('<p>Registration is open until June 1. Visit the school\'s site for the timetable.<br><br>'
     '<strong><a href="https://school.example/register">Register now</a></strong></p>', "Register now"),
])
def test_a_closing_line_pointing_on_stays(closing, last):
    """Fails before: the line was dropped ("HERE" in capitals was no pointing word, the tags after it made it no last
    line; a link alone on a line is furniture), so the post lost the way to its programme or registration."""
    body = extract_article(page(closing), URL).body
    assert body.endswith(last)
    assert body.startswith(TEXT[:40])


@pytest.mark.parametrize("closing", [
    '<p>Registration is open until June 1. Visit the school\'s site for the timetable.<br><br>'
    '<a href="/news/summer-school-2021/">Read more</a></p>',
    '<p>Registration is open until June 1. Visit the school\'s site for the timetable.<br><br>'
    '<a href="https://social.example/sharer?u=https://network.example/news/summer-school-2022/">Share it</a></p>',
])
def test_a_teasers_or_share_link_closing_the_paragraph_goes(closing):
    body = extract_article(page(closing), URL).body
    assert body.endswith("for the timetable.")


@pytest.mark.parametrize("href", ["/https://school.example/programme/2022/", "/www.school.example/programme/"])
def test_a_closing_pointer_to_an_address_pasted_after_the_roots_slash_stays(href):
    """Fails before: the link read as one to a page of this site ("/https://..."), so the line was the site's own
    "read more" and went; the writer pasted the other site's address after the root's slash, as an editor's link
    box makes of it, and points to that site."""
    body = extract_article(page(f'<p><a href="{href}">Read the whole programme here</a></p>'), URL).body
    assert body.endswith("Read the whole programme here")


def test_a_closing_pointer_to_a_page_of_the_site_still_goes():
    body = extract_article(page('<p><a href="/programme/2022/">Read the whole programme here</a></p>'), URL).body
    assert body.endswith("member groups.")
