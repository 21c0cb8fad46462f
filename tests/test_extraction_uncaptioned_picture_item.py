"""A list post's item set as a picture's box that says it has no caption ("no_caption", "no-caption"): the name tells
what the box lacks, not that it is a caption, so the item's heading over the picture is the text's. A box named for
its caption ("has-caption") stays a captioned picture, whose caption is left out as before."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://quill.example/2021/04/harbour-lanterns-return/"
ITEM_HEADING = ("The lantern makers of the old harbour have lit their workshop again after a winter spent mending "
                "every frame by hand.")
PARAGRAPHS = [
    "Marta Olvenby, who runs the workshop, said the frames had rusted through during the wet months of last year.",
    "Volunteers from the rowing club carried the lanterns down to the quay on Saturday morning before the tide.",
    "The council has promised a small grant towards new glass, though the makers say the old panes will do.",
    "A procession along the harbour wall is planned for the first warm evening of the season, weather allowing.",
]


def _page(item_classes: str) -> str:
    text_item = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    second_item = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    return (
        "<html><head><title>Harbour lanterns return | Quill</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/about/'>About</a></nav>"
        "<div class='post'><h1>Harbour lanterns return</h1>"
        "<div class='post-time'>April 12, 2021</div>"
        "<div class='post-items'>"
        f"<div class='post-item post-item-image {item_classes}'><h2>{ITEM_HEADING}</h2>"
        "<div class='item-content'><img src='/img/lanterns-quay.jpg' alt=''></div></div>"
        f"<div class='post-item post-item-text'>{text_item}</div>"
        f"<div class='post-item post-item-text'>{second_item}</div>"
        "</div></div>"
        "<footer><p>Quill is written by the people of the harbour town.</p></footer></body></html>")


@pytest.mark.parametrize("classes", ["image_hit no_caption", "no-caption", "without-caption"])
def test_an_item_heading_in_a_picture_box_without_caption_is_text(classes):
    # Fails before: the box's "caption" word named it a caption's furniture; the heading went with it.
    found = extract_article(_page(classes), URL)
    assert found.is_article
    assert ITEM_HEADING in found.body
    assert all(p in found.body for p in PARAGRAPHS)


def test_a_box_named_for_its_caption_stays_out_of_the_text():
    found = extract_article(_page("has-caption"), URL)
    assert ITEM_HEADING not in found.body
    assert all(p in found.body for p in PARAGRAPHS)
