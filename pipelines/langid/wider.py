"""Text in a language the fast set leaves out: told by its letters or the page's word, named over every language.

lingua shares a text's probability out among the languages it is asked about, so a Croatian text judged among the
fast set comes out Swedish or Polish and sure of it (0.99 and more): a weak best score does not show such text. Its
letters do: Croatian, Czech, Hungarian, Romanian, Turkish, Icelandic, Estonian, Lithuanian or Latvian prose writes
many letters the language it was taken for never writes (č, ő, ș, ı, ð, õ, ė, ā); Indonesian, Swahili or Zulu
prose, which write none, hardly any of its everyday words. So does a page declaring such a language, or a source
expected to publish in one. Only then is the text judged again over every language lingua
knows, at two to three times the cost; a text of the fast set's languages almost never pays it.
"""

import re

from news_archive.pipelines.langid.languages import FAST_SET_ALPHABETS, FAST_SET_FUNCTION_WORDS, REPORTED_LANGUAGES

MIN_FOREIGN_LETTERS = 2  # in a text's own words: a quoted word in its own spelling is one or two
MIN_FOREIGN_SHARE = 0.005  # of the characters: Slovenian or Estonian prose has 2-3% letters Swedish or Finnish lack
MIN_WORDS_TO_FIT = 50  # own words: fewer (a title, a caption, a sentence) may hold no function word by chance
# Of the own words: real articles in the fast set's languages have 10% (Finnish) and more, Indonesian, Swahili and
# Zulu articles taken for Finnish, Polish or English none.
MIN_FUNCTION_WORD_SHARE = 0.04
# The wider check names a language left out when it is this sure of it: lingua is, on any text of a sentence or
# more; a word or two may be one of several near languages (Croatian, Bosnian, Slovenian).
WIDER_CONFIDENT = 0.9
# How sure a language is that only the page's declaration names (the text fits none well).
DECLARED_ONLY_CONFIDENCE = 0.5

# Languages left out that a sentence often cannot tell apart: the wider check is sure of one when it is sure of the
# pair, and names the likelier (a Croatian sentence comes out 0.77 Croatian, 0.23 Bosnian).
NEAR_LANGUAGES_LEFT_OUT = (frozenset({"hr", "bs"}), frozenset({"id", "ms"}), frozenset({"cs", "sk"}))
# Letters only one language of a near pair writes. lingua's fast mode over every language flips between Czech and
# Slovak as a text grows, sure of either (one Czech notice in twenty came out Slovak, 1.0): their spelling says which.
# Czech writes ě, ř and ů, which Slovak never does; Slovak ä, ĺ, ľ, ŕ and ô, which Czech never does.
OWN_LETTERS = {"cs": frozenset("ěřů"), "sk": frozenset("äĺľŕô")}
# A text writes one language of the pair when it writes that many times the other's own letters: a word quoted in the
# other's spelling is a letter or two.
DOMINANT_LETTERS = 4

# Serbian is written in Latin letters as much as in Cyrillic, and lingua knows it in Cyrillic only: a Latin-script
# Serbian text comes out Croatian or Bosnian, whose words it shares. A page or source declaring Serbian says which.
WRITTEN_ALIKE = {"sr": frozenset({"hr", "bs"})}

# Bokmål and Nynorsk, which lingua names, are the fast set's "no".
_FAST_SET = REPORTED_LANGUAGES | {"nb", "nn"}
# Numerals that regular expressions count as word characters and not as digits: fractions, superscripts, circled
# numbers (a results table's "½-½", "m²", "①"). No language's letters.
_NUMERALS = re.escape("".join(chr(code) for code in range(0x10000)
                              if chr(code).isnumeric() and not chr(code).isdecimal() and not chr(code).isalpha()))
# A letter each language never writes (lingua's "nb" and "nn" too).
FOREIGN_LETTER = {
    code: re.compile(f"[^\\W\\d_{_NUMERALS}{alphabet}]") for code, alphabet in FAST_SET_ALPHABETS.items()
}
_LETTER = f"[^\\W\\d_{_NUMERALS}]"
_WORD = re.compile(f"{_LETTER}+(?:['’-]{_LETTER}+)*")
FOREIGN_LETTER.update(nb=FOREIGN_LETTER["no"], nn=FOREIGN_LETTER["no"])
_FUNCTION_WORDS = dict(FAST_SET_FUNCTION_WORDS, nb=FAST_SET_FUNCTION_WORDS["no"], nn=FAST_SET_FUNCTION_WORDS["no"])


def left_out(codes: list[str]) -> list[str]:
    """The codes, in order, of languages the fast set leaves out."""
    return [code for code in codes if code not in _FAST_SET]


def own_words(paragraph: str) -> list[str]:
    """The words of paragraph not written with a capital (uncased scripts' words all count)."""
    return [word for word in _WORD.findall(paragraph) if not word[0].isupper()]


def fits_poorly(text: str, language: str | None) -> bool:
    """Whether text's own words are unlike the language it was judged to be in ("no", "nb", "nn" too): many letters
    that language never writes, or, in a text long enough to tell, hardly any of its everyday words. Names are left
    out: an English text naming Dvořák and Pogorelić is no less English."""
    pattern = FOREIGN_LETTER.get(language or "")
    if pattern is None:
        return False
    words = own_words(text)
    foreign = len(pattern.findall(" ".join(words)))
    if foreign >= MIN_FOREIGN_LETTERS and foreign >= MIN_FOREIGN_SHARE * len(text):
        return True
    everyday = _FUNCTION_WORDS.get(language or "")
    return everyday is not None and len(words) >= MIN_WORDS_TO_FIT \
        and sum(word.lower() in everyday for word in words) < MIN_FUNCTION_WORD_SHARE * len(words)


def says_no_words_of(text: str, language: str | None) -> bool:
    """Whether none of text's own words is one of language's everyday words (a line of names, a label: "Baskin Sette
    Colli vs Welcome Lodrano"); False for a language whose everyday words are not listed."""
    everyday = _FUNCTION_WORDS.get(language or "")
    return everyday is not None and not any(word.lower() in everyday for word in own_words(text))


def language_left_out(probabilities: dict[str, float], text: str = "") -> tuple[str, float] | None:
    """The language left out of the fast set the wider check is sure of, with its probability; None if none. Of a
    near pair, the one text's own words are spelled in (OWN_LETTERS), else the likelier."""
    outside = {code: p for code, p in probabilities.items() if code not in _FAST_SET}
    if not outside:
        return None
    # Ties broken by code so that the answer never depends on dictionary order.
    language = max(sorted(outside), key=outside.__getitem__)
    near = next((group for group in NEAR_LANGUAGES_LEFT_OUT if language in group), {language})
    share = sum(outside.get(code, 0.0) for code in near)
    return (spelled_in(near, text) or language, share) if share >= WIDER_CONFIDENT else None


def spelled_in(near: frozenset[str] | set[str], text: str) -> str | None:
    """The language of the near group whose own letters text's own words write most: at least MIN_FOREIGN_LETTERS of
    them (letters, not words) and DOMINANT_LETTERS times as many as any other's; else None. A long Czech text quoting
    a Slovak word is Czech. Names are left out: a Czech text naming a Slovak town is no less Czech."""
    if not any(code in OWN_LETTERS for code in near):
        return None  # a group no spelling tells apart (hr/bs, id/ms): the body's words need not be read
    words = " ".join(own_words(text)).lower()
    counts = sorted(((sum(words.count(char) for char in OWN_LETTERS.get(code, ())), code) for code in near),
                    key=lambda pair: (-pair[0], pair[1]))
    most, language = counts[0]
    others = counts[1][0] if len(counts) > 1 else 0
    return language if most >= MIN_FOREIGN_LETTERS and most >= DOMINANT_LETTERS * others else None


def fits_fast_set(probabilities: dict[str, float]) -> bool:
    """Whether the wider check finds the text most likely in one of the fast set's languages."""
    return sum(p for code, p in probabilities.items() if code in _FAST_SET) >= 0.5


def declared_only(declared: list[str]) -> tuple[str, float] | None:
    """The one language left out of the fast set that the page declares, at DECLARED_ONLY_CONFIDENCE; else None."""
    outside = set(left_out(declared))
    return (outside.pop(), DECLARED_ONLY_CONFIDENCE) if len(outside) == 1 else None
