"""Language of a text: lingua's probabilities, Scandinavian function words, the archive's prior, page hints.

Text in a language the fast set leaves out is judged again over every language lingua knows (wider.py)."""

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from news_archive.pipelines.langid.galician import written_in_galician
from news_archive.pipelines.langid.hints import LanguageHints, declared_languages, language_code
from news_archive.pipelines.langid.languages import ARCHIVE_LANGUAGES
from news_archive.pipelines.langid.models import LanguageModels, shared_models
from news_archive.pipelines.langid.names import odd_names, without_names
from news_archive.pipelines.langid.plain import plainly_in
from news_archive.pipelines.langid.scandinavian import swedish_word_balance
from news_archive.pipelines.langid.wider import (DECLARED_ONLY_CONFIDENCE, WRITTEN_ALIKE, declared_only, fits_fast_set,
                                                 fits_poorly, language_left_out, left_out, own_words,
                                                 says_no_words_of)

# The few tuned numbers (chosen on one half of the development lines, checked on the other).
EXPECTED_LANGUAGE_WEIGHT = 3.0  # prior odds for a language the source publishes in, on short text
FULL_PRIOR_CHARS = 15  # texts up to this long get the whole prior; longer ones less, as 1/length
SWEDISH_WORD_ODDS = 3.0  # odds per net Swedish-only function word, Swedish against Danish/Norwegian
MAX_WORD_BALANCE = 6  # beyond this many net words lingua's own evidence is strong anyway
PAGE_HINT_WEIGHT = 3.0  # prior odds for the language the page declares, and again for its title's
CONFIDENT = 0.9  # a text verdict at least this sure is never overridden by page hints
MAX_NAME_ROUNDS = 3  # names in the letters of three languages are about as many as one text holds

# Long texts are judged on their beginning: detection time grows with length, accuracy barely does.
MAX_TEXT_CHARS = 2000

_URL_OR_EMAIL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
# The e-mail branch tries every position of every word; a text without "@" (most articles) cannot match it.
_URL = re.compile(r"https?://\S+|www\.\S+")
_SCANDINAVIAN = ("sv", "da", "nb", "nn")
# lingua tells Bokmål and Nynorsk apart; the archive reports both as Norwegian, "no".
_REPORTED_AS = {"nb": "no", "nn": "no"}
# The languages lingua reads Galician text as.
_GALICIAN_READ_AS = ("es", "pt")


@dataclass(frozen=True)
class Detection:
    """language: ISO 639-1 code ("no" for any Norwegian), None when undecidable; confidence: 0..1."""

    language: str | None
    confidence: float


UNDECIDED = Detection(language=None, confidence=0.0)


def detect_language(
    text: str | None, hints: LanguageHints | None = None, models: LanguageModels | None = None
) -> Detection:
    """Language of text, helped by what the page says about itself when text alone is unsure."""
    models = models or shared_models()
    hints = hints or LanguageHints()
    body = prepare_text(text or "")
    if not body and hints.title:
        return detect_language(hints.title, dataclasses.replace(hints, title=None), models)
    expected = [code for code in map(language_code, hints.source_languages) if code]
    plain = plainly_in(body, expected or list(ARCHIVE_LANGUAGES))
    if plain:
        return Detection(language=plain, confidence=1.0)  # what lingua and the hints would conclude, at less cost
    confidences = models.confidences(body) if body else {}
    return _decide(body, confidences, hints, models)


def detect_languages(
    texts: Sequence[str | None],
    hints: Sequence[LanguageHints | None] | None = None,
    models: LanguageModels | None = None,
) -> list[Detection]:
    """detect_language() for many texts, with lingua's work spread over all CPU cores."""
    models = models or shared_models()
    all_hints = list(hints) if hints is not None else [None] * len(texts)
    if len(all_hints) != len(texts):
        raise ValueError(f"detect_languages: {len(texts)} texts but {len(all_hints)} hints")
    bodies = [prepare_text(text or "") for text in texts]
    batched = models.confidences_of([body for body in bodies if body])
    confidences = iter(batched)
    detections = []
    for body, text, page_hints in zip(bodies, texts, all_hints):
        if body:
            detections.append(_decide(body, next(confidences), page_hints or LanguageHints(), models))
        else:
            detections.append(detect_language(text, page_hints, models))
    return detections


def prepare_text(text: str) -> str:
    """The part of text worth detecting: no URLs or e-mail addresses, single spaces, at most MAX_TEXT_CHARS."""
    text = text[: MAX_TEXT_CHARS * 2]
    text = " ".join((_URL_OR_EMAIL if "@" in text else _URL).sub(" ", text).split())  # split(): what \s+ matches
    return text[:MAX_TEXT_CHARS] if any(char.isalpha() for char in text) else ""


def _decide(
    body: str, confidences: dict[str, float], hints: LanguageHints, models: LanguageModels
) -> Detection:
    detection = _decide_by_models(body, confidences, hints, models)
    if detection.language in _GALICIAN_READ_AS and written_in_galician(body, "gl" in declared_languages(hints)):
        # lingua knows no Galician and reads it as either neighbour, sure of it: Galician's own words say which.
        return Detection(language="gl", confidence=detection.confidence)
    return detection


def _decide_by_models(
    body: str, confidences: dict[str, float], hints: LanguageHints, models: LanguageModels
) -> Detection:
    expected = [code for code in map(language_code, hints.source_languages) if code]
    declared = sorted(set(declared_languages(hints)))
    confidences = _without_odd_names(body, _rescored(body, confidences, declared + expected, models), models)
    detection = _decide_among_known(body, confidences, hints, expected, models)
    if detection.language and (left_out(declared + expected) or fits_poorly(body, detection.language)):
        return _decide_among_all(body, detection, declared, expected, models)
    if detection.language and detection.confidence < DECLARED_ONLY_CONFIDENCE and len(declared) == 1 \
            and says_no_words_of(body, detection.language):
        # A line of names or a label, no language above half however the page's word weighed: the languages whose
        # letters the names happen to write share the text out (Bokmål and Nynorsk counted as one outweighed an
        # Italian club's declaration under a match's two team names). The page's word is all there is.
        return Detection(language=declared[0], confidence=DECLARED_ONLY_CONFIDENCE)
    return detection if detection.language else _declared_only(declared)


def _rescored(body: str, confidences: dict[str, float], named: list[str], models: LanguageModels) -> dict[str, float]:
    """The confidences of a short text that the fast mode scored unsure in a language its page and source name none
    of, scored again in high-accuracy mode; else confidences as they are.

    Under HIGH_ACCURACY_MAX_CHARS the fast mode may read a sentence of Spanish as Danish, where high accuracy reads it
    right; but high accuracy is no better everywhere (a Spanish notice it reads as Portuguese), so it is asked only
    when the fast verdict is one nothing about the page names."""
    if not named or not models.SHORT_TEXT_CHARS <= len(body) < models.HIGH_ACCURACY_MAX_CHARS:
        return confidences
    likeliest = _likeliest(confidences)
    if not likeliest or _REPORTED_AS.get(likeliest, likeliest) in named or confidences[likeliest] >= CONFIDENT:
        return confidences
    return models.high_accuracy_confidences(body)


def _without_odd_names(body: str, confidences: dict[str, float], models: LanguageModels) -> dict[str, float]:
    """The confidences for body without the names in letters its verdict's language never writes, when only names
    hold such letters and leaving them out moves the verdict (see names.py); else confidences as they are.

    Judged again while the verdict moves to a language that does not write some other name's letters either
    (Søren and Özdemir: Danish, which writes ø; Dutch without Özdemir; English without both)."""
    first = _likeliest(confidences)
    names: set[str] = set()
    judged = confidences
    for _ in range(MAX_NAME_ROUNDS):
        more = odd_names(body, _likeliest(judged)) - names
        rest = prepare_text(without_names(body, names | more)) if more else ""
        if not rest:
            break
        names |= more
        judged = models.confidences(rest)
    # A verdict the names did not swing keeps its confidence on the whole text, as before.
    return judged if _likeliest(judged) != first else confidences


def _likeliest(confidences: dict[str, float]) -> str | None:
    # Ties broken by code so that the answer never depends on dictionary order.
    return max(sorted(confidences), key=confidences.__getitem__) if confidences else None


def _decide_among_all(
    body: str, detection: Detection, declared: list[str], expected: list[str], models: LanguageModels
) -> Detection:
    """The wider check: a language left out when the text is surely in it, else the known languages' verdict when
    the text fits them, else the one left out the page declares; no language rather than a wrong one.

    It reads the text's own words: lingua rules languages out by their letters, and over every language it knows
    the letters of a few names (Dvořák, Pogorelić) leave it only the wrong ones (an English text came out Tagalog).
    A language left out that a declared or expected one is written alike with (WRITTEN_ALIKE) is that one."""
    probabilities = models.wider_confidences(" ".join(own_words(body)) or body)
    if expected:
        probabilities = _weigh(probabilities, expected, expected_language_weight(body))
    for code in declared:
        probabilities = _weigh(probabilities, [code], PAGE_HINT_WEIGHT)
    if found := language_left_out(probabilities, body):
        named = next((code for code in declared + expected if found[0] in WRITTEN_ALIKE.get(code, ())), found[0])
        return Detection(language=named, confidence=round(found[1], 4))
    return detection if fits_fast_set(probabilities) else _declared_only(declared)


def _declared_only(declared: list[str]) -> Detection:
    found = declared_only(declared)
    return Detection(language=found[0], confidence=found[1]) if found else UNDECIDED


def _decide_among_known(
    body: str, confidences: dict[str, float], hints: LanguageHints, expected: list[str], models: LanguageModels
) -> Detection:
    probabilities = text_probabilities(body, confidences)
    if not probabilities:
        return UNDECIDED
    probabilities = _weigh(probabilities, expected or ARCHIVE_LANGUAGES, expected_language_weight(body))
    verdict = _most_probable(probabilities)
    if verdict.confidence >= CONFIDENT:
        return verdict
    hinted = _hinted_languages(body, hints, expected, models)
    for code in hinted:
        probabilities = _weigh(probabilities, [code], PAGE_HINT_WEIGHT)
    return _most_probable(probabilities) if hinted else verdict


def _hinted_languages(
    body: str, hints: LanguageHints, expected: list[str], models: LanguageModels
) -> list[str]:
    """The language the page declares and its title's language, each once."""
    # html lang, og:locale and the URL usually come from one CMS setting: one declaration, not three.
    hinted = sorted(set(declared_languages(hints)))
    if hints.title and prepare_text(hints.title) != body:
        title = detect_language(hints.title, LanguageHints(source_languages=expected), models)
        hinted += [title.language] if title.language else []
    return hinted


def expected_language_weight(text: str) -> float:
    """Prior odds for the source's languages: decisive on a word or two, fading as text says more."""
    share = min(1.0, FULL_PRIOR_CHARS / len(text))
    return 1.0 + (EXPECTED_LANGUAGE_WEIGHT - 1.0) * share


def text_probabilities(text: str, confidences: dict[str, float]) -> dict[str, float]:
    """Language probabilities from the text alone, lingua's weighed with Scandinavian function words."""
    probabilities = dict(confidences)
    balance = max(-MAX_WORD_BALANCE, min(MAX_WORD_BALANCE, swedish_word_balance(text)))
    scandinavian = sum(probabilities.get(code, 0.0) for code in _SCANDINAVIAN)
    if balance and scandinavian > 0:
        # Function words only move probability between Swedish and Danish/Norwegian, never to or
        # from other languages, so an English text with a Swedish quote stays English.
        odds = SWEDISH_WORD_ODDS**balance
        weighted = {code: probabilities.get(code, 0.0) * (odds if code == "sv" else 1.0) for code in _SCANDINAVIAN}
        total = sum(weighted.values())
        for code in _SCANDINAVIAN:
            probabilities[code] = scandinavian * weighted[code] / total
    total = sum(probabilities.values())
    return {code: p / total for code, p in probabilities.items() if p > 0} if total > 0 else {}


def _weigh(probabilities: dict[str, float], codes: Sequence[str], weight: float) -> dict[str, float]:
    """probabilities with those of codes (reported codes: "no" is Bokmål and Nynorsk) times weight."""
    weighted = {
        code: p * (weight if _REPORTED_AS.get(code, code) in codes else 1.0) for code, p in probabilities.items()
    }
    total = sum(weighted.values())
    return {code: p / total for code, p in weighted.items()}


def _most_probable(probabilities: dict[str, float]) -> Detection:
    """The likeliest language, Bokmål and Nynorsk counted together as Norwegian.

    Between Danish and Norwegian, though, Danish faces the likelier of the two alone: lingua
    gives Danish text much Bokmål probability, and the sum would often outweigh Danish."""
    reported: dict[str, float] = {}
    for code, p in probabilities.items():
        name = _REPORTED_AS.get(code, code)
        reported[name] = reported.get(name, 0.0) + p
    # Ties broken by code so that the answer never depends on dictionary order.
    language = max(sorted(reported), key=reported.__getitem__)
    if language in ("da", "no"):
        norwegian = max(probabilities.get("nb", 0.0), probabilities.get("nn", 0.0))
        language = "da" if probabilities.get("da", 0.0) >= norwegian else "no"
    return Detection(language=language, confidence=round(reported[language], 4))
