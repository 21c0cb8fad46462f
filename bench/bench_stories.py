"""Benchmark: time to place one new article in its story with 1,000, 10,000 and 100,000 articles archived.

    python bench/bench_stories.py [--sizes 1000 10000 100000] [--added 300]

Builds an archive of synthetic articles (own made-up words, names and numbers; Swedish-like and
English-like; translations and cross-posts among them) for each size, then adds new articles through
the real dedupe and store path: new stories, their translations and cross-posts, and translations of
archived stories. Prints the story step's time per added article (matching plus indexing) and whether
every planted join was made and nothing else joined; then, for hard negatives (pairs of different stories
added on the same days sharing several telling terms, as a partner's news often does), how many pairs of
each kind were wrongly joined, how many fail the number test (the shorter article's numbers absent from the
other) and how close the nearest of the rest came (coverage against the coverage needed).
"""
from __future__ import annotations

import argparse
import itertools
import random
import statistics
from collections import Counter
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.archive.stories.features import story_features
from news_archive.archive.stories.index import FACT_WINDOW_DAYS, StoryIndex
from news_archive.archive.stories.match import compare_facts
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.archive.record import ArticleItem, article_row

FIRST_DAY = date(2015, 1, 1)
DAYS = 4000  # about eleven years of news
SOURCES = [f"partner-{number:02d}" for number in range(12)]
SYLLABLES = {
    "sv": "fo ska nin sam ar be vå lä ke me del fö ny stu di e hö gs kol ut veck ling ö ver en het om rå de".split(),
    "en": "re sea rch com pa ny de ve lop ment uni ver si ty hos pi tal tre at ment the ra py pro gram".split(),
}
MONTH_NAMES = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}
# Kinds of hard negative: two different stories of the same days that share several telling terms.
HARD_NEGATIVES = {
    "partner-day": "one partner's two releases of a day: the same 3 organisations, a place and the year",
    "venue-date": "two events at the same venue on the same date (named in the text), sv and en, other partners",
    "beside-translation": "story A and its translation beside B of the same partner and day: "
                          "A's 2 organisations, the year and the same person quoted",
    "short-note": "a partner's release and its short note of the same day (1 person, 1 figure of its own) "
                  "naming the same 3 organisations (its own project's: rare in the archive), place and year",
}


@dataclass
class Story:
    key: str
    day: int
    people: list[str]
    organisations: list[str]
    numbers: list[str]
    articles: list[dict] = field(default_factory=list)
    shared: dict[str, list[str]] = field(default_factory=dict)  # facts per language shared with a hard negative


class Generator:
    """Made-up articles: Zipf-distributed words per language, rare person names, common organisation names."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)
        self.words = {language: self._vocabulary(syllables, 4000) for language, syllables in SYLLABLES.items()}
        self.cumulative = list(itertools.accumulate(1 / rank for rank in range(1, 4001)))
        self.first_names = [self._name() for _ in range(300)]
        self.last_names = [self._name() + "son" for _ in range(1500)]
        self.organisations = [self._name() for _ in range(40)]
        self.about = {source: self._about(source) for source in SOURCES}
        self.count = 0

    def _vocabulary(self, syllables: list[str], size: int) -> list[str]:
        words = set()
        while len(words) < size:
            words.add("".join(self.random.choices(syllables, k=self.random.randint(1, 4))))
        return sorted(words)

    def _name(self) -> str:
        return "".join(self.random.choices(SYLLABLES["sv"] + SYLLABLES["en"], k=self.random.randint(2, 3))).capitalize()

    def _about(self, source: str) -> dict[str, list[str]]:
        """Each partner's own boilerplate paragraph, with the same names and year in both languages."""
        facts = [self.random.choice(self.organisations), str(self.random.randint(1990, 2012)),
                 self.random.choice(self.organisations)]
        return {language: facts for language in SYLLABLES}

    def story(self) -> Story:
        self.count += 1
        return Story(
            key=f"story-{self.count}",
            day=self.random.randrange(DAYS),
            people=[f"{self.random.choice(self.first_names)} {self.random.choice(self.last_names)}" for _ in range(2)],
            organisations=self.random.sample(self.organisations, 2),
            numbers=[str(self.random.randint(12, 9000)) for _ in range(3)],
        )

    def sentence(self, language: str, fact: str | None = None) -> str:
        words = self.random.choices(self.words[language], cum_weights=self.cumulative, k=self.random.randint(8, 18))
        if fact:
            words.insert(self.random.randint(1, len(words) - 1), fact)
        return " ".join(words)[:1].upper() + " ".join(words)[1:] + "."

    def text(self, story: Story, language: str, source: str) -> tuple[str, str]:
        facts = (story.people + story.organisations + story.numbers + story.people[:1] + story.numbers[:1]
                 + story.shared.get(language, []))
        sentences = [self.sentence(language, fact) for fact in facts]
        sentences += [self.sentence(language) for _ in range(self.random.randint(2, 8))]
        self.random.shuffle(sentences)
        about = self.about[source][language]
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        paragraphs.append(" ".join(self.sentence(language, fact) for fact in about))
        return self.sentence(language, story.organisations[0])[:80], "\n\n".join(paragraphs)

    def article(self, story: Story, language: str, source: str, day_offset: int = 0,
                text: tuple[str, str] | None = None) -> dict:
        title, body = text or self.text(story, language, source)
        published = FIRST_DAY + timedelta(days=story.day + day_offset)
        article = {"story": story.key, "source": source, "language": language, "title": title, "body": body,
                   "published": published.isoformat(),
                   "url": f"https://{source}.example/{language}/{story.key}-{len(story.articles)}"}
        story.articles.append(article)
        return article

    def original(self, story: Story, language: str | None = None, source: str | None = None) -> dict:
        return self.article(story, language or self.random.choice(["sv", "en"]), source or self.random.choice(SOURCES))

    def hard_negative(self, kind: str) -> tuple[Story, Story]:
        """Two different stories of the same days sharing telling terms as `kind` (see HARD_NEGATIVES) says."""
        first, second = self.story(), self.story()
        second.day = first.day
        year = str((FIRST_DAY + timedelta(days=first.day)).year)
        source, language = self.random.choice(SOURCES), self.random.choice(["sv", "en"])
        other_language = "en" if language == "sv" else "sv"
        if kind in ("partner-day", "short-note"):
            organisations = self.random.sample(self.organisations, 3)
            if kind == "short-note":
                second.people, second.numbers = second.people[:1], second.numbers[:1]
                organisations = [self._name() for _ in range(3)]
            place = self._name() + "berg"
            for story in (first, second):
                story.organisations = organisations[:2]
                story.shared = {each: [organisations[2], place, year] for each in SYLLABLES}
                self.original(story, language, source)
        elif kind == "venue-date":
            venue, month, day = self._name() + "salen", self.random.randrange(12), str(self.random.randint(10, 28))
            event = {"sv": [venue, f"{day} {MONTH_NAMES['sv'][month]}", year],
                     "en": [venue, f"{MONTH_NAMES['en'][month]} {day}", year]}
            first.shared = second.shared = event
            self.original(first, language)
            self.original(second, other_language)
            second.articles[0]["published"] = (FIRST_DAY + timedelta(days=first.day + self.random.randint(0, 1))).isoformat()
        else:
            spokesperson = f"{self.random.choice(self.first_names)} {self.random.choice(self.last_names)}"
            second.organisations = first.organisations
            for story in (first, second):
                story.shared = {each: [spokesperson, year] for each in SYLLABLES}
            self.original(first, language, source)
            self.translation(first)
            self.original(second, other_language, source)
        return first, second

    def translation(self, story: Story) -> dict:
        first = story.articles[0]
        language = "en" if first["language"] == "sv" else "sv"
        return self.article(story, language, first["source"], self.random.randint(0, 1))

    def cross_post(self, story: Story) -> dict:
        """Another partner runs the release a day or two later: new title, an intro line added."""
        first = story.articles[0]
        source = self.random.choice([source for source in SOURCES if source != first["source"]])
        intro = self.sentence(first["language"], source)
        text = (self.sentence(first["language"]), f"{intro}\n\n{first['body']}")
        return self.article(story, first["language"], source, self.random.randint(1, 2), text)

    def stories(self, articles: int) -> list[Story]:
        """Stories until there are `articles` articles: a third translated, a sixth cross-posted."""
        made, total = [], 0
        while total < articles:
            story = self.story()
            self.original(story)
            if self.random.random() < 0.33:
                self.translation(story)
            if self.random.random() < 0.16:
                self.cross_post(story)
            made.append(story)
            total += len(story.articles)
        return made


def build_archive(path: Path, stories: list[Story]) -> Archive:
    """Archive every article with its true story, and index it, without matching: only the lookups are timed."""
    archive = Archive(path)
    archive.db.execute("PRAGMA synchronous = OFF")  # setup only
    seen = "2025-11-01T00:00:00+00:00"
    index = StoryIndex(archive.db)
    with archive.db.conn:
        for story in stories:
            story_id = archive.db.execute("insert into stories (created) values (?)", [seen]).lastrowid
            for article in story.articles:
                item = dedupe_item(item_of(article))
                row = {**article_row(item), "story_id": story_id, "first_seen": seen, "last_seen": seen, "changed": seen}
                article_id = archive.db.execute(
                    f"insert into articles ({', '.join(row)}) values ({', '.join('?' * len(row))})",
                    list(row.values())).lastrowid
                archive.add_urls(article_id, item.urls, seen)
                features = story_features(item.source, item.title, item.lead, item.body, item.published, seen)
                index.add(article_id, features, item.content_hash, [])
    # Timed part: disk syncs belong to the store stage's commit, and with the default FULL the first write of
    # each article's transaction (the story row, when the story is new) would wait for one. The build's
    # write-ahead log is folded in first, as a crawl's small one is all along.
    archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.db.execute("PRAGMA synchronous = NORMAL")
    return archive


def item_of(article: dict) -> ArticleItem:
    return ArticleItem(source=article["source"], url=article["url"], html="", fetched_at="2025-11-01T00:00:00+00:00",
                       title=article["title"], body=article["body"], language=article["language"],
                       published=article["published"])


def measure(size: int, added: int, seed: int, folder: Path) -> None:
    generator = Generator(seed)
    started = time.perf_counter()
    archived = generator.stories(size)
    archive = build_archive(folder / f"archive-{size}.db", archived)
    build_seconds = time.perf_counter() - started
    count = archive.db["articles"].count
    print(f"{count:>7} archived (built in {build_seconds:.0f} s), {time_additions(archive, generator, archived, added)}")
    archive.close()


def time_additions(archive: Archive, generator: Generator, archived: list[Story], added: int) -> str:
    """Add new stories' articles and late translations of archived ones as a crawl would; what it took."""
    touched, new_articles = [], []
    for position in range(added // 3):
        story = generator.story()
        new_articles += [generator.original(story), generator.translation(story), generator.cross_post(story)]
        touched.append(story)
        old = archived[(position * 7919) % len(archived)]
        if len(old.articles) == 1:  # a translation of an archived article arrives late
            new_articles.append(generator.translation(old))
            touched.append(old)
    hard_negatives = [(kind, generator.hard_negative(kind)) for kind in HARD_NEGATIVES for _ in range(max(1, added // 10))]
    for _, pair in hard_negatives:
        new_articles += [article for story in pair for article in story.articles]
        touched += pair
    generator.random.shuffle(new_articles)

    stories = Stories(archive)
    index_seconds = []
    index_add = stories.index.add

    def timed_index_add(*args):
        begun = time.perf_counter()
        index_add(*args)
        index_seconds.append(time.perf_counter() - begun)

    stories.index.add = timed_index_add
    per_article = []
    cpu_seconds = 0.0
    for article in new_articles:
        item = dedupe_item(item_of(article))
        with archive.transaction():  # as the store stage does: the article, then its story
            result = archive.save_article(article_row(item), item.urls, item.fetched_at)
            begun, begun_cpu = time.perf_counter(), time.process_time()
            item.story_id = stories.place(result.article_id, item, result.outcome, item.fetched_at)
            per_article.append(time.perf_counter() - begun)
            cpu_seconds += time.process_time() - begun_cpu
    settle_started = time.perf_counter()
    stories.settle(stories.placed, "2025-11-02T00:00:00+00:00")
    settle_seconds = time.perf_counter() - settle_started
    matching = statistics.mean(per_article) - statistics.mean(index_seconds)
    per_article.sort()
    missed, wrong = check(archive, touched)
    margins = fact_margins(archive, stories.index, touched)
    count = len(new_articles)
    return (f"{count} added: story step per article mean {statistics.mean(per_article) * 1000:.2f} ms, "
            f"median {statistics.median(per_article) * 1000:.2f} ms, p95 {per_article[int(0.95 * count)] * 1000:.2f} ms "
            f"(CPU {cpu_seconds / count * 1000:.2f} ms; matching {matching * 1000:.2f} ms, indexing {statistics.mean(index_seconds) * 1000:.2f} ms); end-of-crawl settle "
            f"{settle_seconds / count * 1000:.2f} ms per article; "
            f"stories split {missed} of {len(touched)}, articles wrongly joined {wrong}; {margins}\n"
            + hard_negative_report(archive, stories.index, hard_negatives))


def hard_negative_report(archive: Archive, index: StoryIndex, hard_negatives: list[tuple[str, tuple[Story, Story]]]) -> str:
    """Per kind: article pairs across the two stories that ended in one story, and the nearest any came to it."""
    ids = dict(archive.db.execute("select url, id from articles"))
    story_ids = dict(archive.db.execute("select id, story_id from articles"))
    lines = []
    for kind in HARD_NEGATIVES:
        pairs = [(ids[a["url"]], ids[b["url"]]) for name, (first, second) in hard_negatives if name == kind
                 for a in first.articles for b in second.articles]
        features = index.features_of([article for pair in pairs for article in pair])
        comparisons = []
        for a, b in pairs:
            weights = index.key_weights([features[a], features[b]])
            comparisons.append(compare_facts(features[a], features[b], weights))
        joined = [comparison for pair, comparison in zip(pairs, comparisons) if story_ids[pair[0]] == story_ids[pair[1]]]
        compared = [comparison for comparison in comparisons if comparison]
        # The nearest of the pairs the coverage test alone keeps apart: the others fail the number test too.
        nearest = max((c for c in compared if c.numbers_repeated), key=lambda c: c.coverage - c.needed, default=None)
        figures = (f"nearest coverage {nearest.coverage:.3f} (needed {nearest.needed:.3f}; sharing {nearest.shared} terms, "
                   f"evidence {nearest.evidence:.2f})" if nearest else "none passes the number test")
        if compared:
            failing = [c.coverage for c in compared if not c.numbers_repeated]
            figures += (f", {len(failing)} fail the number test (the shorter's numbers not in the other; most coverage "
                        f"among them {max(failing, default=0):.3f}), most shared {max(c.shared for c in compared)}, "
                        f"most evidence {max(c.evidence for c in compared):.2f}")
        else:
            figures = "none share a term"
        joined_figures = [c for c in joined if c]
        if joined_figures:  # the joined pairs' own figures, for telling which rule let them through
            figures += (f"; joined pairs: coverage {min(c.coverage for c in joined_figures):.3f}-"
                        f"{max(c.coverage for c in joined_figures):.3f} (needed {min(c.needed for c in joined_figures):.3f}-"
                        f"{max(c.needed for c in joined_figures):.3f}), evidence {min(c.evidence for c in joined_figures):.2f}-"
                        f"{max(c.evidence for c in joined_figures):.2f}, sharing {min(c.shared for c in joined_figures)}-"
                        f"{max(c.shared for c in joined_figures)} terms")
        lines.append(f"    hard negatives {kind}: {len(joined)} of {len(pairs)} pairs wrongly joined; {figures}")
    return "\n".join(lines)


def check(archive: Archive, stories: list[Story]) -> tuple[int, int]:
    """Stories whose articles did not all end up in one story_id; other articles that share their story_id."""
    story_ids = dict(archive.db.execute("select url, story_id from articles"))
    members = Counter(story_ids.values())
    split = wrong = 0
    for story in stories:
        ids = {story_ids[article["url"]] for article in story.articles}
        split += len(ids) > 1
        wrong += sum(members[story_id] for story_id in ids) - len(story.articles)
    return split, wrong


def fact_margins(archive: Archive, index: StoryIndex, stories: list[Story]) -> str:
    """How clearly the fact test tells these stories' articles apart from the others of their days: the least
    coverage (and its margin over the coverage needed) of a planted pair, the most of any other pair."""
    ids = dict(archive.db.execute("select url, id from articles"))
    members = [ids[article["url"]] for story in stories for article in story.articles]
    planted = {frozenset((ids[first["url"]], ids[second["url"]]))
               for story in stories for first, second in itertools.combinations(story.articles, 2)}
    features = index.features_of(members)
    true, false = [], []
    for article_id in members:
        day = features[article_id].day
        near = [other for other, in archive.db.execute(
            "select article_id from story_indexed where day between ? and ? and article_id != ?",
            [day - FACT_WINDOW_DAYS, day + FACT_WINDOW_DAYS, article_id])]
        near_features = index.features_of(near)
        for other in near:
            weights = index.key_weights([features[article_id], near_features[other]])
            comparison = compare_facts(features[article_id], near_features[other], weights)
            if comparison:
                (true if frozenset((article_id, other)) in planted else false).append(comparison)
    least = min(true, key=lambda comparison: comparison.coverage - comparison.needed)
    best = max(false, key=lambda comparison: comparison.coverage, default=None)
    others = (f"max coverage {best.coverage:.3f} (sharing {best.shared} terms, evidence {best.evidence:.2f}), "
              f"most evidence {max(c.evidence for c in false):.2f}, joined {sum(c.same_story for c in false)}"
              if best else "none")
    return (f"fact coverage of planted pairs min {min(c.coverage for c in true):.3f} (least margin over the coverage "
            f"needed {least.coverage - least.needed:+.3f}, least evidence {min(c.evidence for c in true):.2f}, "
            f"{sum(not c.numbers_repeated for c in true)} failing the number test); "
            f"{len(false)} other pairs of the same days share a term: {others}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--added", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            measure(size, args.added, args.seed, Path(folder))


if __name__ == "__main__":
    main()
