"""A teaser card's category label links the section's page (an office, a topic), however many its words: no headline."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import page_links

BASE = "http://127.0.0.1:8000/news/"
CARD = """<article class="news-item"><div class="columns"><header class="entry-header small-text">
<span class="entry-date"><strong>{day}</strong> | </span>
<span class="category"><a href="/departments/{office}/">Office of {name} Management</a></span>
<a href="/news/{office}/{slug}/"><h2 class="h4">{headline}</h2></a></header>
<p class="description">A short summary of the story for the listing.</p></div></article>"""
STORIES = [("May 2, 2024", "parks", "Parks", "new-benches", "New benches along the river trail"),
           ("May 1, 2024", "emergency", "Emergency", "storm-update", "Storm update for the weekend"),
           ("April 29, 2024", "parks", "Parks", "pool-season", "Pool season opens in June")]
LISTING = "<html><body><main>" + "".join(
    CARD.format(day=d, office=o, name=n, slug=s, headline=h) for d, o, n, s, h in STORIES) + "</main></body></html>"


def test_a_cards_category_label_is_no_teaser():
    links = page_links(lxml.html.fromstring(LISTING), BASE)
    assert links.teasers == [f"http://127.0.0.1:8000/news/{o}/{s}/" for _, o, _, s, _ in STORIES]
    assert "http://127.0.0.1:8000/departments/parks/" in [url for url, _ in links.content]
