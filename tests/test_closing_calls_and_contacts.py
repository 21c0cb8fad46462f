"""The lines a post closes on stay in its body:
- "Read more" and a link naming, in a few words, a page of the site that is no post ("Read more: <a>Photo gallery of
  the lamps</a>", "Read more <a>in the harbour book</a>"): the writer sends the reader to a gallery, a book, a course;
  "Read more: <a>another story's headline</a>" to a post in the same folder or at a dated address is the site's teaser;
- a contact line above the addresses of the post's pictures ("Info: <a>museum.example</a> and <a>share.example</a>,
  040-1234567", more than half of it linked): a web address alone on its line is no paragraph of the text the closing
  lines must follow, and the words of a site's name ("share.example") name no furniture."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from fault_site import crawled_column

TEXT = ("<p>The harbour board met on Tuesday evening and agreed on the {slug} plan for the coming winter months, "
        "after a long debate about the costs and the volunteers who would carry out the work.</p>"
        "<p>Volunteers will start next week, weather allowing, and the work is paid for by the rowing club and a "
        "grant from the town, which the board applied for last spring.</p>")
READ_ON = {"lamps": "<p>Read more: <a href='/gallery/lamps/'>Photo gallery of the lamps</a></p>",
           "logbooks": "<p>Read more <a href='/books/harbour-book#logbooks'>in the harbour book</a></p>",
           "tours": "<p>Read more: <a href='/news/ferry-timetable/'>Ferry keeps its winter timetable</a></p>",
           "boats": "<p>Read more: <a href='/2024/05/12/old-boats/'>Old boats</a></p>"}
CONTACT = ("<p><i>Info: <a href='//harbourmuseum.example'>harbourmuseum.example</a> and "
           "<a href='//share.example'>share.example</a>, 040-1234567</i></p>")
CONTACT_SHOWN = "Info: harbourmuseum.example and share.example, 040-1234567"
LAST_PICTURE = "https://pictures.example/commons/thumb/b/bc/harbour-museum-oars-and-nets-1982.jpg"
FIRST_PICTURE = "https://pictures.example/commons/thumb/7/77/harbour-museum-boathouse-1975.jpg"
PICTURES = (f"<p>Pictures:</p><p><a href='{FIRST_PICTURE}'>{FIRST_PICTURE}</a></p><p>or</p>"
            f"<p><a href='{LAST_PICTURE}'>{LAST_PICTURE}</a></p>")


def _post(slug: str, closing: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>The " + slug + " plan</title>"
            "<meta property='og:type' content='article'></head><body><nav><a href='/'>Home</a> "
            "<a href='/news/'>News</a></nav><main><article><h1>The " + slug + " plan</h1>"
            "<p class='date'>Published 22 November 2013</p><div class='post-body'>" + TEXT.format(slug=slug) +
            closing + "</div></article></main><footer><p>(c) Harbour club</p></footer></body></html>")


def _body(slug: str, closing: str) -> str:
    return extract_article(_post(slug, closing), f"https://harbour.example/news/{slug}/").body


def _crawled_bodies(folder, closings: dict[str, str]) -> dict[str, str]:
    listing = "<html><head><title>News</title></head><body><h1>News</h1><ul>" + "".join(
        f"<li><a href='/news/{slug}/'>The {slug} plan</a></li>" for slug in closings) + "</ul></body></html>"
    return crawled_column(folder, "harbour", "Harbour club", listing,
                          {f"/news/{slug}/": _post(slug, closing) for slug, closing in closings.items()}, "body")


def test_read_more_to_a_page_that_is_no_post_stays():
    # Fails before: both lines were cut as the site's "Read more" furniture.
    assert _body("lamps", READ_ON["lamps"]).endswith("Read more: Photo gallery of the lamps")
    assert _body("logbooks", READ_ON["logbooks"]).endswith("Read more in the harbour book")


def test_read_more_to_another_story_is_still_the_sites():
    for slug in ("tours", "boats"):
        assert "Read more" not in _body(slug, READ_ON[slug])


def test_the_contact_line_above_picture_addresses_stays():
    # Fails before: the picture addresses counted as the text's last paragraphs and the contact line, its "share"
    # read as a share bar's, was cut as a line of links amid the text.
    body = _body("lamps", CONTACT + PICTURES)
    assert CONTACT_SHOWN in body and body.endswith(LAST_PICTURE)


def test_a_site_name_written_in_capitals_names_no_furniture_either():
    contact = CONTACT.replace(">share.example<", ">Share.example<")
    body = _body("lamps", contact + PICTURES)
    assert CONTACT_SHOWN.replace("share.example", "Share.example") in body and body.endswith(LAST_PICTURE)


def test_a_share_bar_above_picture_addresses_is_still_cut():
    bar = "<p>Share: <a href='https://facebook.example/share'>Facebook</a> <a href='/mail'>E-mail</a></p>"
    assert "Share" not in _body("lamps", bar + PICTURES)


def test_crawled_posts_keep_their_closing_calls_and_contacts(tmp_path):
    # Fails before: the lamps and logbooks posts ended on their second paragraph, and the nets post lost its contact.
    bodies = _crawled_bodies(tmp_path, {**READ_ON, "nets": CONTACT + PICTURES})
    endings = {path: body.rsplit("\n\n", 1)[-1] for path, body in bodies.items()}
    assert endings["/news/lamps/"] == "Read more: Photo gallery of the lamps"
    assert endings["/news/logbooks/"] == "Read more in the harbour book"
    assert not endings["/news/tours/"].startswith("Read more") and not endings["/news/boats/"].startswith("Read more")
    assert CONTACT_SHOWN in bodies["/news/nets/"]
