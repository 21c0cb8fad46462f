"""A workshop series' news page prints its posts whole: a headline linking the post, a date line, then the post's own
text. One post lists, in its text, the guides it announces (a list of links, each as long as a headline); the site's
head names two feeds, the news' and the guides'. The guides are dated documentation pages in a folder of their own:
a list inside one post's text presents them as nothing, and their folder is no family of the source's posts."""
from __future__ import annotations

from lxml import html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.discovery import page_links

POSTS = [("/updates/spring-school/", "Spring school in Lyon", "12 Mar 2024", "Tue, 12 Mar 2024 00:00:00 +0000"),
         ("/updates/new-guides/", "Guides", "02 Feb 2024", "Fri, 02 Feb 2024 00:00:00 +0000"),
         ("/updates/autumn-wrap-up/", "Autumn school wrap up", "20 Oct 2023", "Fri, 20 Oct 2023 00:00:00 +0000"),
         ("/updates/slides-online/", "Lecture slides now online", "01 Sep 2023", "Fri, 01 Sep 2023 00:00:00 +0000")]
GUIDES = [("/guides/installing-on-servers/", "Installing the toolkit on shared servers", "Mon, 29 Jan 2024"),
          ("/guides/choosing-priors/", "Choosing priors for a first analysis", "Tue, 30 Jan 2024"),
          ("/guides/reading-the-output/", "Reading the output of a long run", "Wed, 31 Jan 2024")]
GUIDE_LINKS = tuple((path, title) for path, title, _day in GUIDES)  # the list one post's text prints
FILLER = ("The organisers thank every speaker and every participant for the questions asked in the sessions, and the "
          "hosts for the rooms, the coffee and the long evenings spent going through the exercises once more.")
HEAD = ("<link rel='alternate' type='application/rss+xml' title='Series' href='/feed.updates.xml'>"
        "<link rel='alternate' type='application/rss+xml' title='Series' href='/feed.guides.xml'>")


def _text(path: str, listed: tuple[tuple[str, str], ...] = GUIDE_LINKS) -> str:
    if path == "/updates/new-guides/":
        items = "".join(f"<li><a href='{link}'>{title}</a></li>" for link, title in listed)
        return f"<p>{FILLER}</p><p>{FILLER} Three new guides went up this week. The new guides are:</p><ul>{items}</ul>"
    return f"<p>{FILLER}</p><p>{FILLER}</p>"


def _entry(path: str, title: str, shown: str, listed: tuple[tuple[str, str], ...] = GUIDE_LINKS) -> str:
    return (f"<div class='entry'><div class='row'><div class='title'><a href='{path}'>{title}</a></div>"
            f"<div class='when'>{shown}</div></div><div class='row'><div class='text'>{_text(path, listed)}</div></div>"
            "</div>")


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title>{HEAD}</head><body><div id='nav'><a href='/updates/'>updates</a> "
            f"<a href='/guides/'>guides</a></div><div class='container'>{body}</div></body></html>")


def _listing(listed: tuple[tuple[str, str], ...] = GUIDE_LINKS) -> str:
    return _page("Updates", "<div class='entries'>" + "".join(_entry(*post[:3], listed) for post in POSTS) + "</div>")


def _feed(items: list[tuple[str, str, str]]) -> str:
    rows = "".join(f"<item><title>{title}</title><link>{path}</link><pubDate>{day} 00:00:00 +0000</pubDate></item>"
                   for path, title, day in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Series</title><link>/</link>{rows}</channel></rss>"


def test_links_a_post_printed_whole_lists_in_its_text_teach_no_family_of_posts(tmp_path):
    """Fails before: the three guides' folder was learnt as an article family from the one post's list, the guides
    feed's items were taken as posts, and the guides were stored as articles."""
    server = FaultServer()
    server.routes["/updates/"] = page(_listing())
    for path, title, shown, _day in POSTS:
        server.routes[path] = page(_page(title, _entry(path, title, shown)))
    for path, title, day in GUIDES:
        server.routes[path] = page(_page(title, f"<h1>{title}</h1><p>Last updated {day[5:]}.</p><p>{FILLER}</p>"
                                                f"<p>{FILLER}</p>"))
    server.routes["/guides/"] = page(_page("Guides", "".join(f"<p><a href='{path}'>{title}</a></p>"
                                                             for path, title, _day in GUIDES)))
    base = server.base_url
    server.routes["/feed.updates.xml"] = page(_feed([(base + p, t, d[:16]) for p, t, _s, d in POSTS]),
                                              content_type="application/rss+xml")
    server.routes["/feed.guides.xml"] = page(_feed([(base + p, t, d) for p, t, d in GUIDES]),
                                             content_type="application/rss+xml")
    crawl_one_source(server, tmp_path, "series", "Workshop series", "/updates/")
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}


def test_a_list_in_a_post_printed_whole_is_no_teaser_and_its_headline_is():
    links = page_links(html.fromstring(_listing()), "http://example.org/updates/")
    teasers = {url.removeprefix("http://example.org") for url in links.teasers}
    assert teasers >= {path for path, *_rest in POSTS}  # the post holding the list too
    assert not teasers & {path for path, *_rest in GUIDES}
    assert {url.removeprefix("http://example.org") for url in links.in_text} >= {path for path, *_rest in GUIDES}


SECTIONS = [("/research/cells/", "Cell biology and imaging research"),
            ("/research/genes/", "Gene regulation in plant roots"),
            ("/research/tools/", "Tools for the analysis of long reads")]
NEWS = [(f"/news/item-{n}/", f"Plorn grant number {n} goes to the wendle group") for n in range(1, 7)]
INTRO = " ".join(["The centre brings the flurbing groups of the campus together in one house of shared rooms."] * 4)


def _sections_page() -> str:
    """Three section blocks set alike, the first opening with a long intro and a list of the news: a page of sections,
    no listing printing its posts whole."""
    news = "<ul>" + "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in NEWS) + "</ul>"
    blocks = "".join(f"<div class='block'><h2><a href='{path}'>{title}</a></h2>"
                     + (f"<p>{INTRO}</p><p>{INTRO}</p>{news}" if n == 0 else "<p>Short words on the plorns.</p>")
                     + "</div>" for n, (path, title) in enumerate(SECTIONS))
    return _page("Research", f"<div class='blocks'>{blocks}</div>")


def test_news_headlines_under_an_intro_of_one_section_block_are_teasers():
    """Fails before: one block's intro made the three alike section links a listing printing whole posts, and the
    six news headlines after it that block's text."""
    links = page_links(html.fromstring(_sections_page()), "http://example.org/research/")
    teasers = {url.removeprefix("http://example.org") for url in links.teasers}
    assert teasers == {path for path, _title in SECTIONS + NEWS}


def test_later_posts_a_post_printed_whole_links_in_its_text_stay_teasers():
    """Fails before: the first link to each of the two later posts stood in the newer post's text, and only it was
    kept, so the posts whose own headlines are in the listing's run were left out of its teasers."""
    later = tuple((path, title) for path, title, *_rest in POSTS[2:])
    links = page_links(html.fromstring(_listing(later)), "http://example.org/updates/")
    teasers = {url.removeprefix("http://example.org") for url in links.teasers}
    assert teasers >= {path for path, *_rest in POSTS}
    assert {url.removeprefix("http://example.org") for url in links.headlines} >= {path for path, _title in later}
