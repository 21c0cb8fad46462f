"""A blog's home listing showing its posts whole: each entry's headline links its post, a subtitle heads the post's
text, and the text ends "Läs mer <a>här</a>" to a page of the site holding the long version (a WordPress page,
dated and dressed as a post by the theme). Those closing links are the posts' text links, not the entries' own: the
pages they lead to are no news, and their addresses (root slugs, a section of pages) teach no family of posts."""
from __future__ import annotations

from lxml import etree

from news_archive.spiders.discovery import page_links
from news_archive.spiders.markup import PageParser
from fault_site import FaultServer, crawl_one_source, page, stored_paths

# (post path, headline, subtitle, day shown, the page its text sends the reader to)
POSTS = [
    ("/2021/03/ny-elbuss/", "Ny elbuss till stadstrafiken", "Tyst och ren i centrum", "March 4th, 2021", "/elbussen/"),
    ("/2021/03/klubbtraff-i-mars/", "Klubbträff i mars på museet", "Gamla bilar och nya vänner", "March 20th, 2021",
     "/traffar/mars/"),
    ("/2021/04/vardagsbil-i-test/", "Vardagsbilen klarade vintertestet", "Kyla, snö och is i två veckor",
     "April 2nd, 2021", "/tester/vinter/"),
    ("/2021/04/nytt-forum/", "Nu öppnar vårt forum för medlemmar", "Skriv, fråga och tipsa", "April 9th, 2021",
     "/forum-info/"),
    ("/2021/05/varens-utflykt/", "Vårens utflykt går till kusten", "Anmälan öppnar i maj", "May 3rd, 2021",
     "/utflykter/kusten/"),
]
TEXT = ("Medlemmarna i klubben har länge önskat sig mer att läsa om bilarna de kör, och här kommer en kort nyhet om "
        "det som händer just nu bland våra modeller.")
LONG = ("Den långa versionen berättar allt om bakgrunden, priserna och vad andra ägare tycker efter de första "
        "månaderna med bilen i vardagen.")
CHROME = ('<div class="header"><span class="sitename"><a href="/">Bilklubben</a></span></div>'
          '<div class="path"><a href="/">Hem</a><ul class="menu"><li><a href="/om-oss/">Om oss</a></li>'
          '<li><a href="/kontakt/">Kontakt</a></li></ul></div>')


def _entry(path: str, title: str, subtitle: str, day: str, more: str, linked: bool) -> str:
    headline = f'<a href="{path}" rel="bookmark">{title}</a>' if linked else title
    return (f'<div class="post" id="post-{sum(map(ord, path))}"><h1>{headline}</h1><div class="descr">{day}</div>'
            f'<div class="entry"><h2>{subtitle}</h2><p>{TEXT}</p><p>Läs mer <a href="{more}">här</a></p></div></div>')


def _shell(title: str, content: str) -> str:
    return (f'<!DOCTYPE html><html><head><title>{title}</title></head><body><div class="outer">{CHROME}'
            f'<div class="main"><div class="content">{content}</div><div class="navigation"><h2>Meny</h2><ul>'
            f'<li><a href="/om-oss/">Om oss</a></li></ul></div></div></div></body></html>')


def _home() -> str:
    return _shell("Bilklubben", "".join(_entry(*post, linked=True) for post in POSTS))


def _post(path: str, title: str, subtitle: str, day: str, more: str) -> str:
    return _shell(f"{title} | Bilklubben", _entry(path, title, subtitle, day, more, linked=False)
                  + '<p class="info">Posted in <a href="/category/nyheter/" rel="category tag">Nyheter</a></p>')


def _long_page(path: str, title: str, day: str) -> str:
    return _shell(f"{title} | Bilklubben", f'<div class="post" id="post-{sum(map(ord, path))}"><h1>{title}</h1>'
                  f'<div class="descr">{day} by admin</div><div class="entry">'
                  + "".join(f"<p>{LONG} Del {n}.</p>" for n in range(1, 4)) + "</div></div>")


def test_a_short_link_closing_a_post_shown_whole_under_its_linked_headline_is_no_teaser():
    root = etree.fromstring(_home().replace("href=\"/", "href=\"http://club.example/"), PageParser())
    links = page_links(root.getroottree().getroot(), "http://club.example/")
    assert links.teasers == [f"http://club.example{path}" for path, *_rest in POSTS]


def test_pages_a_listing_of_whole_posts_sends_readers_to_are_not_stored(tmp_path):
    """Fails before: the five "här" links, each closing its line under the post text's subtitle, were taken for the
    entries' links; the pages they lead to (dated by the theme as posts are) were stored as five more articles."""
    server = FaultServer()
    server.routes["/"] = page(_home())
    for path, title, subtitle, day, more in POSTS:
        server.routes[path] = page(_post(path, title, subtitle, day, more))
        server.routes[more] = page(_long_page(more, f"{title}: hela historien", day))
    run, _asked = crawl_one_source(server, tmp_path, "bilklubben", "Bilklubben")
    assert run.status == "ok"
    assert stored_paths(server, tmp_path) == {path for path, *_rest in POSTS}
