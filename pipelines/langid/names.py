"""Names in another language's letters, left out of the text the fast set judges.

lingua weighs every letter: an English text naming Antonín Dvořák and Ivo Pogorelić comes out Swedish or Spanish,
whichever writes a few of the names' letters, though not one of its own words holds such a letter. When the letters
the verdict's language never writes sit only in capitalised words, the text is judged again without those words.
"""

from news_archive.pipelines.langid.wider import FOREIGN_LETTER, own_words

_WORD_EDGES = ".,;:!?()[]\"'«»“”‘’"


def odd_names(text: str, language: str | None) -> set[str]:
    """The capitalised words of text holding letters `language` never writes, when none of its own words holds
    one; an empty set otherwise (or for a language of another script, or none)."""
    pattern = FOREIGN_LETTER.get(language or "")
    # The alphabets are lower case: so are the words they are matched against.
    if pattern is None or pattern.search(" ".join(own_words(text)).lower()):
        return set()
    return {word for word in map(_bare, text.split()) if word[:1].isupper() and pattern.search(word.lower())}


def without_names(text: str, names: set[str]) -> str:
    """text without the words in names."""
    return " ".join(word for word in text.split() if _bare(word) not in names)


def _bare(word: str) -> str:
    return word.strip(_WORD_EDGES)
