"""The lingua language models, loaded once per process and shared by every detection."""

import functools
import threading

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from news_archive.pipelines.langid.languages import CONFUSABLE_LANGUAGES, KNOWN_LANGUAGES

_CODES = {language: language.iso_code_639_1.name.lower() for language in Language.all()}


def _lingua_languages(codes: tuple[str, ...]) -> list[Language]:
    return [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]


def _detector(codes: tuple[str, ...] | None, high_accuracy: bool) -> LanguageDetector:
    """A lingua detector over codes, or over every language lingua knows when codes is None."""
    builder = LanguageDetectorBuilder.from_languages(*_lingua_languages(codes)) if codes \
        else LanguageDetectorBuilder.from_all_languages()
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


class LanguageModels:
    """lingua detectors over every known language, plus a finer one over the confusable languages.

    lingua's high-accuracy mode scores 1- to 5-letter sequences on texts shorter than
    HIGH_ACCURACY_MAX_CHARS and only 3-letter ones beyond; it costs time for every language and
    every letter. So very short texts are scored in high-accuracy mode over all known languages,
    longer ones in low-accuracy mode; when that leaves the confusable languages undecided, the
    fine detector shares out their probability again, in high-accuracy mode on the whole text
    cut into pieces short enough for it.

    A third pair of detectors, over every language lingua knows, judges only the rare text the
    known languages cannot hold (wider.py): two to three times the broad one's cost per text.
    """

    HIGH_ACCURACY_MAX_CHARS = 120
    SHORT_TEXT_CHARS = 60  # below this every known language is scored in high-accuracy mode
    SURE_SHARE = 0.99999  # the fast mode is trusted when one confusable language has this share

    def __init__(self):
        # lingua loads a language's models the first time a text needs them, once per process,
        # shared by all detectors: a text's letters rule most languages out (no Cyrillic models
        # are loaded until Cyrillic text comes), so nothing is loaded before it is needed.
        self.broad = _detector(KNOWN_LANGUAGES, high_accuracy=False)
        self.broad_short = _detector(KNOWN_LANGUAGES, high_accuracy=True)
        self.fine = _detector(CONFUSABLE_LANGUAGES, high_accuracy=True)
        self.wider = _detector(None, high_accuracy=False)
        self.wider_short = _detector(None, high_accuracy=True)

    def load_latin_script_models(self) -> None:
        """Load now what any text in the Latin alphabet needs (seconds), not on the first such text.

        A short plain-ASCII word rules out no Latin-script language, so all their models load."""
        self.confidences("preload")

    def confidences(self, text: str) -> dict[str, float]:
        """Probability of each known language for text (empty when lingua finds no letters)."""
        if len(text) < self.SHORT_TEXT_CHARS:
            return _as_dict(self.broad_short.compute_language_confidence_values(text))
        values = _as_dict(self.broad.compute_language_confidence_values(text))
        if self._undecided(values):
            pieces = _pieces(text, self.HIGH_ACCURACY_MAX_CHARS)
            _refine(values, [_as_dict(self.fine.compute_language_confidence_values(piece)) for piece in pieces])
        return values

    def high_accuracy_confidences(self, text: str) -> dict[str, float]:
        """confidences() of a text under HIGH_ACCURACY_MAX_CHARS scored in high-accuracy mode over every known
        language, as the shortest texts are: a notice of a sentence or two may be one the fast mode gets wrong."""
        return _as_dict(self.broad_short.compute_language_confidence_values(text))

    def fast_verdict(self, text: str) -> str | None:
        """The likeliest known language of text by the fast model alone ("nb"/"nn" for Norwegian), None if none.

        Good enough to tell a paragraph's language from a distant one's at a fraction of confidences()' cost;
        near languages need the finer scoring."""
        language = self.broad.detect_language_of(text)
        return _CODES[language] if language else None

    def wider_confidences(self, text: str) -> dict[str, float]:
        """Probability of each language lingua knows for text ("nb"/"nn" for Norwegian)."""
        detector = self.wider_short if len(text) < self.SHORT_TEXT_CHARS else self.wider
        return _as_dict(detector.compute_language_confidence_values(text))

    def wider_fast_verdict(self, text: str) -> str | None:
        """fast_verdict() over every language lingua knows."""
        language = self.wider.detect_language_of(text)
        return _CODES[language] if language else None

    def confidences_of(self, texts: list[str]) -> list[dict[str, float]]:
        """confidences() for many texts at once, lingua's work spread over all CPU cores."""
        results: list[dict[str, float]] = [{} for _ in texts]
        for detector, short in ((self.broad_short, True), (self.broad, False)):
            indexes = [i for i, text in enumerate(texts) if (len(text) < self.SHORT_TEXT_CHARS) == short]
            values = detector.compute_language_confidence_values_in_parallel([texts[i] for i in indexes])
            for i, value in zip(indexes, values):
                results[i] = _as_dict(value)
        refined = [
            i for i, text in enumerate(texts) if len(text) >= self.SHORT_TEXT_CHARS and self._undecided(results[i])
        ]
        pieces = [_pieces(texts[i], self.HIGH_ACCURACY_MAX_CHARS) for i in refined]
        fine = iter(self.fine.compute_language_confidence_values_in_parallel([p for ps in pieces for p in ps]))
        for i, text_pieces in zip(refined, pieces):
            _refine(results[i], [_as_dict(next(fine)) for _ in text_pieces])
        return results

    def _undecided(self, broad: dict[str, float]) -> bool:
        shares = [broad.get(code, 0.0) for code in CONFUSABLE_LANGUAGES]
        mass = sum(shares)
        return mass > 0 and max(shares) < self.SURE_SHARE * mass


def _as_dict(values) -> dict[str, float]:
    return {_CODES[value.language]: value.value for value in values if value.value > 0}


def _pieces(text: str, max_chars: int) -> list[str]:
    """text cut at spaces into pieces shorter than max_chars (a longer word stays whole)."""
    pieces, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) >= max_chars:
            pieces.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return pieces + [current] if current else pieces


_PIECE_FLOOR = 1e-3


def _refine(broad: dict[str, float], pieces: list[dict[str, float]]) -> None:
    """Share the probability the broad detector gave the confusable languages as the fine one says.

    Each piece's confidences are likelihoods normalised over the same languages, so their
    product, normalised again, is the whole text's. A floor keeps one piece (a quotation in
    another language, a name lingua rules out by its letters) from vetoing a language outright."""
    joint = dict.fromkeys(CONFUSABLE_LANGUAGES, 1.0)
    for piece in pieces:
        joint = {code: p * max(piece.get(code, 0.0), _PIECE_FLOOR) for code, p in joint.items()}
        total = sum(joint.values())
        joint = {code: p / total for code, p in joint.items()}
    mass = sum(broad.get(code, 0.0) for code in CONFUSABLE_LANGUAGES)
    for code in CONFUSABLE_LANGUAGES:
        broad[code] = mass * joint[code]


_lock = threading.Lock()


@functools.cache
def _build_shared_models() -> LanguageModels:
    return LanguageModels()


def shared_models() -> LanguageModels:
    """The process-wide models, built on first use; lingua shares loaded models between detectors."""
    with _lock:
        return _build_shared_models()
