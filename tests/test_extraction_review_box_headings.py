"""A review's summary box (its score, "Pros" and "Cons" over their points) that the page's stated articleBody leaves
out goes whole: its headings go with the points the articleBody check drops, not left over the text as labels."""
from __future__ import annotations

import json

from news_archive.pipelines.extraction import extract_article

URL = "https://gadgets.example/2024/05/02/tablet-review/"
TITLE = "Tablet review: a big screen that keeps up"
PARAGRAPHS = [
    "The new tablet is the fastest we have tested this year, and for once the speed shows in the apps people use "
    "every day rather than only in benchmarks.",
    "Its screen is bright enough to read outdoors, and the battery lasted two full working days in our tests with "
    "the brightness set halfway.",
    "The keyboard case costs extra and feels cramped, which matters if you mean to write on it for hours at a time.",
    "For most people it is the one to buy, unless a smaller and cheaper model will do.",
]
SUBHEADING = "Battery and screen"
BOX = {"Pros": ["Quick at everything we threw at it", "Lasts two days on one charge"],
       "Cons": ["Pricey accessories", "No headphone socket left"]}


def review_page() -> str:
    box = '<div class="score-box"><h3>Verdict</h3>' + "".join(
        f"<h4>{name}</h4><ul>" + "".join(f"<li>{point}</li>" for point in points) + "</ul>"
        for name, points in BOX.items()) + "</div>"
    stated = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
                         "articleBody": " ".join(PARAGRAPHS)})
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<script type="application/ld+json">{stated}</script></head><body><header><a href="/">Gadgets</a></header>
<main><article><h1>{TITLE}</h1><div class="article-text"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{box}
<h3>{SUBHEADING}</h3><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div></article></main>
<footer><a href="/about/">About</a></footer></body></html>"""


def test_the_headings_of_a_box_left_out_of_the_stated_body_go_with_it():
    # The points went, as the articleBody does not hold them, but every heading was kept: "Verdict", "Pros" and
    # "Cons" stood amid the text.
    assert extract_article(review_page(), URL).body.split("\n\n") == [*PARAGRAPHS[:2], SUBHEADING, *PARAGRAPHS[2:]]
