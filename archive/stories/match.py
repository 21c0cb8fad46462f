"""When two articles tell the same news: nearly the same text, or the same rare facts within a day or two."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from news_archive.archive.stories.features import StoryFeatures, term_key
from news_archive.archive.stories.index import (FACT_WINDOW_DAYS, MAX_WEIGHT, MIN_ARCHIVE, TEXT_WINDOW_DAYS, KeyWeights,
                                                  sharing_at_least)

# A republication repeats most of the shorter text; an added intro line or a new title changes little.
# Compared on the sampled shingles, which estimate the share of the whole text (about 1 in 8 of them);
# a text with fewer than three sampled shingles of its own cannot be told from another.
MIN_SHARED_SAMPLE = 3
MIN_TEXT_CONTAINMENT = 0.5
# Template articles (a seminar series, a monthly report) share wording but not their names and numbers.
MIN_FACT_CONTAINMENT = 0.5
MIN_FACTS_TO_COMPARE = 3
# A translation, or a partner's rewrite of a release, repeats several rare names and numbers and most of
# what the shorter article states; another story of the same day shares a few common names at most.
# Evidence is the shared terms' weight in units of a rare term's (MAX_WEIGHT); coverage its share of the shorter
# article's. A pair sharing many rare facts is the same news with a little less coverage (a translation
# renames or drops some names), down to a floor.
MIN_SHARED_TERMS = 3
MIN_EVIDENCE = 2.0
MIN_WEIGHTED_COVERAGE = 0.6
FULL_EVIDENCE = 4.0  # beyond it the coverage needed falls in proportion, to no less than MIN_STRONG_COVERAGE
MIN_STRONG_COVERAGE = 0.5
# Up to this evidence a pair must also share one of the shorter article's numbers, if it states any (`compare_facts`).
# Beyond it so many rare facts agree that a missing number is the way a language writes it: "kl. 14.30" and
# "12.6." in Swedish, "2.30 pm" and "June 12" in English.
NUMBER_TEST_EVIDENCE = 2 * FULL_EVIDENCE
# A date is one fact however it is written, and many articles of the same days name the same dates (the day
# itself, an event's): the publication date's day, month and year, and the days of a month both name, count
# for half.
DATE_WEIGHT = 0.5
MONTHS = frozenset(term_key(f"m:{month}") for month in range(1, 13))
DAYS_OF_MONTH = frozenset(term_key(f"#:{day}") for day in range(10, 32))  # `numbers` keeps two digits or more


def within(a: StoryFeatures, b: StoryFeatures, days: int) -> bool:
    return a.day is not None and b.day is not None and abs(a.day - b.day) <= days


def containment(a: frozenset, b: frozenset) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def same_text(a: StoryFeatures, b: StoryFeatures, weights: KeyWeights) -> bool:
    """True for a republication within the text window: most of the shorter body reappears, with the same facts.

    Each source's boilerplate is left out first (`weights` knows it among the shingles the two share): a long
    "About us" would otherwise make two notes alike.
    """
    if not within(a, b, TEXT_WINDOW_DAYS):
        return False
    sample_a, sample_b = weights.telling_sample(a), weights.telling_sample(b)
    if len(sample_a & sample_b) < MIN_SHARED_SAMPLE or containment(sample_a, sample_b) < MIN_TEXT_CONTAINMENT:
        return False
    facts_a, facts_b = weights.telling_terms(a), weights.telling_terms(b)
    if min(len(facts_a), len(facts_b)) < MIN_FACTS_TO_COMPARE:
        return True
    return containment(facts_a, facts_b) >= MIN_FACT_CONTAINMENT


def possibly_same_texts(a: StoryFeatures, sharing: dict[int, list[int]], weights: KeyWeights) -> set[int]:
    """The articles that can pass `same_text` with `a`, told before they are read from which of its sampled
    shingles each shares (`sharing`: shingle -> articles; `weights` of `a`, with these shingles as shared).

    `same_text` needs MIN_SHARED_SAMPLE shared shingles that are neither source's boilerplate, so at least
    that many outside `a`'s source's.
    """
    telling = weights.telling_sample(a)
    return sharing_at_least({key: others for key, others in sharing.items() if key in telling}, MIN_SHARED_SAMPLE)


@dataclass(frozen=True)
class FactComparison:
    """What two articles of the fact window share: `shared` telling terms, their weight as `evidence` (in rare
    terms), `coverage` (its share of the shorter article's) and the coverage `needed` with that evidence;
    `numbers_repeated`: False when, with less evidence than NUMBER_TEST_EVIDENCE, the shorter article states
    numbers (not dates) of which the other has none."""

    shared: int
    evidence: float
    coverage: float
    needed: float
    numbers_repeated: bool = True

    @property
    def same_story(self) -> bool:
        return (self.shared >= MIN_SHARED_TERMS and self.evidence >= MIN_EVIDENCE and self.coverage >= self.needed
                and self.numbers_repeated)


def fact_score(a: StoryFeatures, b: StoryFeatures, weights: KeyWeights) -> float:
    """How strongly two articles state the same facts (the evidence of shared terms); 0.0 below the bar.

    Works across languages: names, numbers, months and links read the same in a translation. Needs
    publication within the window, several shared terms worth MIN_EVIDENCE, enough of the shorter
    article's fact weight (`needed_coverage`) and, if it states numbers other than dates, one of them
    (unless the evidence is overwhelming), each source's boilerplate left out.
    """
    comparison = compare_facts(a, b, weights, MIN_SHARED_TERMS, MIN_EVIDENCE)
    return comparison.evidence if comparison and comparison.same_story else 0.0


def compare_facts(a: StoryFeatures, b: StoryFeatures, weights: KeyWeights, min_shared: int = 1,
                  min_evidence: float = 0.0) -> FactComparison | None:
    """None for articles outside the fact window, or sharing fewer than `min_shared` telling terms or less
    evidence than `min_evidence` (most candidates: their coverage is never worked out)."""
    if not within(a, b, FACT_WINDOW_DAYS):
        return None
    facts_a, facts_b = weights.telling_terms(a), weights.telling_terms(b)
    shared = facts_a & facts_b
    if not shared or len(shared) < min_shared:
        return None
    dates = date_terms(a.day) | date_terms(b.day)
    if not shared.isdisjoint(MONTHS):
        dates |= DAYS_OF_MONTH

    # Shared terms are weighed first: most pairs stop at the evidence test, before the rest are weighed.
    def weighed(terms):
        return {term: weights.weight(term) * (DATE_WEIGHT if term in dates else 1.0) for term in terms}

    weight = weighed(shared)
    evidence = sum(weight.values()) / MAX_WEIGHT
    if evidence < min_evidence:
        return None
    weight.update(weighed(facts_a.symmetric_difference(facts_b)))
    total_a, total_b = sum(map(weight.__getitem__, facts_a)), sum(map(weight.__getitem__, facts_b))
    least = min(total_a, total_b) / MAX_WEIGHT
    # Numbers are what neither a translation nor a rewrite renames: the same news repeats some of the shorter
    # article's amounts, counts and years. A partner's short note on other news (its open house) may name the same
    # partners, place and year as its release of the day, but not one of the note's own figures is in the release.
    shorter_numbers = frozenset()
    if evidence < NUMBER_TEST_EVIDENCE:
        shorter_numbers = (a.numbers & facts_a if total_a <= total_b else b.numbers & facts_b) - dates
    return FactComparison(len(shared), evidence, evidence / least if least else 0.0,
                          needed_coverage(evidence, weights.articles),
                          not shorter_numbers or not shorter_numbers.isdisjoint(shared))


def needed_coverage(evidence: float, articles: int) -> float:
    """MIN_WEIGHTED_COVERAGE up to FULL_EVIDENCE, then less in proportion, to MIN_STRONG_COVERAGE.

    Not less in a young archive: until a partner has a few articles, its "About us" looks as rare as news.
    """
    if articles < MIN_ARCHIVE or evidence <= FULL_EVIDENCE:
        return MIN_WEIGHTED_COVERAGE
    return max(MIN_STRONG_COVERAGE, MIN_WEIGHTED_COVERAGE * FULL_EVIDENCE / evidence)


@lru_cache(maxsize=4096)
def date_terms(day: int | None) -> frozenset[int]:
    """The keys of the day of month (two digits or more), month and year of a day number."""
    if day is None:
        return frozenset()
    published = date.fromordinal(day)
    terms = [f"m:{published.month}", f"#:{published.year}"] + ([f"#:{published.day}"] if published.day >= 10 else [])
    return frozenset(map(term_key, terms))
