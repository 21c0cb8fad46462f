"""A page dated in its metadata alone shows readers its day when a line of its own states it, though the date its
reading picks is another line's (a theme's hidden "updated" stamp)."""
from news_archive.pipelines.extraction.entry_type import shows_no_own_date
from news_archive.pipelines.extraction.html_input import parse_html

PUBLISHED = "2020-10-06T09:15:00+00:00"


def _release(stamps: str) -> str:
    text = "".join(f"<p>The plant in the harbour takes on its third line this autumn, part {k}, and the crews train "
                   f"on it from the first week.</p>" for k in range(1, 4))
    return (f"<html lang='de'><head><title>Third line - Ferrow Group</title>"
            f"<meta property='article:published_time' content='{PUBLISHED}'></head><body><main>"
            f"<article class='post'><h1>Third line for the harbour plant</h1>{stamps}{text}</article></main>"
            f"</body></html>")


def test_a_hidden_updated_stamp_does_not_hide_the_shown_publication_day():
    """Fails before: the hidden stamp's 20 October was the date shown, so the release showed 'no date of its own'."""
    stamps = ("<span class='updated snippet-hidden'>2020-10-20T11:00:00+00:00</span>"
              "<div class='meta'><span>Oktober 6th, 2020</span></div>")
    root = parse_html(_release(stamps))
    assert not shows_no_own_date(root, "http://ferrow.example/third-line/", "Third line for the harbour plant",
                                 PUBLISHED, "meta")


def test_a_page_showing_only_other_days_still_shows_no_own_date():
    root = parse_html(_release("<span class='updated snippet-hidden'>2020-10-20T11:00:00+00:00</span>"))
    assert shows_no_own_date(root, "http://ferrow.example/third-line/", "Third line for the harbour plant",
                             PUBLISHED, "meta")
