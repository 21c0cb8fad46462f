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
from news_archive.pipelines.language import judge_again


def tag_reopened(archive: Archive, reopened: set[int]) -> list[int]:
    """Judge again the language of these articles (a crawl's, whose opening boilerplate the crawl's end dropped);
    returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(reopened):
        rows = archive.source_articles(source, sorted(reopened))
        changed += judge_again(archive, rows, archive.source_languages(source))
    return changed
