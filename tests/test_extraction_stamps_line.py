"""A line of the page's own stamps set first in the text's element, its publication and its update each with a day,
a time of day or an age ("Uppdaterad 15.59 | Publicerad 14.14", "Published 2 hours ago"), is the theme's stamp like
"Published 14 March 2024", not the text's first line."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.date_lines import is_stamps_line

TITLE = "Lamps return to the harbour"
TEXT = [
    "The old harbour lamps were lit again on Thursday evening after a winter of repairs, and a small crowd gathered "
    "on the pier to watch the first of them glow.",
    "Volunteers from the rowing club had scraped and painted each post by hand, working through the cold weekends "
    "between January and March to finish on time.",
    "The council says the lamps will stay on every night until midnight, and that the next step is to mend the "
    "benches along the quay before summer visitors arrive.",
]


def post(stamp: str) -> str:
    """A news site's article: the headline in the <article>, the stamp line set as the first paragraph of the
    text's own element, then the text."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in TEXT)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - The Gazette</title>
<meta property="og:type" content="article"></head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>{TITLE}</h1>
<div class="text"><p class="stamp">{stamp}</p>
{paragraphs}
</div></article></main><footer><p>Contact the newsroom</p></footer></body></html>"""


@pytest.mark.parametrize("stamp", [
    "Uppdaterad 15.59 | Publicerad 14.14",  # a post of today: its times, no day
    "Posted at 03/14/2024 2:22 AM | Updated as of 03/14/2024 2:25 AM",
    "Publié le 14 mars 2024 à 08:01Mis à jour le 14 mars 2024 à 09:06",  # two stamps run together
    "Published 2 hours ago",
])
def test_a_line_of_the_pages_stamps_is_no_line_of_the_text(stamp):
    result = extract_article(post(stamp), "https://gazette.example/news/2024/03/14/lamps/")
    assert result.body.split("\n\n") == TEXT


@pytest.mark.parametrize("line", [
    "CNN Business (London) First published March 14, 2024: 2:22 AM ET",  # a place and a source before the label
    "This post has been updated since it was first published.",
    "Updated | Thursday, March 14: adds the council's answer to the rowing club",
    "Posted by Anna Berg, harbour desk",
    "Published 2 hours ago, the report names every lamp post on the quay",
])
def test_a_line_saying_more_than_its_stamps_is_none(line):
    assert not is_stamps_line(line)
