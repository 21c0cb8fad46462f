"""The writer's references closing the text stay when a sentence of their own introduces them, under the heading of
the text's last section, and when a point of the list is the writer's own words linking a recording of the site's."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://rowing.example/news/2024/03/02/winter-training/"
TITLE = "Winter training on the canal"
PARAGRAPHS = [
    "Our winter training starts next Saturday on the canal, with two boats of eight and a coach on the towpath.",
    "Bring warm clothes and a change of socks: the club house will be heated from nine, and soup is served at noon.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TALKS = ["Rowing in the cold - what the body needs", "Ten years of canal racing - a look back"]
AWAY = "".join(f"<li><a href='https://video{i}.example/watch/{i}'>{t}</a></li>" for i, t in enumerate(TALKS))
TEASERS = "<li><a href='/news/2024/02/10/new-boat/'>Our new boat has arrived at last</a></li>" \
    "<li><a href='/news/2024/01/05/annual-meeting/'>The annual meeting elected a new board</a></li>"
SHARE = "<li><a href='https://twitter.com/intent/tweet?u=x'>Share on Twitter</a></li>" \
    "<li><a href='https://facebook.com/sharer/sharer.php?u=x'>Share on Facebook</a></li>"
# A sentence of the writer's, longer than a label's few words, with and without a closing colon.
WATCH = "Anyone who wants to know more about rowing in winter should watch these two talks from last year:"
READINGS = "Here is a short list of talks about rowing in winter that we found useful (in English)"


def page(story: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Canal Rowers</title></head>
<body><header><a href="/">Canal Rowers</a><nav><a href="/news/">News</a><a href="/club/">Club</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 2 March 2024</p>
<div class="post-text">{story}</div></article></main><footer><p>Canal Rowers, Lock Lane 3</p></footer>
</body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("heading", ["More on the subject", "Talks", "Further reading"])
@pytest.mark.parametrize("intro", [WATCH, READINGS])
def test_links_introduced_by_the_writers_sentence_under_the_last_sections_heading_stay(heading, intro):
    # Fails before: a heading right above the list's introducing line was read as the label of a box of links ("More
    # on the subject" over "More from the magazine:"), and a sentence with no colon introduced no list; the links went
    # as furniture.
    story = TEXT + f"<h2>{heading}</h2><p>{intro}</p><ul>{AWAY}</ul>"
    assert body_of(story)[-4:] == [heading, intro, *TALKS]


def test_a_press_list_whose_first_point_links_a_recording_on_the_site_stays():
    # Fails before: the first point, the writer's own words, links one word to a video file the site keeps, which
    # counted as no reference, so the whole list went.
    points = ["The <a href='/files/2024/03/evening-news.mp4'>banners</a> of the club made the evening news!",
              "<a href='https://paper.example/2024/03/canal'>The Canal Post</a>",
              "<a href='https://radio.example/sports/rowing'>Radio Lock</a>"]
    story = TEXT + "<p>Our training in the press:</p><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    assert body_of(story)[-4:] == ["Our training in the press:", "The banners of the club made the evening news!",
                                   "The Canal Post", "Radio Lock"]


@pytest.mark.parametrize("box", [
    # The site's own stories under a heading, however long the line over them.
    f"<h2>Read also</h2><p>{READINGS}</p><ul>{TEASERS}</ul>",
    f"<h2>More on the subject</h2><p>{WATCH}</p><ul>{TEASERS}</ul>",
    # Share buttons under a sentence asking to share the post.
    "<h3>Share</h3><p>If you liked this post, please share it with your friends and your rowing club mates:</p>"
    f"<ul>{SHARE}</ul>",
])
def test_the_sites_stories_and_share_buttons_under_a_long_line_still_go(box):
    body = body_of(TEXT + box)
    assert body[:len(PARAGRAPHS)] == PARAGRAPHS
    assert not {"Our new boat has arrived at last", "Share on Twitter"} & set(body)
