"""What an article's story is recognised by: sampled text shingles, and facts that survive translation."""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date

from news_archive.archive.calendar_words import ENGLISH_MONTHS, SWEDISH_MONTHS

SHINGLE_WORDS = 4
# About one shingle in eight is kept, chosen by content: a cross-post with an added line or a new title
# still holds almost all of the sampled shingles of the text it repeats.
SAMPLE_MODULUS = 8
MIN_SAMPLE = 6
TERM_NAMESPACE = 1 << 32  # term keys live above every 32-bit shingle hash
NUMBER_NAMESPACE = 2 << 32  # numbers' keys lie above the other terms': a key tells whether it is a number
# Bump when `story_features` gives an article other keys: the next crawl indexes every article again.
FEATURES_VERSION = 2

WORD = re.compile(r"\w+")
LINK = re.compile(r"https?://[^\s<>()\"']+|www\.[^\s<>()\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A number as either language writes it: 1 200 000, 1,200,000, 2,5, 2.5, 14.00 (spaces only before groups of three),
# after its first digit.
_NUMBER_TAIL = r"\d*(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
# A time of day or a span of times, after its first digit: "13:30", "13.30–16.00", "1.30–4 pm", "14 Uhr". Each
# language writes them its own way, so they are read as the 24-hour numbers a Swedish text gives ("13.30", "16.00").
# A dotted time alone is left to NUMBER, which reads "14.00" as 14 too.
_TIME = r"\d\d?(?:[:.][0-5]\d)?"
_AM_PM = r"\s*(?:[aApP]\.?[mM]\b\.?|[uU]hr\b)"
_TIME_TAIL = (rf"\d?(?::[0-5]\d(?:\s*[–—-]\s*{_TIME})?(?:{_AM_PM})?"
              rf"|\.[0-5]\d\s*[–—-]\s*{_TIME}(?:{_AM_PM})?"
              rf"|(?:\.[0-5]\d)?(?:\s*[–—-]\s*{_TIME})?{_AM_PM})")
# The first digit outside the alternation lets the engine skip to digits, as a plain character class does.
NUMBER_OR_TIME = re.compile(rf"\d(?:(?P<time>{_TIME_TAIL})|{_NUMBER_TAIL})")
HOUR_AND_MINUTE = re.compile(r"(\d\d?)(?:[:.](\d\d))?")
AFTERNOON = re.compile(r"[pP]\.?[mM]")
SPACES = re.compile(r"[ \u00a0\u202f]")
SEPARATOR = re.compile(r"[ \u00a0\u202f.,]")
UPPER = "A-ZÅÄÖÆØÉÈÜÁÍÓÚÑÇ"
# A capitalised word, and the start of another one right after it ("Region Stockholm"). The capital comes before
# the look-behind (which checks the character before it) so that the engine skips to capitals instead of trying
# the look-behind at every character.
CAPITALISED = re.compile(rf"[{UPPER}](?<![\w'’-][{UPPER}])[\w'’-]*(?=(\s+[{UPPER}])?)")
# Where a sentence (or paragraph, quote, list item) starts: what follows a break and any punctuation or numbers.
SENTENCE_START = re.compile(r"[.!?:;•–—\"“”«»(\n][\W\d_]*")
HYPHEN_OR_APOSTROPHE = re.compile(r"[-'’]")
# Swedish writes months in lower case; English ones count only capitalised ("may" is also a verb).
MONTH_NUMBERS = {name: number for months in (SWEDISH_MONTHS, ENGLISH_MONTHS) for number, name in enumerate(months, 1)}
# Capitalised in English running text but not names of anything a translation would repeat.
NOT_NAMES = frozenset({
    "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "swedish", "english",
    "sweden", "sverige", "european", "dr", "prof", "mr", "ms", "mrs", "phd", "ceo", "sek",
})
# Words that begin sentences before a name without being part of it.
SENTENCE_STARTERS = frozenset({
    "the", "a", "an", "in", "on", "at", "for", "with", "from", "by", "to", "of", "and", "but", "as", "after", "before",
    "during", "when", "since", "according", "this", "that", "these", "last", "next", "both", "while",
    "i", "på", "den", "det", "de", "en", "ett", "för", "med", "vid", "av", "till", "under", "efter", "när", "sedan",
    "enligt", "om", "och", "men", "både", "nu", "hos", "från", "inom",
})


@dataclass(frozen=True)
class StoryFeatures:
    """One article's evidence for story matching, as the integer keys the story index stores.

    `sample`: hashes of about one in eight of the body's four-word shingles (below TERM_NAMESPACE).
    `terms`: keys of its fact terms (see `fact_terms`); those of numbers are `numbers`.
    """

    source: str
    day: int | None
    sample: frozenset[int]
    terms: frozenset[int]

    @property
    def keys(self) -> list[int]:
        return sorted(self.sample | self.terms)

    @property
    def numbers(self) -> frozenset[int]:
        return frozenset(term for term in self.terms if term >= NUMBER_NAMESPACE)


def story_features(source: str, title: str, lead: str, body: str, published: str | None,
                   seen: str | None = None) -> StoryFeatures:
    """Features of one article; `seen` dates it when it states no publication date.

    The title is left out of the shingles: cross-posts often retitle.
    """
    text = body if not lead or lead in body else f"{lead}\n\n{body}"
    plain, links = split_links(text)
    words = WORD.findall(plain.lower())
    return StoryFeatures(
        source=source,
        day=day_number(published) if published else day_number(seen),
        sample=sampled_shingles(words),
        terms=frozenset(map(term_key, fact_terms(split_links(title)[0], plain, words, links))),
    )


def split_links(text: str) -> tuple[str, list[str]]:
    """The text without its URLs and e-mail addresses, and those links."""
    if "@" not in text and "http" not in text and "www." not in text:  # most texts: skip the costly pattern
        return text, []
    return LINK.sub(" ", text), LINK.findall(text)


def day_number(value: str | None) -> int | None:
    """Days since year 1 of an ISO date or datetime; None when it is missing or not a date."""
    try:
        return date.fromisoformat((value or "")[:10]).toordinal()
    except ValueError:
        return None


def sampled_shingles(words: list[str]) -> frozenset[int]:
    """Hashes of about one in eight four-word shingles: those whose first two words' hashes XOR to 0 mod 8.

    Chosen by content, not position, so a text with a line added still holds the sample of the original; and
    only the chosen shingles are hashed. A short text keeps its smallest hashes as well, to have a few at all.
    """
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    word_hashes = {word: zlib.crc32(word.encode()) for word in set(words)}
    hashes = list(map(word_hashes.__getitem__, words))
    starts = range(len(words) - SHINGLE_WORDS + 1)
    chosen = {shingle_hash(words, i) for i, first, second in zip(starts, hashes, hashes[1:])
              if (first ^ second) % SAMPLE_MODULUS == 0}
    if len(chosen) < MIN_SAMPLE:
        chosen.update(sorted(shingle_hash(words, i) for i in starts)[:MIN_SAMPLE])
    return frozenset(chosen)


def shingle_hash(words: list[str], start: int) -> int:
    return zlib.crc32(" ".join(words[start:start + SHINGLE_WORDS]).encode())


def fact_terms(title: str, text: str, words: list[str], links: list[str]) -> set[str]:
    """Names, numbers, months and links: what a Swedish text and its English translation both say.

    Prefixed by kind: `n:` name, `#:` number, `m:` month, `@:` link. `words` are the text's words in lower
    case. Names come from the body only, and only where a capital letter means something: not at the start
    of a sentence (unless in capitals, like ATMP), since English title case would add words Swedish lacks.
    """
    terms = {f"@:{normal_link(link)}" for link in links}
    terms.update(f"#:{number}" for number in numbers(f"{title}\n{text}"))
    terms.update(f"m:{MONTH_NUMBERS[word]}" for word in set(words).intersection(SWEDISH_MONTHS))
    terms.update(names_and_english_months(text))
    return terms


def numbers(text: str) -> set[str]:
    """Numbers of two or more digits, in one normal form (small counts are spelled out, differently per language);
    times of day in 24-hour form."""
    found = set()
    for match in NUMBER_OR_TIME.finditer(text):
        raw = match.group()
        if match["time"]:
            found.update(value for value in times_of_day(raw) if value is not None)
            continue
        # "2023 200 patienter": a space joins only thousands groups after at most three digits
        pieces = SPACES.split(raw) if SPACES.search(raw) and len(SEPARATOR.split(raw, 1)[0]) > 3 else (raw,)
        found.update(value for value in map(normal_number, pieces) if value is not None)
    return found


def times_of_day(span: str) -> list[str | None]:
    """The times a time or span names, as `normal_number` reads 24-hour times: "1.30–4 pm" -> ["13.3", "16"]."""
    times = [(int(hour), int(minute or 0)) for hour, minute in HOUR_AND_MINUTE.findall(span)]
    if AFTERNOON.search(span) and times[-1][0] < 12:
        end = times[-1][0]  # "11–1 pm" starts before noon, "1.30–4 pm" after
        times = [(hour + 12, minute) if hour <= end else (hour, minute) for hour, minute in times]
    return [normal_number(f"{hour}.{minute:02d}") for hour, minute in times if hour < 24]


def normal_number(raw: str) -> str | None:
    groups = SEPARATOR.split(raw)
    if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]) and len(groups[0]) <= 3:
        separators = set(SEPARATOR.findall(raw))
        if len(separators) == 1 and (len(groups) > 2 or separators & {" ", "\u00a0", "\u202f", ","}):
            return "".join(groups).lstrip("0") or "0"  # thousands grouping: 1 200, 1,200, 1.200.000
    if len(groups) == 2:  # a decimal: 2,5 or 2.5; 14.00 is 14
        whole, fraction = groups[0].lstrip("0") or "0", groups[1].rstrip("0")
        value = f"{whole}.{fraction}" if fraction else whole
        return value if len(value.replace(".", "")) >= 2 else None
    if len(groups) > 2:  # dates and versions written with dots: 2023.06.13
        return None
    value = raw.lstrip("0") or "0"
    return value if len(value) >= 2 else None


def names_and_english_months(text: str) -> set[str]:
    text = f"\n{text}"
    sentence_starts = {match.end() for match in SENTENCE_START.finditer(text)}
    terms = set()
    names = set()
    uncertain = set()  # capitalised only because a sentence starts with them
    for match in CAPITALISED.finditer(text):
        word = match.group()
        if word in MONTH_NUMBERS:
            terms.add(f"m:{MONTH_NUMBERS[word]}")
            continue
        lowered = word.lower()
        if lowered in NOT_NAMES:
            continue
        # "Region Stockholm har ...": the first word of a name; "The Karolinska ...": not.
        starts_a_name = match.group(1) is not None and lowered not in SENTENCE_STARTERS
        sentence_initial = match.start() in sentence_starts and not starts_a_name
        for part in HYPHEN_OR_APOSTROPHE.split(word) if HYPHEN_OR_APOSTROPHE.search(word) else (word,):
            if len(part) < 2 or not part[0].isupper():
                continue
            if sentence_initial and not part.isupper():
                uncertain.add(normal_name(part))
            else:
                names.add(normal_name(part))
    # A capitalised first word is a name when the text also capitalises it mid-sentence.
    terms.update(f"n:{name}" for name in names | (uncertain & names))
    return terms


def normal_name(word: str) -> str:
    """Lower case without a genitive -s, which Swedish adds to names (Stockholms, Karolinskas)."""
    lowered = word.lower()
    return lowered[:-1] if len(lowered) >= 5 and lowered.endswith("s") else lowered


def normal_link(link: str) -> str:
    link = re.sub(r"^(https?://)?(www\.)?", "", link.lower())
    return link.rstrip(".,;:!?/")


def term_key(term: str) -> int:
    return (NUMBER_NAMESPACE if term.startswith("#:") else TERM_NAMESPACE) + zlib.crc32(term.encode())
