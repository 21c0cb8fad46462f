"""A list of the text whose points are mostly the writer's own words, some linked (a series' index: the parts
published linked, this one and those to come plain), stays whole; a list linking every point, or most of them, still
loses its links as a box's."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://gardeners.example/2024/04/10/compost-part-two/"
TITLE = "Compost, part two: turning the heap"
PARAGRAPHS = [
    "Last week we built the heap; this week we turn it, which lets air in and keeps the middle from going sour.",
    "Use a fork, not a spade, and move the outer layer to the middle so that every part of the heap gets warm.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
PARTS = ["Part one: building the heap", "Part two: turning the heap", "Part three: what to feed it",
         "Part four", "Part five"]
INDEX = "<ol>" \
    f"<li><a href='/2024/04/03/compost-part-one/'>{PARTS[0]}</a></li>" \
    f"<li><strong>{PARTS[1]}</strong></li>" \
    f"<li><a href='/2024/04/17/compost-part-three/'>{PARTS[2]}</a></li>" \
    f"<li>{PARTS[3]}</li><li>{PARTS[4]}</li></ol>"
OTHERS = "<ul><li><a href='/2024/03/01/seed-swap/'>The seed swap is back in March</a></li>" \
    "<li><a href='/2024/02/12/tool-shed/'>A new roof for the tool shed</a></li></ul>"


def page(story: str, header: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Allotment News</title></head>
<body><header><a href="/">Allotment News</a><nav><a href="/news/">News</a><a href="/plots/">Plots</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">10 April 2024</p>{header}<div class="post-body">{story}</div></article>
</main><footer><p>Allotment Society, Garden Lane 2</p></footer></body></html>"""


def body_of(story: str, header: str = "") -> list[str]:
    return extract_article(page(story, header), URL).body.split("\n\n")


def test_a_series_index_of_linked_and_plain_parts_stays_whole():
    # Fails before: the linked parts weighed as links to the site's own posts and went as furniture, leaving the
    # plain ones ("Part two", "Part four", "Part five") as a broken list.
    assert body_of(TEXT + "<p>The whole series:</p>" + INDEX)[-6:] == ["The whole series:", *PARTS]


def test_a_list_linking_every_point_under_a_label_still_goes():
    body = body_of(TEXT + "<p>More news:</p>" + OTHERS)
    assert body == PARAGRAPHS


def test_a_header_list_above_the_text_keeps_no_links():
    # A header's list of the post's facts above the text: a plain reading time and note beside the linked bylines.
    facts = "<ul class='info'><li>Three minutes of reading</li><li>Translated from the Dutch</li>" \
        "<li>By <a href='/authors/anna/'>Anna Berg</a></li><li>Pictures: <a href='/authors/per/'>Per Holm</a></li></ul>"
    body = body_of(TEXT, facts)
    assert "By Anna Berg" not in body and "Pictures: Per Holm" not in body


def test_a_list_linking_most_of_its_points_beside_a_plain_one_still_drops_its_links():
    # A header's bylines beside a plain reading time, a box of stories beside a plain note: the links are no points
    # of the writer's own list.
    box = OTHERS.replace("<ul>", "<ul><li>Older news are in the archive</li>")
    assert "The seed swap is back in March" not in body_of(TEXT + "<p>More news:</p>" + box)
