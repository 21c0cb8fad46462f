"""A research portal's news sections (a generator's section and taxonomy templates): each listing opens with a few
paragraphs saying what the section is, over cards of its posts; each card carries its post's topics as small badges
linking the topic's page. A topic's page prints the section's introduction again over the cards of its posts, which
for a young topic are one or two: too few teasers to make it a listing by their number."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.listing_intros import ListingIntros
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.pagetype import teaser_keys

MENU = ("<nav class='navbar'><a href='/'>Home</a><a href='/findings/'>Findings</a><a href='/notes/'>Notes</a>"
        "<a href='/contact/'>Contact</a></nav>")
FINDINGS_INTRO = ("<p>The Findings section presents newly shared datasets from laboratories of the consortium, each "
                  "told in plain words with links to the data itself, so that other groups can reuse the measurements "
                  "in their own studies.</p>")
NOTES_INTRO = ("<p>Notes are short comment pieces by members of the consortium and its advisory board on questions "
               "of infection research and preparedness.</p><p>Each note is filed under one or more topics, shown as "
               "badges on the cards below; a badge opens the notes of that topic only.</p><p>To propose a note of "
               "your own, write to the editors through the <a href='/contact/'>contact page</a> with a short "
               "outline.</p>")
TOPICS = {"ticks": "Tick-borne disease", "water": "Water monitoring", "fungi": "Fungal infections",
          "general": "Infection research"}
FINDINGS = [(f"/findings/study-{n}/", f"Shared measurements of study {n} open a new view", f"2023-0{n}-14",
             ["general"] + (["ticks"] if n == 1 else ["water"] if n in (2, 3) else [])) for n in range(1, 6)]
NOTES = [(f"/notes/note-{n}/", f"Why preparedness needs open data, part {n}", f"2024-0{n}-02",
          ["general"] + (["fungi"] if n == 1 else ["water"] if n in (2, 3) else [])) for n in range(1, 9)]


def _page(title: str, main: str, og_type: str = "website", head: str = "") -> str:
    return (f"<html lang='en'><head><title>{title} | Infection Data Portal</title>"
            f"<meta property='og:type' content='{og_type}'>{head}</head><body>{MENU}"
            f"<div class='header'><div class='container'><h1>{title}</h1></div></div>"
            f"<div class='container content' id='content'>{main}</div>"
            "<footer><p>The portal is run by the consortium's data office.</p></footer></body></html>")


def _cards(section: str, posts) -> str:
    cards = ""
    for path, title, day, topics in posts:
        badges = "".join(f"<span class='badge_small'><a href='/{section}/topics/{t}/'>{TOPICS[t]}</a></span>"
                         for t in topics)
        cards += (f"<div class='col item'><div class='box'><div><a href='{path}'><img src='/b.png' alt='{title}'>"
                  f"</a></div><div><small>{day}</small></div><div><h6><a href='{path}'>{title}</a></h6></div>"
                  f"<div>What the group found and where its data can be had.<br>{badges}</div></div></div>")
    return f"<div class='row row-cols-3'>{cards}</div>"


def _post(section: str, path: str, title: str, day: str, topics, similar) -> str:
    text = "".join(f"<p>In part {k} the group describes how {title.lower()} came about, which samples were taken "
                   f"over the season and how the shared files are laid out for anyone who wants to check the "
                   f"results.</p>" for k in range(1, 4))
    badges = "".join(f"<a href='/{section}/topics/{t}/'>{TOPICS[t]}</a>" for t in topics)
    main = (f"<h2>{title}</h2><p class='text-muted'>Published: {day}</p>{text}"
            f"<div class='row'><b>Topics: </b>{badges}</div><div class='similar'><h3>Similar posts</h3>"
            f"{_cards(section, similar)}</div>")
    return _page(title, main, "article", f"<meta property='article:published_time' content='{day}T00:00:00+00:00'>")


def _site() -> FaultServer:
    server = FaultServer()
    server.routes["/"] = page(_page("Infection Data Portal", "<p>Welcome to the portal.</p>"))
    server.routes["/contact/"] = page(_page("Contact", "<p>Write to the data office of the consortium.</p>"))
    for section, intro, posts in (("findings", FINDINGS_INTRO, FINDINGS), ("notes", NOTES_INTRO, NOTES)):
        server.routes[f"/{section}/"] = page(_page(section.title(), intro + _cards(section, posts)))
        for path, title, day, topics in posts:
            similar = [post for post in posts if post[0] != path and set(post[3]) & set(topics) - {"general"}]
            server.routes[path] = page(_post(section, path, title, day, topics, similar))
        for topic in {t for *_rest, topics in posts for t in topics}:
            shown = [post for post in posts if topic in post[3]]
            main = f"{intro}<h3>Topic: {TOPICS[topic]}</h3>{_cards(section, shown)}"
            server.routes[f"/{section}/topics/{topic}/"] = page(_page(f"{section.title()}: {TOPICS[topic]}", main))
    return server


def test_a_topic_page_showing_the_sections_introduction_over_few_cards_is_no_post(tmp_path):
    """Fails before: the topic pages of one or two posts ("Tick-borne disease", "Water monitoring", "Fungal
    infections") were stored as articles, titled by the topic and dated by their card. Now only the posts are."""
    server = _site()
    _run, requested = crawl_one_source(server, tmp_path, "portal", "Infection Data Portal", "/findings/")
    assert "/findings/topics/ticks/" in requested
    assert stored_paths(server, tmp_path) == {path for path, *_rest in FINDINGS}


def test_a_second_sections_topic_pages_under_a_longer_introduction_are_no_posts(tmp_path):
    """Fails before: the notes' topic pages, under the section's three paragraphs (more words than a teaser's), were
    stored. A menu's link to the contact page, above the introduction, does not cut the introduction short."""
    server = _site()
    _run, requested = crawl_one_source(server, tmp_path, "portal", "Infection Data Portal", "/notes/")
    assert "/notes/topics/fungi/" in requested
    assert stored_paths(server, tmp_path) == {path for path, *_rest in NOTES}


def test_a_page_quoting_the_introduction_beside_its_own_text_is_not_the_listing():
    """A page repeating the section's blurb over a card but writing a post's worth of its own text is no narrowed
    listing: it stays for the other rules to judge."""
    url = "http://127.0.0.1:8000/findings/"
    intros = ListingIntros()
    listing = lxml.html.fromstring(_page("Findings", FINDINGS_INTRO + _cards("findings", FINDINGS)))
    intros.note(listing, url, NavigationRegions(listing))
    own = "".join(f"<p>The group's own account, part {k}, of how the season's samples were taken and checked by "
                  f"two laboratories before the files were shared with everyone.</p>" for k in range(1, 5))
    for main, narrowed in ((FINDINGS_INTRO + _cards("findings", FINDINGS[:1]), True),
                           (FINDINGS_INTRO + own + _cards("findings", FINDINGS[:1]), False)):
        root = lxml.html.fromstring(_page("A page", main))
        regions = NavigationRegions(root)
        found = teaser_keys(root, url + "x/", regions)
        assert intros.narrowed_listing(root, url + "x/", regions, found, None) is narrowed


def test_a_banner_every_page_prints_is_no_introduction_a_page_repeats():
    """A listing printing its entries whole under headings, under a banner the site prints on every page: its
    introduction stops at its first entry's heading, and a page sharing only the banner and one of the listing's links
    is not that listing narrowed (fails before the whole introduction was asked for: a short product page was read
    as a listing and its links followed)."""
    url = "http://127.0.0.1:8000/news.html"
    banner = "<p>You are looking at a copy of this site as it stood in spring, kept for the record of the project.</p>"
    entries = "".join(f"<h2>Release {n} of the browser is out</h2><p>Release {n} brings faster pages and fixes for "
                      f"the crashes reported by testers in the spring. <a href='/releases/{n}/'>Read the release "
                      f"notes</a> for everything that changed.</p>" for n in range(1, 6))
    listing = lxml.html.fromstring(_page("News", banner + "<p>Here you find the project's notices for users and "
                                         "for the people who test its nightly builds.</p>" + entries
                                         + "<p><a href='/products/browser/'>Get the browser for your computer</a></p>"))
    intros = ListingIntros()
    intros.note(listing, url, NavigationRegions(listing))
    assert all(len(intro) == 2 for intro in intros.intros)
    product = lxml.html.fromstring(_page("The browser", banner + "<p>Fast and free.</p>"
                                         "<p><a href='/products/browser/'>Get the browser for your computer</a></p>"))
    regions = NavigationRegions(product)
    found = teaser_keys(product, "http://127.0.0.1:8000/products/", regions)
    assert found
    assert not intros.narrowed_listing(product, "http://127.0.0.1:8000/products/", regions, found, None)
