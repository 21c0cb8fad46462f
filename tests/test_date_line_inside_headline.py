"""A date line a theme sets inside the headline's element, after the headline (`<h1>Title <small>posted on
3/9/2019</small></h1>`, a docs theme's news layout), is no part of the title; a bare date or a subtitle there stays."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, crawl_one_source, page, stored_column

HEADLINES = {"2019/03/09/plugin": "Editor plugin", "2019/05/17/release-2-10": "Release 2.10",
             "2019/10/22/judge-renamed": "Checker renamed to snake"}
TEXT = ("<p>The course tool now sends every {word} straight from the editor, so no file has to be copied by hand.</p>"
        "<p>Teachers see the same feedback as before, and the old upload form stays for those who want it.</p>")


def _post(headline: str, line: str, word: str, stated: str = "") -> str:
    """A news post as a docs theme prints it: the headline, its day in a <small> inside the <h1>; <title> states the
    headline (or `stated`) beside the site's name."""
    return (f"<!DOCTYPE html><html lang='en'><head><title>{stated or headline} | Course Docs</title></head><body>"
            "<nav><a href='/en/'>Home</a> <a href='/en/news/'>News</a> <a href='/en/guides/'>Guides</a></nav>"
            f"<main class='page'><div class='content'><div><h1>{headline} <small>{line}</small></h1></div>"
            f"{TEXT.format(word=word)}</div></main></body></html>")


def test_a_labelled_date_line_closing_the_headline_element_is_left_out_of_the_title():
    # Fails before: the title read "Editor plugin posted on 3/9/2019".
    url = "https://docs.example/en/news/2019/03/09/plugin/"
    assert extract_article(_post("Editor plugin", "posted on 3/9/2019", "answer"), url).title == "Editor plugin"
    assert extract_article(_post("Editor plugin", "gepost op 3/9/2019", "answer"), url).title == "Editor plugin"
    # A bare date or a subtitle of more words stays, where the stated title shows them as the headline's own.
    for headline, line in (("Spring workshop", "12 June 2020"), ("Lamps", "by the harbour board on 22 November 2013")):
        assert extract_article(_post(headline, line, "answer", f"{headline} {line}"), url).title == f"{headline} {line}"


def test_news_posts_of_a_docs_site_take_their_headline_without_its_day(tmp_path):
    # Fails before: every post was stored as "<headline> posted on <day>".
    server = FaultServer()
    links = "".join(f"<li><article><a href='/en/news/{slug}/'>{headline}</a> <time>{slug[5:10]}/{slug[:4]}</time>"
                    "</article></li>" for slug, headline in HEADLINES.items())
    server.routes["/en/news/"] = page("<html lang='en'><head><title>News | Course Docs</title></head><body><main>"
                                      f"<h1>News</h1><ul class='news-overview'>{links}</ul></main></body></html>")
    for slug, headline in HEADLINES.items():
        month, day, year = slug[5:7], slug[8:10], slug[:4]
        server.routes[f"/en/news/{slug}/"] = page(_post(headline, f"posted on {int(month)}/{int(day)}/{year}",
                                                        slug.rsplit("/", 1)[1]))
    crawl_one_source(server, tmp_path, "docs", "Course Docs", "/en/news/")
    assert stored_column(server, tmp_path, "title") == {f"/en/news/{slug}/": headline
                                                        for slug, headline in HEADLINES.items()}
