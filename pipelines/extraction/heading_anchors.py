"""Ids made of a heading's own words (a Markdown generator's anchor, a slug generator's section): they name the text,
not a box of the page."""
from __future__ import annotations

import re

from . import xpaths
from .text import plain_letters, text_of

_ID_WORDS = re.compile(r"[^\W_]+")
_NOT_WORD = re.compile(r"[\W_]+")
# Slug makers drop the marks inside a word ("What's new in 2.0" -> "whats-new-in-20").
_MARKS_IN_WORDS = re.compile(r"(?<=\w)['’.](?=\w)")
# Generators number a heading's id when the same heading comes again ("contact-1").
_REPEAT_NUMBER = re.compile(r"[-_]\d{1,2}$")
# How far inside its heading a generator sets the anchor carrying the id (<h2><a id=...> or <h2><span><a id=...>).
_ANCHOR_DEPTH = 2


def names_own_heading(element, element_id: str) -> bool:
    """An id made from a heading's own words names the text, not the element's role: a heading's anchor (Markdown
    generators: "for-contact-visit-our-site"), or the section a heading opens (Sphinx, Pandoc: <section
    id="feedback-and-future-usability"><h2>Feedback and future usability</h2>)."""
    return _is_heading_anchor(element, element_id) or _is_heading_section(element, element_id)


def anchored_subheading(element) -> bool:
    """A heading carrying the anchor a Markdown generator makes of its words ("#financing-the-project"): one of the
    text's subheadings, which a theme's kicker over a headline never carries."""
    if element is None or element.tag not in xpaths.HEADING_TAGS:
        return False
    return any(_is_heading_anchor(carrier, carrier.get("id")) for carrier in element.iter() if carrier.get("id"))


def is_own_subheading(element, element_id: str) -> bool:
    """A heading whose id spells its words (a Markdown generator's anchor, "#q4-progress") is the text's subheading,
    whatever its classes say of how the anchor scrolls ("anchorWithStickyNavbar")."""
    return element.tag in xpaths.HEADING_TAGS and bool(element_id) and _is_heading_anchor(element, element_id)


def _is_heading_anchor(element, element_id: str) -> bool:
    """The id on the heading or on an anchor set inside it, spelling some of its words."""
    heading = element
    for _ in range(_ANCHOR_DEPTH):
        if heading is None or heading.tag in xpaths.HEADING_TAGS:
            break
        heading = heading.getparent()
    if heading is None or heading.tag not in xpaths.HEADING_TAGS:
        return False
    return _id_words(element_id) <= _heading_words(heading)[0]


def _is_heading_section(element, element_id: str) -> bool:
    """The id on an element opening on a heading, spelling that heading whole: a slug generator's section. A box
    whose id merely shares a word with its title ("newsletter" over "Sign up for our newsletter") is not one."""
    heading = next(iter(element), None)
    if heading is None or heading.tag not in xpaths.HEADING_TAGS or (element.text or "").strip():
        return False
    words, spellings = _heading_words(heading)
    id_words = _id_words(element_id)
    return id_words <= words and any(spelling <= id_words for spelling in spellings)


def _heading_words(heading) -> tuple[set[str], tuple[set[str], ...]]:
    """The words of a heading as slug makers spell them, marks inside words kept or dropped, or spelt from its
    Markdown, where a link's target follows its text ("[Contact: Anna Berg](mailto:anna@x.org)" ->
    "contact-anna-bergmailtoannaxorg"): all of them, and each spelling's."""
    text = plain_letters(text_of(heading))
    spellings = (set(_ID_WORDS.findall(text)), set(_ID_WORDS.findall(_MARKS_IN_WORDS.sub("", text))),
                 set(_ID_WORDS.findall(plain_letters(_markdown_spelling(heading)))))
    return spellings[0] | spellings[1] | spellings[2], spellings


def _markdown_spelling(heading) -> str:
    """The heading's text with each link's target glued to the link's words, its marks dropped, as a slug maker
    reading the Markdown source spells it."""
    text = text_of(heading)
    for link in heading.iter("a"):
        words, target = text_of(link).strip(), link.get("href") or ""
        if words and target:
            text = text.replace(words, words + _NOT_WORD.sub("", target), 1)
    return text


def _id_words(element_id: str) -> set[str]:
    return set(_ID_WORDS.findall(plain_letters(_REPEAT_NUMBER.sub("", element_id))))
