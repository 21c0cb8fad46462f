"""A post whose opening the crawl's end dropped as its site's boilerplate is judged again on its own text.

During the crawl a post is cleaned with what earlier crawls learnt of its site; a notice the site sets above every
post (a festival's farewell in English over each German news item) is learnt only as the crawl reads the pages, and
stays the opening of the posts read before it until the crawl's end drops it (site_boilerplate.py). The language
stage judged those posts with that notice as their opening, and an opening outvotes the rest of a text
(langid/majority.py): a German post under an English notice came out English. Once the notice is dropped, the post's
own opening and text say its language. Posts that lost only closing furniture keep the language they were given.
"""
from __future__ import annotations

from news_archive.archive.storage import Archive
from news_archive.pipelines.language import language_of_stored, store_judged_again


def opening(body: str | None) -> str:
    """The body's first paragraph, the one an opening vote reads."""
    return (body or "").strip().split("\n\n", 1)[0].strip()


def tag_reopened(archive: Archive, reopened: set[int]) -> list[int]:
    """Judge again the language of these articles (a crawl's, whose opening boilerplate the crawl's end dropped);
    returns the ids of those whose language changed."""
    changed = []
    languages_of: dict[str, list[str]] = {}  # source -> the languages the sources file gives it
    for article_id in sorted(reopened):
        article = archive.article(article_id)
        if article is None:
            continue
        if article["source"] not in languages_of:
            languages_of[article["source"]] = archive.source_languages(article["source"])
        detection = language_of_stored(article, languages_of[article["source"]])
        if detection.language and store_judged_again(archive, article, detection):
            changed.append(article_id)
    return changed
