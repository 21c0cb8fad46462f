"""A column classed as leaving room for the menu bar ("has-navbar-fixed-top") is no menu: the listing of cards in it
leads to its posts. A sidebar tab the page keeps closed (a calendar of every post's dated card) dates no post and
gives it no lead; a subtitle naming an event's period ("17th-18th May 2019", "Open until 14.02.2020") is no date line
when the post's own date stands over its headline."""
from __future__ import annotations

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.pipelines.extraction import extract_article
from news_archive.spiders.discovery import page_links
from fault_site import FaultServer, page, stored_paths

POSTS = [("/journal/pond-survey/", "Counting newts in the village pond", "12.06.2019",
          "Pond survey in Lindenau (15th-16th June 2019)"),
         ("/journal/moss-walk/", "A walk among the mosses", "03.04.2019", "Open until 30.04.2019, Fri-Sun 10:00-16:00"),
         ("/journal/soil-kits/", "Soil kits for the school garden", "21.02.2019", "Kits for ten classes"),
         ("/journal/winter-lecture/", "The winter lecture on frost", "09.01.2019", "A talk at the old town hall")]
TEXT = ("<p>Our members met on a grey morning by the water and spent the day with nets, notebooks and two borrowed "
        "microscopes, sorting what they found into trays before the rain came back in the afternoon.</p>"
        "<p>Everything we counted goes into the shared table of the regional survey, which the museum keeps and "
        "which anyone may read; the next meeting is planned for the autumn, when the ponds are full again.</p>")


def _calendar_cards() -> str:
    """The theme's calendar tab: one card per post, a link around its date, title and subtitle."""
    return "".join(f'<div class="search-item"><div class="content"><a href="{path}"><p class="title is-7">{day}</p>'
                   f'<p class="title is-6">{title}</p><p class="subtitle is-7">{subtitle}</p></a><hr></div></div>'
                   for path, title, day, subtitle in POSTS)


def _frame(inside: str) -> str:
    return ('<html><head><title>Field Club</title></head><body><nav class="navbar"><a href="/">Field Club</a>'
            '<a href="/journal/">Journal</a></nav>' + inside + '<footer><p>Field Club, an association of amateur '
            'naturalists</p></footer></body></html>')


def _listing() -> str:
    """The journal's cards, each one link around a picture, date, headline and subtitle, in the theme's column."""
    cards = "".join(f'<div class="column square"><a href="{path}"><div class="hero"><h2 class="title">{day}</h2>'
                    f'<h1 class="title">{title}</h1><h2 class="title">{subtitle}</h2></div></a></div>'
                    for path, title, day, subtitle in POSTS)
    return _frame('<div class="column has-navbar-fixed-top has-no-padding"><section class="hero">'
                  f'<h1 class="title">Journal</h1></section><section class="columns">{cards}</section></div>')


def _post(title: str, day: str, subtitle: str) -> str:
    """A post as the theme prints it: tags and the date over the headline, the subtitle under it, a sidebar whose
    calendar tab is closed (display:none), then the text."""
    return _frame(
        f'<section class="hero"><div class="columns"><div class="column meta"><a href="/tags/ponds/">#ponds</a></div>'
        f'<div class="column meta"><span class="menu-label has-text-info">{day}</span></div></div>'
        f'<div class="columns"><div class="column"><h1 class="title">{title}</h1>'
        f'<h2 class="subtitle">{subtitle}</h2></div></div></section>'
        '<section class="section"><div class="columns"><div class="column is-2"><aside class="menu">'
        '<div class="tabs"><ul><li class="tab is-active"><a>Menu</a></li><li class="tab"><a>Calendar</a></li></ul>'
        '</div>'
        '<div class="content-tab" id="tab-menu"><ul><li><a href="/journal/">Journal</a></li></ul></div>'
        f'<div class="content-tab" id="tab-calendar" style="display:none">{_calendar_cards()}</div></aside></div>'
        f'<div class="column is-half has-navbar-fixed-top"><div class="content"><div id="contents"><p>{title}: a note '
        f'from the club.</p>{TEXT}</div></div>'
        '</div></div></section>')


def test_a_listing_in_a_column_named_for_the_menu_bar_keeps_its_cards():
    """Fails before: "has-navbar-fixed-top" named the column navigation, so no card was a teaser (none followed)."""
    links = page_links(lxml.html.fromstring(_listing()), "http://club.example/journal/")
    assert set(links.teasers) == {f"http://club.example{path}" for path, *_rest in POSTS}


def test_a_closed_calendar_tab_dates_no_post_and_gives_it_no_lead():
    """Fails before: the hidden calendar's first card dated every post (2019-06-12) and its subtitle was the lead."""
    for path, title, day, subtitle in POSTS[2:]:
        found = extract_article(_post(title, day, subtitle), f"http://club.example{path}")
        d, m, y = day.split(".")
        assert found.published[:10] == f"{y}-{m}-{d}", path
        assert "Open until" not in found.lead and "Lindenau" not in found.lead


def test_an_event_period_in_the_subtitle_is_no_date_line():
    """Fails before: the period's last day (2019-06-16, 2019-04-30, 2019-12-24) beat the date over the headline."""
    for title, day, subtitle in [(POSTS[0][1], "12.06.2019", POSTS[0][3]), (POSTS[1][1], "03.04.2019", POSTS[1][3]),
                                 ("Adventsmarkt im Vereinshaus", "01.12.2019", "Noch bis zum 24.12.2019, täglich")]:
        found = extract_article(_post(title, day, subtitle), "http://club.example/journal/some-post/")
        d, m, y = day.split(".")
        assert found.published[:10] == f"{y}-{m}-{d}", subtitle
    # A subtitle that is the post's own date line still dates it.
    found = extract_article(_post("Seed swap", "", "Published 14 March 2019"), "http://club.example/journal/swap/")
    assert found.published[:10] == "2019-03-14"


def test_the_posts_of_the_journal_are_stored(tmp_path):
    """Fails before: no post was followed from the journal; the feedless crawl stored nothing."""
    server = FaultServer()
    server.routes["/journal/"] = page(_listing())
    for path, title, day, subtitle in POSTS:
        server.routes[path] = page(_post(title, day, subtitle))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text('[[source]]\nid = "club"\nname = "Field Club"\n'
                           f'start_urls = ["{server.base_url}/journal/"]\n', encoding="utf-8")
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    assert run.status == "ok" and stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}
