"""A picture story: a paragraph, then a heading over each photo saying what it shows, a credit under the photo and no
paragraph after it. The headings are the story's text, not closing headings of boxes after it; one heading over a
picture after the text, or a row of teasers whose pictures link to their stories, still is not."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://dailywag.example/stories/a-heron-on-the-canal-lock/"
TITLE = "A heron waited at the canal lock every morning, and the lock keeper finally found out why"
OPENING = ("For three weeks a grey heron stood on the lock gate at dawn, and the lock keeper, who had worked the "
           "canal for twenty years, started to photograph it on his way to open the sluices.")
CAPTIONS = ["The heron arrives at the gate just as the first boat of the day comes into sight",
            "It watches the water churn as the sluices open and the lock slowly fills",
            "Small fish stunned by the rush of water float up right under its feet",
            "Breakfast done, it flies off along the towpath towards the old mill"]
CREDIT = "Tom Reed / Canal Life"


def _photo(caption: str, n: int, link: str | None = None) -> str:
    picture = f'<img style="width: 600px;" alt="{caption}" src="https://cdn.dailywag.example/img/{n}-large.jpg" />'
    if link:
        picture = f'<a href="{link}">{picture}</a>'
    return (f'<div class="media-image"><h3>{caption}</h3><div class="media-image-container" style="width: 600px;">'
            f'<ul class="rollover-shares"><li><button class="facebook">Share</button></li></ul>'
            f'{picture}<p class="source">{CREDIT}</p></div></div>')


def _page(photos: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="header"><a href="/">Daily Wag</a> <a href="/animals/">Animals</a> <a href="/nature/">Nature</a></div>
<div class="wrapper"><div class="section20"><h1>{TITLE}</h1></div>
<div class="section20"><div class="placement"><p class="ad"><a href="/contact/">Advertisement</a></p></div></div>
<div class="section30"><p>{OPENING}</p>{photos}</div>
<div class="section20"><h3>Tell us what you think</h3></div></div>
<div class="footer"><a href="/about/">About</a> <a href="/privacy/">Privacy</a></div></body></html>"""


def test_headings_over_photos_are_the_story_text():
    """Fails before: the text ended on its paragraph, every heading after it trimmed as a box's heading."""
    photos = "".join(_photo(caption, n) for n, caption in enumerate(CAPTIONS))
    body = extract_article(_page(photos), URL).body
    assert body.startswith(OPENING)
    for caption in CAPTIONS:
        assert caption in body
    assert CREDIT in body
    assert "Tell us what you think" not in body


def test_one_heading_over_a_photo_after_the_text_still_goes():
    body = extract_article(_page(_photo(CAPTIONS[0], 0)), URL).body
    assert body == OPENING


def test_headings_over_pictures_linking_to_other_stories_still_go():
    photos = "".join(_photo(caption, n, link=f"/stories/story-{n}/") for n, caption in enumerate(CAPTIONS))
    body = extract_article(_page(photos), URL).body
    assert body == OPENING
