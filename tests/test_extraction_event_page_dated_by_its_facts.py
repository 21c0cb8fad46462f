"""A patients' association's Jekyll site files its events as posts beside its news: typed BlogPosting, listed in the
feed, dated by the event's day and hour. The event's page sets the facts out under its headline as labelled fields
(a table: "Datum:", "Uhrzeit:", "Ort:"); a news post shows only its own "Datum:" line there. A page dated on the day
its own facts name is the event's page, not news; a post announcing the event days before it, a news post's lone date
line, and an upcoming event in the sidebar that happens to fall on the post's day leave the post an article."""
from __future__ import annotations

import json

from news_archive.pipelines.extraction import extract_article

URL = "https://selbsthilfe.example/2024/06/07/treffen.html"
TEXT = ("<p>Alle, die mit der Krankheit leben oder jemanden begleiten, sind zu unserem Treffen im Sommer eingeladen. "
        "Wir sprechen über den Alltag mit der Therapie, über Neuigkeiten aus der Ambulanz und über alles, was euch "
        "sonst auf dem Herzen liegt.</p>"
        "<p>Eine Anmeldung ist nicht nötig, aber wir freuen uns über eine kurze Nachricht, damit wir genug Plätze "
        "reservieren können.</p>")


def _facts(day: str) -> str:
    return ("<table><tr><td>Datum:</td><td>%s</td></tr><tr><td>Uhrzeit:</td><td>18:30</td></tr>"
            "<tr><td>Ort:</td><td>Gasthaus am Fluss, Uferweg 3, Offenbach</td></tr></table>" % day)


def _page(published: str, header: str, sidebar: str = "") -> str:
    posting = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Sommertreffen",
               "datePublished": f"{published}T18:30:00+00:00"}
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Sommertreffen | selbsthilfe.example</title>"
        "<meta property='og:type' content='article'>"
        f"<meta property='article:published_time' content='{published}T18:30:00+00:00'>"
        f"<script type='application/ld+json'>{json.dumps(posting)}</script></head><body>"
        "<header><nav><a href='/'>Startseite</a> <a href='/beitraege'>Beiträge</a> "
        "<a href='/veranstaltungen'>Veranstaltungen</a></nav></header>"
        "<div class='wrapper'><div class='post'>"
        f"<span class='label'>Beitrag:</span><h2 class='title'>Sommertreffen</h2>{header}<hr>{TEXT}</div>"
        f"{sidebar}</div><footer><p>Selbsthilfe e.V., Brückenstraße 1</p></footer></body></html>")


def test_a_post_dated_on_the_day_its_own_event_facts_name_is_the_events_page():
    """Fails before: the page's BlogPosting type made it an article, though it is dated by the event it sets out."""
    result = extract_article(_page("2024-06-07", _facts("07.06.2024")), URL, listed_as_article=True)
    assert result.page_type == "other", result.page_reason


def test_a_post_announcing_the_event_days_before_stays_an_article():
    result = extract_article(_page("2024-05-20", _facts("07.06.2024")), URL, listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.published.startswith("2024-05-20")


def test_a_news_posts_own_date_line_sets_out_no_event():
    result = extract_article(_page("2024-06-07", "<span>Datum: 07.06.2024</span>"), URL, listed_as_article=True)
    assert result.page_type == "article", result.page_reason


def test_the_sidebars_next_event_on_the_posts_day_is_another_pages():
    sidebar = "<aside class='next'><h3>Nächster Termin</h3>%s</aside>" % _facts("07.06.2024")
    result = extract_article(_page("2024-06-07", "<span>Datum: 07.06.2024</span>", sidebar), URL,
                             listed_as_article=True)
    assert result.page_type == "article", result.page_reason
