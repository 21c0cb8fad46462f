"""A list of links the writer sets among the post's own paragraphs (the songs, the sources, the pictures the post
speaks of) is the text's; a related-posts box linking the site's own posts and a share box are not."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://garden.example/blog/2011/4/old-seed-catalogues/"
OPENING = ("<p>Found on a rainy afternoon: a shop that scanned its old seed catalogues.</p>"
           "<p>I spent an hour in the pages about beans alone.</p>")


def _page(text: str, after: str = "") -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>Old seed catalogues | Plot notes</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/blog/'>Blog</a></nav></header>"
            "<article class='post'><header><h2>Old seed catalogues</h2>"
            "<p class='meta'>written by Ruth on <time datetime='2011-04-02'>Saturday, April 2, 2011</time></p></header>"
            f"<section class='post-body'>{text}</section>{after}</article>"
            "<footer><p>Plot notes, a garden blog</p></footer></body></html>")


def test_the_recording_the_writer_lists_between_their_paragraphs_is_the_texts():
    # Fails before: the list's one point, a linked line, read as a menu's and was dropped from the text.
    text = (OPENING + "<ul><li><a href='https://songs.example/audio/bean-song.mp3'>The bean song (mp3)</a></li></ul>"
            "<p>Lovely.</p>")
    body = extract_article(_page(text), URL).body
    assert "The bean song (mp3)" in body


def test_one_linked_point_to_a_page_amid_the_text_is_still_a_teaser():
    text = (OPENING + "<ul><li><a href='https://news.example/live/garden-show'>Live updates from the garden show</a>"
            "</li></ul><p>The drawings of the runner beans are still the best part of the whole catalogue.</p>")
    body = extract_article(_page(text), URL).body
    assert "Live updates" not in body


def test_a_list_of_links_closing_the_writers_text_is_the_texts():
    # Fails before: the closing list of the writer's links, under a paragraph too short to introduce references,
    # went as a related-links box.
    text = (OPENING + "<p>The bean drawings are the best part. <strong>Wonderful!</strong></p>"
            "<ul><li><a href='https://seeds.example/about'>The shop</a></li>"
            "<li><a href='https://archive.example/catalogues/1911'>The scans</a></li>"
            "<li><a href='https://wiki.example/wiki/Runner_bean'>Runner beans on the wiki</a></li></ul>")
    body = extract_article(_page(text), URL).body
    assert "The scans" in body
    assert body.rstrip().endswith("Runner beans on the wiki")


def test_a_list_of_the_sites_own_posts_after_the_text_is_still_no_text():
    text = (OPENING + "<p>The drawings of the runner beans are still the best part.</p>"
            "<ul><li><a href='/blog/2011/3/sowing-beans/'>Sowing beans indoors</a></li>"
            "<li><a href='/blog/2010/9/saving-bean-seed/'>Saving bean seed</a></li></ul>")
    body = extract_article(_page(text), URL).body
    assert "Sowing beans indoors" not in body and "Saving bean seed" not in body


def test_a_share_list_after_the_text_is_still_no_text():
    text = (OPENING + "<p>The drawings of the runner beans are still the best part.</p>"
            "<ul><li><a href='https://facebook.com/sharer.php?u=x'>Facebook</a></li>"
            "<li><a href='https://twitter.com/intent/tweet?url=x'>Share on Twitter</a></li></ul>")
    body = extract_article(_page(text), URL).body
    assert "Facebook" not in body and "Share on Twitter" not in body


LIST = ("<ul><li><a href='https://seeds.example/catalogue-1911.pdf'>The 1911 catalogue</a> (40 pages)</li>"
        "<li><a href='https://seeds.example/catalogue-1923.pdf'>The 1923 catalogue</a> (52 pages)</li>"
        "<li><a href='https://review.example/seed-catalogues'>A review of the scans</a></li></ul>")


@pytest.mark.parametrize("lead", [
    "<p>The <a href='https://seeds.example/about'>shop's scanned catalogues</a> are now online. "
    "The two I liked best are below:</p>",
    "<p>A seed shop on the coast <a href='https://seeds.example/about'>scanned its old catalogues, every page</a> "
    "of them, with the drawings.</p>"
    "<p><a href='https://seeds.example/catalogue-1911.pdf'><img src='/img/cover.png' alt=''></a></p>",
])
def test_a_closing_list_under_a_lead_in_that_links_its_subject_is_the_texts(lead):
    # Fails before: the paragraph over the list links what it speaks of, so it counted as no paragraph of the
    # writer's and the list went as a box of links.
    body = extract_article(_page(OPENING + lead + LIST), URL).body
    assert body.rstrip().endswith("A review of the scans"), body
