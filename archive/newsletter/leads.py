"""Shorten an article's lead for a newsletter: at most so many characters, cut where a sentence ends."""
from __future__ import annotations

import re

LEAD_CHARS = 300
# A sentence ends at . ! ? or … (closing quotes may follow) before a space and a capital, digit or quote;
# the capital keeps "t.ex. att" and "ca. 40" from passing for sentence ends.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*(?=\s+[A-ZÅÄÖÉÜ0-9\"“«(]|\s*$)")
# Abbreviations a name or number often follows: "t.ex. Anna Berg", "ca. 40", "Dr. Lind".
ABBREVIATIONS = {"t.ex.", "bl.a.", "m.fl.", "m.m.", "s.k.", "dvs.", "osv.", "ca.", "jfr.", "resp.", "e.g.", "i.e.",
                 "dr.", "prof.", "st.", "nr.", "mr.", "ms.", "mrs.", "vs.", "etc."}


def cut_lead(text: str | None, limit: int = LEAD_CHARS) -> str:
    """`text` on one line, cut after its last whole sentence that fits in `limit` characters.

    A first sentence longer than `limit` is cut at a word and ends in "…".
    """
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    ends = [match.end() for match in _SENTENCE_END.finditer(text)
            if match.end() <= limit and not _after_abbreviation(text, match.start())]
    if ends:
        return text[:ends[-1]]
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def first_paragraph(body: str | None) -> str:
    """The body's first paragraph (paragraphs are separated by blank lines)."""
    for paragraph in re.split(r"\n\s*\n", body or ""):
        if paragraph.strip():
            return paragraph.strip()
    return ""


def _after_abbreviation(text: str, stop: int) -> bool:
    words = text[:stop + 1].split()
    return bool(words) and words[-1].lower() in ABBREVIATIONS
