"""A page wrapper named by its layout options as BEM modifiers ("with--sidebar-second", "without--sidebar-first")
around the masthead, the main region and the footer is no sidebar, however few of the page's words stand outside
links: a pager's page of link-only teasers (newsletter issues, each a title and a download button)."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import page_links

BASE = "http://network.example/news/page/22/"
STYLES = "<style>" + " ".join(f".region-{n} {{ margin: {n}px auto; padding: 0 {n}px; }}" for n in range(300)) + "</style>"


def _card(slug: str, title: str, text: str) -> str:
    return (f"<div class='views-row'><div class='node node--type-news node--view-mode-teaser'><div "
            f"class='news-metadata'>May 2, 2014</div><h3><a href='/news/{slug}' hreflang='en'>{title}</a></h3><div "
            f"class='field--name-body'>{text}</div></div></div>")


def _pager_page(wrapper_class: str) -> str:
    cards = [_card(f"issue-{n}-may-2014", f"Issue {n}: May 2014",
                   f"<a href='https://files.example/s/{n}' class='button'>View &amp; Download</a>") for n in range(6, 12)]
    cards.insert(2, _card("summit-2014", "Care Summit 2014", "The college presents its summit."))
    menu = "".join(f"<li><a href='/section-{n}/'>Section {n} of the network</a></li>" for n in range(14))
    return (f"<html><head><title>News | Network</title>{STYLES}</head><body class='path-news'>"
            f"<div id='page' class='clearfix with--header without--menus with--content without--sidebar-first "
            f"{wrapper_class} with--footer'><header role='banner'><a href='/'>Network</a><ul class='menu'>{menu}"
            f"</ul></header><section id='content-outer-wrapper'><div class='region-content'><div class='view-content'>"
            + "".join(cards) + "</div><nav class='pager'><a href='/news/page/21'>‹ Previous</a> <a href='/news/page/23'>"
            "Next ›</a></nav></div></section><footer><p>Funded by a council grant.</p></footer></div></body></html>")


def test_a_pager_page_of_link_only_teasers_in_a_bem_classed_page_wrapper_keeps_its_teasers():
    # Fails before: "with--sidebar-second" made the page's wrapper a sidebar, and the page gave no link at all.
    links = page_links(lxml.html.fromstring(_pager_page("with--sidebar-second")), BASE)
    assert "http://network.example/news/summit-2014" in links.teasers
    assert len(links.teasers) == 7


def test_a_sidebar_named_so_stays_chrome():
    page = _pager_page("with--sidebar-second").replace(
        "<footer>", "<div class='region--sidebar-second with--sidebar-second'><h2>Announcements</h2>"
        "<a href='/news/announcement-1'>Board elected</a><a href='/news/announcement-2'>New chair</a></div><footer>")
    links = page_links(lxml.html.fromstring(page), BASE)
    assert "http://network.example/news/announcement-1" not in [url for url, _ in links.content]
