"""A source whose pages show their headline as their one <h1> is titled by it on every page, though a page's <title>
and og:title (an editor's search-engine title) add a kicker or change a word."""
from __future__ import annotations

from collections import Counter

from news_archive.pipelines.shared_title import headline_of_h1, headlines_shown_as_h1, own_heading
from fault_site import crawled_titles

# (headline shown as the <h1>, title the page states in <title> and og:title)
POSTS = [("Harbour board approves the new ferry timetable", "Harbour board approves the new ferry timetable"),
         ("Reading room opens on Saturdays", "Reading room opens on Saturdays"),
         ("Volunteers scan the old customs ledgers", "Volunteers scan the old customs ledgers"),
         ("Tenders open for the quay repairs", "Port: tenders open for the quay repairs"),
         ("Mayor meets the fishermen's guild", "The mayor met the guild of fishermen at the town hall"),
         ("Night buses run again from May", "Night buses run again from May")]


def _post(n: int) -> str:
    headline, stated = POSTS[n]
    text = "".join(f"<p>The council's office wrote to residents about item {k} of notice {n}, and the answers will be "
                   f"read out at the public meeting that closes the consultation before the summer.</p>"
                   for k in range(1, 4))
    # The headline is a bare <h1> under the breadcrumb in <main>, a standfirst and a date line below it.
    return (f"<!DOCTYPE html><html lang='en'><head><title>{stated}</title>"
            f"<meta property='og:title' content=\"{stated}\"></head><body>"
            "<header><a href='/'>Harbour Town Council</a><nav><a href='/news/'>News</a></nav></header>"
            "<main id='content'><nav class='breadcrumb'><a href='/'>Home</a> / <a href='/news/'>News</a></nav>"
            f"<div class='intro'><h1 class='h2'>{headline}</h1><p class='lead'>What the council decided this week</p>"
            f"<span class='caption'>Date</span> <span>{n + 3} March 2022</span></div>"
            f"<div class='content'>{text}</div></main>"
            "<footer><p>Harbour Town Council, Quay Street 1</p></footer></body></html>")


def test_a_page_titled_otherwise_than_its_h1_takes_the_h1_its_source_shows_headlines_in(tmp_path):
    """Fails before: the two posts whose <title> adds a kicker or rewords the <h1> kept the stated title."""
    links = "".join(f"<li><a href='/news/post-{n}/'>{headline}</a></li>" for n, (headline, _) in enumerate(POSTS))
    listing = f"<html><head><title>News</title></head><body><main><h1>News</h1><ul>{links}</ul></main></body></html>"
    titles = crawled_titles(tmp_path, "harbour", "Harbour Town Council", listing,
                            {f"/news/post-{n}/": _post(n) for n in range(len(POSTS))})
    assert titles == {f"/news/post-{n}/": headline for n, (headline, _) in enumerate(POSTS)}


def test_only_a_source_whose_h1_is_mostly_the_title_and_a_page_of_one_own_h1_change_a_title():
    per_page = [("Alpha news",), ("Beta news",), ("Gamma news",), ("Delta news",)]
    banners: set[str] = set()
    assert headlines_shown_as_h1(["Alpha news", "Beta news", "Gamma news", "Kicker: Delta news"], per_page, banners)
    # Half the titles differ from the <h1>: the source's <h1>s are no headlines.
    assert not headlines_shown_as_h1(["Alpha news", "Beta news", "Other", "Another"], per_page, banners)
    # Too few pages to tell.
    assert not headlines_shown_as_h1(["Alpha news", "Beta news"], per_page[:2], banners)
    shown = Counter({"Delta news": 1, "Section": 2, "Alpha news": 1, "Beta news": 1})
    assert own_heading(("Delta news",), banners, shown) == "Delta news"
    # An <h1> other pages show too (a section's name), or two <h1>s: no headline of the page's own.
    assert own_heading(("Section",), banners, shown) == ""
    assert own_heading(("Alpha news", "Beta news"), banners, shown) == ""
    article = {"title": "Kicker: Delta news", "body": "Delta news\n\nThe text."}
    # An <h1> heading a part of the text is not the headline.
    assert headline_of_h1(article, "Delta news") is None
    assert headline_of_h1({**article, "body": "The text."}, "Delta news")["title"] == "Delta news"
