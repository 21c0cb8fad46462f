"""A story whose editor sets every line in a <div> of its own keeps its short lines of dialogue ("“Sure.”") and the
last line of a scene before a scene break ("* * *"): a loose word is a label, a quoted one is said."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://serials.example/fiction/harbour-lights/chapter-12"
TITLE = "Harbour Lights, chapter 12"
LINES = [
    "The ferry was late again, and Mira stood at the rail counting the gulls that followed it in from the sound.",
    "“Are you coming to the market tomorrow?” Jonas asked, shading his eyes against the low sun over the water.",
    "“Maybe.”",
    "“Bring the red basket this time, the one your aunt left behind when she moved up to the northern islands.”",
    "“Deal!”",
    "Mira laughed and turned back to the water, where the lights of the harbour were coming on one by one.",
    "Nobody spoke after that.",
    "* * *",
    "The market opened at six, long before the fog had lifted from the square and the stalls along the quay.",
    "Jonas was already there, arguing with the fishmonger about the price of herring and the weather at sea.",
]


def story_page() -> str:
    lines = "".join(f'<div class="line"><div dir="ltr"><span>{line}</span></div></div>' for line in LINES)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Serials</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body><header class="site"><a href="/">Serials</a> <a href="/fiction/">Fiction</a></header>
<main><article class="chapter"><h1>{TITLE}</h1><p class="meta">Posted 2 May 2024</p>
<div class="chapter-content">{lines}</div></article></main>
<footer><a href="/about/">About</a> <a href="/terms/">Terms</a></footer></body></html>"""


def test_short_quoted_lines_and_a_scenes_last_line_stay_in_the_story():
    # "“Maybe.”" and "“Deal!”" are a word each, and "Nobody spoke after that." stands before the scene break, not
    # between two lines of prose: all three were dropped as labels.
    body = extract_article(story_page(), URL).body
    for line in ("“Maybe.”", "“Deal!”", "Nobody spoke after that."):
        assert line in body.split("\n\n")
    assert body.startswith(LINES[0]) and body.endswith(LINES[-1])
