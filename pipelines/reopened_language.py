"""A post whose opening the crawl's end dropped as its site's boilerplate is judged again on its own text.

During the crawl a post is cleaned with what earlier crawls learnt of its site; a notice the site sets above every
post (a festival's farewell in English over each German news item) is learnt only as the crawl reads the pages, and
stays the opening of the posts read before it until the crawl's end drops it (site_boilerplate.py). The language
stage judged those posts with that notice as their opening, and an opening outvotes the rest of a text
(langid/majority.py): a German post under an English notice came out English. Once the notice is dropped, the post's
own opening and text say its language. Long posts that lost only closing furniture keep the language they were given.

A short post is swung whole by a line of furniture closing it, or by the description it is read with, which a theme
may make from the page's text with that line in it (shared_leads.py): a notice in the site's language closing every
post ("This post was made from our photo feed ...") had the short captions in another stored in the site's. Once the
crawl's end cuts the notice, the post's own words say its language. A row holds fewer clues than the crawl had (no
og:locale, no quoted blocks apart): the verdict its text as the crawl read it gives must be the crawl's, or what the
row lacks decided it, and the post keeps it.
"""
from __future__ import annotations

from news_archive.archive.storage import Archive
from news_archive.pipelines.langid.detector import CONFIDENT
from news_archive.pipelines.language import judge_again, language_of_stored, store_judged_again

# The longest body a line of furniture, or a description read with it, may swing: a short post quoting a title in
# another language is swung by it (language.py).
SHORT_TEXT_CHARS = 400


def tag_reopened(archive: Archive, reopened: set[int]) -> list[int]:
    """Judge again the language of these articles (a crawl's, whose opening boilerplate the crawl's end dropped);
    returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(reopened):
        rows = archive.source_articles(source, sorted(reopened))
        changed += judge_again(archive, rows, archive.source_languages(source))
    return changed


def tag_shortened(archive: Archive, before: dict[int, dict]) -> list[int]:
    """Judge again the language of these short articles (a crawl's, id -> its row as the crawl stored it) whose
    closing furniture or description the crawl's end cut, where their row as stored gives the crawl's verdict;
    returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(set(before)):
        source_languages = archive.source_languages(source)
        for article in archive.source_articles(source, sorted(before)):
            stored = before[article["id"]]
            if article["language"] != stored["language"] \
                    or language_of_stored(stored, source_languages).language != stored["language"]:
                continue
            detection = language_of_stored(article, source_languages)
            # Its own words must say their language surely: a few words naming a place in another language ("... pour
            # la Toulouse Robot Race !") are no surer without the site's line than with it.
            if detection.confidence >= CONFIDENT and store_judged_again(archive, article, detection):
                changed.append(article["id"])
    return changed
