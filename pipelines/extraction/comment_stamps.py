"""The parts of a page holding readers' comments, whose dates say when a reader wrote, not when the page went out:
page_dates reads no date line of the page's in them."""
from __future__ import annotations

import re

from . import xpaths
from .comment_lines import names_comment_section
from .hints import ClassIndex
from .text import spaced_text

_NAME_WORDS = re.compile(r"[\s_-]+")
# The words after "comment" that make a name a section's ("comment-list", "comment_area"), as "comments" does.
_SECTION_WORDS = frozenset({"list", "area", "section", "thread", "threads", "wrapper", "container", "block"})
_SECTION_HEADINGS = tuple(tag for tag in xpaths.HEADING_TAGS if tag != "h1")


def comment_parts(classes: ClassIndex, root) -> list:
    """The elements naming readers' comments (outside the headline) that are a comment section by their name
    ("comments", "commentlist", "comment-list") or come after a heading naming the comments ("Comments", "12
    Kommentare"). A thread whose opening post is set like its replies ("forum-comment" ... "forum-comment") keeps
    the opening post's date: it stands before the replies' heading and in no section naming comments."""
    named = [el for el in (*classes.naming_comments(), *classes.comment_items)
             if el.find(".//h1") is None and next(el.iterancestors("h1"), None) is None]
    if not named:
        return []
    heading = next((h for h in root.iter(*_SECTION_HEADINGS) if _heads_comments(h)), None)
    after = set(heading.itersiblings()) if heading is not None else set()
    return [el for el in named if _names_section(el) or el in after or any(a in after for a in el.iterancestors())]


def _heads_comments(heading) -> bool:
    return names_comment_section(spaced_text(heading))


def _names_section(element) -> bool:
    words = [w for w in _NAME_WORDS.split(f"{element.get('class', '')} {element.get('id', '')}".lower()) if w]
    return any(word.startswith(("comments", "commentlist", "commentarea")) or
               (word == "comment" and following in _SECTION_WORDS)
               for word, following in zip(words, [*words[1:], ""]))
