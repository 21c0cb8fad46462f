"""Candidate lookup for story matching: postings of sampled shingles and fact terms by day, in the archive database."""
from __future__ import annotations

import itertools
import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlite_utils

from news_archive.archive.stories.features import FEATURES_VERSION, TERM_NAMESPACE, StoryFeatures

TEXT_WINDOW_DAYS = 14  # a republication runs within days of the original
FACT_WINDOW_DAYS = 2  # translations and partner rewrites run within a day or two; sv/en dates may differ by a day
# A term in more articles than this (a partner's name, a year) finds nothing worth a look.
MAX_KEY_ARTICLES = 100
MIN_TERM_HITS = 2
# How telling a term is: the log of the inverse of the share of the archive holding it, saturating at
# MAX_WEIGHT, a term in under one article in SATURATION. Without the cap every rare term's weight grows with
# the log of the archive's size while a common one's does not, so rare and common terms weigh ever more alike
# and a pair's weighted coverage drifts, as the archive grows, to the plain share of terms it has in common.
# A young archive counts as MIN_ARCHIVE articles: a handful of articles tells nothing about how rare a term is.
SATURATION = 30
MAX_WEIGHT = math.log(SATURATION)
MIN_ARCHIVE = 50
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
    log_articles: float = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "log_articles", math.log(max(self.articles, MIN_ARCHIVE) + 2))

    def weight(self, term: int) -> float:
        """From MAX_WEIGHT (a term in under one article in SATURATION) down to 0.0 (in every article)."""
        return min(MAX_WEIGHT, self.log_articles - math.log(self.frequencies.get(term, 0) + 1))

    def telling_terms(self, features: StoryFeatures) -> frozenset[int]:
        return features.terms - self.source_common.get(features.source, frozenset())

    def telling_sample(self, features: StoryFeatures) -> frozenset[int]:
        return features.sample - self.source_common.get(features.source, frozenset())


class KeyCounts:
    """How many articles hold each key, in all and in a source, each read from the index once: for matching
    a batch of articles while nothing is indexed."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.articles: dict[int, int] = {}
        self.in_source: dict[str, dict[int, int]] = defaultdict(dict)

    def read(self, keys: set[int]) -> dict[int, int]:
        """key -> articles holding it, for these keys and all read before."""
        missing = sorted(keys.difference(self.articles))
        self.articles.update(dict.fromkeys(missing, 0))
        for chunk in chunks(missing):
            self.articles.update(self.db.execute(
                f"select key, articles from story_key_counts where key in ({marks(chunk)})", chunk))
        return self.articles

    def common(self, source: str, keys: set[int], threshold: float) -> frozenset[int]:
        """Those of these keys in at least `threshold` articles of `source`."""
        articles, in_source = self.read(keys), self.in_source[source]
        # Only a key in that many articles in all can be in that many of one source's.
        frequent = {key for key in keys if articles[key] >= threshold}
        missing = sorted(frequent.difference(in_source))
        in_source.update(dict.fromkeys(missing, 0))
        for chunk in chunks(missing):
            in_source.update(self.db.execute(
                f"select key, articles from story_source_key_counts where source = ? and key in ({marks(chunk)})",
                [source, *chunk]))
        return frozenset(key for key in frequent if in_source[key] >= threshold)


@dataclass(frozen=True)
class Candidates:
    """What the index holds near each of a batch of articles (by id), and the counts of their keys.

    `sharing`: each sampled shingle of the article -> the articles published within TEXT_WINDOW_DAYS under it.
    `text_hits`: the other articles sharing enough of its shingles; `shared_sample`: the shingles it shares with
    them. `term_hits`: the other articles published within FACT_WINDOW_DAYS sharing MIN_TERM_HITS terms that
    are each in at most MAX_KEY_ARTICLES articles. `counts` has read its terms and shared shingles.
    """

    sharing: dict[int, dict[int, list[int]]]
    text_hits: dict[int, set[int]]
    shared_sample: dict[int, frozenset[int]]
    term_hits: dict[int, set[int]]
    counts: KeyCounts


class StoryIndex:
    """Where each article's keys are posted, and how many articles (in all, and per source) hold each key."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.source_articles = Counter(dict(db.execute("select source, count(*) from story_indexed group by source")))
        self.articles = sum(self.source_articles.values())

    # --- writing ----------------------------------------------------------------------------------

    def add(self, article_id: int, features: StoryFeatures, content_hash: str, alternate_keys: list[str],
            language_link_keys: list[str] = ()) -> None:
        """Post the article's keys, replacing what an earlier text of it posted."""
        self.remove(article_id)
        keys = features.keys
        before = self.frequencies(keys)
        # Per-source counts start when a key reaches a second article (most never do), for both articles.
        first_holders = self._only_holders([key for key in keys if before[key] == 1])
        self.db.conn.executemany(
            "insert into story_source_key_counts (source, key, articles) values (?, ?, 1) "
            "on conflict (source, key) do update set articles = articles + 1",
            [(source, key) for key, source in first_holders.items()]
            + [(features.source, key) for key in keys if before[key] >= 1])
        self.db.conn.executemany("insert or ignore into story_keys (key, day, article_id) values (?, ?, ?)",
                                 [(key, features.day or 0, article_id) for key in keys])  # day 0: found by no window
        self.db.conn.executemany(
            "insert into story_key_counts (key, articles) values (?, 1) "
            "on conflict (key) do update set articles = articles + 1", [(key,) for key in keys])
        if alternate_keys:
            self.db.conn.executemany("insert or ignore into story_alternates (url_key, article_id) values (?, ?)",
                                     [(key, article_id) for key in sorted(set(alternate_keys))])
        if language_link_keys:
            self.db.conn.executemany("insert or ignore into story_language_links (url_key, article_id) values (?, ?)",
                                     [(key, article_id) for key in sorted(set(language_link_keys))])
        self.db.execute("insert into story_indexed (article_id, content_hash, source, day, keys, features_version) "
                        "values (?, ?, ?, ?, ?, ?)", [article_id, content_hash, features.source, features.day,
                                                      array("q", keys).tobytes(), FEATURES_VERSION])
        self.source_articles[features.source] += 1
        self.articles += 1

    def remove(self, article_id: int, keep_links: bool = False) -> None:
        """Take the article's postings out; `keep_links` keeps the translations its page linked to, for an article
        indexed again from its stored text (which holds no links)."""
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
        if not keep_links:
            self.db.execute("delete from story_alternates where article_id = ?", [article_id])
            self.db.execute("delete from story_language_links where article_id = ?", [article_id])
        self.db.execute("delete from story_indexed where article_id = ?", [article_id])
        self.source_articles[source] -= 1
        self.articles -= 1

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

    def key_weights(self, features: list[StoryFeatures], shared_sample: frozenset[int] = frozenset(),
                    counts: KeyCounts | None = None) -> KeyWeights:
        """Frequencies of these articles' terms, and of the sampled shingles they share, in the archive and in
        their sources (from `counts` where it has them).

        Of the shingles only shared ones are asked about: a source's boilerplate that could make two texts
        look alike is in both of them.
        """
        counts = counts or KeyCounts(self.db)
        wanted = defaultdict(set)
        for item in features:
            wanted[item.source].update(item.terms, item.sample & shared_sample)
        common = {source: counts.common(source, keys, max(SOURCE_COMMON_COUNT,
                                                          SOURCE_COMMON_SHARE * self.source_articles[source]))
                  for source, keys in wanted.items()}
        # Counts of every key the batch has read so far: those of these articles among them.
        return KeyWeights(counts.articles, self.articles, common)

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

    def candidates(self, batch: dict[int, StoryFeatures]) -> Candidates:
        """The candidates of each of these articles (by id) for the same text and for the same facts.

        A shingle of a source's boilerplate finds at most that source's articles of the window, so every
        sampled shingle is looked up. Articles published close together are looked up in one query.
        """
        sharing = self._sharing({article_id: (features.day, features.sample) for article_id, features in batch.items()},
                                TEXT_WINDOW_DAYS)
        text_hits = {article_id: sharing_at_least(sharing[article_id], max(1, min(3, len(features.sample) // 10)))
                     - {article_id} for article_id, features in batch.items()}
        shared_sample = {article_id: frozenset(key for key, others in sharing[article_id].items()
                                               if not text_hits[article_id].isdisjoint(others)) for article_id in batch}
        counts = KeyCounts(self.db)
        counts.read({key for article_id, features in batch.items() for key in features.terms | shared_sample[article_id]})
        uncommon_terms = {article_id: (features.day, {term for term in features.terms
                                                      if counts.articles[term] <= MAX_KEY_ARTICLES})
                          for article_id, features in batch.items()}
        sharing_terms = self._sharing(uncommon_terms, FACT_WINDOW_DAYS)
        return Candidates(
            sharing=sharing, text_hits=text_hits, shared_sample=shared_sample,
            term_hits={article_id: sharing_at_least(sharing_terms[article_id], MIN_TERM_HITS) - {article_id}
                       for article_id in batch},
            counts=counts)

    def _sharing(self, wanted: dict[int, tuple[int | None, set[int]]], window: int) -> dict[int, dict[int, list[int]]]:
        """For each article (id -> its day and keys): each of its keys -> the articles posted under it within
        `window` days of it. One query for articles at most two windows apart."""
        found = {article_id: {} for article_id in wanted}
        dated = sorted((day, article_id) for article_id, (day, keys) in wanted.items() if day and keys)
        for group in close_together(dated, 2 * window):
            keys = sorted({key for _, article_id in group for key in wanted[article_id][1]})
            between = [group[0][0] - window, group[-1][0] + window]
            if len(group) == 1:  # every posting read is in its window
                posted = found[group[0][1]] = defaultdict(list)
                for chunk in chunks(keys):
                    for key, other in self.db.execute(f"select key, article_id from story_keys where key in "
                                                      f"({marks(chunk)}) and day between ? and ?", [*chunk, *between]):
                        posted[key].append(other)
                continue
            days, posted = defaultdict(list), defaultdict(list)  # key -> the days and articles of its postings, by day
            for chunk in chunks(keys):
                for key, day, other in self.db.execute(
                        f"select key, day, article_id from story_keys where key in ({marks(chunk)}) "
                        "and day between ? and ? order by key, day", [*chunk, *between]):
                    days[key].append(day)
                    posted[key].append(other)
            for day, article_id in group:
                found[article_id] = {key: posted[key][bisect_left(days[key], day - window):
                                                      bisect_right(days[key], day + window)]
                                     for key in wanted[article_id][1] if key in days}
        return found

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

    def linking_back(self, source: str, language: str | None, url_keys: list[str],
                     language_link_keys: list[str]) -> set[int]:
        """Articles of `source` in a language other than `language` at this article's language-switcher links whose
        own switcher links lead back to it (at one of its `url_keys`): its translations."""
        if not language or not url_keys or not language_link_keys:
            return set()
        return {article_id for article_id, in self.db.execute(
            "select distinct a.id from article_urls u join articles a on a.id = u.article_id "
            f"where u.url_key in ({marks(language_link_keys)}) and a.source = ? and a.language != ? "
            "and exists (select 1 from story_language_links l where l.article_id = a.id "
            f"and l.url_key in ({marks(url_keys)}))", [*language_link_keys, source, language, *url_keys])}

    def language_link_keys_of(self, article_ids: list[int]) -> dict[int, frozenset[str]]:
        """Where each article's language-switcher links lead (empty for none)."""
        return url_keys_by_article(self.db, "story_language_links", article_ids)

    def alternate_keys_of(self, article_ids: list[int]) -> dict[int, frozenset[str]]:
        """The hreflang alternates each article's page named (empty for none)."""
        return url_keys_by_article(self.db, "story_alternates", article_ids)

    def stale_articles(self, article_ids: list[int] | None = None) -> list[int]:
        """Articles (of `article_ids`, else all) whose current text is not what the index holds: never indexed,
        edited or cleaned again since, or indexed by an older version of the story features."""
        query = ("select a.id from articles a left join story_indexed s on s.article_id = a.id "
                 f"where (s.content_hash is not a.content_hash or s.features_version is not {FEATURES_VERSION})")
        if article_ids is None:
            return [article_id for article_id, in self.db.execute(query + " order by a.id")]
        return sorted(article_id for chunk in chunks(article_ids)
                      for article_id, in self.db.execute(query + f" and a.id in ({marks(chunk)})", chunk))


def sharing_at_least(sharing: dict[int, list[int]], needed: int) -> set[int]:
    """The articles found under at least `needed` of the keys (`sharing`: key -> articles)."""
    return {other for other, shared in Counter(itertools.chain.from_iterable(sharing.values())).items()
            if shared >= needed}


def close_together(dated: list[tuple[int, int]], span: int) -> list[list[tuple[int, int]]]:
    """(day, article id) pairs, sorted by day, cut into groups spanning at most `span` days."""
    groups = []
    for pair in dated:
        if groups and pair[0] - groups[-1][0][0] <= span:
            groups[-1].append(pair)
        else:
            groups.append([pair])
    return groups


def chunks(values: list) -> list[list]:
    return [values[start:start + CHUNK] for start in range(0, len(values), CHUNK)]


def marks(values: list) -> str:
    return ",".join("?" * len(values))


def url_keys_by_article(db, table: str, article_ids: list[int]) -> dict[int, frozenset[str]]:
    """The `url_key`s `table` (`article_urls`, `story_alternates` or `story_language_links`) holds for each article
    (empty for none)."""
    found = defaultdict(set)
    for chunk in chunks(article_ids):
        for article_id, key in db.execute(
                f"select article_id, url_key from {table} where article_id in ({marks(chunk)})", chunk):
            found[article_id].add(key)
    return {article_id: frozenset(found[article_id]) for article_id in article_ids}
