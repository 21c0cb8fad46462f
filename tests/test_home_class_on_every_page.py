"""Some themes class every page's `<body>` `home` (Pelican's default theme: `<body id="index" class="home">`), its
posts too. A front page's class marks a listing; a page that the news listing's teaser names, or the feed lists, is
that post all the same: its posts were judged listings and none was stored."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_column

POSTS = {"/lantern-repairs-finished.html": ("Lantern repairs finished on the north pier", "Mon 04 March 2024"),
         "/winter-timetable-for-the-ferry.html": ("Winter timetable for the ferry", "Sat 10 February 2024"),
         "/volunteers-scan-old-logbooks.html": ("Volunteers scan the old logbooks", "Wed 17 January 2024"),
         "/rowing-club-opens-its-boathouse.html": ("Rowing club opens its boathouse", "Tue 05 December 2023")}
TEXT = ("<p>The harbour board met on Tuesday evening and agreed on the {word} plan for the coming winter months.</p>"
        "<p>Volunteers will start next week, weather allowing, and the work is paid for by the rowing club.</p>")


def _shell(title: str, main: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body id='index' class='home'>"
            "<nav id='menu'><a href='/'>Harbour</a> <a href='/pages/about.html'>About</a></nav>"
            f"<main>{main}</main><footer><p>Harbour club, licensed under the GFDL.</p></footer></body></html>")


def _post(headline: str, shown: str, word: str) -> str:
    return _shell(headline, f"<header id='banner'><h1>{headline}</h1></header><section id='content'>"
                            f"<div class='post-info'><time class='published'>{shown}</time></div>"
                            f"<div class='entry-content'>{TEXT.format(word=word)}</div>"
                            "<a href='/archives.html'>News Archives</a></section>")


def test_posts_of_a_theme_classing_every_page_home_are_stored(tmp_path):
    # Fails before: each post, its body classed `home`, was judged the site's front page, a listing; nothing stored.
    server = FaultServer()
    entries = "".join(f"<dt>{shown}</dt><dd><a href='{path}'>{headline}</a></dd>"
                      for path, (headline, shown) in POSTS.items())
    server.routes["/archives.html"] = page(_shell("Harbour", f"<h1>News Archives for Harbour</h1><dl>{entries}</dl>"))
    for path, (headline, shown) in POSTS.items():
        server.routes[path] = page(_post(headline, shown, path.strip("/").split("-")[0]))
    crawl_one_source(server, tmp_path, "harbour", "Harbour club", "/archives.html")
    assert stored_column(server, tmp_path, "title") == {path: headline for path, (headline, _) in POSTS.items()}
