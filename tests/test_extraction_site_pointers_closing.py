"""A post's text closes before the site's pointers to itself: a line linked whole to the site's home page or a listing
above the post ("Find many more stories on Harbour News!"). The writer's closing lines pointing to a page of their
subject, or to their organisation's main host, stay."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://www.harbour.example/news/2021/ferry-timetable-changes/"
TITLE = "Ferry timetable changes for the winter"
TEXT = ("<p>The ferry company will run fewer crossings between the harbour and the islands from November, with the "
        "first boat leaving half an hour later on weekdays and the evening boat dropped on Sundays.</p>"
        "<p>Islanders who commute to the mainland asked the council to keep the early boat, and the company says it "
        "will look at the numbers again in spring once the winter counts are in.</p>")


def _page(post: str) -> str:
    """A news theme's article: the headline in the post's header, the text in div.story-body, the site's footer."""
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{TITLE} | Harbour News</title></head>"
            "<body><header><a href='/'>Harbour News</a><nav><a href='/news/'>News</a> <a href='/sport/'>Sport</a>"
            "</nav></header><main><article><header>"
            f"<h1>{TITLE}</h1><time datetime='2021-10-04'>October 4, 2021</time></header>"
            f"<div class='story-body'>{post}</div></article></main>"
            "<footer><p>Harbour News, Quay Street 4</p></footer></body></html>")


def test_a_line_linked_whole_to_the_sites_home_page_closes_no_text():
    # Fails before: the line ends on "!", so it read as the writer's closing sentence.
    post = TEXT + "<p><a href='https://harbour.example'><b>Find many more stories on Harbour News!</b></a></p>"
    body = extract_article(_page(post), URL).body
    assert "many more stories" not in body, body
    assert body.rstrip().endswith("winter counts are in."), body


def test_a_closing_link_to_the_main_host_of_the_sites_domain_stays():
    # A unit's news on a host of its own cites its organisation's press release on the main host: the writer's source,
    # no pointer of the news site's (this failed while links to a parent or sibling host counted as the site's).
    post = TEXT + ("<p><a href='https://www.harbour-port.example/press/2021/winter-crossings/'>"
                   "The port authority's press release on the winter crossings</a></p>")
    body = extract_article(_page(post), "https://news.harbour-port.example/2021/ferry-timetable-changes/").body
    assert body.rstrip().endswith("press release on the winter crossings"), body


def test_the_writers_closing_link_to_a_page_of_the_subject_stays():
    post = TEXT + ("<p>The new timetable is on the ferry company's site: "
                   "<a href='https://ferries.example/winter-timetable/'>Winter timetable</a></p>")
    body = extract_article(_page(post), URL).body
    assert body.rstrip().endswith("Winter timetable"), body

