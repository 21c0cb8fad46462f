"""A post of a linked picture alone (an event's banner linking its registration) has no text: the links to the
neighbouring posts its theme sets after the post's own <article> (a picture, "Previous" and the other post's
headline) are never its line, however plain pruning leaves them."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://usergroup.example/2017/11/14/webinar-mobile-management/"
TITLE = "Webinar: mobile device management in practice"
PREVIOUS = "Is your network certification about to expire?"


def _page(entry: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{TITLE} ⋆ The user group</title></head><body>"
            "<div class='wrapper'><div id='main-content' class='content' role='main'>"
            "<article id='post-2859' class='post-2859 post type-post hentry'><header class='entry-header'>"
            f"<h1 class='entry-title'>{TITLE}</h1><p class='entry-meta'><span class='entry-meta-date'>"
            "<a href='/2017/11/'>14/11/2017</a></span> <a class='fn' href='/author/lind/'>Ada Lind</a></p></header>"
            f"<div class='entry-content'>{entry}</div>"
            "<div class='entry-tags'><ul><li><a href='/tag/webinar/' rel='tag'>Webinar</a></li></ul></div></article>"
            "<nav class='post-nav'>"
            "<div class='post-nav-item post-nav-prev'><a href='/2017/11/09/certification-expiring/' rel='prev'>"
            f"<img src='/uploads/cert-80x60.jpg' alt=''><span>Previous</span><p>{PREVIOUS}</p></a></div>"
            "<div class='post-nav-item post-nav-next'><a href='/2017/11/14/data-protection-webinar/' rel='next'>"
            "<img src='/uploads/gdpr-80x60.jpg' alt=''><span>Next</span><p>Webinar: data protection rules</p></a>"
            "</div></nav></div></div></body></html>")


def test_a_linked_picture_alone_has_no_text_of_the_neighbours_headline():
    # Fails before: the previous post's headline under the navigation's picture read as the post's one sentence.
    entry = ("<figure class='entry-thumbnail'><img src='/uploads/webinar-602x381.jpg' alt=''></figure>"
             "<p><a href='https://register.example/webinar/6293'><img src='/uploads/webinar.jpg' alt=''></a></p>"
             "<hr><p>&nbsp;</p>")
    assert PREVIOUS not in extract_article(_page(entry), URL).body


def test_the_posts_own_sentence_under_its_picture_stays():
    entry = ("<p><img src='/uploads/webinar.jpg' alt=''></p><p>Register now for the webinar on 23 November.</p>")
    body = extract_article(_page(entry), URL).body
    assert body == "Register now for the webinar on 23 November."
