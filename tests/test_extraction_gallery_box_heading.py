"""A post closing on a photo gallery set in a box of its own (a static generator's gallery plugin: <div class=gallery>
holding the writer's heading over the thumbnails, each opening its full size), right after the paragraphs: the
heading is the writer's ("Some photos taken at the regatta"), the gallery's as when the heading stands among the
paragraphs themselves, not a box after the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://quill.example/regatta-results.html"
PARAGRAPHS = [
    "The harbour crews rowed in bright weather on Saturday, and the club's youngest four took second place overall.",
    "The race was close from the first buoy, five boats in turn coming within a length of the lead before the turn.",
    "Our thanks go to the volunteers who carried the boats down to the quay and timed every heat by hand.",
]
HEADING = "Some photos taken at the regatta"


def _page() -> str:
    thumbnails = "".join(f"<a href='/photos/regatta/{n}.jpg' title='{n}.jpg'><img src='/photos/regatta/{n}t.jpg'></a>"
                         for n in range(1, 7))
    return (
        "<html><head><title>Regatta results | Quill</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/about/'>About</a></nav>"
        "<section id='content'><article><header><h1>Regatta results</h1></header>"
        "<div class='entry-content'><footer class='post-info'><time datetime='2023-05-30'>30 May 2023</time></footer>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p><img src='/img/podium.jpg' alt='The podium'></p>"
        f"<div class='gallery'><h3>{HEADING}</h3>{thumbnails}</div>"
        "</div></article></section>"
        "<footer><p>Quill is written by the people of the harbour town.</p></footer></body></html>")


def test_the_heading_of_a_gallery_in_its_own_box_closes_the_text():
    # Fails before: only a heading standing among the paragraphs headed a gallery; in the plugin's box it was trimmed.
    found = extract_article(_page(), URL)
    assert all(p in found.body for p in PARAGRAPHS)
    assert found.body.rstrip().endswith(HEADING)
