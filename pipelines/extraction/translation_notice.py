"""Tell a page holding only a multilingual plugin's notice that the post is not in this language from a short post."""
from __future__ import annotations

import re
from collections.abc import Sequence

# The line a translation plugin shows in place of a post written in another language: qTranslate's "Sorry, this entry
# is only available in Deutsch.", a Jekyll or Hugo theme's "this page is not available in English", "Es ist noch
# keine Übersetzung dieses Artikels vorhanden", "Denna sida finns bara på svenska". The subject (this page, entry,
# post) keeps a short post saying a report "is only available in Swedish" out.
_NOTICE = re.compile(
    r"\b(?:this|the)\s+(?:page|entry|post|article|content|text|news(?:\s+item)?)\b[^.!]{0,40}?"
    r"\b(?:only|not|n't|yet)\b[^.!]{0,20}?\b(?:available|published|translated)\b"
    r"|\bno\s+translation\b|\bnot\s+(?:yet\s+)?(?:been\s+)?translated\b"
    r"|\bkeine\s+Übersetzung\b|\b(?:nur|nicht)\s+(?:auf|in)\s+\w+\s+(?:verfügbar|vorhanden|erhältlich)\b"
    r"|\bnicht\s+(?:ins\s+\w+\s+)?übersetzt\b"
    r"|\b(?:sida|sidan|artikel|artikeln|inlägg|inlägget|nyhet|nyheten|texten|siden|artikkelen|innlegget|nyheten)\b"
    r"[^.!]{0,30}?\b(?:finns|finnes|findes)\s+(?:endast|bara|inte|kun|bare|ikke)\b[^.!]{0,15}?\bpå\s+\w+"
    r"|\b(?:ingen|inte)\s+översatt|\bingen\s+översättning\b|\bikke\s+(?:oversatt|oversat)\b",
    re.IGNORECASE)
# A notice is one sentence; the lines beside it on such a page are the byline and a date, not a text.
_NOTICE_CHARS = 200
_OTHER_CHARS = 100


def only_untranslated_notice(texts: Sequence[str]) -> bool:
    """True when the page's text is a notice that the post is not available in this language, beside a byline or
    date at most: the post's text is on its other language's page, and this page is no article of its own."""
    # A text longer than a notice is none, so a page whose long texts reach the other texts' limit (any article) is
    # told without running the notice's pattern over its short lines.
    if sum(len(text) for text in texts if len(text) > _NOTICE_CHARS) >= _OTHER_CHARS:
        return False
    notices = [text for text in texts if len(text) <= _NOTICE_CHARS and _NOTICE.search(text)]
    if not notices:
        return False
    return sum(len(text) for text in texts if text not in notices) < _OTHER_CHARS
