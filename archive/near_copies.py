"""Tell an untranslated language copy of a page from a translation: the same story, not a second article.

Translation plugins (TranslatePress, WPML) serve every page under each language's address and name the versions
in hreflang links. Where nobody translated the post, the copy shows the original's title and text, but for the few
strings the plugin translates everywhere (a linked page's name, a contact label): no exact duplicate, yet one story.
"""
from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"\w+")
# Share of paragraphs two versions hold alike (difflib's ratio over the lists) that makes one a copy: a translation
# changes nearly every paragraph, a copy a few labels.
COPY_SHARE = 0.75


def is_untranslated_copy(title: str, body: str, other_title: str, other_body: str) -> bool:
    """Two language versions of a page are one text: the same title, and most paragraphs the same word for word."""
    if _words(title) != _words(other_title) or not _words(title):
        return False
    paragraphs, others = _paragraphs(body), _paragraphs(other_body)
    if not paragraphs or not others:
        return paragraphs == others
    return difflib.SequenceMatcher(None, paragraphs, others, autojunk=False).ratio() >= COPY_SHARE


def _words(text: str) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))


def _paragraphs(body: str) -> list[str]:
    return [words for paragraph in (body or "").split("\n\n") if (words := _words(paragraph))]
