"""A source whose posts show no <h1> and state their headline in <title> before the site's name
("Annual report | Coastal Research Network"): when the headline is shorter than the name, or holds a dash of its
own, a page alone cannot tell which piece names the site. At the crawl's end the piece ending many of the source's
titles alike names the site, and an article titled with it takes the rest of its <title>."""
from __future__ import annotations

import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.pipelines.shared_title import headline_less_site_name, site_name_pieces
from fault_site import FaultServer, crawled_titles, page

NAME = "Coastal Wetlands Research Cooperative Network"
HEADLINES = ["Pilot grants awarded", "Spring seminar - Tues May 7 from 2-3pm", "New field station opens",
             "Data portal update", "Call for reviewers"]


def _post(n: int) -> str:
    """A post of a CMS's full view: the date field, a subtitle field, the text; its headline only in <title>."""
    text = "".join(f"<p>The network's members met for round {n} to go through item {k} of the plan, and agreed to "
                   f"report back on it to all partners before the next season starts.</p>" for k in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{HEADLINES[n]} | {NAME}</title></head><body>"
            "<header><div class='site-logo'><a href='https://wetlands-network.example/'><img src='/logo.png' "
            "alt='CWRCN'></a></div><nav><a href='/news/'>News</a> <a href='/about/'>About</a></nav></header>"
            f"<div class='node node--type-news node--view-mode-full'><div class='field field--name-field-subtitle'>"
            f"Notes from the network, round {n}</div><div class='news-metadata'><div class='field "
            f"field--name-node-post-date'>March {n + 3}, 2024</div></div><div class='field field--name-body'>{text}"
            "</div></div><footer><p>Funded by a research council grant.</p></footer></body></html>")


def test_a_headline_shorter_than_the_site_name_in_title_is_the_posts_title(tmp_path):
    """Fails before: posts were stored as "Coastal Wetlands Research Cooperative Network" (the longer piece taken
    for the headline) or as "Tues May 7 from 2-3pm - Coastal ..." (the headline's own dash taken for the separator)."""
    server = FaultServer()
    cards = "".join(f"<div class='views-row'><div class='field--name-node-post-date'>March {n + 3}, 2024</div>"
                    f"<h3><a href='/news/post-{n}'>{headline}</a></h3><p>Round {n} of the network's notes.</p></div>"
                    for n, headline in enumerate(HEADLINES))
    server.routes["/news/"] = page(f"<html><head><title>News | {NAME}</title></head><body><main><h1>News</h1>"
                                   f"{cards}</main></body></html>")
    for n in range(len(HEADLINES)):
        server.routes[f"/news/post-{n}"] = page(_post(n))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "wetlands"\nname = "Wetlands network"\n'
                           f'start_urls = ["{server.base_url}/news/"]\n', encoding="utf-8")
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    titles = {row["url"].removeprefix(server.base_url).rstrip("/"): row["title"]
              for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert titles == {f"/news/post-{n}": headline for n, headline in enumerate(HEADLINES)}


def test_only_a_piece_ending_many_titles_names_the_site_and_a_shown_headline_stays():
    stated = [f"{h} | {NAME}" for h in HEADLINES]
    assert site_name_pieces(stated) == {NAME}
    assert site_name_pieces(stated[:2] + ["Other - Page", "More"]) == set()  # two pages are a series
    article = {"title": NAME, "body": "The text."}
    assert headline_less_site_name(article, stated[0], {NAME}, ())["title"] == "Pilot grants awarded"
    # A title without the site's name, or one the page shows as its <h1>, stays.
    assert headline_less_site_name(article | {"title": "Pilot grants"}, stated[0], {NAME}, ()) is None
    assert headline_less_site_name(article, stated[0], {NAME}, (NAME,)) is None


def test_a_short_piece_ending_every_title_is_sought_as_words_not_letters():
    """Fails before: every title ends in the site's language code ("... - Firma Voorbeeld - NL"); "nl" inside
    "online" made "Nieuwe website online" look as if it kept the site's name, and it was stored as
    "Nieuwe website online - Firma Voorbeeld"."""
    stated = [f"{h} - Firma Voorbeeld - NL" for h in ("Nieuwe website online", "Zomersluiting", "Open deur", "Beurs")]
    assert site_name_pieces(stated) == {"NL"}
    article = {"title": "Nieuwe website online", "body": "De tekst."}
    assert headline_less_site_name(article, stated[0], {"NL"}, ()) is None
    # A title that is the piece itself still gives way to the rest of its <title>.
    assert headline_less_site_name({"title": "NL", "body": "De tekst."}, "Beurs - NL", {"NL"}, ())["title"] == "Beurs"


def test_a_headline_read_from_a_heading_that_names_the_site_stays():
    """Fails before: the headline read from the page's title heading names the company the site is named after, and
    it was taken for a <title> that kept the site's name: the post was stored under the editor's search-engine
    title, the <title> less the name."""
    stated = "Inside the Lab: How Samples Are Sorted | Lab Example"
    article = {"title": "Valley Courier – A morning at Lab Example among the sample sorters", "body": "The text."}
    assert headline_less_site_name(article, stated, {"Lab Example"}, ()) is None


def test_a_headline_naming_the_site_before_the_sites_pieces_stays():
    """Fails before: "Northfield University Opens a Stem Cell Institute", read from the page's <h2>, holds the words
    of the piece ending every <title> ("... - Biology - News Archives - Northfield University"), and was taken for a
    title that kept the site's name: it became the <title> less that piece, "... - Biology - News Archives"."""
    headline = "Northfield University Opens a Stem Cell Institute"
    stated = [f"{h} - Biology - News Archives - Northfield University"
              for h in (headline, "Spring symposium", "New fellows", "Retreat on the coast")]
    assert site_name_pieces(stated) == {"Northfield University"}
    article = {"title": headline, "body": "The text."}
    assert headline_less_site_name(article, stated[0], {"Northfield University"}, ()) is None


DOMAIN = "petrinets-tool.example"
RELEASES = ["Toolkit 2.1 released", "Gold medal at the contest", "Toolkit 2.0.4", "Ten years of the toolkit"]


def _release_post(n: int) -> str:
    """A post of a minified static-site theme: <title> "domain: headline", the headline as the post's <h1>, and a
    side box after the text that heads the newest posts with an <h1> of its own on every page."""
    newest = "".join(f"<h2>2024-0{k + 1}-10 - <a href=/news/post-{k}/>{h}</a></h2>" for k, h in enumerate(RELEASES))
    return (f"<!doctype html><html lang=en><head><title>{DOMAIN}: {RELEASES[n]}</title></head><body>"
            "<div id=header><div id=title>Toolkit</div><a href=/>Home</a> <a href=/news/>News</a></div>"
            f"<div id=content><div id=right><header class=post-header><h1 class=post-title>{RELEASES[n]}</h1></header>"
            f"<span class=meta><b>Published 2024-0{n + 1}-10</b></span><div class=post-content>"
            f"<p>We are glad to announce item {n} of the plan, which brings a number of changes to the tool.</p>"
            "<ul><li>faster checking of large nets</li><li>fixes in the editor</li></ul></div></div>"
            f"<div id=left><div class=box><h1>News</h1>{newest}</div></div></div></body></html>")


def test_a_site_name_set_before_a_colon_in_title_leaves_the_headline(tmp_path):
    """Fails before: every post's <title> is "domain: headline" (a colon right after the name, no separator the
    extractor splits at) and the page shows two <h1>s, the headline and the side box's "News": posts were stored as
    "petrinets-tool.example: Toolkit 2.1 released"."""
    cards = "".join(f"<h2><a class=item href=/news/post-{n}/>{headline}</a></h2><p>Item {n} of the plan.</p>"
                    for n, headline in enumerate(RELEASES))
    listing = (f"<html><head><title>{DOMAIN}: News</title></head><body><div id=content><h1>News</h1>{cards}</div>"
               "</body></html>")
    titles = crawled_titles(tmp_path, "toolkit", "Toolkit", listing,
                            {f"/news/post-{n}/": _release_post(n) for n in range(len(RELEASES))})
    assert titles == {f"/news/post-{n}/": headline for n, headline in enumerate(RELEASES)}


def test_a_name_before_a_colon_names_the_site_only_when_it_opens_many_titles():
    stated = [f"{DOMAIN}: {h}" for h in RELEASES]
    assert site_name_pieces(stated) == {DOMAIN}
    # A kicker opening one title of four ("Interview: ..."), or a time's colon, names nothing.
    assert site_name_pieces(["Interview: Jane Roe", "Spring fair", "At 10:30 the doors open", "Open day"]) == set()
    article = {"title": f"{DOMAIN}: {RELEASES[0]}", "body": "The text."}
    assert headline_less_site_name(article, stated[0], {DOMAIN}, ())["title"] == RELEASES[0]
    assert headline_less_site_name(article, "Interview: Jane Roe", {DOMAIN}, ()) is None
