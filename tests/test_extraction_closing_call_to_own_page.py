"""A post's closing line sending the reader to a page of the site itself stays in its text (issue 9, point 5): a label
and its colon or a sentence of the writer's, then one link to the registration form or the programme page ("Register:
<a>www.network.example/...</a>", "Anmälan: <a>formuläret</a>"). The site's furniture after the text goes: "Read more"
to another story, the way back to a listing, a tag, a pager's label, a share link, and a line repeated on the site's
other pages."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import BoilerplateMemory, extract_article

EN_URL = "https://network.example/news/summer-school-on-field-methods/"
EN_TITLE = "Summer School on Field Methods"
EN_TEXT = ("The network holds its third summer school on field methods in the hill country this July, with two weeks "
           "of lectures, walks and practical sessions for doctoral students and early-career researchers of member "
           "groups. Places are limited to thirty, and the network pays travel and board for students of member groups.")
SV_URL = "https://natverket.example/nyheter/sommarskola-i-faltmetodik/"
SV_TITLE = "Sommarskola i fältmetodik"
SV_TEXT = ("Nätverket ordnar i juli sin tredje sommarskola i fältmetodik i skogslandet, med två veckor av "
           "föreläsningar, vandringar och övningar för doktorander och forskare tidigt i karriären. Platserna är "
           "trettio, och nätverket betalar resa och kost för studenter från medlemsgrupperna.")


def page(title: str, lang: str, text: str, closing: str, number: int = 0) -> str:
    """A builder's post at an undated address: its headline and day, its text element (two paragraphs, then the
    closing line), then the links to the neighbouring posts in an element of their own."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Network</title></head>
<body><header><a href="/">Network</a> <a href="/news/">News</a> <a href="/about/">About</a></header>
<main><article class="post"><h1>{title}</h1><div class="post-info">2024-05-{10 + number:02d}</div>
<div class="widget-post-content"><div class="widget-container">
<p>{text}</p>
<p>({number}) {text} {text[:120]}.</p>
{closing}
</div></div>
<nav class="post-navigation"><a href="/news/spring-meeting/" rel="prev">Previous</a>
<a href="/news/autumn-call/" rel="next">Next</a></nav></article></main>
<footer><p>Network office, Mill Street 4</p></footer></body></html>"""


@pytest.mark.parametrize("url, title, lang, text, closing, last", [
    (EN_URL, EN_TITLE, "en", EN_TEXT,
     '<p>Register: <a href="https://network.example/summer-school/register/">'
     'network.example/summer-school/register</a></p>',
     "Register: network.example/summer-school/register"),
    (EN_URL, EN_TITLE, "en", EN_TEXT,
     '<p>More information: <a href="/programmes/field-methods/">the programme page</a></p>',
     "More information: the programme page"),
    (EN_URL, EN_TITLE, "en", EN_TEXT,
     '<p>Apply for one of the thirty places on <a href="/forms/summer-school/">our registration form</a></p>',
     "Apply for one of the thirty places on our registration form"),
    (SV_URL, SV_TITLE, "sv", SV_TEXT,
     '<p>Anmälan: <a href="/kurser/faltmetodik/anmalan/">anmälningsformuläret</a></p>',
     "Anmälan: anmälningsformuläret"),
    (SV_URL, SV_TITLE, "sv", SV_TEXT,
     '<p>Läs mer på <a href="http://www.natverket.example/kurser/faltmetodik/">'
     'www.natverket.example/kurser/faltmetodik</a></p>',
     "Läs mer på www.natverket.example/kurser/faltmetodik"),
])
def test_a_writers_closing_call_to_a_page_of_the_site_stays(url, title, lang, text, closing, last):
    """Fails before: a closing line linking to the site's own page was a sign-off (short, no full stop) unless its link
    led to another site, so the post lost the way to its registration form or programme."""
    body = extract_article(page(title, lang, text, closing), url).body
    assert body.endswith(last)
    assert body.startswith(text[:40])


@pytest.mark.parametrize("closing", [
    '<p>Read more: <a href="/news/summer-school-2023/">Last year\'s summer school in pictures</a></p>',
    '<p>READ NEXT: <a href="/news/autumn-call/">Autumn call for projects</a></p>',
    '<p>Also this spring: <a href="/news/spring-meeting/">Spring meeting gathers forty members '
    'at the coast</a></p>',
    '<p>Back: <a href="/news/">News</a></p>',
    '<p>Tags: <a href="/tags/courses/">courses</a></p>',
    '<p>Next: <a href="/news/autumn-call/">Autumn call for projects</a></p>',
    '<p>Share: <a href="https://www.facebook.com/sharer/sharer.php?u=https://network.example/">Facebook</a></p>',
    '<p>See all our stories on <a href="/news/">the news page</a></p>',
])
def test_the_sites_furniture_closing_the_text_goes(closing):
    body = extract_article(page(EN_TITLE, "en", EN_TEXT, closing), EN_URL).body
    assert body.endswith(EN_TEXT[:120] + ".")


def test_a_call_repeated_on_the_sites_other_pages_goes():
    """The same line under every post is the site's: the boilerplate memory drops it, as any repeated line."""
    closing = '<p>Our courses: <a href="/courses/">network.example/courses</a></p>'
    memory = BoilerplateMemory()
    bodies = [extract_article(page(EN_TITLE, "en", EN_TEXT, closing, number),
                              EN_URL.replace("methods", f"methods-{number}"), boilerplate=memory).body
              for number in range(4)]
    assert bodies[0].endswith("Our courses: network.example/courses")
    assert not bodies[3].endswith("network.example/courses")
