"""Headings set after the post's text: the names of the boxes an old CMS template stacks in a column or footer after
the article ("Quicklinks", "Our partners - Section"), printed as <h1>s because the template heads every box so.

Such a heading is never the page's headline, however well it shares a word with <title> (which names the section:
"Section - News - Section | Site"). It is told by where it stands: most of the page's running text (its paragraphs'
words, links left out) comes before it, and a post's worth of it. A headline opens the text; a sidebar printed
before the main column in the source holds lists of links, not paragraphs, and the post's text still follows its
headline."""
from __future__ import annotations

from .lead_heading import is_chrome
from .text import text_of

# A post's worth of running text: a sidebar's teaser paragraph or two stays under it.
_MIN_TEXT_BEFORE = 400
_UNREAD = frozenset({"script", "style", "template", "noscript"})


def after_post_text(root, headings) -> set:
    """Those of `headings` (elements of `root`) after a post's text: at least `_MIN_TEXT_BEFORE` characters of
    paragraphs come before each, and more than come after it."""
    wanted = set(headings)
    if not wanted:
        return set()
    before_each = {}
    seen = 0
    for element in root.iter():
        if element in wanted:
            before_each[element] = seen
        elif element.tag == "p":
            seen += _running_chars(element)
    return {heading for heading, before in before_each.items()
            if before >= _MIN_TEXT_BEFORE and before > seen - before}


def _running_chars(paragraph) -> int:
    """The paragraph's characters outside links, none for one in the page's chrome (a footer's address line)."""
    if any(is_chrome(a) for a in paragraph.iterancestors()) \
            or any(a.tag in _UNREAD for a in paragraph.iterancestors()):
        return 0
    linked = sum(len(text_of(link).strip()) for link in paragraph.iter("a"))
    return max(0, len(text_of(paragraph).strip()) - linked)
