"""A page builder's column classed by the box it stands before ("el_before_share_box") holds the post, not a share bar."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.hints import names_furniture


def _page(column_class: str) -> str:
    return ("<html lang='en'><head><title>Meet us at the care fair - Beacon Care</title></head><body>"
            "<header><nav><a href='/'>Home</a><a href='/news/'>News</a></nav></header><main>"
            "<h1>Meet us at the care fair</h1><time datetime='2024-03-02T10:00:00'>2 March 2024</time>"
            f"<article class='page-content'><div class='{column_class}'><div class='textblock'>"
            "<p>We show our systems for:</p><ul><li>Alarms for lone workers</li><li>Calls for help in shops</li>"
            "<li>Bells for wards</li></ul><p>See you at stand B7!</p></div></div>"
            "<div class='el_after_column social_share_box'><h5>Share this post</h5><ul><li>"
            "<a href='https://share.example/?u=x'>Share</a></li></ul></div>"
            "<section class='closing-box'><h2>Want to know what suits your team?</h2><p>You need not choose the "
            "technology yourselves. Our specialists help you from the first need to a working system.</p></section>"
            "</article></main><footer><p>Beacon Care Ltd</p></footer></body></html>")


def test_a_column_classed_by_the_share_box_after_it_keeps_the_post():
    """Fails before: "el_before_social_share" read as a share bar, the post's column was pruned and the page was
    stored with only the closing box's sentences."""
    found = extract_article(_page("column col-2-3 el_after_column el_before_social_share"),
                            "https://beacon.example/news/care-fair/")
    assert found.body.startswith("We show our systems for:") and "See you at stand B7!" in found.body


def test_a_class_naming_a_neighbour_names_no_furniture_yet_the_share_box_still_does():
    assert not names_furniture("flex_column el_before_av_social_share")
    assert not names_furniture("col el-after-sidebar")
    assert names_furniture("after_content_copyright_div")
    assert names_furniture("el_after_column social_share_box")
    assert names_furniture("share-after-post")
