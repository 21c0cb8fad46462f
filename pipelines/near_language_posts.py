"""A post stored in the near neighbour of the language its source writes (Bosnian beside Croatian) is in its source's.

Over a sentence or a short notice lingua tells Croatian from Bosnian, or Indonesian from Malay, hardly better than a
coin: the detector is sure of the pair and names the likelier of the two (langid/wider.py), and a Croatian
association's short notices came out Bosnian, one of them for writing "sa" where Croatian mostly writes "s". The
source's other posts say which of the pair it writes: when a clear share of its posts in the pair's languages are in
one, its posts in the other are stored in that one, at the confidence the pair had. A page declaring the other
language itself (a Bosnian edition's `lang="bs"`) keeps it, and so does a post its spelling says is in the other
(wider.spelled_in: a Slovak post of a Czech site). At the crawl's end, so that the order the pages came in
does not matter; the source's posts are all the archive holds of it, earlier crawls' too.
"""
from __future__ import annotations

from collections import Counter

from news_archive.archive.storage import Archive
from news_archive.pipelines.langid import Detection
from news_archive.pipelines.langid.wider import NEAR_LANGUAGES_LEFT_OUT, spelled_in
from news_archive.pipelines.language import store_judged_again

# So many of the source's posts in one language of a pair say the source writes it; one or two may be chance.
MIN_POSTS = 3
# The share of the source's posts in the pair's languages that must be in one of them: a source writing both (a
# Bosnian and a Croatian edition) shows them about equally, and its posts keep what their text says.
CLEAR_SHARE = 0.75


def source_language_in(group: frozenset[str], languages: Counter) -> str | None:
    """The one language of the near group that the source's posts (`languages`: their count by language) clearly
    write, else None."""
    counts = {code: languages[code] for code in group if languages[code]}
    if not counts:
        return None
    language, posts = max(sorted(counts.items()), key=lambda pair: pair[1])
    return language if posts >= MIN_POSTS and posts >= CLEAR_SHARE * sum(counts.values()) else None


def tag_by_near_language(archive: Archive, article_ids: set[int]) -> list[int]:
    """Store in their source's language the posts among these articles (a crawl's) stored in its near neighbour,
    their pages declaring no such thing; returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(article_ids):
        languages = Counter(language for _declared, language, _length, _url in archive.article_languages(source))
        for group in NEAR_LANGUAGES_LEFT_OUT:
            written = source_language_in(group, languages)
            neighbours = sorted(group - {written}) if written else []
            if not neighbours:
                continue
            for article in archive.articles_in_languages(source, sorted(article_ids), neighbours):
                if article["declared_language"] == article["language"]:
                    continue
                if spelled_in(group, article["body"] or "") not in (None, written):  # a Slovak post on a Czech site
                    continue
                detection = Detection(language=written, confidence=article["language_confidence"])
                if store_judged_again(archive, article, detection):
                    changed.append(article["id"])
    return changed
