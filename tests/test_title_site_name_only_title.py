"""A theme printing only the site's name in every page's <title>, which a link home says in words (a footer's
"© Site"), and the post's headline as an <h2> over its date line: a one-word headline ("Feast") is the post's title,
not a label beside the site's name."""
from __future__ import annotations

from fault_site import crawled_titles

SITE = "Lantern House Reading Room"
PROSE = ("<p>The reading room opened its doors to the whole street on Saturday. Neighbours brought bread, the children "
         "sang two songs they had practised for weeks, and the older pupils showed the new library shelves.</p>"
         "<p>Thanks to everyone who helped carry the tables.</p>")
POSTS = {"/news/2007/01/09/feast/": ("Feast", "09 Jan 2007"),
         "/news/2009/06/01/the-big-day/": ("The big day at the reading room", "01 Jun 2009"),
         "/news/2012/07/06/lanterns/": ("Lanterns", "06 Jul 2012")}


def _shell(inner: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{SITE}</title></head><body>"
            "<div class='container'><div class='navbar'><a class='brand' href='/'><i class='icon-home'></i></a>"
            "<ul class='nav'><li><a href='/about/'>About</a></li><li><a href='/news/'>News</a></li></ul></div>"
            f"<div class='row'><div class='span9'>{inner}</div><div class='span3'><ul><li><a href='/news/'>Latest "
            f"news</a></li><li><a href='/news/archives/'>Archives</a></li></ul></div></div>"
            f"<footer><p><a href='/'>{SITE}</a> &copy; Jane Doe 2012</p></footer></div></body></html>")


def _post(title: str, day: str) -> str:
    return _shell(f"<div class='article'><div class='content-title'><h2>{title}</h2>{day} par "
                  f"<a class='url fn' href='/author/jane.html'>Jane</a></div><div>{PROSE}</div><hr>"
                  "<h3>Comments</h3></div>")


def test_a_one_word_h2_headline_beats_a_title_naming_only_the_site(tmp_path):
    # Fails before: "Feast" and "Lanterns" were stored as "Lantern House Reading Room", the <title> every page states:
    # a heading that short and sharing no word with it was taken for a label beside it.
    listing = _shell("".join(f"<div class='item'><h2><a href='{path}'>{title}</a></h2><p>{day}</p></div>"
                             for path, (title, day) in POSTS.items()))
    stored = crawled_titles(tmp_path, "lantern", SITE, listing, {path: _post(*post) for path, post in POSTS.items()})
    assert stored == {path: title for path, (title, _day) in POSTS.items()}
