"""The language most of a text's paragraphs are written in: one quoted block, or a run of names, cannot swing a post.

lingua judges a whole text by the sum of its letter sequences' evidence, and a language with many distinctive
sequences (German's umlauts and compounds) outweighs another that holds more of the words: an English post
naming German people, places and event titles and quoting one German paragraph came out German, sure of it.
So each paragraph votes, weighted by its length, for the language of its own words: words written with a capital
are left out of that judgement, as names and titles say nothing about the language of the sentence around them
(German's nouns go with them; its function words still tell). Weighing by length, not by words, treats a language
of long words (Finnish) and one of short ones alike.
"""
from __future__ import annotations

from dataclasses import dataclass

from news_archive.pipelines.langid.detector import MAX_TEXT_CHARS, Detection, detect_language, prepare_text
from news_archive.pipelines.langid.hints import LanguageHints, language_code
from news_archive.pipelines.langid.languages import ARCHIVE_LANGUAGES
from news_archive.pipelines.langid.models import LanguageModels, shared_models
from news_archive.pipelines.langid.plain import plainly_in
from news_archive.pipelines.langid.wider import fits_poorly, own_words

# A paragraph with fewer own words (a photo credit, a name line, a heading) casts no vote.
MIN_OWN_WORDS = 5
# Languages a paragraph alone is often mistaken between: the vote counts them as one, and the text of their
# paragraphs together says which of them it is, as lingua tells them apart far better on more text and finer scoring.
# A Galician paragraph votes Spanish or Portuguese (lingua knows no Galician; a paragraph seldom holds enough of the
# words that tell it, galician.py): the three are one vote, and the whole text's words say which.
_NEAR_LANGUAGES = (frozenset({"sv", "da", "no", "nb", "nn"}), frozenset({"gl", "es", "pt"}))


@dataclass(frozen=True)
class Majority:
    """languages: the language (or near languages) the text opens in, more than half of it for a majority;
    paragraphs: those written in it; share: the part of the voting paragraphs' length they hold."""

    languages: frozenset[str]
    paragraphs: tuple[str, ...]
    share: float = 1.0


def opening_language(text: str, hints: LanguageHints, models: LanguageModels | None = None) -> Majority | None:
    """The language text's first voting paragraph is in, with its share of the votes, when its paragraphs are in
    more than one; else None. It is the majority when its share is over half; no other language is: a post opening in
    another language and quoting the majority's at length (a mail, a programme) is in its opening's, its own words
    introducing the quote.

    Only the paragraphs of text's first MAX_TEXT_CHARS vote: what the whole-text verdict reads too."""
    paragraphs = _leading_paragraphs(text)
    expected = [code for code in map(language_code, hints.source_languages) if code]
    if len(paragraphs) < 2 or plainly_in(prepare_text(text), expected or list(ARCHIVE_LANGUAGES)):
        return None
    votes, voters = _votes(paragraphs, models or shared_models())
    if len(votes) < 2:
        return None
    first = next(iter(votes))  # dicts keep the first vote first
    return Majority(languages=first, paragraphs=tuple(voters[first]), share=votes[first] / sum(votes.values()))


def paragraph_votes(text: str, models: LanguageModels | None = None) -> dict[frozenset[str], int]:
    """The votes of all text's paragraphs (not only its beginning): each language's (or near languages') length."""
    return _votes([part.strip() for part in text.split("\n\n") if part.strip()], models or shared_models())[0]


def _votes(paragraphs: list[str], models: LanguageModels) \
        -> tuple[dict[frozenset[str], int], dict[frozenset[str], list[str]]]:
    """Each paragraph's vote for the language of its own words, weighted by its length, and the paragraphs each
    language's votes came from, in the order of their first vote."""
    votes: dict[frozenset[str], int] = {}
    voters: dict[frozenset[str], list[str]] = {}
    for paragraph in paragraphs:
        words = own_words(prepare_text(paragraph))  # addresses' words are no language's
        if len(words) < MIN_OWN_WORDS:
            continue
        # The fast model only: the vote needs to tell distant languages apart (near ones are one vote), and
        # scoring every paragraph finely would cost as much again as the whole text's verdict.
        own = " ".join(words)
        language = models.fast_verdict(own)
        if fits_poorly(own, language):
            language = models.wider_fast_verdict(own)  # a paragraph in a language the fast set leaves out
        if language:
            group = group_of(language)
            votes[group] = votes.get(group, 0) + len(paragraph)
            voters.setdefault(group, []).append(paragraph)
    return votes, voters


def language_of_majority(majority: Majority, hints: LanguageHints, models: LanguageModels | None = None) -> Detection:
    """The language of the majority's paragraphs together; on their own words alone if their names swing it."""
    detection = detect_language("\n\n".join(majority.paragraphs), hints, models)
    if detection.language in majority.languages:
        return detection
    return detect_language(" ".join(own_words(" ".join(majority.paragraphs))), hints, models)


def _leading_paragraphs(text: str) -> list[str]:
    paragraphs, length = [], 0
    for paragraph in (part.strip() for part in text.split("\n\n")):
        if length >= MAX_TEXT_CHARS:
            break
        if paragraph:
            paragraphs.append(paragraph)
            length += len(paragraph)
    return paragraphs


def group_of(language: str) -> frozenset[str]:
    return next((group for group in _NEAR_LANGUAGES if language in group), frozenset({language}))
