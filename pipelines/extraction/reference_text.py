"""Use the article text a page states in JSON-LD (articleBody) to check, trim or stand in for the DOM body."""
from __future__ import annotations

import html
import re

from .blocks import Block, text_length

_TAG = re.compile(r"<[^>]{0,500}>")
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+")
_LINES = re.compile(r"\s*\n\s*")
_MIN_REFERENCE_CHARS = 200
# The DOM body agrees with articleBody when it covers this share of it; then, if articleBody is the whole
# text rather than a summary, blocks absent from it are dropped (except a lead before the first shared one).
_AGREEMENT = 0.5
_COMPLETE_SHARE = 0.7
_MIN_CONTAINMENT = 0.3
# A DOM body shorter than this share of articleBody lost its text (paywall, script rendering): use articleBody.
_SHORT_DOM_SHARE = 0.6


def clean_reference(raw: str | None) -> str:
    """articleBody as plain text with one paragraph per line."""
    if not raw or not isinstance(raw, str):
        return ""
    text = html.unescape(_TAG.sub("\n", raw)) if "<" in raw else html.unescape(raw)
    return "\n".join(line for line in (" ".join(part.split()) for part in _LINES.split(text)) if line)


def reconcile(blocks: list[Block], reference: str) -> list[Block]:
    """Blocks agreeing with the reference text; the reference itself when the DOM lost the article."""
    if len(reference) < _MIN_REFERENCE_CHARS:
        return blocks
    reference_grams = _trigrams(reference)
    if not reference_grams:
        return blocks
    dom_grams = _trigrams(" ".join(b.text for b in blocks))
    coverage = len(reference_grams & dom_grams) / len(reference_grams)
    dom_chars = sum(b.chars for b in blocks)
    reference_chars = text_length(reference)
    if coverage >= _AGREEMENT:
        if reference_chars < _COMPLETE_SHARE * dom_chars:
            return blocks
        contained = [_contained(b.text, reference_grams) for b in blocks]
        # A heading above the lead (a kicker, the standfirst's own title) does not end it: the lead runs to the
        # first paragraph the reference shares.
        first_shared = next((i for i, b in enumerate(blocks) if contained[i] and b.kind != "heading"), 0)
        kept = _headings_kept(blocks, [i < first_shared or contained[i] for i in range(len(blocks))])
        return [b for i, b in enumerate(blocks) if kept[i]]
    if dom_chars < _SHORT_DOM_SHARE * reference_chars:
        return [Block(None, "p", line, 0, text_length(line)) for line in reference.split("\n")]
    return blocks


def _headings_kept(blocks: list[Block], kept: list[bool]) -> list[bool]:
    """Whether each block stays, headings settled: a heading stays over a block the reference keeps before the next
    heading, over a subheading that stays, or closing the blocks; a heading over a box the reference leaves out goes
    with it ("Verdict", "Pros" over a review box's points, which articleBody does not hold)."""
    settled = list(kept)
    for at in range(len(blocks) - 1, -1, -1):
        if blocks[at].kind != "heading":
            continue
        end = next((i for i in range(at + 1, len(blocks)) if blocks[i].kind == "heading"), len(blocks))
        if end == at + 1:
            settled[at] = end == len(blocks) or settled[end]
        else:
            settled[at] = any(settled[at + 1:end])
    return settled


def _contained(text: str, reference_grams: set) -> bool:
    grams = _trigrams(text)
    if not grams:
        return True
    return len(grams & reference_grams) / len(grams) >= _MIN_CONTAINMENT


def _trigrams(text: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < 3:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)}
