"""A theme's main section named by its layout settings ("page-layout-one-sidebar page-layout-sidebar_right
sidebar-width-default": how the page is laid out around it, the side column's size and place) is the main column, not
a side column: a post inside it is the page's text, and a listing's cards inside it are its teasers. A block named for
the side column itself ("sidebar sidebar-primary") stays one."""
from __future__ import annotations

import lxml.html

from news_archive.pipelines.extraction import extract_article
from news_archive.spiders.discovery import page_links

LAYOUT = "section-page page-layout-one-sidebar page-layout-sidebar_right sidebar-width-default page-width-normal"
PARAGRAPHS = [
    "Volunteer doctors from the association spent two weeks in three mountain villages this autumn.",
    "They examined more than four hundred children and trained local health workers in first aid.",
    "A second team will bring dental equipment to the boarding school in the valley next spring.",
    "Donations collected at the charity dinner paid for the medicines the doctors took with them.",
]
SIDE = ("<div id='sidebar' class='sidebar sidebar-primary'><div class='widget widget_archive'><h5>Archives</h5><ul>"
        + "".join(f"<li><a href='/20{y}/0{m}/'>month {m} of 20{y}</a></li>" for y in range(18, 24) for m in range(1, 8))
        + "</ul></div><div class='widget'><h5>About us</h5><p>The association was founded by doctors and nurses who "
        "returned from their first mission and wanted to keep helping the villages they had met.</p></div></div>")


def _frame(title_box: str, main: str) -> str:
    menu = "".join(f"<li><a href='/about/part-{n}/'>About part {n}</a></li>" for n in range(8))
    return ("<html><head><title>Village mission – Aid</title></head><body class='single single-post postid-12'>"
            f"<header id='header'><ul class='menu'>{menu}</ul></header>"
            f"<section id='page-title' class='page-title'><div class='container'>{title_box}</div></section>"
            f"<section class='{LAYOUT}'><div class='container'><div class='row main-row'>"
            f"<div id='page-content' class='page-content'>{main}</div>{SIDE}</div></div></section>"
            "<footer id='footer'><p>Aid association, registered charity.</p></footer></body></html>")


def _post_page() -> str:
    # The theme's frame as a post shows it: the headline in a title band of its own, the post in the section beside it.
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ("<html lang='en'><head><title>Autumn mission in the mountain villages – Aid</title></head>"
            "<body class='single single-post postid-12'><div id='wrapper'><div id='main-content' class='main-content'>"
            "<section id='page-title' class='page-title'><div class='container'><div class='page-title-txt'>"
            "<h1>Autumn mission in the mountain villages</h1></div></div></section>"
            f"<section class='{LAYOUT}'><div class='container'><div class='row main-row'>"
            "<div id='page-content' class='page-content'><div class='post-holder post-12 post type-post "
            "status-publish hentry category-missions'><div class='post-medias'><a href='/missions/autumn/'>"
            f"<img src='/a.jpg'></a></div><h3>News from the villages</h3>{text}</div></div></div></div></section>"
            "</div></div></body></html>")


def _listing_page() -> str:
    cards = "".join(
        f"<div class='post-holder post-{n} post type-post hentry category-news'><div class='post-info'>"
        f"<h4 class='post-title'><a href='../../../news/story-{n}/index.html'>Story number {n} of the year</a></h4>"
        f"<ul class='post-meta'><li>on <span class='meta-value'>0{n}/03/2022</span></li></ul>"
        f"<div class='post-content post-excerpt'><p>What happened on mission {n}, told by the team that went...</p>"
        f"<a href='../../../news/story-{n}/index.html' class='post-more'>Read more</a></div></div></div>"
        for n in range(1, 8))
    pager = ("<div class='posts-pagination'><ul class='pagination'><li><a class='page-numbers' href='../1/index.html'>1"
             "</a></li><li><span class='page-numbers current'>2</span></li><li><a class='page-numbers' "
             "href='../3/index.html'>3</a></li></ul></div>")
    return _frame("<h1>Blog</h1>", cards + pager)


def test_a_post_in_a_section_named_by_its_layout_settings_is_the_page_text():
    # Fails before: the section's "page-layout-one-sidebar" / "sidebar-width-default" read as a side column's names,
    # the post was pruned with it, and the page was judged empty (less than 25 characters of text).
    found = extract_article(_post_page(), "http://aid.example/missions/autumn/index.html")
    assert found.is_article
    text = f"{found.lead} {found.body}"
    assert all(p in text for p in PARAGRAPHS)


def test_cards_in_a_section_named_by_its_layout_settings_are_the_listing_teasers():
    # Fails before: the section was taken for a sidebar, and the listing page gave no link to any post.
    links = page_links(lxml.html.fromstring(_listing_page()), "http://aid.example/blog/page/2/index.html")
    assert {f"http://aid.example/news/story-{n}/index.html" for n in range(1, 8)} <= set(links.teasers)
    assert not any("/2018/01/" in url for url, _ in links.content)


def _wrapped_listing_page() -> str:
    # The theme's wrapper around the whole page names its header's settings; the cards show no excerpt, and the side
    # column's archive menu and the footer's link lists hold more words than the cards.
    cards = "".join(
        f"<div class='post-holder post-{n} post type-post hentry category-news'><div class='post-info'>"
        f"<h4 class='post-title'><a href='../../../news/note-{n}/index.html'>Note {n}</a></h4>"
        f"<ul class='post-meta'><li>on <span class='meta-value'>0{n}/01/2022</span></li></ul>"
        f"<div class='post-content post-excerpt'><a href='../../../news/note-{n}/index.html' class='post-more'>"
        "Read more</a></div></div></div>" for n in range(1, 8))
    links = "".join(f"<li><a href='/page-{n}/'>Useful page number {n}</a></li>" for n in range(12))
    return ("<html><head><title>Blog – Aid</title></head><body class='blog paged paged-3'>"
            "<div id='wrapper' class='header-position-top header-style-classic site-header-sticky skin-light'>"
            f"<div id='site-header' class='site-header'><ul class='menu'>{links}</ul></div>"
            f"<div id='main-content' class='main-content'><section class='section-page'><div class='container'>"
            f"<div id='page-content' class='page-content posts'>{cards}</div>{SIDE}</div></section></div>"
            f"<footer id='footer' class='footer'><h4>Useful links</h4><ul>{links}</ul></footer></div></body></html>")


def test_cards_in_a_page_wrapper_named_by_its_header_settings_are_the_listing_teasers():
    # Fails before: "site-header-sticky" on the page's wrapper made the whole page a header, its links navigation,
    # since the page's words were mostly links.
    links = page_links(lxml.html.fromstring(_wrapped_listing_page()), "http://aid.example/blog/page/3/index.html")
    assert {f"http://aid.example/news/note-{n}/index.html" for n in range(1, 8)} <= set(links.teasers)
    assert not any("/page-1/" in url for url, _ in links.content)


def test_the_layouts_own_columns_are_no_layout_settings():
    # Fails before: the pattern read every class joining "layout" to a column's word as a setting, so a Drupal theme's
    # second sidebar ("layout-sidebar-second") and a BEM footer ("article-layout__footer") lost their names.
    from news_archive.archive.cms_classes import LAYOUT_SETTING_CLASS
    settings = ["page-layout-one-sidebar", "page-layout-sidebar_right", "layout-one-sidebar", "sidebar-width-default"]
    columns = ["layout-sidebar-second", "layout-footer", "layout__sidebar", "article-layout__footer", "sidebar"]
    assert all(LAYOUT_SETTING_CLASS.fullmatch(name) for name in settings)
    assert not any(LAYOUT_SETTING_CLASS.fullmatch(name) for name in columns)
