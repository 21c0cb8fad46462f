"""Assign each article to a story: one story per news item, whatever its publisher or language."""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from news_archive.archive.storage import Archive
from news_archive.archive.stories.features import StoryFeatures, story_features
from news_archive.archive.stories.index import Candidates, KeyWeights, StoryIndex, chunks, marks, url_keys_by_article
from news_archive.archive.stories.match import fact_score, possibly_same_texts, same_text
from news_archive.archive.record import ArticleItem
from news_archive.archive.urls import url_key


@dataclass(frozen=True)
class StoryMember:
    """An article as the matcher compares it: its text's features and the URLs that link it to translations."""

    id: int
    features: StoryFeatures
    url_keys: frozenset[str]
    alternate_keys: frozenset[str]
    language: str | None = None
    language_link_keys: frozenset[str] = frozenset()  # where its language-switcher links lead


class Stories:
    """Places articles in stories as a crawl archives them, and keeps the story index in step with the articles.

    A story is a group of articles joined by evidence: hreflang links, language-switcher links both ways between
    two languages, nearly the same text, or the same rare names and numbers within a day or two (which is how a
    translation without links is found). An article arriving late finds its earlier partners; one that bridges two
    stories merges them; an edited article is checked again and may leave. `settle` re-checks a crawl's articles
    once the whole crawl is known.
    """

    def __init__(self, archive: Archive):
        self.archive = archive
        self.db = archive.db
        self.index = StoryIndex(archive.db)
        self.placed: set[int] = set()  # articles placed or re-placed by this instance, for `settle`

    def place(self, article_id: int, item: ArticleItem, outcome: str, seen: str) -> int:
        """The story of an article just saved (`outcome` as `Archive.save_article` says), with its text indexed.

        Call it in the transaction that saved the article: the article and its story commit together.
        """
        story_id = self._story_of(article_id)
        if outcome == "unchanged" and story_id is not None:
            return story_id
        features = story_features(item.source, item.title, item.lead, item.body, item.published, seen)
        url_keys = frozenset(url_key(url) for url in item.urls)
        alternate_keys = frozenset(url_key(url) for url in item.alternates.values()) - url_keys
        language_link_keys = frozenset(url_key(url) for url in item.language_links) - url_keys
        member = StoryMember(article_id, features, url_keys, alternate_keys, item.language, language_link_keys)
        story_id = self._place(member, story_id, seen)
        if outcome != "unchanged":
            self.index.add(article_id, features, item.content_hash, sorted(alternate_keys), sorted(language_link_keys))
            self.placed.add(article_id)
        return story_id

    def catch_up(self, seen: str, article_ids: list[int] | None = None) -> int:
        """Place and index again the articles (of `article_ids`, else all) the index does not hold as they now
        read; returns how many.

        An archive made before the story index, a crawl stopped between storing and indexing, or a text
        cleaned again at the end of a crawl is made whole.
        """
        stale = self.index.stale_articles(article_ids)
        with self.archive.transaction():
            for article_id in stale:
                member = self._member_from_text(article_id)
                self._place(member, self._story_of(article_id), seen)
                content_hash, = self.db.execute("select content_hash from articles where id = ?",
                                                [article_id]).fetchone()
                self.index.add(article_id, member.features, content_hash, sorted(member.alternate_keys),
                               sorted(member.language_link_keys))
                self.placed.add(article_id)
        return len(stale)

    def redated(self, article_ids: list[int]) -> set[int]:
        """Articles dated after they were placed (archive.date_from_feeds): their day is a feature of their text,
        so they leave the index, and `settle` places and indexes them again. Returns them."""
        with self.archive.transaction():
            for article_id in article_ids:
                self.index.remove(article_id, keep_links=True)
        return set(article_ids)

    def settle(self, article_ids: set[int], seen: str) -> None:
        """Check these articles' stories again with what the archive now knows.

        Early in a crawl a partner's boilerplate cannot yet be told from news (it has been seen once or
        twice), so two of its releases may look alike; by the end it can, and such a join is undone. An
        article whose text changed since it was placed (learnt boilerplate removed) is placed and indexed again first.
        """
        with self.archive.transaction():
            self.catch_up(seen, sorted(article_ids))
            placed = {article_id: story for article_id, story in self._stories_of(article_ids).items()
                      if story is not None}
            # Splitting a story gives its parts new stories: the others' members stay as read here.
            for _, ids in sorted(self._articles_in(set(placed.values())).items()):
                self._split(ids, seen)
            for chunk in chunks(sorted(placed)):
                members = self._members(chunk)
                # Nothing is indexed meanwhile: the chunk's candidates are looked up together.
                candidates = self.index.candidates({member.id: member.features for member in members.values()})
                for member in members.values():
                    matched = self._matched_articles(member, candidates)
                    if matched:  # read now: the merges before may have moved any of them
                        self._merge(sorted(set(self._stories_of(matched | {member.id}).values())), seen)

    # --- placing ----------------------------------------------------------------------------------

    def _place(self, article: StoryMember, current: int | None, seen: str) -> int:
        """Join the stories the article matches, merging them; an archived one (in story `current`) first leaves
        a story it no longer fits."""
        if current is not None:
            current = self._regroup(current, seen, edited=article)
        matched = self._matched_articles(article, self.index.candidates({article.id: article.features}))
        stories = set(self._stories_of(matched).values()) | {current}
        target = self._merge(sorted(story for story in stories if story is not None), seen)
        if current is None:
            self.db.execute("update articles set story_id = ? where id = ?", [target, article.id])
        return target

    def _matched_articles(self, article: StoryMember, candidates: Candidates) -> set[int]:
        """Archived articles with evidence of the same news: links, the same text, or clearly the same facts.

        `candidates` holds the article's. Most texts a shingle finds share only a source's boilerplate with this
        one: they are ruled out on the shingles they share before their features are read.
        """
        features = article.features
        linked = (self.index.linked_articles(sorted(article.url_keys), sorted(article.alternate_keys))
                  | self.index.linking_back(features.source, article.language, sorted(article.url_keys),
                                            sorted(article.language_link_keys))) - {article.id}
        term_hits = candidates.term_hits[article.id]
        # Weights depend on every shingle this text shares with a text hit, ruled out or not (KeyWeights).
        shared_sample = candidates.shared_sample[article.id]
        text_hits = candidates.text_hits[article.id]
        if text_hits:
            own_weights = self.index.key_weights([features], shared_sample, candidates.counts)
            text_hits = text_hits & possibly_same_texts(features, candidates.sharing[article.id], own_weights)
        if not text_hits and not term_hits:
            return linked
        others = self._features(sorted(text_hits | term_hits))
        weights = self.index.key_weights([features, *others.values()], shared_sample, candidates.counts)
        same = {other for other in text_hits if same_text(features, others[other], weights)}
        facts = {other for other in term_hits - same if fact_score(features, others[other], weights)}
        return linked | same | facts

    def _regroup(self, story: int, seen: str, edited: StoryMember | None = None) -> int | None:
        """Split a story into the groups its articles' evidence still joins; all groups but the largest get new stories.

        `edited` stands in for its archived text. Returns the story of `edited` afterwards.
        """
        ids = [article_id for article_id, in self.db.execute("select id from articles where story_id = ? order by id",
                                                             [story])]
        self._split(ids, seen, edited)
        return self._story_of(edited.id) if edited else None

    def _split(self, ids: list[int], seen: str, edited: StoryMember | None = None) -> None:
        """Give each group of these articles (one story's) that evidence no longer joins to the largest a new story."""
        if len(ids) > 1:
            archived = self._members([article_id for article_id in ids if not edited or article_id != edited.id])
            members = [edited if edited and article_id == edited.id else archived[article_id] for article_id in ids]
            for group in self._groups(members)[1:]:
                self.db.execute(f"update articles set story_id = ? where id in ({marks(group)})",
                                [self._new_story(seen), *group])

    def _groups(self, members: list[StoryMember]) -> list[list[int]]:
        """Connected groups of related members, largest first."""
        shared_sample = frozenset().union(*(first.features.sample & second.features.sample
                                            for first, second in itertools.combinations(members, 2)))
        weights = self.index.key_weights([member.features for member in members], shared_sample)
        parent = {member.id: member.id for member in members}

        def root(member_id: int) -> int:
            while parent[member_id] != member_id:
                member_id = parent[member_id]
            return member_id

        for first, second in itertools.combinations(members, 2):
            if root(first.id) != root(second.id) and self._related(first, second, weights):
                parent[root(second.id)] = root(first.id)
        groups: dict[int, list[int]] = defaultdict(list)
        for member in members:
            groups[root(member.id)].append(member.id)
        return sorted(groups.values(), key=lambda ids: (-len(ids), min(ids)))

    @staticmethod
    def _related(first: StoryMember, second: StoryMember, weights: KeyWeights) -> bool:
        return (bool(first.alternate_keys & second.url_keys or second.alternate_keys & first.url_keys)
                or linked_both_ways(first, second)
                or same_text(first.features, second.features, weights)
                or fact_score(first.features, second.features, weights) > 0)

    def _merge(self, stories: list[int], seen: str) -> int:
        """One story for all of `stories`: the oldest absorbs the others; a new story when there are none."""
        if not stories:
            return self._new_story(seen)
        target, absorbed = stories[0], stories[1:]
        if absorbed:
            self.db.execute(f"update articles set story_id = ? where story_id in ({marks(absorbed)})",
                            [target, *absorbed])
            self.db.execute(f"delete from stories where id in ({marks(absorbed)})", absorbed)
        return target

    def _new_story(self, seen: str) -> int:
        return self.db.execute("insert into stories (created) values (?)", [seen]).lastrowid

    # --- reading articles -------------------------------------------------------------------------

    def _story_of(self, article_id: int) -> int | None:
        row = self.db.execute("select story_id from articles where id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def _stories_of(self, article_ids: set[int]) -> dict[int, int | None]:
        """The story of each of these articles (None: not placed yet)."""
        return self._column_of(sorted(article_ids), "story_id")

    def _column_of(self, article_ids: list[int], column: str) -> dict:
        """article id -> the value of one of its `articles` columns."""
        found = {}
        for chunk in chunks(article_ids):
            found.update(self.db.execute(f"select id, {column} from articles where id in ({marks(chunk)})", chunk))
        return found

    def _articles_in(self, stories: set[int]) -> dict[int, list[int]]:
        """The articles of each of these stories."""
        found = defaultdict(list)
        for chunk in chunks(sorted(stories)):
            for story, article_id in self.db.execute(
                    f"select story_id, id from articles where story_id in ({marks(chunk)}) order by story_id, id", chunk):
                found[story].append(article_id)
        return found

    def _members(self, article_ids: list[int]) -> dict[int, StoryMember]:
        """Archived articles as the matcher compares them, read from the index where it holds them."""
        indexed = self.index.features_of(article_ids)
        url_keys = self._url_keys(article_ids)
        alternate_keys = self.index.alternate_keys_of(article_ids)
        language_link_keys = self.index.language_link_keys_of(article_ids)
        languages = self._column_of(article_ids, "language")
        return {article_id: StoryMember(article_id, indexed[article_id], url_keys[article_id],
                                        alternate_keys[article_id], languages[article_id],
                                        language_link_keys[article_id])
                if article_id in indexed else self._member_from_text(article_id)  # archived before the index existed
                for article_id in article_ids}

    def _features(self, article_ids: list[int]) -> dict[int, StoryFeatures]:
        """Only the text features of archived articles: all that text and fact matching compare."""
        indexed = self.index.features_of(article_ids)
        return {article_id: indexed[article_id] if article_id in indexed else self._member_from_text(article_id).features
                for article_id in article_ids}

    def _member_from_text(self, article_id: int) -> StoryMember:
        """An article as it now reads, for one the index does not hold (or holds an earlier text of)."""
        source, title, lead, body, published, first_seen, language = self.db.execute(
            "select source, title, lead, body, published, first_seen, language from articles where id = ?",
            [article_id]).fetchone()
        features = story_features(source, title or "", lead or "", body or "", published, first_seen)
        return StoryMember(article_id, features, self._url_keys([article_id])[article_id],
                           self.index.alternate_keys_of([article_id])[article_id], language,
                           self.index.language_link_keys_of([article_id])[article_id])


    def _url_keys(self, article_ids: list[int]) -> dict[int, frozenset[str]]:
        return url_keys_by_article(self.db, "article_urls", article_ids)


def linked_both_ways(first: StoryMember, second: StoryMember) -> bool:
    """Two articles in two languages whose language-switcher links lead to each other: translations."""
    return (first.features.source == second.features.source
            and bool(first.language and second.language) and first.language != second.language
            and bool(first.language_link_keys & second.url_keys) and bool(second.language_link_keys & first.url_keys))
