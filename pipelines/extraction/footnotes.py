"""The text's own notes: lines opening on a note marker ("[2] <source>", "^1 Excluding ...") that the text cites, and
the elements holding the notes its in-page links cite."""
from __future__ import annotations

import re

from lxml import etree

from .ancestry import within
from .blocks import Block
from .text import text_of

# A note opens on its marker: a number in brackets or after a caret ("[2] ...", "[^2] ...", "^2 ...").
_NOTE = re.compile(r"^(?:\[\^?(\d{1,3})\]|\^(\d{1,3})\b)")
# The text cites a note by the same marker inside its words ("... over 40 years[2] hinder ...", "poor^1").
_CITATION = re.compile(r"(?<=\S)\s?(?:\[\^?(\d{1,3})\]|\^(\d{1,3})\b)")
_NOTE_KINDS = ("p", "text", "item")
# A writer typing notes by hand cites one in words ("... = 87,976 [note 11]") and numbers the list under the text
# ("11. Office for National Statistics estimate"): a numbered line is a note when the text cites its number so.
_WORDED_CITATION = re.compile(r"\[\s*note\s+(\d{1,3})\s*\]", re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"^(\d{1,3})[.)]\s")
# A link citing a note shows its marker alone ("1", "[1]", "^1"), or says so in its DPUB-ARIA role.
_MARKER = re.compile(r"^[\[(^]?\d{1,3}[\])]?$")
_NOTE_REFERENCE_ROLE = "doc-noteref"
# ... or in the class its generator gives note references (docutils "footnote-reference", Python-Markdown, pandoc and
# Hugo "footnote-ref").
_NOTE_REFERENCE_CLASSES = {"footnote-reference", "footnote-ref"}
# The citation is a word of a sentence: the paragraph around it holds this much text (a slider's "1 2 3" links to
# its slides hold none).
_CITING_PARAGRAPH_CHARS = 80
_PARAGRAPH_TAGS = ("p", "li", "dd", "td", "blockquote")


def own_notes(blocks: list[Block]) -> set[int]:
    """Ids of the writer's note lines: its references, sources and remarks, however short or linked ("[3]
    <a>https://...</a>", "[1] Excluding those who did not answer"). They are notes when the text above cites one of
    them, or when they run numbered from one ("[1] ...", "[2] ...") as a writer lists references under a heading; a
    single marker nothing cites is no evidence of notes. A line numbered as a list's ("11. ...") is a note when the
    text cites its number in words ("[note 11]")."""
    notes: list[Block] = []
    numbers: list[int] = []
    cited: set[str] = set()
    cites_notes = False
    numbered_lines: list[tuple[Block, str]] = []
    cited_in_words: set[str] = set()
    for block in blocks:
        cited_in_words.update(_WORDED_CITATION.findall(block.text))
        if block.kind in _NOTE_KINDS and (line := _NUMBERED_LINE.match(block.text)) is not None:
            numbered_lines.append((block, line.group(1)))
        opening = _NOTE.match(block.text) if block.kind in _NOTE_KINDS else None
        if opening is not None:
            number = opening.group(1) or opening.group(2)
            notes.append(block)
            numbers.append(int(number))
            cites_notes = cites_notes or number in cited
        # A note may cite another, and a line of text the notes after it.
        cited |= {m.group(1) or m.group(2) for m in _CITATION.finditer(block.text, opening.end() if opening else 0)}
    numbered = len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))
    typed = {id(line) for line, number in numbered_lines if number in cited_in_words}
    return typed | ({id(note) for note in notes} if cites_notes or numbered else set())


def notes_linked_to(blocks: list[Block]) -> set[int]:
    """Ids of the lines standing in a note the text cites by a link to it ("<sup><a href="#fn:3">3</a></sup>", or
    "post.html#fn:3" as a generator writes the page's own address): the writer's note, however short. A link to
    another page's part names no element of this one."""
    element = next((b.element for b in blocks if b.element is not None), None)
    if element is None:
        return set()
    root = element.getroottree().getroot()
    cited = {(link.get("href") or "").partition("#")[2] for link in root.iter("a")
             if "#" in (link.get("href") or "") and _cites(link)} - {""}
    if not cited:
        return set()
    # A note's own link back to the text ("↩"), alone on its line, says nothing.
    return {id(block) for block in blocks if block.element is not None and block.chars > block.link_chars
            and any(holder.get("id") in cited for holder in (block.element, *block.element.iterancestors()))}


def cited_notes(root) -> set:
    """The elements holding notes the text cites by an in-page link ("... citations.<a href="#fn2">[2]</a>"), and the
    boxes holding only such notes: Sphinx and Markdown generators set a post's footnotes in an <aside> or a <footer>,
    tags that otherwise hold no text of the post."""
    citing = {link.get("href")[1:]: link for link in root.iter("a")
              if (link.get("href") or "").startswith("#") and _cites(link)}
    if not citing:
        return set()
    # A note is what a citing link points to, unless it holds the link (from the link's parent up: an anchor
    # pointing to itself is a note).
    notes = {element for element in root.iter(etree.Element)
             if element.get("id") in citing and not within(citing[element.get("id")].getparent(), element)}
    boxes = set()
    for note in list(notes):
        box = note.getparent()
        while box is not None and box not in boxes:
            listed = _notes_listed(box, notes | boxes)
            if listed is None:
                break
            notes |= listed
            boxes.add(box)
            box = box.getparent()
    return notes | boxes


def _notes_listed(box, notes: set) -> set | None:
    """The notes in a box holding notes and nothing else with text, or None. A child set like a cited note beside it
    (same tag and class) is one too: a note cited only from a line too short to count as a sentence ("See our
    report[5].") still stands in the writer's list of notes."""
    children = list(box.iterchildren(etree.Element))
    kinds = {(child.tag, child.get("class")) for child in children if child in notes}
    alike = {child for child in children if child not in notes and (child.tag, child.get("class")) in kinds}
    if all(child in notes or child in alike or not text_of(child).strip() for child in children):
        return alike
    return None


def _cites(link) -> bool:
    named = link.get("role") == _NOTE_REFERENCE_ROLE or bool(set((link.get("class") or "").split())
                                                               & _NOTE_REFERENCE_CLASSES)
    if not named and _MARKER.match("".join(text_of(link).split())) is None:
        return False
    paragraph = next(link.iterancestors(*_PARAGRAPH_TAGS), None)
    # A link its generator names a note reference cites from a line of any length ("See our report [2].").
    return paragraph is not None and (named or len(text_of(paragraph)) >= _CITING_PARAGRAPH_CHARS)
