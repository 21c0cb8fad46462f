"""Candidate lookup for story matching: postings of sampled shingles and fact terms by day, in the archive database."""
from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass

import sqlite_utils

from news_archive.archive.stories.features import TERM_NAMESPACE, StoryFeatures

TEXT_WINDOW_DAYS = 14  # a republication runs within days of the original
FACT_WINDOW_DAYS = 2  # translations and partner rewrites run within a day or two; sv/en dates may differ by a day
# A term in more articles than this (a partner's name, a year) finds nothing worth a look.
MAX_KEY_ARTICLES = 100
MIN_TERM_HITS = 2
# A rare term is in at most a tenth of the archive, or in a handful of articles while the archive is small.
RARE_SHARE = 0.1
RARE_COUNT = 3
# A term a source repeats in this many of its articles is its boilerplate (an "About us", the CEO's name).
SOURCE_COMMON_COUNT = 4
SOURCE_COMMON_SHARE = 0.05
CHUNK = 500  # bound parameters per query


@dataclass(frozen=True)
class KeyWeights:
    """How telling each key is here: a name in two articles says much, one in half the archive or in every
    article of its source (an "About us", the CEO quoted each time) says little or nothing."""

    frequencies: dict[int, int]
    articles: int
    source_common: dict[str, frozenset[int]]

    def weight(self, term: int) -> float:
        return math.log((self.articles + 2) / (self.frequencies.get(term, 0) + 1))

    def is_rare(self, term: int) -> bool:
        frequency = self.frequencies.get(term, 0)
        return frequency <= RARE_COUNT or frequency <= RARE_SHARE * self.articles

    def telling_terms(self, features: StoryFeatures) -> frozenset[int]:
        return features.terms - self.source_common.get(features.source, frozenset())

    def telling_sample(self, features: StoryFeatures) -> frozenset[int]:
        return features.sample - self.source_common.get(features.source, frozenset())


class StoryIndex:
    """Where each article's keys are posted, and how many articles (in all, and per source) hold each key."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.source_articles = Counter(dict(db.execute("select source, count(*) from story_indexed group by source")))
        self.articles = sum(self.source_articles.values())

    # --- writing ----------------------------------------------------------------------------------

    def add(self, article_id: int, features: StoryFeatures, content_hash: str, alternate_keys: list[str]) -> None:
        """Post the article's keys, replacing what an earlier text of it posted."""
        self.remove(article_id)
        keys = features.keys
        before = self._count_one_more(keys)
        # Per-source counts start when a key reaches a second article (most never do), for both articles.
        first_holders = self._only_holders([key for key in keys if before[key] == 1])
        self.db.conn.executemany(
            "insert into story_source_key_counts (source, key, articles) values (?, ?, 1) "
            "on conflict (source, key) do update set articles = articles + 1",
            [(source, key) for key, source in first_holders.items()]
            + [(features.source, key) for key in keys if before[key] >= 1])
        self.db.conn.executemany("insert or ignore into story_keys (key, day, article_id) values (?, ?, ?)",
                                 [(key, features.day or 0, article_id) for key in keys])  # day 0: found by no window
        if alternate_keys:
            self.db.conn.executemany("insert or ignore into story_alternates (url_key, article_id) values (?, ?)",
                                     [(key, article_id) for key in sorted(set(alternate_keys))])
        self.db.execute("insert into story_indexed (article_id, content_hash, source, day, keys) "
                        "values (?, ?, ?, ?, ?)", [article_id, content_hash, features.source, features.day, array("q", keys).tobytes()])
        self.source_articles[features.source] += 1
        self.articles += 1

    def remove(self, article_id: int) -> None:
        row = self.db.execute("select source, day, keys from story_indexed where article_id = ?",
                              [article_id]).fetchone()
        if row is None:
            return
        source, day, packed = row
        keys = list(array("q", packed))
        before = self.frequencies(keys)
        self.db.conn.executemany("delete from story_keys where key = ? and day = ? and article_id = ?",
                                 [(key, day or 0, article_id) for key in keys])
        self.db.conn.executemany("update story_key_counts set articles = articles - 1 where key = ?",
                                 [(key,) for key in keys])
        self.db.conn.executemany(
            "update story_source_key_counts set articles = articles - 1 where source = ? and key = ?",
            [(source, key) for key in keys])
        self.db.conn.executemany("delete from story_source_key_counts where source = ? and key = ? and articles = 0",
                                 [(source, key) for key in keys])
        # Back in one article only: no per-source count, as for any key never shared.
        now_single = self._only_holders([key for key in keys if before[key] == 2])
        self.db.conn.executemany("delete from story_source_key_counts where source = ? and key = ?",
                                 [(holder, key) for key, holder in now_single.items()])
        self.db.execute("delete from story_alternates where article_id = ?", [article_id])
        self.db.execute("delete from story_indexed where article_id = ?", [article_id])
        self.source_articles[source] -= 1
        self.articles -= 1

    def _count_one_more(self, keys: list[int]) -> dict[int, int]:
        """Count one more article holding each of these keys; how many held each before."""
        before = {}
        for chunk in chunks(keys):
            before.update((key, articles - 1) for key, articles in self.db.execute(
                f"insert into story_key_counts (key, articles) values {','.join(['(?, 1)'] * len(chunk))} "
                "on conflict (key) do update set articles = articles + 1 returning key, articles", chunk))
        return before

    def _only_holders(self, keys: list[int]) -> dict[int, str]:
        """The source of the one article holding each of these keys."""
        holders = {}
        for chunk in chunks(keys):
            holders.update(self.db.execute(
                "select k.key, s.source from story_keys k join story_indexed s on s.article_id = k.article_id "
                f"where k.key in ({marks(chunk)})", chunk))
        return holders

    # --- reading ----------------------------------------------------------------------------------

    def frequencies(self, keys: list[int]) -> dict[int, int]:
        """How many indexed articles hold each key (absent keys: 0)."""
        counts = dict.fromkeys(keys, 0)
        for chunk in chunks(keys):
            counts.update(self.db.execute(
                f"select key, articles from story_key_counts where key in ({marks(chunk)})", chunk))
        return counts

    def key_weights(self, features: list[StoryFeatures], shared_sample: frozenset[int] = frozenset()) -> KeyWeights:
        """Frequencies of these articles' terms, and of the sampled shingles they share, in the archive and in
        their sources, looked up once (one query per source).

        Of the shingles only shared ones are asked about: a source's boilerplate that could make two texts
        look alike is in both of them.
        """
        wanted = defaultdict(set)
        for item in features:
            wanted[item.source].update(item.terms, item.sample & shared_sample)
        counts, common = {}, {}
        for source, keys in sorted(wanted.items()):
            counts.update(dict.fromkeys(keys, 0))
            threshold = max(SOURCE_COMMON_COUNT, SOURCE_COMMON_SHARE * self.source_articles[source])
            frequent = set()
            for chunk in chunks(sorted(keys)):
                for key, articles, in_source in self.db.execute(
                        "select c.key, c.articles, s.articles from story_key_counts c left join story_source_key_counts s "
                        f"on s.source = ? and s.key = c.key where c.key in ({marks(chunk)})", [source, *chunk]):
                    counts[key] = articles
                    if in_source is not None and in_source >= threshold:
                        frequent.add(key)
            common[source] = frozenset(frequent)
        return KeyWeights(counts, self.articles, common)

    def features_of(self, article_ids: list[int]) -> dict[int, StoryFeatures]:
        """The features indexed for these articles, as stored with them (no text is parsed again)."""
        found = {}
        for chunk in chunks(article_ids):
            for article_id, source, day, packed in self.db.execute(
                    f"select article_id, source, day, keys from story_indexed where article_id in ({marks(chunk)})",
                    chunk):
                keys = array("q", packed)
                terms_start = bisect_left(keys, TERM_NAMESPACE)  # stored sorted: shingles, then terms
                found[article_id] = StoryFeatures(source=source, day=day, sample=frozenset(keys[:terms_start]),
                                                  terms=frozenset(keys[terms_start:]))
        return found

    def text_candidates(self, features: StoryFeatures) -> dict[int, frozenset[int]]:
        """Articles published near this one that share enough of its sampled shingles: article id -> those shingles.

        A shingle of a source's boilerplate finds at most that source's articles of the window, so every
        sampled shingle is looked up. Which shingles are shared tells, before any candidate is read, which of
        them can be the same text (`match.may_be_same_text`).
        """
        if not features.sample or not features.day:
            return {}
        needed = max(1, min(3, len(features.sample) // 10))
        window = [features.day - TEXT_WINDOW_DAYS, features.day + TEXT_WINDOW_DAYS]
        shared = defaultdict(set)
        for chunk in chunks(sorted(features.sample)):
            for article_id, key in self.db.execute(
                    f"select article_id, key from story_keys where key in ({marks(chunk)}) and day between ? and ?",
                    [*chunk, *window]):
                shared[article_id].add(key)
        return {article_id: frozenset(keys) for article_id, keys in shared.items() if len(keys) >= needed}

    def term_candidates(self, features: StoryFeatures, frequencies: dict[int, int]) -> dict[int, int]:
        """Articles published within the fact window that share several uncommon terms: article id -> shared.

        `frequencies` holds the count of each of the article's terms (`key_weights` of it has them).
        """
        keys = [key for key in sorted(features.terms) if frequencies[key] <= MAX_KEY_ARTICLES]
        if not keys or not features.day:
            return {}
        hits = Counter()
        for chunk in chunks(keys):
            hits.update(dict(self.db.execute(
                f"select article_id, count(*) from story_keys where key in ({marks(chunk)}) "
                "and day between ? and ? group by article_id",
                [*chunk, features.day - FACT_WINDOW_DAYS, features.day + FACT_WINDOW_DAYS])))
        return {article_id: shared for article_id, shared in hits.items() if shared >= MIN_TERM_HITS}

    def linked_articles(self, url_keys: list[str], alternate_keys: list[str]) -> set[int]:
        """Articles at this article's hreflang alternates, and articles naming this article as their alternate."""
        found = set()
        if alternate_keys:
            found.update(article_id for article_id, in self.db.execute(
                f"select article_id from article_urls where url_key in ({marks(alternate_keys)})", alternate_keys))
        if url_keys:
            found.update(article_id for article_id, in self.db.execute(
                f"select article_id from story_alternates where url_key in ({marks(url_keys)})", url_keys))
        return found

    def alternate_keys_of(self, article_ids: list[int]) -> dict[int, frozenset[str]]:
        """The hreflang alternates each article's page named (empty for none)."""
        return url_keys_by_article(self.db, "story_alternates", article_ids)

    def stale_articles(self, article_ids: list[int] | None = None) -> list[int]:
        """Articles (of `article_ids`, else all) whose current text is not what the index holds: never indexed,
        or edited or cleaned again since."""
        query = ("select a.id from articles a left join story_indexed s on s.article_id = a.id "
                 "where s.content_hash is not a.content_hash")
        if article_ids is None:
            return [article_id for article_id, in self.db.execute(query + " order by a.id")]
        return sorted(article_id for chunk in chunks(article_ids)
                      for article_id, in self.db.execute(query + f" and a.id in ({marks(chunk)})", chunk))


def chunks(values: list) -> list[list]:
    return [values[start:start + CHUNK] for start in range(0, len(values), CHUNK)]


def marks(values: list) -> str:
    return ",".join("?" * len(values))


def url_keys_by_article(db, table: str, article_ids: list[int]) -> dict[int, frozenset[str]]:
    """The `url_key`s `table` (`article_urls` or `story_alternates`) holds for each article (empty for none)."""
    found = defaultdict(set)
    for chunk in chunks(article_ids):
        for article_id, key in db.execute(
                f"select article_id, url_key from {table} where article_id in ({marks(chunk)})", chunk):
            found[article_id].add(key)
    return {article_id: frozenset(found[article_id]) for article_id in article_ids}
