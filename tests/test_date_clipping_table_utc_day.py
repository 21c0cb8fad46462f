"""A press-clippings post states its own moment in UTC and shows, in a table under the headline, the clipping's
fields (its medium's day, the medium, the writer): the table's day is the clipping's, not the post's local day."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.site.example/press-daily-paper-food-and-genes/"
LD = ('{"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Press | Daily Paper - Food and genes",'
      ' "datePublished": "2024-10-07T13:37:44+00:00", "dateModified": "2025-04-09T13:41:16+00:00"}')
TEXT = "".join(f"<p>More firms offer diet advice drawn from a test of the genes, and the paper asked what lies behind "
               f"it, part {n} of the story.</p>" for n in range(1, 4))


def _post(fields: str) -> str:
    return (f"<html lang='de'><head><title>Press | Daily Paper - Food and genes</title>"
            f"<script type='application/ld+json'>{LD}</script></head><body><main><h1>Daily Paper – Food and genes</h1>"
            f"<div class='text'><h2>Daily Paper - Food and genes</h2>{fields}</div>{TEXT}</main></body></html>")


def test_the_clippings_day_in_a_table_is_no_local_day_of_the_posts_utc_moment():
    """Fails before (2024-10-08): the table's day fell within a day of the UTC moment and was read as the day the
    publisher's zone showed it."""
    table = ("<table><tr><td>Datum</td><td>08.10.2024</td></tr><tr><td>Media</td><td>Daily Paper</td></tr>"
             "<tr><td>Author</td><td>Anna Writer</td></tr></table>")
    assert extract_article(_post(table), URL).published[:10] == "2024-10-07"


def test_a_date_line_under_the_headline_still_gives_the_publishers_day():
    """Guards the rule's reach: the post's own date line, outside a table, tells the UTC moment's local day."""
    assert extract_article(_post("<p class='date'>08.10.2024</p>"), URL).published[:10] == "2024-10-08"
