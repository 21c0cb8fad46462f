"""Whether a post has a sentence of its own in its text element, however short, apart from its readers' comments."""
from __future__ import annotations

import re

from . import xpaths
from .text import spaced_text

# A sentence of the post's own, however short ("The slides of the talk are now online:"), has a few words and ends
# as a sentence does.
_OWN_SENTENCE_WORDS = 5
_OWN_SENTENCE_END = re.compile(r"[.!?:…]$")


def says_a_sentence(page, left_out) -> bool:
    """The post's own text element ("entry-content", itemprop="articleBody"), outside `left_out` and holding none of
    it, is a sentence: a post of one short sentence (its link words count) has a line of its own, and the readers'
    comments below it, however longer, are not its text."""
    for marked in page.iter():
        if not isinstance(marked.tag, str) or marked in left_out or not (
                xpaths.ARTICLE_TEXT_MARK.search(f"{marked.get('class', '')} {marked.get('id', '')}")
                or "articleBody" in (marked.get("itemprop") or "").split()):
            continue
        if any(element in left_out for element in marked.iter()):
            continue
        text = spaced_text(marked)
        if len(text.split()) >= _OWN_SENTENCE_WORDS and _OWN_SENTENCE_END.search(text):
            return True
    return False
