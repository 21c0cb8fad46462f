"""A heading standing between the paragraphs of the text: the writer's subheading, whatever its class says."""
from __future__ import annotations

from . import xpaths
from .blocks import reads_as_prose
from .hints import hiding_class, names_screen_reader_text
from .text import spaced_text

# A subheading is a line: a heading saying more is a box's text, not the text's heading.
_SUBHEADING_WORDS = 15
# How far up a heading opening its section (a page builder's block, a "page-break" part) looks for the text before it.
_SECTION_LEVELS = 2
_PICTURE_TAGS = ("img", "picture", "video")


def subheading_amid_text(element) -> bool:
    """A shown heading of a line with a paragraph of prose ending just before it and one opening just after it (past
    a picture): a subheading of the text a theme sets in its widgets' title class ("widget-title"). A sidebar's
    widget title stands over its links, an ad's label over an empty slot, a teaser's headline over its excerpt with
    no paragraph of the text before it; text for screen readers alone is never shown."""
    if element.tag not in xpaths.SUBHEADING_TAGS or _set_off_screen(element):
        return False
    words = spaced_text(element).split()
    if not words or len(words) > _SUBHEADING_WORDS:
        return False
    following = _next_shown(element)
    if following is None or following.tag != "p" or not reads_as_prose(following):
        return False
    return _prose_before(element)


def _set_off_screen(element) -> bool:
    # An element with the `hidden` attribute never gets here: pruning drops those whatever their classes say.
    classes = (element.get("class") or "").lower()
    return any(hiding_class(name) for name in classes.split()) or names_screen_reader_text(classes)


def _next_shown(element):
    """The element after this one holding text, past pictures and empty inline elements; None past anything else."""
    for sibling in element.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if spaced_text(sibling).strip():
            return sibling
        # An empty caption line under the picture is passed too; an empty box (an ad's slot) is not.
        if sibling.tag not in _PICTURE_TAGS and sibling.tag not in xpaths.INLINE_TAGS \
                and next(sibling.iter(*_PICTURE_TAGS), None) is None:
            return None
    return None


def _prose_before(element) -> bool:
    """The text just before the heading, in its parent or, when it opens its section, before the section, ends on a
    paragraph of prose."""
    for _ in range(_SECTION_LEVELS + 1):
        previous = next((sibling for sibling in element.itersiblings(preceding=True)
                         if isinstance(sibling.tag, str) and spaced_text(sibling).strip()), None)
        if previous is not None:
            return _ends_on_prose(previous)
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html") or (parent.text or "").strip():
            return False
        element = parent
    return False


def _ends_on_prose(element) -> bool:
    if element.tag == "p":
        return reads_as_prose(element)
    paragraphs = list(element.iter("p"))
    if not paragraphs:
        return False
    last = " ".join(spaced_text(paragraphs[-1]).split())
    return bool(last) and " ".join(spaced_text(element).split()).endswith(last) and reads_as_prose(paragraphs[-1])
