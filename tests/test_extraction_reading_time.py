"""A line under the headline showing the post's date, its writer and its reading time is the theme's stamp, not the
text's first line: a site's copies of one post in two languages then show the same text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.stamp_lines import is_date_line

TITLE = "Volunteers map the old harbour cranes"
LEAD = "Forty volunteers spent the weekend mapping every crane that still stands along the old harbour front."
TEXT = ("The map marks each crane with its year, its maker and the ships it loaded, and the society will print it "
        "for the harbour museum in the autumn.")


def post(stamp: str, lang: str = "en") -> str:
    """A static-site post: its header holds the headline and a small line with the date, the writer and the reading
    time, its lead and paragraphs follow in the <article>."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2024-05-14T09:00:00+02:00"></head>
<body><header><a href="/">Harbour Society</a><nav><a href="/blog/">Blog</a></nav></header>
<main><div class="row"><article><div class="blog-header"><h1>{TITLE}</h1>
<p><small>{stamp}</small></p></div>
<p class="lead">{LEAD}</p><p>{TEXT}</p></article></div></main>
<footer><p>Harbour Society, Quay Street 1</p></footer></body></html>"""


@pytest.mark.parametrize("stamp, lang", [
    ("Posted on May 14, 2024 by <a href='/contributors/harbour-society/'>Harbour Society</a>&nbsp;&dash;&nbsp;"
     "<strong>1&nbsp;min read</strong>", "en"),
    ("Gepostet am May 14, 2024 von <a href='/de/contributors/harbour-society/'>Harbour Society</a>&nbsp;&dash;&nbsp;"
     "<strong>1&nbsp;Minuten Lesezeit</strong>", "de"),
    # a writer of more names than a date line's label leaves room for
    ("Posted on May 14, 2024 by Anna Maria Berg-Holm and Per Holm ‐ 4 min read", "en"),
])
def test_a_stamp_with_the_reading_time_under_the_headline_is_no_line_of_the_text(stamp, lang):
    result = extract_article(post(stamp, lang), f"https://harbour.example/{lang}/blog/2024-05-14/cranes/")
    assert result.body.split("\n\n") == [LEAD, TEXT]


@pytest.mark.parametrize("line", ["Posted May 14, 2024 by Anna Berg ‐ 5 min read",
                                  "Veröffentlicht am 14. Mai 2024 von Anna Berg · 5 Minuten Lesezeit",
                                  "Publicerad 14 maj 2024 av Anna Berg, 3 min läsning",
                                  "Publisert 14. mai 2024 av Anna Berg – 4 minutters lesing",
                                  "Julkaistu 14.5.2024 | Anna Maria Berg | 2 min lukuaika",
                                  "Published 14 May 2024 by Anna Berg, reading time: 3 min"])
def test_a_reading_time_is_no_word_of_a_date_line(line):
    """The stamp's label and the writer's name leave no room for more words; the reading time takes none."""
    assert is_date_line(line, {"2024-05-14"})


def test_a_sentence_with_a_date_and_minutes_of_reading_stays_no_date_line():
    assert not is_date_line("On 14 May 2024 the children of the island school read for 20 minutes to the mayor.")
