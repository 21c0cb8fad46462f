"""A society's WordPress keeps its congress announcements in an events post type named in the site's language
(/evento/slug/, /eventi/, /evenements/, /veranstaltungen/): each page shows a date line and its og:type says article,
like the society's news posts, but it is an event's page, as /events/slug/ is. Its news posts stay articles."""
from __future__ import annotations

import json

import pytest

from news_archive.pipelines.extraction import extract_article

TEXT = ("<p>From the twelfth to the fifteenth of the month the regional congress of the society meets in the harbour "
        "town, with lectures on the care of newborns and workshops for nurses and young doctors.</p>"
        "<p>Members register through the society's office; the full programme of sessions follows in the spring.</p>")


def _page(body_class: str, title: str) -> str:
    """An Elementor single template: header, date widget, title widget, content widget; Yoast's WebPage graph."""
    graph = {"@context": "https://schema.org",
             "@graph": [{"@type": "WebPage", "name": title, "dateModified": "2024-11-13T15:05:39+00:00"}]}
    return (
        f"<html lang='es'><head><title>{title} - Society</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:modified_time' content='2024-11-13T15:05:39+00:00'>"
        f"<script type='application/ld+json'>{json.dumps(graph)}</script></head>"
        f"<body class='wp-singular {body_class} wp-theme-hello-elementor'>"
        "<header><nav><a href='/'>Inicio</a> <a href='/category/noticias/'>Actualidad</a> "
        "<a href='/eventos/'>Eventos</a></nav></header>"
        "<div class='elementor elementor-location-single'>"
        "<div class='elementor-widget-post-info'><ul><li><time>Mié, 13 Nov 2024</time></li></ul></div>"
        f"<div class='elementor-widget-theme-post-title'><h1 class='elementor-heading-title'>{title}</h1></div>"
        f"<div class='elementor-widget-theme-post-content'>{TEXT}</div></div>"
        "<footer><p>Society of paediatrics, 2025</p></footer></body></html>")


@pytest.mark.parametrize("segment", ["evento", "eventi", "evenements", "veranstaltungen"])
def test_an_events_post_type_named_in_the_sites_language_is_an_events_page(segment):
    """Fails before: 'article: publication date' (only English and Swedish calendar words were known)."""
    html = _page("evento-template-default single single-evento postid-4316", "Regional Congress of the Society")
    result = extract_article(html, f"https://society.example/{segment}/regional-congress/", listed_as_article=True)
    assert result.page_type == "other", result.page_reason


def test_the_societys_news_post_with_the_same_markup_stays_an_article():
    html = _page("post-template-default single single-post postid-4140", "The Society at the Regional Congress")
    result = extract_article(html, "https://society.example/la-sociedad-en-el-congreso/", listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.published.startswith("2024-11-13")
