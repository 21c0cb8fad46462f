"""Find the readers' comments on a page: the section after the article holding what readers wrote, as plain text.

The body never holds them (pruning drops every element whose class names comments); they are kept apart so that
search and newsletters carry the article alone. The section is found by general traits only: class or id words
naming comments ("comments", "commentlist", "comments-area", "comment-body"), microdata Comment items, and, when
the page shows none, the comments its JSON-LD article lists. Each comment is its commenter line (name, date) and
its paragraphs; the reply form, "Reply" and permalink links, paging and log-in prompts are left out.
"""
from __future__ import annotations

import copy

from lxml import etree

from . import xpaths
from .blocks import Block, linearise
from .hints import ClassIndex, class_words
from .metadata import links_to_page
from .prune import fold
from .structured import PageMetadata, text_value
from .text import text_of

# Headings at the edges of a comment section title it ("12 Responses", "Leave a Reply"); a heading between
# comments is a commenter's name.
_HEADING_KINDS = frozenset({"title", "heading"})
# A control line ("Reply", "Permalink", "Load more comments") is all link text and a few words.
_CONTROL_LINE_WORDS = 4
# An element named a reply control that holds this much text is a reader's reply ("comment reply depth-2").
_COMMENT_REPLY_CHARS = 200
# A section whose text is mostly the article's is no comment section (a wrapper whose class says "has comments").
_SHARED_WITH_BODY = 0.5


def find_comment_blocks(root, classes: ClassIndex, url: str) -> list[Block]:
    """The blocks of the page's comment sections, in document order; the tree is left as it is (each section is
    cleaned as a copy). Call before pruning, which drops the sections from the tree."""
    found: list[Block] = []
    for section in _sections(root, classes):
        cleaned = copy.deepcopy(section)
        cleaned.tail = None
        _drop_controls(cleaned)
        found += _comment_lines(linearise(cleaned), url)
    return found


def comments_text(blocks: list[Block], meta: PageMetadata, body_blocks: list[Block]) -> str:
    """The comments as text, one paragraph block per line of a comment; blank lines between, as in the body.

    Lines the body also shows are the article's; when most of the section's lines are, it was no comment section.
    """
    in_body = {fold(b.text) for b in body_blocks}
    kept = [b.text for b in blocks if fold(b.text) not in in_body]
    if blocks and len(kept) < _SHARED_WITH_BODY * len(blocks):
        kept = []
    if not blocks:
        kept = _stated_comments(meta)
    return "\n\n".join(kept)


def _sections(root, classes: ClassIndex) -> list:
    """The outermost elements naming comments, outside the page's headline and not hidden, in document order."""
    named = [el for el in classes.naming_comments() if _may_hold_comments(el)]
    items = [el for el in classes.comment_items if _may_hold_comments(el)]
    candidates = set(named) | set(items)
    outermost = [el for el in (named + items) if not any(a in candidates for a in el.iterancestors())]
    if named and items:
        position = {el: i for i, el in enumerate(root.iter()) if el in candidates}
        outermost.sort(key=position.get)
    hidden = set(classes.hidden)
    # A hidden tab or a collapsed box of comments is not what the page shows beside its article.
    return [el for el in outermost if not any(a in hidden or _hidden_class(a) for a in (el, *el.iterancestors()))]


def _may_hold_comments(element) -> bool:
    tag = element.tag
    return tag not in ("html", "body", "head") and tag not in xpaths.COMMENT_CONTROL_TAGS \
        and element.find(".//h1") is None


def _hidden_class(element) -> bool:
    classes = element.get("class")
    return bool(classes) and any(name in xpaths.HIDDEN_CLASSES for name in classes.lower().split())


def _drop_controls(section) -> None:
    """Remove the reply form, buttons, paging, log-in prompts and vote widgets from a copy of a comment section."""
    doomed = list(section.iterdescendants(*xpaths.COMMENT_CONTROL_TAGS))
    for element in section.iterdescendants(etree.Element):
        if element.get("hidden") is not None or _hidden_class(element) or _is_control(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_control(element) -> bool:
    """An element whose class or id names a control ("reply", "comment-respond", "pagination", "login"), unless it
    is a comment itself: a reply holding what a reader wrote ("comment reply depth-2")."""
    names = f"{element.get('class', '')} {element.get('id', '')}".strip()
    if not names:
        return False
    words = class_words(names)
    if xpaths.COMMENT_CONTROL_WORDS.isdisjoint(words):
        return False
    if not any(word.startswith(xpaths.COMMENT_WORD) for word in words):
        return True
    if element.find(".//textarea") is not None or element.find(".//input") is not None:
        return True
    return len(text_of(element)) < _COMMENT_REPLY_CHARS


def _comment_lines(blocks: list[Block], url: str) -> list[Block]:
    """What readers wrote and who wrote it: section headings at the edges and control links left out."""
    lines = [b for b in blocks if not _is_control_line(b, url)]
    start = next((i for i, b in enumerate(lines) if b.kind not in _HEADING_KINDS), len(lines))
    end = len(lines)
    while end > start and lines[end - 1].kind in _HEADING_KINDS:
        end -= 1
    return lines[start:end]


def _is_control_line(block: Block, url: str) -> bool:
    """A line that is only links within the page or the reply machinery ("Reply", "#comment-12", "Load more")."""
    if block.link_density < 1.0 or len(block.text.split()) > _CONTROL_LINE_WORDS or block.element is None:
        return False
    links = [a.get("href") or "" for a in block.element.iter("a")]
    return all(not href or href.startswith(("#", "javascript:")) or "replytocom" in href
               or links_to_page(href, url) for href in links)


def _stated_comments(meta: PageMetadata) -> list[str]:
    """Comments the page lists in its JSON-LD article (`comment`: Comment objects with `text`), commenter first."""
    stated = (meta.article or {}).get("comment")
    lines: list[str] = []
    for comment in stated if isinstance(stated, list) else [stated] if isinstance(stated, dict) else []:
        text = text_value(comment.get("text")) if isinstance(comment, dict) else None
        if not text:
            continue
        author = text_value(comment.get("author"))
        if author:
            lines.append(author)
        lines.append(" ".join(text.split()))
    return lines
