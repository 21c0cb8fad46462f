"""A byline a theme sets inside the headline's element, after the headline (`<h1>Title <small>by Anna Berg</small>
</h1>`, a page header's subtitle slot), is no part of the title, on a page of its own <title> or none."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, crawl_one_source, page, stored_column

HEADLINES = {"lamps": "Lamps for the old pier", "ferry": "The ferry keeps its winter timetable",
             "logbooks": "Volunteers scan the ferry logbooks", "tours": "Summer tours of the old customs house"}
TEXT = ("<p>The harbour board met on Tuesday evening and agreed on the {word} plan for the coming winter months.</p>"
        "<p>Volunteers will start next week, weather allowing, and the work is paid for by the rowing club.</p>")


def _post(head: str, headline: str, word: str, byline: str = "by Anna Berg") -> str:
    """A page header as a Bootstrap theme prints it: the headline, its writer's byline in an unclosed <small>."""
    return (f"<!DOCTYPE html><html lang='en'><head>{head}</head><body><nav><a href='/'>Home</a> "
            f"<a href='/posts/'>Blog</a></nav><div class='container'><div class='page-header'>"
            f"<h1>{headline} <small>{byline}</h1><p><em>2013-11-22 09:00</em></p><p>{TEXT.format(word=word)}</p>"
            "</div></div><footer><p>(c) Harbour club</p></footer></body></html>")


def test_a_byline_closing_the_headline_element_is_left_out_of_the_title():
    # Fails before: the title read "Lamps for the old pier by Anna Berg".
    url = "https://harbour.example/posts/2013-11-22-lamps/"
    assert extract_article(_post("", HEADLINES["lamps"], "lamps"), url).title == "Lamps for the old pier"
    # A subtitle that is no byline stays: "by" and a sentence, or another word.
    assert extract_article(_post("", "Lamps", "lamps", "by the harbour board on Tuesday 22 November"),
                           url).title == "Lamps by the harbour board on Tuesday 22 November"
    assert extract_article(_post("", "Lamps for the old pier", "lamps", "part two"), url).title == \
        "Lamps for the old pier part two"


def test_posts_of_a_site_wide_title_take_their_headline_without_its_byline(tmp_path):
    # Fails before: every post was stored as "<headline> by Anna Berg", the <h1>'s whole text standing in for the
    # <title> all pages share.
    server = FaultServer()
    links = "".join(f"<h2><a href='/posts/{slug}/'>{headline}</a></h2><p><em>2013-11-22 09:00</em></p>"
                    for slug, headline in HEADLINES.items())
    server.routes["/posts/"] = page("<html><head><title>Harbour Blog</title></head><body><div class='page-header'>"
                                    f"<h1>Blog</h1>{links}</div></body></html>")
    for slug, headline in HEADLINES.items():
        server.routes[f"/posts/{slug}/"] = page(_post("<title>Harbour Blog</title>", headline, slug))
    crawl_one_source(server, tmp_path, "harbour", "Harbour club", "/posts/")
    assert stored_column(server, tmp_path, "title") == {f"/posts/{slug}/": headline
                                                        for slug, headline in HEADLINES.items()}
