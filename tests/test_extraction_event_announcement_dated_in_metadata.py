"""A foundation's news post inviting its members to a day of talks carries the day's JSON-LD `Event` (a static site
generator's post, dated by its metadata, its address undated). The site lists it as a post and its date line shows
the day the metadata states, days before the event: the news stream's announcement, an article. An event's page
(dated on the event's own day), a post whose metadata day no line shows, or one no listing presents stay out."""
from __future__ import annotations

import json

from news_archive.pipelines.extraction import extract_article

URL = "https://wiki.foundation.example/news/posts/members-day/"
TEXT = ("<p>Dear members and partners,</p>"
        "<p>We would like to invite you to our members' day on March 12 in the afternoon, at our office in Utrecht and "
        "online. Lunch is served from noon; the talks and the certification session run from half past one until "
        "five.</p>"
        "<p>The programme and the registration form are on the event page.</p>"
        "<p>We hope to see many of you there!</p>")


def _post(published: str, starts: str, shown: bool = True) -> str:
    """A Quarto-like post: title block with categories, authors and the published day, then the text."""
    event = {"@context": "https://schema.org", "@type": "Event", "name": "Members' day",
             "startDate": f"{starts}T12:00+01:00", "endDate": f"{starts}T17:00+01:00",
             "location": {"@type": "Place", "name": "Foundation office"}}
    day = "March 2, 2026" if published == "2026-03-02" else "March 12, 2026"
    meta_line = (f"<div class='quarto-title-meta-heading'>Published</div>"
                 f"<div class='quarto-title-meta-contents'><p class='date'>{day}</p></div>") if shown else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='dcterms.date' content='{published}'><title>Members' day - March 12 – Foundation Wiki</title>"
        f"<script type='application/ld+json'>{json.dumps(event)}</script></head><body>"
        "<header id='quarto-header'><nav><a href='/'>Wiki</a> <a href='/news/'>News</a> <a href='/about.html'>About</a>"
        "</nav></header>"
        "<main class='content' id='quarto-document-content'>"
        "<header id='title-block-header' class='quarto-title-block'><div class='quarto-title'>"
        "<h1 class='title'>Members' day - March 12</h1>"
        "<div class='quarto-categories'><div class='quarto-category'>Members</div>"
        "<div class='quarto-category'>Event</div></div></div>"
        "<div class='quarto-title-meta'><div><div class='quarto-title-meta-heading'>Author</div>"
        "<div class='quarto-title-meta-contents'><p>Anna de Vries</p></div></div>"
        f"<div>{meta_line}</div></div></header>"
        f"{TEXT}</main><footer><p>Foundation Wiki, licensed CC BY 4.0</p></footer></body></html>")


def test_a_listed_post_dated_in_its_metadata_before_the_event_it_announces_is_an_article():
    """Fails before: only a date in the address told an announcement from the event's page (JSON-LD type event)."""
    result = extract_article(_post("2026-03-02", "2026-03-12"), URL, listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.published.startswith("2026-03-02")
    assert "invite you to our members' day" in result.body


def test_a_page_dated_on_the_events_own_day_stays_the_events_page():
    result = extract_article(_post("2026-03-12", "2026-03-12"), URL, listed_as_article=True)
    assert result.page_type == "other"


def test_a_metadata_day_no_line_shows_tells_nothing():
    result = extract_article(_post("2026-03-02", "2026-03-12", shown=False), URL, listed_as_article=True)
    assert result.page_type == "other"


def test_a_post_no_listing_presents_stays_out():
    result = extract_article(_post("2026-03-02", "2026-03-12"), URL, listed_as_article=False)
    assert result.page_type == "other"
