"""A post whose last paragraph breaks off mid-sentence right above a list of links ("We also have a channel on" over
the channels' names, each a link) keeps that paragraph: the links close the writer's sentence, so it is no sign-off
however short. A box's label of a few words over such a list stays out."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/news/2024-02-01_channels/"


def _page(line: str) -> str:
    # A Hugo theme's shape: the post's header, its text element, the list of links closing it, the tags after.
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Our channels - Club</title></head>"
            "<body><header><a href='/'>Club</a> <a href='/news/'>News</a></header><main><article class='post'>"
            "<header class='post__header'><h1 class='post__title'>Our channels</h1>"
            "<time class='meta__text' datetime='2024-02-01'>1 February 2024</time></header>"
            "<div class='content post__content'>"
            "<p>The club keeps its members and neighbours informed about every match, training session and meeting of "
            "the season through several channels, which the volunteers update every week without fail.</p>"
            "<p>Most of the news appears first on the short message service, where the volunteers also answer "
            "questions from new members and share the pictures taken at the weekend matches.</p>"
            f"<p>{line}</p><ul><li><strong><a href='https://video.example/club'>Vidora</a></strong></li>"
            "<li><a href='https://chat.example/club'><strong>Chatterly</strong></a></li>"
            "<li><strong><a href='https://photos.example/club'>Pixlo</a></strong></li></ul></div>"
            "<footer class='post__footer'><ul class='tags__list'><li><a href='/tags/club/'>club</a></li></ul>"
            "</footer></article></main><footer><p>© Club</p></footer></body></html>")


@pytest.mark.parametrize(("line", "closes_text"), [
    # Fails before: the short unfinished line, the links under it dropped, was trimmed as a sign-off.
    ("We also keep a channel on", True),
    ("Follow us on", False),
    ("Share this post on", False),
])
def test_a_line_running_on_into_the_list_under_it_closes_the_text(line, closes_text):
    last = extract_article(_page(line), URL).body.split("\n\n")[-1]
    assert (last == line) is closes_text
