"""Lines a writer types into many posts ("Please report bugs on GitHub.", "Location: via Zoom, <link>"), told
apart from a block the template or a plugin adds to every post, which the site memory drops.

Both are plain paragraphs repeated across the source. What the writer typed sits in the post's own text element,
among the post's own paragraphs, and only the post's text follows it up to that element's end (or the widget or
picture its last line introduces). A template's or plugin's block stands in a slot of its own: outside the post's
text element (a strip above the footer), or before more furniture inside it (a sign-up box). A bar of share buttons
follows every post's text, the writer's last line as much as the template's block, and tells neither apart.
A plugin's block that is the last thing in the post's own element on every post looks like the writer's, and stays.

A line the writer sets inside a paragraph of the post's own (a greeting opening it, set apart by <br>s) is theirs
wherever it stands: a template adds its block as an element of its own, never as a line of the writer's paragraph.

A short post may hold nothing of its own in that element but the repeated line ("Click here for more information!"
under a standfirst the template prints above it): the line is still the writer's when it stands alone in the slot
where the source's other posts hold their own text (the same element of the template, see `slot`).
"""
from __future__ import annotations

from dataclasses import dataclass

from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.pipelines.extraction.links import all_lead_to_documents, clean_text
from news_archive.pipelines.extraction.social_bars import is_share_bar
from news_archive.pipelines.extraction.text import lines_at_breaks, text_of

# The elements a body line is set in.
LINE_TAGS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote")
LISTS = ("ul", "ol")


@dataclass(frozen=True)
class TextElement:
    """One element of a page holding body lines as its children."""
    lines: frozenset[str]  # the body lines among its children, whitespace collapsed
    closing: frozenset[str]  # those followed, up to the element's end, by nothing but the post's text
    slot: str = ""  # where the template puts it (see `slot`), the same on every page built from that template
    opening: frozenset[str] = frozenset()  # its first body line where it points to the post's file (_points_to_file)
    paragraph: bool = False  # one paragraph whose lines (set apart by <br>s) are body lines: all the writer's


def text_elements(page, paragraphs: list[str]) -> tuple[TextElement, ...]:
    """The elements of the page (its HTML, or a tree of it extraction has not pruned) that hold body lines as
    children, with their closing lines."""
    if len(paragraphs) < 2 or page is None:
        return ()
    root = parse_html(page)
    if root is None:
        return ()
    body = {clean_text(paragraph) for paragraph in paragraphs}
    body_text = " ".join(clean_text(paragraph) for paragraph in paragraphs)
    by_parent: dict = {}
    found = []
    for element in root.iter(*LINE_TAGS):
        text = clean_text(text_of(element))
        if text in body and element.getparent() is not None:
            by_parent.setdefault(element.getparent(), []).append((element, text))
        elif element.find(".//br") is not None:
            lines = {clean_text(line) for line in lines_at_breaks(element, breaks_only=True)} & body
            if len(lines) > 1:
                found.append(TextElement(frozenset(lines), frozenset(), slot(element), paragraph=True))
    followed = _OnlyTextFollows(body_text)
    for parent, children in by_parent.items():
        closing = frozenset(text for element, text in children if _closes(element, followed))
        first_element, first_line = children[0]
        opening = frozenset({first_line}) if _points_to_file(first_element) else frozenset()
        found.append(TextElement(frozenset(text for _, text in children), closing, slot(parent), opening))
    return tuple(found)


def writers_lines(elements: tuple[TextElement, ...], own: set[str],
                  own_slots: frozenset[str] = frozenset()) -> set[str]:
    """The repeated lines (not in `own`, whitespace collapsed) a writer typed: each closes a text element that
    also holds a line of the post's own, or stands alone in a slot where the source's posts hold their own lines
    (`own_slots`, see `slots_of_own_text`); or opens such an element pointing to the post's file (`_points_to_file`);
    or is a line of a paragraph that holds a line of the post's own."""
    return {line for element in elements
            if element.lines & own or (len(element.lines) == 1 and element.slot in own_slots)
            for line in (element.closing | (element.opening if element.lines & own else frozenset())
                         | (element.lines if element.paragraph and element.lines & own else frozenset())) - own}


def _points_to_file(element) -> bool:
    """The line links to files only ("» <a href=issue-8.pdf>View this newsletter as a PDF</a>"): opening the post's
    text, it points to the post's own document, which the posts of a series word alike and a template's box (a
    sign-up, a share bar) never links."""
    return all_lead_to_documents(a.get("href") or "" for a in element.iter("a"))


def slots_of_own_text(elements: tuple[TextElement, ...], own: set[str]) -> set[str]:
    """The slots of a page's elements that hold two or more body lines, one of them the post's own (`own`): where
    the template puts a post's text."""
    return {element.slot for element in elements
            if len(element.lines) > 1 and element.lines & own and not element.paragraph}


def slot(element) -> str:
    """An element's place in the page's template: its tag and classes under its ancestors' tags. Ancestors' classes
    and ids are left out, as templates mark them with the post's number or categories (`post-12 category-news`)."""
    ancestors = [ancestor.tag for ancestor in element.iterancestors() if isinstance(ancestor.tag, str)]
    classes = ".".join(sorted((element.get("class") or "").split()))
    return "/".join(reversed(ancestors)) + f"/{element.tag}.{classes}"


def _closes(element, followed: "_OnlyTextFollows") -> bool:
    """Whether only the post's text follows the element up to its text element's end (for an item of a list, the
    list's too): a line of the body, a list of them, markup without text, or a widget the line before introduces."""
    levels = [element]
    if element.tag == "li" and element.getparent() is not None and element.getparent().tag in LISTS:
        levels.append(element.getparent())
    return all(followed(level) for level in levels if level.getparent() is not None)


class _OnlyTextFollows:
    """Whether only the post's text follows an element among its siblings: each parent's children are read once,
    from the last, so a long text element costs one pass, not one per line."""

    def __init__(self, body_text: str):
        self.body_text = body_text
        self.answers: dict = {}  # child -> the answer

    def __call__(self, element) -> bool:
        if element not in self.answers:
            self._read(element.getparent())
        return self.answers[element]

    def _read(self, parent) -> None:
        children = [child for child in parent if isinstance(child.tag, str)]
        texts = [clean_text(text_of(child)) if child.tag not in ("script", "style") else "" for child in children]
        # The last child is no obstacle either when the text before it introduces it ("Join us on our server:").
        last_introduced = next((text for text in reversed(texts[:-1]) if text), "").endswith(":")
        clear = True  # every sibling after the current one is text of the body, or empty
        for index in range(len(children) - 1, -1, -1):
            self.answers[children[index]] = clear
            text = texts[index]
            # A bar of share buttons follows every post's text, its writer's last line or the template's block alike:
            # it tells neither.
            allowed = not text or text in self.body_text or (index == len(children) - 1 and last_introduced) \
                or is_share_bar(children[index])
            clear = clear and allowed
