"""A WordPress post whose theme shows cards of similar posts under its text, each with its excerpt in an
`entry-summary`: those excerpts are the other posts' leads, never this post's."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/spring-plans/"
OWN = ("The board met on Tuesday to review the plans for the spring season, and members agreed to open the winter "
       "storage to visitors twice a month.")
OTHER_EXCERPT = "What the open day post tells members about the club's plans for the weeks ahead, in a line or two."


def _page(own_excerpt: str = "") -> str:
    card = ("<article class='entry loop-entry post post-204 type-post status-publish'>"
            "<a class='post-thumbnail' href='/open-day/'><img src='/uploads/204.jpg' alt=''></a>"
            "<header class='entry-header'><h3 class='entry-title'><a href='/open-day/' rel='bookmark'>Open day</a></h3>"
            "</header>"
            f"<div class='entry-summary'><p>{OTHER_EXCERPT}</p></div></article>")
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Spring plans - Shore club</title>"
            "<meta property='article:published_time' content='2024-11-02T10:00:00+01:00'></head>"
            "<body class='single single-post postid-201'>"
            "<section class='entry-hero'><header class='entry-header'><h1 class='entry-title'>Spring plans</h1>"
            "<time class='entry-date published' datetime='2024-11-02'>2024-11-02</time></header></section>"
            "<main id='main'><article id='post-201' class='entry post post-201 type-post single-entry'>"
            f"{own_excerpt}<div class='entry-content single-content'><p>{OWN}</p><p>Signs along the shore come next "
            "spring, with help from the town's parks office and a few volunteers.</p></div></article>"
            f"<div class='entry-related'><h2>Similar posts</h2>{card}</div></main></body></html>")


def test_a_related_posts_excerpt_is_not_the_posts_lead():
    # Fails before: the first element classed a summary on the page, the similar post's card, gave the lead.
    result = extract_article(_page(), URL)
    assert OTHER_EXCERPT not in result.lead
    assert result.lead.startswith("The board met on Tuesday")


def test_the_posts_own_excerpt_stays_its_lead():
    own = "Spring opens with longer hours at the storage and new signs along the shore."
    result = extract_article(_page(f"<div class='entry-summary'><p>{own}</p></div>"), URL)
    assert result.lead == own
