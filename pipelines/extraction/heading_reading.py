"""How a reader reads a heading: its text without ruby notes, its lines kept apart, and its readings less what closes it."""
from __future__ import annotations

import re

# Ruby annotations (furigana) read the characters they sit over: a second copy of the text, not part of it.
_RUBY_NOTES = frozenset({"rt", "rp"})
UNREAD = frozenset({"script", "style", "template"}) | _RUBY_NOTES
# Children a heading breaks its lines with or stacks as blocks: their texts are separate words.
_LINE_BREAKS = frozenset({"br", "div", "p", "li", "ul", "ol", "section", "header", "figure", "figcaption"})
# A line break's space, none before the punctuation a hidden separator or the next line opens with.
_GAP = "\x00"
_GAP_BEFORE_PUNCTUATION = re.compile("\x00+(?=\\s*[:;,.!?)\\]])")


def heading_readings(heading) -> list[str]:
    """The heading's text, then its text less each element closing it in turn, nearest the end first, while no text
    stands between them: the headline, where a theme sets the post's subtitle, its writer or its day inside the
    headline's element after it (`<h2>Title <span>Subtitle</span></h2>`, `<h2><a>Title</a> <span>Blog</span>
    <small>Jul 26</small></h2>`)."""
    readings = [heading_text(heading)]
    children = list(heading)  # a comment's tail is the heading's text too
    while children and not (children[-1].tail or "").strip():
        if not isinstance(children.pop().tag, str):
            continue
        text = " ".join("".join([heading.text or ""] + [(heading_text(child) if isinstance(child.tag, str) else "")
                                                         + (child.tail or "") for child in children]).split())
        if not text:
            break
        readings.append(text)
    return readings


def heading_text(element) -> str:
    """A heading's text as a reader sees it: ruby annotations left out, lines it breaks (<br>, block children) kept
    apart by a space, whitespace collapsed. Soft hyphens stay: a title is kept as published, as in its feed."""
    parts = [element.text or ""]
    _read_children(element, parts)
    text = _GAP_BEFORE_PUNCTUATION.sub("", "".join(parts))
    return " ".join(text.replace(_GAP, " ").split())


def _read_children(element, parts: list[str]) -> None:
    for child in element:
        if isinstance(child.tag, str) and child.tag not in UNREAD:
            gap = _GAP if child.tag in _LINE_BREAKS else ""
            parts.extend((gap, child.text or ""))
            _read_children(child, parts)
            parts.append(gap)
        parts.append(child.tail or "")
