"""The texts a page shows in its furniture, folded: gathered as pruning drops the furniture, read by the body to
drop blocks that repeat them."""
from __future__ import annotations

from . import xpaths
from .text import fold, text_of

_MAX_FURNITURE_TEXT = 120
# Marks a furniture text shown only as a link (a menu's entry, a tag or a person in the post's taxonomy list).
_LINKED = "\0"
# Marks the headline of a card linked whole (an <a> around its picture and headline): a page the box points to.
_CARD_HEADLINE = "\1"
_HEADLINE_TAGS = frozenset({"h2", "h3", "h4"})


def furniture_texts_of(box, anchors: frozenset[str], own_headline: str) -> set[str]:
    """The folded texts of a furniture box about to go (`anchors`: the page's, `page_anchors`). The post itself shown
    again in a side box (under `own_headline`, folded): its lines are the post's, but for its headline."""
    texts = _block_texts(box, anchors)
    if _shows_headline(box, own_headline):
        return {t for t in texts if t.lstrip(_LINKED) == own_headline}
    return set(texts)


def _shows_headline(element, headline: str) -> bool:
    """The element holds a heading showing the page's headline (folded): the post itself, shown again."""
    return bool(headline) and any(fold(text_of(h)) == headline for h in element.iter(xpaths.HEADING_TAGS))


def _block_texts(element, anchors: frozenset[str]):
    for part in element.iter("p", "li", "h2", "h3", "h4"):
        text = text_of(part)
        if 10 <= len(text) <= _MAX_FURNITURE_TEXT and not _contents_entry(part, text, anchors) \
                and not _quoted(part, element):
            folded = fold(text)
            if folded:
                # a card linked whole (<a> around its picture and headline) shows its headline as a link too
                linked = _inside_link(part, element) or fold(" ".join(text_of(a) for a in part.iter("a"))) == folded
                yield _LINKED + folded if linked else folded
                if part.tag in _HEADLINE_TAGS and _inside_link(part, element):
                    yield _CARD_HEADLINE + folded


def _quoted(part, box) -> bool:
    """The part stands in a quotation within the box: a reader's reply quoting the post's subheading, a box quoting a
    line of the text. Quoting the text makes it no furniture."""
    for ancestor in part.iterancestors():
        if ancestor is box:
            return False
        if ancestor.tag in ("blockquote", "q"):
            return True
    return False


def _inside_link(part, box) -> bool:
    """The part stands inside a link within the box."""
    for ancestor in part.iterancestors():
        if ancestor.tag == "a":
            return True
        if ancestor is box:
            return False
    return False


def in_furniture(block_text: str, linked: bool, furniture_texts) -> bool:
    """The block repeats a text the page shows in its furniture: a plain text anywhere, one the furniture only links
    (a menu's entry, a name in the post's list of people) unless the block is an unlinked point of the writer's list
    (`linked` False: a book's authors, whom the site's taxonomy links)."""
    folded = fold(block_text)
    return folded in furniture_texts or (linked and _LINKED + folded in furniture_texts)


def names_a_card(block_text: str, furniture_texts) -> bool:
    """The furniture shows the block's words as the headline of a card linked whole (a related story or event),
    never as plain text."""
    folded = fold(block_text)
    return folded not in furniture_texts and _CARD_HEADLINE + folded in furniture_texts


def page_anchors(root) -> frozenset[str]:
    """The ids and anchor names on the page: where its own "#..." links lead."""
    return frozenset(el.get("id") or el.get("name") for el in root.iter()
                     if isinstance(el.tag, str) and (el.get("id") or (el.tag == "a" and el.get("name"))))


def _contents_entry(part, text: str, anchors: frozenset[str]) -> bool:
    """An entry of the page's table of contents: wholly one link to a place on the page ("#q4-progress"). It
    repeats the text's own subheading, which the text keeps though the contents beside it are furniture."""
    links = list(part.iter("a"))
    return len(links) == 1 and (links[0].get("href") or "").startswith("#") \
        and links[0].get("href")[1:] in anchors and text_of(links[0]).strip() == text.strip()
