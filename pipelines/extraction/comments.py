"""Find the readers' comments on a page: the section after the article holding what readers wrote, as plain text.

The body never holds them (pruning drops every comment section found here), unless the post has not a line
of text of its own (a video, a question put to readers); they are kept apart so that search and newsletters carry
the article alone. The section is found by general traits only: class or id words
naming comments ("comments", "commentlist", "comments-area", "comment-body"), microdata Comment items, a heading
naming comments over loose blocks with commenter lines (`headed_comments`), and, when the page shows none, the
comments its JSON-LD article lists. Each comment is its commenter line (name, date) and
its paragraphs; the reply form, "Reply" and permalink links, paging and log-in prompts, the section's own
count, sort, numbering and error lines ("5 comments", "Newest | Oldest", "Comment number 12."), what the widget
sets before the first comment (its links, terms and house rules) and its copy of the post's headline are left out.
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from . import xpaths
from .blocks import Block, linearise
from .comment_lines import COUNT_LINE_MAX_WORDS, NUMBERS, WORD, is_furniture_line, is_stamp
from .headed_comments import headed_sections
from .hints import ClassIndex, attribute_words, class_words, names_comments, style_hides
from .links import links_to_page
from .structured import PageMetadata, text_value
from .text import fold, spaced_text, text_of

# Headings at the edges of a comment section title it ("12 Responses", "Leave a Reply"); a heading between
# comments is a commenter's name.
_HEADING_KINDS = frozenset({"title", "heading"})
# A control line ("Reply", "Permalink", "Load more comments") is all link text and a few words.
_CONTROL_LINE_WORDS = 4
# An element named a reply control that holds this much text is a reader's reply ("comment reply depth-2").
_COMMENT_REPLY_CHARS = 200
# A list of comments without classes repeats one element at least this often.
_REPEATED_COMMENTS = 2
# What a control link names besides its action and the comment ("Report this comment", "Reply to it").
_CONTROL_OBJECT_WORDS = frozenset("this it to".split())
# The control word that names a reader's post as readily as a notice: judged by its text, as a reply is.
_MESSAGE_WORD = "message"
# An avatar drawn as letters holds a commenter's initials, no more.
_AVATAR_WORD = "avatar"
_INITIALS_CHARS = 3
# Screen sizes a responsive class hides its element at ("hidden-xs"): shown on other screens.
_SCREEN_SIZES = frozenset("xs sm md lg xl xxl print mobile phone tablet desktop small medium large up down".split())
# Something a reader wrote: a line of a few words that is not a heading or a link.
_PROSE_WORDS = 3
# A comment's number or its permalink ("Comment number 102.", "Comment #5", "Link to this (Comment number 108)"):
# one comment named with a number, and nothing else but these words or a link line's few words.
_ONE_COMMENT_NOUNS = frozenset("comment kommentar kommentti commentaire commento comentario".split())
_NUMBERING_WORDS = frozenset("number no nr nro nummer numero".split())
# What may stand between a line's control links: "[Reply]", "Reply | Quote", "Edit · Report".
_SEPARATORS = re.compile(r"[\s|\[\]()·•/»«›‹–—-]*")
# A section whose text is mostly the article's is no comment section (a wrapper whose class says "has comments").
_SHARED_WITH_BODY = 0.5


@dataclass
class Comments:
    """The lines of the page's readers' comments, and the elements of the page holding them: each the outermost
    element naming comments (a section, a list, or one comment set beside the article's text), or a heading naming
    comments and the loose blocks after it."""

    blocks: list[Block] = field(default_factory=list)
    elements: list = field(default_factory=list)


def find_comments(root, classes: ClassIndex, url: str) -> Comments:
    """The page's readers' comments, in document order; the tree is left as it is (each section is cleaned as a
    copy). Call before pruning, which drops the comments from the tree."""
    found = Comments()
    for section, named in _sections(root, classes):
        lines = _section_lines(section, url)
        if lines:
            found.blocks.extend(lines)
            found.elements.extend(named)
    for run in headed_sections(root, found.elements):
        # The run's elements, copied into one element, are one comment section; all of it comments but its heading.
        section = run[0].makeelement("div", {})
        section.extend(copy.deepcopy(element) for element in run)
        lines = _section_lines(section, url, all_comments=True)
        if lines:
            found.blocks.extend(lines)
            found.elements.extend(run)
    return found


def stamped_by_readers(found: Comments) -> bool:
    """Whether a comment found says when its reader wrote: the page was out for readers by then. That dates the
    readers' words, never the page (comment_stamps.py), but vouches for a short text being a post's (page_type)."""
    return any(is_stamp(block) for block in found.blocks)


def _section_lines(section, url: str, all_comments: bool = False) -> list[Block]:
    """The comments in one comment section (a copy of it is cleaned), or none when it shows none. A section known to
    hold nothing but comments (`all_comments`: its commenter lines were seen) is taken whole, not looked through for
    its comments' elements."""
    cleaned = copy.deepcopy(section)
    cleaned.tail = None
    _drop_controls(cleaned)
    items = {cleaned} if all_comments else set(_comment_items(cleaned))
    lines = _comment_lines([b for b in linearise(cleaned) if _within_any(b.element, items, cleaned)], url)
    prose = [b for b in lines if _is_prose(b) and not is_stamp(b)]
    # Readers' comments say when they were written, or come several, each under its commenter's name: a section
    # with neither, or with no words of a reader's, is a prompt, a notice or a share box ("Have your say"). A headed
    # section's commenter lines were seen before cleaning, which may take them with a box named a control ("forum-nav").
    if not prose:
        return []
    if all_comments or any(is_stamp(b) for b in lines):
        return lines
    several = len({_innermost(b.element, items, cleaned) for b in prose}) >= _REPEATED_COMMENTS
    # A commenter's name ("artsyphotos", "Laura Sasaki") is a line too short to be prose.
    return lines if several and any(len(b.text.split()) < _PROSE_WORDS for b in lines) else []


def comments_text(blocks: list[Block], meta: PageMetadata, body_blocks: list[Block]) -> str:
    """The comments as text, one paragraph block per line of a comment; blank lines between, as in the body.

    Lines the body also shows are the article's; when most of the section's lines are, it was no comment section.
    """
    if not blocks:
        return "\n\n".join(_stated_comments(meta))
    in_body = {fold(b.text) for b in body_blocks}
    kept = [b.text for b in _after_post_copy(blocks, meta) if fold(b.text) not in in_body]
    return "\n\n".join(kept) if len(kept) >= _SHARED_WITH_BODY * len(blocks) else ""


def _after_post_copy(blocks: list[Block], meta: PageMetadata) -> list[Block]:
    """The lines after the widget's copy of the post, when it shows one before the first comment's date: the
    article's headline, often in quotes, under its author ("Ada Lovelace posted")."""
    headlines = {fold(h) for h in (meta.first("og:title", "twitter:title"),
                                   text_value((meta.article or {}).get("headline"))) if h}
    for i, block in enumerate(blocks):
        if is_stamp(block):
            break
        if fold(block.text) in headlines:
            return blocks[i + 1:]
    return blocks


def _sections(root, classes: ClassIndex) -> list[tuple]:
    """The comment sections outside the page's headline and not hidden, in document order, each with the outermost
    elements in it naming comments: the section itself, or comments set one after another in their parent."""
    named = [el for el in classes.naming_comments() if _may_hold_comments(el)]
    items = [el for el in classes.comment_items if _may_hold_comments(el)]
    candidates = set(named) | set(items)
    outermost = [el for el in (named + items) if not any(a in candidates for a in el.iterancestors())]
    if named and items:
        position = {el: i for i, el in enumerate(root.iter()) if el in candidates}
        outermost.sort(key=position.get)
    # Comments set one after another with no list of their own ("commentbody" after "commentbody"): their parent
    # is the section, which shows their names and dates beside them.
    siblings: dict = {}
    for element in outermost:
        siblings.setdefault(element.getparent(), []).append(element)
    sections: dict = {}  # section -> the elements in it naming comments
    for element in outermost:
        parent = element.getparent()
        section = element
        if len(siblings[parent]) >= _REPEATED_COMMENTS and parent is not None and _may_hold_comments(parent):
            section = parent
        sections.setdefault(section, []).append(element)
    hidden = set(classes.hidden)
    # A hidden tab or a collapsed box of comments is not what the page shows beside its article.
    return [(el, named) for el, named in sections.items()
            if not any(a in hidden or _hidden_class(a) for a in (el, *el.iterancestors()))]


def _may_hold_comments(element) -> bool:
    tag = element.tag
    return tag not in ("html", "body", "head") and tag not in xpaths.COMMENT_CONTROL_TAGS \
        and element.find(".//h1") is None


def _hidden_class(element) -> bool:
    """A class that hides the element: "hidden", "d-none", one saying "display none" ("u-display-none"), or a box
    hidden until the reader acts ("hiddenBox": the comment preview and its notices)."""
    classes = element.get("class")
    if not classes:
        return False
    return any(name in xpaths.HIDDEN_CLASSES or _names_hidden_box(name) for name in classes.split()) \
        or ("none" in classes and {"display", "none"} <= set(class_words(classes)))


def _names_hidden_box(name: str) -> bool:
    """"hiddenBox", "hidden-panel": "hidden" and one word naming the thing, not a screen size it is hidden at
    ("hidden-xs", "hidden-mobile")."""
    words = attribute_words(name)
    return len(words) == 2 and words[0] == "hidden" and words[1] not in _SCREEN_SIZES


def _drop_controls(section) -> None:
    """Remove the reply form, buttons, paging, log-in prompts and vote widgets from a copy of a comment section."""
    doomed = list(section.iterdescendants(*xpaths.COMMENT_CONTROL_TAGS))
    doomed += [a for a in section.iterdescendants("a") if _is_script_control_link(a)]
    for element in section.iterdescendants(etree.Element):
        if not element.attrib:
            continue  # most elements: nothing to judge them by
        # A part the page hides until clicked (the reply form, "display: none") is not shown beside the comments.
        if element.get("hidden") is not None or _hidden_class(element) or style_hides(element.get("style") or "") \
                or _is_control(element) or _is_avatar_initials(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_control(element) -> bool:
    """An element whose class or id names a control ("reply", "comment-respond", "pagination", "login"), unless it
    is a comment itself: a reply holding what a reader wrote ("comment reply depth-2"), or a reader's message
    ("message-text": the word names a widget's notice as readily as what a reader posted)."""
    words = _words(element)
    if not words or xpaths.COMMENT_CONTROL_WORDS.isdisjoint(words):
        return False
    if xpaths.COMMENT_WORD not in words and not _names_only_a_message(words):
        return True
    if element.find(".//textarea") is not None or element.find(".//input") is not None:
        return True
    return len(text_of(element)) < _COMMENT_REPLY_CHARS


def _is_script_control_link(anchor) -> bool:
    """A link a script drives ("#", "javascript:") whose few words name a control ("Report this comment", "Flag"),
    set inside a commenter's line as often as on its own."""
    href = (anchor.get("href") or "").strip()
    if href not in ("", "#") and not href.startswith("javascript:"):
        return False
    words = set(WORD.findall(text_of(anchor).lower()))
    return 0 < len(words) <= _CONTROL_LINE_WORDS and not xpaths.COMMENT_CONTROL_WORDS.isdisjoint(words) \
        and words <= xpaths.COMMENT_CONTROL_WORDS | _ONE_COMMENT_NOUNS | _CONTROL_OBJECT_WORDS


def _is_avatar_initials(element) -> bool:
    """A commenter's avatar drawn as their initials ("J", "EM"): the name line beside it says who wrote."""
    return _AVATAR_WORD in _words(element) and len(text_of(element).strip()) <= _INITIALS_CHARS


def _names_only_a_message(words: tuple[str, ...]) -> bool:
    return _MESSAGE_WORD in words and xpaths.COMMENT_CONTROL_WORDS.intersection(words) == {_MESSAGE_WORD}


def _words(element) -> tuple[str, ...]:
    """The words of an element's class and id."""
    return class_words(element.get("class") or "") + attribute_words(element.get("id") or "")


def _comment_items(section) -> list:
    """The parts of a cleaned section that hold comments: the section itself when it is one comment, else its
    elements naming comments ("commentlist", "comment-body"), else its repeated children (a list of comments
    with no classes of their own). What lies outside them is the section's furniture ("Load comments")."""
    if _names_one_comment(section):
        return [section]
    named = [el for el in section.iterdescendants(etree.Element) if _names_comment_part(el)]
    if not named:
        return _repeated_children(section)
    # Each comment is the largest element holding its named parts and no other comment's: the commenter's line
    # set beside a "comment-text" element ("<li><p>Posted by Ada, May 4</p><div class=comment>") is part of it.
    named_set = set(named)
    holding: dict = {}  # element -> named parts in it, itself included
    for element in named:
        for part_of in (element, *element.iterancestors()):
            if part_of is section:
                break
            holding[part_of] = holding.get(part_of, 0) + 1
    items = set()
    for element in named:
        whole, parent = element, element.getparent()
        while parent is not None and parent is not section \
                and holding[parent] == holding[whole] + (parent in named_set):
            whole, parent = parent, parent.getparent()
        items.add(whole)
    return list(items)


def _names_one_comment(element) -> bool:
    return _is_microdata_comment(element) or xpaths.COMMENT_WORD in _words(element)


def _names_comment_part(element) -> bool:
    if _is_microdata_comment(element):
        return True
    classes, element_id = element.get("class") or "", element.get("id") or ""
    return ("omment" in classes and names_comments(classes)) or ("omment" in element_id and names_comments(element_id))


def _is_microdata_comment(element) -> bool:
    return element.get("itemprop") in xpaths.COMMENT_ITEMPROPS \
        or (element.get("itemtype") or "").lower().endswith(xpaths.COMMENT_ITEMTYPE_END)


def _repeated_children(section) -> list:
    """The children of the element with the most children of one tag, when it has two or more."""
    best: list = []
    for element in section.iter(etree.Element):
        by_tag: dict = {}
        for child in element.iterchildren(etree.Element):
            by_tag.setdefault(child.tag, []).append(child)
        most = max(by_tag.values(), key=len, default=[])
        if len(most) > len(best):
            best = most
    return best if len(best) >= _REPEATED_COMMENTS else []


def _within_any(element, items: set, stop) -> bool:
    return _innermost(element, items, stop) is not None


def _innermost(element, items: set, stop):
    """The closest of `items` holding the element (no further up than `stop`), or None."""
    while element is not None:
        if element in items:
            return element
        if element is stop:
            return None
        element = element.getparent()
    return None


def _is_prose(block: Block) -> bool:
    return block.kind not in _HEADING_KINDS and block.link_density < 0.5 and len(block.text.split()) >= _PROSE_WORDS


def _comment_lines(blocks: list[Block], url: str) -> list[Block]:
    """What readers wrote and who wrote it: section headings at the edges, count lines and control links left out."""
    # A line left with only separators once its control links are gone ("[ ]" around a "Reply") says nothing.
    lines = [b for b in blocks if not _is_control_line(b, url) and not _SEPARATORS.fullmatch(b.text)]
    # A count the section shows once is its own ("27 comments"); one in every comment is the commenter's
    # ("Total Comments (920)" under each name), and stays with the comment.
    shapes = Counter(NUMBERS.sub("#", b.text) for b in lines)
    lines = [b for b in lines if not (is_furniture_line(b.text) and shapes[NUMBERS.sub("#", b.text)] == 1)
             and not _is_numbering_line(b)]
    # A heading saying when it was written is the first commenter's line ("Ada wrote on May 4, 2024:"), no title.
    start = next((i for i, b in enumerate(lines) if b.kind not in _HEADING_KINDS or is_stamp(b)), len(lines))
    end = len(lines)
    while end > start and lines[end - 1].kind in _HEADING_KINDS:
        end -= 1
    lines = lines[start:end]
    return lines[_first_comment(lines):]


def _first_comment(lines: list[Block]) -> int:
    """Where the first comment starts: at the first line whose shape (tag and first class) comes again after a reader's
    words, as each comment's commenter line or first paragraph does. The lines before it, shaped once, are the
    widget's own: its vendor and help links, its terms, its house rules. A line giving a date there is a comment's,
    and then nothing is left out."""
    shapes = [_shape(b.element) for b in lines]
    last = {shape: i for i, shape in enumerate(shapes)}
    prose_before = [0]  # prose lines among lines[:i], for each i
    for block in lines:
        prose_before.append(prose_before[-1] + _is_prose(block))
    for i, shape in enumerate(shapes):
        if shape is not None and prose_before[last[shape]] > prose_before[i + 1]:
            return i
        if is_stamp(lines[i]):
            return 0
    return 0


def _shape(element) -> tuple | None:
    """An element's tag and first class: what each comment's like part shares (its further classes often number
    the comment, "comment c1 alt")."""
    if element is None:
        return None
    return element.tag, next(iter((element.get("class") or "").split()), "")


def _is_numbering_line(block: Block) -> bool:
    """A comment's number or its permalink: "Comment number 102.", "Comment #5", "Link to this (Comment number
    108)"."""
    if not NUMBERS.search(block.text):
        return False
    words = WORD.findall(block.text.lower())
    if _ONE_COMMENT_NOUNS.isdisjoint(words) or len(words) > COUNT_LINE_MAX_WORDS:
        return False
    return block.link_density == 1.0 or all(w in _ONE_COMMENT_NOUNS or w in _NUMBERING_WORDS for w in words)


def _is_control_line(block: Block, url: str) -> bool:
    """A line that is only links within the page or the reply machinery, with at most separators between them
    ("Reply", "[Reply]", "Reply | Quote", "#comment-12", "Load more")."""
    if not block.link_chars or len(block.text.split()) > _CONTROL_LINE_WORDS or block.element is None:
        return False
    anchors = list(block.element.iter("a"))
    if block.link_density < 1.0 and not _only_separators_between(block.text, anchors):
        return False
    if is_stamp(block):
        return False  # a comment's date linking to the comment itself
    links = [a.get("href") or "" for a in anchors]
    return all(not href or href.startswith(("#", "javascript:")) or links_to_page(href, url) for href in links)


def _only_separators_between(text: str, anchors: list) -> bool:
    """True when the line's text outside its links is only separators ("|", "[", "]", "·"); a comma or colon after a
    link is a commenter's name ("Maria, ")."""
    rest = text
    for anchor in anchors:
        rest = rest.replace(spaced_text(anchor), "", 1)
    return _SEPARATORS.fullmatch(rest) is not None


def _stated_comments(meta: PageMetadata) -> list[str]:
    """Comments the page lists in its JSON-LD article (`comment`: Comment objects with `text`), commenter first."""
    stated = (meta.article or {}).get("comment")
    lines: list[str] = []
    for comment in stated if isinstance(stated, list) else [stated]:
        text = text_value(comment.get("text")) if isinstance(comment, dict) else None
        if not text:
            continue
        author = text_value(comment.get("author"))
        if author:
            lines.append(author)
        lines.append(" ".join(text.split()))
    return lines
