"""A theme that heads its posts with an <h2> (the site's tagline in the header's <h1>) over a post whose Markdown
sets its sections in <h1> ("# Thanks to"): the text opens with its first paragraph above the first such section,
as it does under an <h1> headline, and the <h1>s stay the text's section headings."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://werkbank.example/de/blog/events/fifth-birthday/"
HEADLINE = "Fifth Birthday Party in the Harbour Hall"
OPENING = [
    "We love to build things together, which is why we invited everyone who ever came to one of our meetups to a "
    "party for the fifth birthday of the group last Thursday.",
    "But that was no reason to skip the talks: three of our members showed what they built this year.",
]
SECTIONS = (
    ("First of all, a big thank you to", ["The harbour hall for lending us the room and the stage for the evening.",
                                         "Our bakers for the cake, which was as big as a small container."]),
    ("Our birthday party", ["About sixty people came, and the last of them left well after midnight, after a long "
                            "round of questions about the talks and about what the group should do next year."]),
)


def _page(headline_tag: str = "h2") -> str:
    sections = "".join(f"<h1 id='s{i}'>{name}</h1><ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
                       if i == 0 else f"<h1 id='s{i}'>{name}</h1>" + "".join(f"<p>{line}</p>" for line in lines)
                       for i, (name, lines) in enumerate(SECTIONS))
    opening = "".join(f"<p>{p}</p>" for p in OPENING)
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>" + HEADLINE + "</title></head><body>"
            "<header><nav><a href='/de/blog'>Blog</a> <a href='/de/kontakt'>Kontakt</a></nav><h1>Rethink things</h1>"
            "<h2>Wir bauen mit Begeisterung.</h2></header><div id='content'><article class='post'>"
            f"<{headline_tag}>{HEADLINE}</{headline_tag}><div class='blog-content'><p></p>{opening}<hr>{sections}"
            "</div></article><aside><h2>Popular Posts</h2><ul><li><a href='/de/blog/a/'>An older post about "
            "containers</a></li></ul></aside></div><footer><p>Werkbank GmbH</p></footer></body></html>")


def test_the_text_under_an_h2_headline_opens_above_its_first_h1_section():
    # Fails before: with no <h1> showing the headline, the first section's <h1> was taken for it and the two
    # paragraphs above it went.
    found = extract_article(_page(), URL, listed_as_article=True)
    assert found.title == HEADLINE
    assert found.body.split("\n\n")[:2] == OPENING
    assert [name for name, _ in SECTIONS] == [line for line in found.body.split("\n\n")
                                              if line in {name for name, _ in SECTIONS}]


def test_an_h1_headline_and_an_h2_headline_read_alike():
    assert extract_article(_page("h2"), URL, listed_as_article=True).body \
        == extract_article(_page("h1"), URL, listed_as_article=True).body
