"""A Drupal theme prints no heading for the post: its name is in <title>, in the breadcrumb and in a hidden RDFa
`schema:name` of the post's entity. The editor opened the text with a heading of its own (a call's tagline): that is
a section of the text, not the headline; the name the post's own markup declares is."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://choirlab.example/node/91"
NAME = "Open call for choirs to join the singing study"
TAGLINE = "We are looking for choirs to take part in our study during 2019"
CALL_TEXT = ("<p>This call is for local choirs that sing from open archives and want to help make their scores "
             "better, with rehearsals recorded in the lab and a workshop every month.</p>"
             "<p>Choirs tell us their level, their size and where they rehearse before the end of the year, and we "
             "answer all of them in the first weeks of January.</p>")


def _post(entity_type: str = "schema:Article", name_attribute: str = 'property="schema:name"') -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{NAME} | Choir Lab</title></head>"
            "<body class='path-node page-node-type-article'><header><a href='/' rel='home'>Choir Lab</a>"
            "<nav><ul><li><a href='/news'>News</a></li><li><a href='/about'>About</a></li></ul></nav></header>"
            f"<nav class='breadcrumb'><ol><li><a href='/'>Home</a></li><li><span>{NAME}</span></li></ol></nav>"
            f"<main><article about='/node/91' typeof='{entity_type}' class='node node--type-article'>"
            "<div class='submitted-date'><div class='month'>Dec</div><div class='day'>14</div>"
            "<div class='year'>2018</div></div>"
            f"<header><span {name_attribute} content='{NAME}' class='hidden'></span>"
            "<span class='submitted-info'>By <span typeof='schema:Person' about='/user/5'>"
            "<span property='schema:name'>marta</span></span></span></header>"
            f"<div property='schema:text' class='field--name-body'><h3><strong>{TAGLINE}</strong></h3>"
            f"{CALL_TEXT}</div></article></main>"
            "<footer><p>Choir Lab, a research project.</p></footer></body></html>")


def test_the_name_the_posts_markup_declares_beats_a_heading_opening_its_text():
    # Fails before: the title stored was the text's first heading (TAGLINE).
    page = extract_article(_post(), URL)
    assert page.title == NAME


def test_microdata_headline_of_a_blog_posting_counts_too():
    page = extract_article(_post("", 'itemprop="headline"').replace(
        "typeof='' ", "itemscope itemtype='https://schema.org/BlogPosting' "), URL)
    assert page.title == NAME


@pytest.mark.parametrize("entity_type", ["schema:WebPage", "schema:JobPosting"])
def test_a_name_declared_by_another_kind_of_entity_does_not(entity_type):
    # A web page's or a job offer's name is no post's: the opening heading stays the headline, as before.
    page = extract_article(_post(entity_type), URL)
    assert page.title == TAGLINE


def _hugo_post(og_title: str = NAME) -> str:
    # A Hugo theme with no <title>, no <h1> and an empty heading box: the post's title is stated only by og:title and
    # the JSON-LD Article's headline; the writer opened the text with a heading of their own.
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", \"@type\": \"WebSite\", "
            "\"name\": \"Choir Lab\"}</script>"
            "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", \"@type\": \"Article\", "
            f"\"headline\": \"{NAME}\", \"datePublished\": \"2018-12-14T00:00:00+00:00\"}}</script>"
            f"<meta property='og:title' content='{og_title}'><meta property='og:site_name' content='Choir Lab'>"
            "</head><body><nav><a class='navbar-brand' href='/'>Choir Lab</a><ul><li><a href='/news/'>News</a></li>"
            "<li><a href='/about/'>About</a></li></ul></nav><header><div class='news-heading'><hr></div></header>"
            f"<div role='main'><article role='main' class='blog-post'><h3>{TAGLINE}</h3><hr>"
            f"{CALL_TEXT}</article></div>"
            "<footer><p>Choir Lab, a research project.</p></footer></body></html>")


def test_a_jsonld_headline_the_social_title_agrees_with_beats_a_heading_opening_the_text():
    # Fails before: the title stored was the text's first heading (TAGLINE).
    page = extract_article(_hugo_post(), URL)
    assert page.title == NAME


def test_a_jsonld_headline_the_social_title_contradicts_does_not():
    # An editor's search-engine title beside the entity's headline: no agreement, the opening heading stays as before.
    page = extract_article(_hugo_post("Choirs wanted for a study"), URL)
    assert page.title == TAGLINE
