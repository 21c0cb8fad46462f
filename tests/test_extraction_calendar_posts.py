"""A residents' group files the chronicle of its campaign ("kalendarium") as dated blog posts under a calendar's
address: the site lists them as posts, each declares a BlogPosting and shows its date. Those are articles; an
event's page under the same address (an Event in JSON-LD) or a page no listing presents stays out."""
from __future__ import annotations

import json

from news_archive.pipelines.extraction import extract_article

URL = "https://residents.example/kalendarium/2016-07-01_expert-review/"
TEXT = ("<p>A team from the technical university reviewed the city's comparison of the route variants this summer.</p>"
        "<p>The review found that the chosen variant was scored on cost figures that left out the retention tank and "
        "the rebuilt junction, which together would double the price.</p>"
        "<p>The reviewers asked for a transport study of the whole district before any design work starts.</p>")


def _chronicle_page(jsonld_type: str) -> str:
    """A Hugo theme's single post: breadcrumbs, h1, a date shown in words, the text, JSON-LD of the given type."""
    data = {"@context": "https://schema.org", "@type": jsonld_type, "headline": "The university reviews the variants",
            "datePublished": "2016-07-01T00:00:00+00:00"}
    return (
        "<html lang='pl'><head><title>The university reviews the variants | Residents</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2016-07-01T00:00:00+00:00'>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/aktualnosci/'>News</a> <a href='/kalendarium/'>Chronicle</a></nav>"
        "<main class='main'><article class='post-single'><header class='post-header'>"
        "<div class='breadcrumbs'><a href='/'>Home</a> » <a href='/kalendarium/'>Chronicle</a></div>"
        "<h1 class='post-title'>The university reviews the variants</h1>"
        "<div class='post-meta'><span title='2016-07-01 00:00:00 +0000 UTC'>01 lip 2016</span> · 3 min</div>"
        f"</header><div class='post-content'>{TEXT}</div></article></main>"
        "<footer><p>Residents of the street, 2024</p></footer></body></html>")


def test_a_listed_blog_post_under_a_calendars_address_is_an_article():
    """Fails before: the address segment /kalendarium/ made every such page an event calendar's page (other)."""
    result = extract_article(_chronicle_page("BlogPosting"), URL, listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.published.startswith("2016-07-01")
    assert result.title == "The university reviews the variants"


def test_an_events_page_under_a_calendars_address_stays_out():
    result = extract_article(_chronicle_page("Event"), URL, listed_as_article=True)
    assert result.page_type == "other"


def test_a_post_no_listing_presents_under_a_calendars_address_stays_out():
    result = extract_article(_chronicle_page("BlogPosting"), URL, listed_as_article=False)
    assert result.page_type == "other"
