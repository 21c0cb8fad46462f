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



def _page_with_footer(entry: str) -> str:
    # The theme's copyright line (naming the theme's maker, with its link) closes the page below the navigation.
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Gateway day 23.11.2017 in Espoo - UG.example</title></head><body><div class='outer'>"
            "<div id='main-content' class='tg-content' role='main'>"
            "<article id='post-2829' class='post-2829 post type-post hentry'><header class='entry-header'>"
            "<h1 class='entry-title'>Gateway day 23.11.2017 in Espoo</h1><p class='entry-meta'>05/11/2017</p></header>"
            f"<div class='entry-content'>{entry}</div></article>"
            "<nav class='tg-post-nav'><div class='tg-post-nav-item tg-post-nav-prev'>"
            "<a href='/2017/11/05/members-cruise/' rel='prev'><img src='/uploads/cruise-80x60.jpg' alt=''>"
            "<span>Previous</span><p>2017 members' cruise</p></a></div>"
            "<div class='tg-post-nav-item tg-post-nav-next'><a href='/2017/11/09/certification-expiring/' rel='next'>"
            f"<img src='/uploads/cert-80x60.jpg' alt=''><span>Next</span><p>{PREVIOUS}</p></a></div></nav></div>"
            "<div class='tg-copyright-wrap'><div class='tg-container'><p class='tg-copyright'>Copyright &copy; 2024 "
            "UG.example | Blog Theme by <a href='https://themes.example/' rel='nofollow'>Some Themes</a> | "
            "<a href='/association/contact-details/'>Contact details</a> | "
            "<a href='/association/register-notice'>Register notice</a> | <a href='/feedback'>Feedback</a></p>"
            "</div></div></div></body></html>")


def test_a_linked_picture_alone_has_no_footer_line_either():
    # Fails before: the neighbour's headline read as the standfirst of a headline box reaching past the post's
    # <article>, and the footer line below it as the writer's line pointing to another site.
    entry = ("<figure class='entry-thumbnail'><img src='/uploads/gateway-595x381.jpg' alt=''></figure>"
             "<p><img src='/uploads/gateway.jpg' alt=''></p>"
             "<p><a href='https://events.example/gateway-espoo/'><img src='/uploads/agenda.jpg' alt=''></a></p>"
             "<hr><p>&nbsp;</p>")
    assert extract_article(_page_with_footer(entry), URL).body == ""
