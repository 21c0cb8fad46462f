"""A post signed in the name of the company's crew ("die <company> crew", "The <company> Crew", "the <company>
conference crew") keeps that signature, as one signed by "The <club> team" does; a link to another page closing the
text still goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://werkbank.example/de/blog/events/meetup-mai/"
TITLE = "Container-Meetup im Mai"
PARAGRAPHS = [
    "Am Donnerstag trafen sich wieder gut vierzig Leute in unserem Büro, um über Container, Pipelines und den "
    "Betrieb kleiner Cluster zu sprechen.",
    "Nach den zwei Vorträgen blieben viele noch lange bei Pizza und Getränken, und die Fragen gingen uns bis "
    "zum späten Abend nicht aus.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{TITLE} | Werkbank</title></head>
<body><header><a href="/">Werkbank</a><nav><a href="/de/blog/">Blog</a><a href="/de/kontakt/">Kontakt</a></nav>
</header><main><article class="post"><h2>{TITLE}</h2><div class="blog-content">{story}</div></article>
<aside><h2>Beliebte Beiträge</h2><ul><li><a href="/de/blog/a/">Ein älterer Beitrag</a></li></ul></aside></main>
<footer><p>Werkbank GmbH, Hauptstraße 1</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("signature", ["die Werkbank crew", "The Werkbank Crew", "the Werkbank conference crew"])
def test_a_post_signed_by_the_companys_crew_keeps_its_signature(signature):
    # Fails before: a team or a board signed, a crew did not; the line went as a short line after the text.
    assert body_of(TEXT + f"<p>{signature}</p>") == PARAGRAPHS + [signature]


def test_a_link_to_the_crews_page_closing_the_text_still_goes():
    assert body_of(TEXT + '<p><a href="/de/crew/">Die Werkbank Crew</a></p>') == PARAGRAPHS
