"""Articles linked only from other articles' text, in a folder beside the news listing's article folders."""
from __future__ import annotations

from news_archive.spiders.families import UrlFamilies, leaf_shape
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

MENU = ('<nav class="menu"><a href="/news/index.html">News</a> <a href="/news/archive/9.html">Archive nine</a>'
        ' <a href="/about/team.html">Team</a></nav>')


def _section_with_reports(server: FaultServer) -> None:
    """A news section whose listing shows its events (`/news/events/N.html`); each event's report sits in the
    folder beside them (`/news/reports/N.html`), linked only from the event's own text ("Event report"). The
    events also link a staff page beside them (a page, not news), a page outside the section, and the menu a page
    beside them that no text links."""
    teasers = "".join(f'<article><h2><a href="events/{n}.html">Members meet for the spring seminar number {n}</a>'
                      f'</h2><p>A short teaser.</p></article>' for n in range(1, 4))
    server.routes["/news/index.html"] = page(f"<html><body>{MENU}<main><h1>News</h1>{teasers}</main></body></html>")
    for n in range(1, 4):
        html = article_html(f"Members meet for the spring seminar number {n}", f"event{n}")
        links = (f'<p><a href="../reports/{n}.html">Event report</a></p><p><a href="../staff/{n}.html">Organiser</a>'
                 '</p><p><a href="../../about/history.html">Our history</a></p>')
        server.routes[f"/news/events/{n}.html"] = page(html.replace("<body>", f"<body>{MENU}")
                                                       .replace("</article>", links + "</article>"))
        server.routes[f"/news/reports/{n}.html"] = page(article_html(f"Report from spring seminar {n}", f"report{n}"))
        server.routes[f"/news/staff/{n}.html"] = page(
            f"<html><body><main><h1>Organiser {n}</h1><p>Works with the members' seminars and answers questions about"
            f" them; reach the organiser by mail. Staff page {n} of the association, kept up to date by the office."
            "</p></main></body></html>")
    for path in ("/news/archive/9.html", "/about/history.html", "/about/team.html"):
        server.routes[path] = page(article_html("Not to be fetched", path.replace("/", "")))


def test_reports_linked_only_from_the_articles_text_beside_their_folder_are_stored(tmp_path):
    """Fails before: an article's text led nowhere but to the posts beside it, and the reports' folder is no
    family the listing shows."""
    server = FaultServer()
    _section_with_reports(server)
    run, read = crawl_one_source(server, tmp_path, "forum", "Forum", "/news/index.html")
    stored = stored_paths(server, tmp_path)
    assert stored == {f"/news/{folder}/{n}.html" for folder in ("events", "reports") for n in range(1, 4)}
    assert run.status == "ok"
    # The staff pages are fetched for the page to say what it is, and it says no news; the menu's page and the
    # page outside the section are never asked for.
    assert {f"/news/staff/{n}.html" for n in range(1, 4)} <= read
    assert not read & {"/news/archive/9.html", "/about/history.html", "/about/team.html"}


def test_a_folder_beside_a_family_counts_only_in_a_named_section_and_in_the_family_shape():
    families = UrlFamilies()
    for n in (1, 2, 3):
        families.learn(f"http://site.example/news/events/{n}.html")
        families.learn(f"http://site.example/en/blog/post-{n}/")
        families.learn(f"http://site.example/nyheter/2024/notis-{n}/")
    sections = families.section_families()
    assert families.beside("http://site.example/news/reports/7.html", sections)
    assert not families.beside("http://site.example/news/reports/summary.html", sections)  # another shape
    assert not families.beside("http://site.example/news/events/7.html", sections)  # the family itself
    assert not families.beside("http://site.example/about/reports/7.html", sections)  # another section
    assert not families.beside("http://site.example/en/contact/form/", sections)  # beside a language folder's
    assert not families.beside("http://site.example/nyheter/tagg/notis/", sections)  # beside a date folder
    assert leaf_shape("http://site.example/news/events/spring/index.html") == ("a", "/")
