"""The fold cache (pipelines/extraction/text.py) keeps the short texts a site repeats, never a page's whole text:
kept, each page's text and its fold stayed for the rest of the crawl."""
from __future__ import annotations

from news_archive.pipelines.extraction import text


def test_a_pages_whole_text_is_folded_without_being_kept_and_a_menu_line_is_kept():
    text._folded_cached.cache_clear()  # full after the rest of the suite, it would drop one entry for each kept
    whole = " ".join(f"Stycke {n} om forskning vid institutet." for n in range(2000))
    kept_before = text._folded_cached.cache_info().currsize
    assert text.fold(whole) == text.fold(whole) == whole.lower().replace(".", "")
    assert text._folded_cached.cache_info().currsize == kept_before
    menu = "Om oss | Kontakt | Prenumerera"
    assert text.fold(menu) == "om oss kontakt prenumerera"
    assert text._folded_cached.cache_info().currsize == kept_before + 1
