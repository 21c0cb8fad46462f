"""Remove the parts of a page that never hold article text: scripts, navigation, forms, furniture."""
from __future__ import annotations

import re

from . import xpaths
from .hints import ClassIndex
from .text import text_of

_CODE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_MAX_FURNITURE_TEXT = 120
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W\d_]")
_CLASS_WORDS = re.compile(r"[\s_-]+")
# A container holding this share of the page's paragraph text is the article, whatever its class says.
_PROTECTED_SHARE = 0.5
# A paragraph beside a picture that makes the picture part of a text.
_PARAGRAPH_CHARS = 25
# Paragraphs of prose a furniture box must hold directly to be the article's text run into a box left open.
_RUN_INTO_PARAGRAPHS = 3
_PROSE_PARAGRAPH_CHARS = 80
# Elements that hold text of their own on pages without <p> (blog engines, old table layouts), and the
# inline elements whose text counts as theirs.
_TEXT_OWNERS = ("div", "td", "section", "article", "span", "font", "blockquote")
_INLINE_TAGS = frozenset({"b", "i", "em", "strong", "span", "font", "u", "small", "sup", "sub", "abbr", "cite", "q",
                          "mark", "code"})


def prune_tree(root, classes: ClassIndex) -> set[str]:
    """Drop non-content elements in place, keeping tails; return the folded texts of the furniture dropped.

    A text the page also shows inside furniture (a second sign-up box, a repeated contact line) is
    furniture wherever it appears.
    """
    for element in list(root.iter(*_CODE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    paragraph_chars = {p: len(text_of(p)) for p in root.iter("p")}
    total = sum(paragraph_chars.values()) or 1
    page = root.find("body")
    densest = _densest_text_parent(page if page is not None else root)
    article_path = [densest, *densest.iterancestors()] if densest is not None else []
    # An article split by an ad repeats its container's class: those twins are article too.
    article_classes = {el.get("class") for el in article_path} - {None, ""}
    pictures = _captioned_pictures(classes)

    def protected(element) -> bool:
        if element.tag in ("html", "body", "main", "article") or any(a is element for a in article_path):
            return True
        # Block editors set an article's tables in <figure> (WordPress "wp-block-table").
        if element.tag == "figure" and element.find(".//table") is not None:
            return True
        if element.get("class") in article_classes or element in pictures or _within_any(element, pictures.values()):
            return True
        inside = sum(paragraph_chars.get(p, 0) for p in element.iter("p"))
        return inside / total >= _PROTECTED_SHARE or element.find(".//h1") is not None

    doomed = [el for el in root.iter(*xpaths.NON_CONTENT_TAGS)]
    doomed += classes.hidden
    # A link set inside a sentence is a word of it whatever its class says ("keywords", "meta-loc" on a linked
    # place name): dropping it would cut the sentence.
    doomed += [el for el in classes.furniture() if not _inside_sentence(el)]
    furniture_texts: set[str] = set()
    for element in doomed:
        if element.getparent() is None or _detached(element):
            continue
        if protected(element):
            continue
        opened = _text_run_into(element)
        for part in (list(element)[:opened] if opened else [element]):
            furniture_texts.update(_block_texts(part))
            part.drop_tree()
    for picture, caption in pictures.items():
        for child in list(picture):
            if child is not caption and not _within_any(caption, (child,)):
                child.drop_tree()  # the picture, an embed's address: only the caption is text
    return furniture_texts


def _inside_sentence(element) -> bool:
    """A link with words before it and text after it in its parent: part of a running sentence."""
    if element.tag != "a" or not element.tail or not element.tail.strip():
        return False
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return _WORD.search(before) is not None


def _text_run_into(element) -> int | None:
    """Where the article's paragraphs start inside a furniture box that the page left open (an unclosed
    "cta" <div> after the third paragraph swallows the rest of the text): the index of its first child paragraph
    when it holds several paragraphs of prose directly, as the article around it does; None for a closed box."""
    if element.tag not in ("div", "section"):
        return None
    prose = [i for i, child in enumerate(element) if _is_prose_paragraph(child)]
    parent = element.getparent()
    if len(prose) < _RUN_INTO_PARAGRAPHS or parent is None \
            or not any(_is_prose_paragraph(sibling) for sibling in parent.iterchildren("p")):
        return None
    return prose[0]


def _is_prose_paragraph(element) -> bool:
    if element.tag != "p":
        return False
    text = len(element.text_content().strip())
    linked = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return text >= _PROSE_PARAGRAPH_CHARS and linked < 0.5 * text


def is_caption(element) -> bool:
    """A picture's caption: <figcaption>, or a class naming a caption ("wp-caption-text")."""
    if element.tag == "figcaption":
        return True
    return any(word.startswith("caption") for word in _CLASS_WORDS.split((element.get("class") or "").lower()))


def _captioned_pictures(classes: ClassIndex) -> dict:
    """The captioned pictures the writer set among a text's paragraphs, each with its caption: a block whose class
    names a caption (WordPress' "wp-caption") holding the caption itself, beside a paragraph of text. Such a
    caption is the article's text, as readability and the page's own body element have it; a picture above the
    text (a lead image) or in a teaser is not.
    """
    found = {}
    for element, class_names, _ in classes.entries:
        if "caption" not in class_names or not is_caption(element) or element.getparent() is None:
            continue
        caption = next((el for el in element.iterdescendants() if isinstance(el.tag, str) and is_caption(el)), None)
        if caption is not None and _beside_paragraph(element):
            found[element] = caption
    return found


def _beside_paragraph(element) -> bool:
    siblings = [*element.itersiblings(preceding=True), *element.itersiblings()]
    return any(s.tag == "p" and len(s.text_content().strip()) >= _PARAGRAPH_CHARS for s in siblings)


def _within_any(element, containers) -> bool:
    return any(c is element or any(a is c for a in element.iterancestors()) for c in containers)


def fold(text: str) -> str:
    """Text compared for sameness: case, spacing and punctuation ignored."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _block_texts(element):
    for part in element.iter("p", "li", "h2", "h3", "h4"):
        text = text_of(part)
        if 10 <= len(text) <= _MAX_FURNITURE_TEXT:
            folded = fold(text)
            if folded:
                yield folded


def _detached(element) -> bool:
    """True when an ancestor was already dropped (lxml keeps detached subtrees alive)."""
    for ancestor in element.iterancestors():
        if ancestor.getparent() is None:
            return ancestor.tag != "html"
    return False


def _densest_text_parent(page):
    """The element whose own text and its paragraphs' (<p>, or <div>s and <br> lines on blog engines) is the
    most: the likely article body."""
    own: dict = {}
    for element in page.iter("p", *_TEXT_OWNERS):
        chars = len((element.text or "").strip())
        for child in element:
            if isinstance(child.tag, str) and child.tag in _INLINE_TAGS:
                chars += len(text_of(child).strip())
            chars += len((child.tail or "").strip())
        if chars:
            own[element] = own.get(element, 0) + chars
            parent = element.getparent()
            if parent is not None:
                own[parent] = own.get(parent, 0) + chars
    return max(own, key=own.get) if own else None
