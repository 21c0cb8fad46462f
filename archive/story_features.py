"""What an article's story is recognised by: sampled text shingles, and facts that survive translation (names, numbers, links)."""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date

SHINGLE_WORDS = 4
# About one shingle in eight is indexed: content-defined, so a cross-post with an added line or a new
# title still shares almost all of the sampled shingles of the text it repeats.
SAMPLE_MODULUS = 8
MIN_SAMPLE = 6
TERM_NAMESPACE = 1 << 32  # term keys live above every 32-bit shingle hash

WORD = re.compile(r"\w+")
LINK = re.compile(r"https?://[^\s<>()\"']+|www\.[^\s<>()\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A number as either language writes it: 1 200 000, 1,200,000, 2,5, 2.5, 14.00.
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*")
UPPER = "A-ZÅÄÖÆØÉÈÜÁÍÓÚÑÇ"
# A capitalised word; whether a sentence (or paragraph, quote, list item) starts right before it; and whether
# another capitalised word follows it.
CAPITALISED = re.compile(rf"([.!?:;•–—\"“”«»(\n][\W\d_]*)?\b([{UPPER}][\w'’-]*)(?:(?=(\s+[{UPPER}])))?")
HYPHEN_OR_APOSTROPHE = re.compile(r"[-'’]")
SWEDISH_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                  "november", "december")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")
# Swedish writes months in lower case; English ones count only capitalised ("may" is also a verb).
MONTHS = {**{name: number for number, name in enumerate(SWEDISH_MONTHS, 1)},
          **{name: number for number, name in enumerate(ENGLISH_MONTHS, 1)}}
SWEDISH_MONTH = re.compile(rf"\b({'|'.join(SWEDISH_MONTHS)})\b")
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
    `terms`: keys of its fact terms (names, numbers, months, links; see `fact_terms`).
    """

    source: str
    day: int | None
    sample: frozenset[int]
    terms: frozenset[int]

    @property
    def keys(self) -> list[int]:
        return sorted(self.sample | self.terms)


def story_features(source: str, title: str, lead: str, body: str, published: str | None,
                   seen: str | None = None) -> StoryFeatures:
    """Features of one article; `seen` dates it when it states no publication date.

    The title is left out of the shingles: cross-posts often retitle.
    """
    text = body if not lead or lead in body else f"{lead}\n\n{body}"
    plain, links = split_links(text)
    return StoryFeatures(
        source=source,
        day=day_number(published) if published else day_number(seen),
        sample=sampled_shingles(plain),
        terms=frozenset(map(term_key, fact_terms(split_links(title)[0], plain, links))),
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


def sampled_shingles(text: str) -> frozenset[int]:
    """Hashes of about one in eight of the text's four-word shingles: those whose first two words hash to 0 mod 8.

    Chosen by content, not position, so a text with a line added still holds the sample of the original; and
    only the chosen shingles are hashed. A short text keeps its smallest hashes as well, to have a few at all.
    """
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    word_hashes: dict[str, int] = {}
    hashes = [word_hashes.get(word) or word_hashes.setdefault(word, zlib.crc32(word.encode())) for word in words]
    starts = range(len(words) - SHINGLE_WORDS + 1)
    chosen = {shingle_hash(words, i) for i in starts if (hashes[i] ^ hashes[i + 1]) % SAMPLE_MODULUS == 0}
    if len(chosen) < MIN_SAMPLE:
        chosen.update(sorted(shingle_hash(words, i) for i in starts)[:MIN_SAMPLE])
    return frozenset(chosen)


def shingle_hash(words: list[str], start: int) -> int:
    return zlib.crc32(" ".join(words[start:start + SHINGLE_WORDS]).encode())


def fact_terms(title: str, text: str, links: list[str]) -> frozenset[str]:
    """Names, numbers, months and links: what a Swedish text and its English translation both say.

    Names come from the body only, and only where a capital letter means something: not at the start of a
    sentence (unless in capitals throughout, like ATMP), since English title case would add words Swedish lacks.
    """
    terms = {f"@:{normal_link(link)}" for link in links}
    terms.update(f"#:{number}" for number in numbers(f"{title}\n{text}"))
    terms.update(names_and_months(text))
    return frozenset(terms)


def numbers(text: str) -> set[str]:
    """Numbers of two or more digits in one normal form; small counts are usually spelled out, differently per language."""
    found = set()
    for raw in NUMBER.findall(text):
        value = normal_number(raw)
        if value is not None:
            found.add(value)
    return found


def normal_number(raw: str) -> str | None:
    groups = re.split(r"[ \u00a0\u202f.,]", raw)
    if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]) and len(groups[0]) <= 3:
        separators = set(re.findall(r"[ \u00a0\u202f.,]", raw))
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


def names_and_months(text: str) -> set[str]:
    terms = {f"m:{MONTHS[month]}" for month in SWEDISH_MONTH.findall(text)}
    names = set()
    uncertain = set()  # capitalised only because a sentence starts with them
    for sentence_start, word, name_follows in CAPITALISED.findall(f"\n{text}"):
        if word in MONTHS:
            terms.add(f"m:{MONTHS[word]}")
            continue
        lowered = word.lower()
        if lowered in NOT_NAMES:
            continue
        # "Region Stockholm har ...": the first word of a name; "The Karolinska ...": not.
        starts_a_name = bool(name_follows) and lowered not in SENTENCE_STARTERS
        for part in HYPHEN_OR_APOSTROPHE.split(word) if HYPHEN_OR_APOSTROPHE.search(word) else (word,):
            if len(part) < 2 or not part[0].isupper():
                continue
            if sentence_start and not part.isupper() and not starts_a_name:
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
    return TERM_NAMESPACE + zlib.crc32(term.encode())
