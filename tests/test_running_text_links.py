"""A project's announcements page prints its announcements whole: a date cell and an unlinked headline each, their
text linking what they talk about. A press release filed under its day (`/press/tool-2024-03-05.html`) is a post; the
release notes, the "all releases" page and the notes it lists, and the guides sentences open with are the project's
other pages, each dated by a line of its own text. Only the announcements' running text links them (the notes by the
same words closing several entries, "see the <a>release notes</a>."), so nothing presents them as news."""
from __future__ import annotations

from lxml import html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.discovery import page_links

PRESS = [("/press/tool-2024-03-05.html", "March 5, 2024", "2024-03-05", "Foundation Names New Board Members"),
         ("/press/tool-2024-01-16.html", "January 16, 2024", "2024-01-16", "Foundation Opens Office in Lisbon")]
RELEASES = [(f"/releases/tool-2.{n}/", f"Tool 2.{n}", f"February {n + 10}, 2023", f"2024-02-0{n}") for n in range(1, 5)]
OLDER = ["/releases/tool-1.9/", "/releases/tool-1.8/"]
GUIDES = ["/docs/install-guide.html", "/docs/upgrade-guide.html"]
FILLER = ("The project's volunteers tested it on every platform they could find, from old laptops to new servers, and "
          "wrote down what they learnt for the next round.")


def _row(day: str, headline: str, text: str) -> str:
    return f"<tr><td valign='top'>{day}</td><td><h2>{headline}</h2><p>{text}</p></td></tr>"


def _announcements() -> str:
    rows = [_row("5 March 2024", "New board members", f"<a href='{PRESS[0][0]}'>The foundation named three new board "
                 "members</a> today at its spring meeting, for a term of three years.")]
    rows += [_row(day[:2].strip() + " February 2024", f"{title} released",
                  f"{title} is out with many fixes. {FILLER} For details, see the <a href='{path}'>release notes</a>.")
             for path, title, _stated, day in [(p, t, s, d[-2:]) for p, t, s, d in RELEASES]]
    rows.append(_row("16 January 2024", "An office in Lisbon", f"<a href='{PRESS[1][0]}'>The foundation opened an "
                     "office in Lisbon</a> for its staff in Europe. Older versions are on the "
                     "<a href='/releases/'>releases page</a>."))
    rows += [_row(f"{n + 2} January 2024", "New guide", f"<a href='{path}'>The {path[6:-11]} guide for admins</a> was "
                  f"rewritten from scratch for the new year. {FILLER}") for n, path in enumerate(GUIDES)]
    return ("<html><head><title>Announcements</title></head><body><div id='nav'><a href='/'>Home</a></div>"
            "<div id='main'><h1>Announcements</h1><p>News of the project, newest first.</p>"
            f"<table>{''.join(rows)}</table></div></body></html>")


def _page(title: str, lines: list[str]) -> str:
    text = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>{title}</title></head><body><div id='nav'><a href='/'>Home</a></div>"
            f"<div id='main'><h1>{title}</h1>{text}</div></body></html>")


def _press_release(stated: str, title: str) -> str:
    return _page(title, [f"SPRINGFIELD, Ill. - {stated} - The Tool Foundation today announced that {title.lower()}.",
                         FILLER, FILLER, "Press contact: Jo Smith, press@example.org"])


def _release_notes(title: str, stated: str) -> str:
    return _page(f"{title} Release Notes", [f"Released {stated}.", f"{title} fixes crashes on start. {FILLER}",
                                            FILLER, "Known issues: printing is slow on some printers."])


def _releases_index() -> str:
    items = "".join(f"<li><a href='{path}'>Tool {path.split('-')[-1].strip('/')}</a></li>" for path in OLDER)
    return ("<html><head><title>All releases</title></head><body><div id='main'><h1>All releases</h1>"
            f"<ul>{items}</ul></div></body></html>")


def test_pages_only_an_announcements_text_links_are_no_posts_bar_those_filed_under_their_day(tmp_path):
    """Fails before: the release notes, the older notes the releases page lists and the guides, each stating a day in
    its text, were stored as articles."""
    server = FaultServer()
    server.routes["/news.html"] = page(_announcements())
    for path, stated, _day, title in PRESS:
        server.routes[path] = page(_press_release(stated, title))
    for path, title, stated, _day in RELEASES:
        server.routes[path] = page(_release_notes(title, stated))
    server.routes["/releases/"] = page(_releases_index())
    for n, path in enumerate(OLDER):
        server.routes[path] = page(_release_notes(f"Tool 1.{9 - n}", f"June {n + 3}, 2022"))
    for path in GUIDES:
        server.routes[path] = page(_page(f"The {path[6:-11]} guide", ["Last updated: 12 May 2021.", FILLER, FILLER]))
    _run, requested = crawl_one_source(server, tmp_path, "tool", "Tool project", "/news.html")
    assert {RELEASES[0][0], *GUIDES, OLDER[0]} <= requested
    assert stored_paths(server, tmp_path) == {path for path, *_rest in PRESS}


def test_a_link_opening_a_sentence_is_running_text_and_a_headline_is_not():
    root = html.fromstring("<html><body><div><h2>Tool 2.1</h2><p><a href='/a.html'>Tool 2.1</a> is out for every "
                           "platform today.</p></div><div><p><a href='/b.html'>A headline of a post</a> – 3 March "
                           "2024</p><p>Its excerpt, a few lines long.</p></div></body></html>")
    links = page_links(root, "http://example.org/news.html")
    assert links.in_text == ["http://example.org/a.html"]
