"""A post's closing line pointing to a page of its own site that the post is about (a project's page, a document's
page) stays, however short or linked; a "read also" line naming another post of the site does not."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://workshop.example/blog/2024/05/14/kite-game/"
TITLE = "Our kite game is out"
PARAGRAPHS = [
    "The kite game the children designed at the spring workshop is out now, for phones, tablets and the web.",
    "Four children drew the levels and wrote the music; the grown-ups only helped with the code and the testing.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    """A small blog page: site chrome around a post with its headline and date, then a pager to the next posts."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Workshop</title></head>
<body><header><a href="/">Workshop</a><nav><a href="/blog/">Blog</a><a href="/projects/">Projects</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 14 May 2024</p>
<div class="post">{story}</div></article>
<nav class="pager"><a href="/blog/2024/05/01/spring/">Previous: Spring workshop</a></nav></main>
<footer><p>Workshop, Mill Lane 3</p></footer></body></html>"""


def body_of(story: str, url: str = URL) -> list[str]:
    return extract_article(page(story), url).body.split("\n\n")


@pytest.mark.parametrize("line, shown", [
    ("<p><a href='/projects/kite-game/'>the game's page</a></p>", "the game's page"),
    ("<p><a href='../../../../../projects/kite-game/manual/'>Here is the PDF</a></p>", "Here is the PDF"),
    ("<p>You can download it from <a href='/projects/kite-game/'>the project page of Kite Game</a></p>",
     "You can download it from the project page of Kite Game"),
    ("<p>More feedback: <a href='/feedback/kite-game-players/'>What the players said</a></p>",
     "More feedback: What the players said"),
    # A section of the site the line names in a sentence of its own, not the way back or "all ...".
    ("<p><a href='/schedule'>Here you find the spring schedule</a></p>", "Here you find the spring schedule"),
    # A link written from "www." on, without its scheme: the writer's pointer to another site.
    ("<p><a href='www.kites.example/shop/'>Order the printed game</a></p>", "Order the printed game"),
])
def test_a_closing_line_pointing_to_a_page_of_the_site_outside_its_posts_stays(line, shown):
    # Fails before: a line all or mostly link, to the site's own page, weighed as furniture and was dropped or
    # trimmed; only lines linking to other sites or documents closed a post.
    assert body_of(TEXT + line) == PARAGRAPHS + [shown]


def test_a_one_paragraph_post_keeps_its_pointer_to_the_project_page():
    # Fails before: the paragraph alone was the body's container; the linked line beside it was no neighbour.
    story = f"<p>{PARAGRAPHS[0]}</p><p><a href='/projects/kite-game/'>go to the project page</a></p>"
    assert body_of(story) == [PARAGRAPHS[0], "go to the project page"]


@pytest.mark.parametrize("line", [
    "<p><a href='/blog/2024/04/02/paper-planes/'>Paper planes in the yard</a></p>",  # another post, dated path
    "<p><a href='/blog/paper-planes/'>Paper planes in the yard</a></p>",  # another post, in the posts' section
    "<p>Read also: <a href='/projects/kite-game/'>The kite game</a></p>",  # names itself furniture
    "<p><a href='/blog/'>Back to the blog</a></p>",  # the listing above the page
    "<p><a href='/tags/flying/'>Everything on flying things</a></p>",  # a listing of posts by subject
    "<p><a href='/projects/'>All our projects here</a></p>",  # a section of the site itself
    "<p><a href='/projects/'>Back to our projects page</a></p>",  # the way back to a section
    "<p><a href='/contact/'>Contact</a></p>",  # a section named, not pointed to
    "<p><a href='/projects/kite-game/'>The game</a> and <a href='/projects/'>all projects</a></p>",  # two links
])
def test_a_line_linking_to_another_post_or_naming_itself_furniture_goes(line):
    assert body_of(TEXT + line) == PARAGRAPHS


def test_a_box_of_its_own_after_the_text_goes():
    # The pointer sits in an element of its own, beside no line of the post's text: a box, not the writer's line.
    story = TEXT + "<div class='box'><p><a href='/projects/kite-game/'>the game's page</a></p></div>"
    assert body_of(story) == PARAGRAPHS


def test_an_undated_page_keeps_no_line_to_another_section():
    # A site without dated paths files its stories in sections ("/games/...", "/crafts/..."): a line linking to
    # another section may well be another story.
    story = TEXT + "<p><a href='/crafts/paper-kites/'>Paper kites to fold at home</a></p>"
    assert body_of(story, "https://workshop.example/games/kite-game/") == PARAGRAPHS


def test_a_post_dated_in_one_word_of_its_path_keeps_its_pointer():
    # "/blog/20240514-kite-game/": the day written as one number still dates the post.
    line = "<p><a href='/projects/kite-game/'>the game's page</a></p>"
    assert body_of(TEXT + line, "https://workshop.example/blog/20240514-kite-game/") == PARAGRAPHS + ["the game's page"]
