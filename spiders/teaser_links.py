"""What a link on a listing is by where it stands: a teaser's headline, a card's section or writer label, a link in or
opening the writer's sentence, or the link closing an entry's excerpt ("Read more") under the entry's headline; and a
link's words (element_text), read fast."""
from __future__ import annotations

import re

from lxml import etree

from news_archive.spiders.navigation_regions import HEADINGS, NavigationRegions

INLINE_TAGS = {"strong", "b", "em", "i", "span", "u", "mark", "small"}
TEASER_MIN_WORDS = 4
LABEL_RELS = {"author", "tag"}  # what HTML says these links lead to: the writer's page, a topic's listing
# Classes themes give the label naming a post's section or writer in its card ("<span class="category"><a>Office of
# Emergency Management</a></span>"): the section's or writer's page, not a headline. Whole tokens only: WordPress
# classes every post's wrapper "category-<slug>".
LABEL_CLASSES = {"category", "categories", "cat-links", "post-categories", "entry-categories", "tags", "tag-links",
                 "byline", "author", "entry-author"}
# A link's line runs on for more words than this after it: a sentence the link opens, no headline's byline or label.
SENTENCE_AFTER_LINK_WORDS = 3
DATE_LINE_WORDS = 4  # "Mon, 3 March 2024 –" before a headline on its line: its date, no sentence
ENTRY_LEVELS = 3  # the excerpt's paragraph and two elements around it: an entry's headline is no further away
ENTRY_HEADERS = HEADINGS | {"header"}  # what an entry's headline stands in: a heading, or a <header> holding one
WORD = re.compile(r"\w+")


def element_text(element: etree._Element) -> str:
    """The element's text content (what lxml's text_content() gives); read straight from the element when it holds
    nothing but text, as most links do. text_content() runs an XPath query each time, on every link of every page:
    libxml2's text serialisation collects the same text nodes in a fifth of the time."""
    if not len(element):
        return element.text or ""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def is_teaser_link(anchor: etree._Element, text: str, regions: NavigationRegions) -> bool:
    """True for a headline link (in or around a heading, or a sentence long), not a one-word label or menu entry.

    `text`: the link's words, `regions`: its page's NavigationRegions, which knows the headings above it."""
    if LABEL_RELS.intersection((anchor.get("rel") or "").lower().split()):
        return False  # "by <a rel=author>A. Writer, Some University</a>": its author's page, however many words
    if in_label(anchor):
        return False
    if len(text.split()) >= TEASER_MIN_WORDS:
        return True
    if text.isdigit():
        return False  # a year or a page number in a heading heads an archive or a pager, not a story
    # lxml picks the headings out in C, and a link with nothing but text holds none: a listing's pager asks this
    # of a hundred links a page.
    if anchor.tag in HEADINGS or (len(anchor) and next(anchor.iter(*HEADINGS), None) is not None):
        return True
    return regions.under_heading(anchor)


def in_label(anchor: etree._Element) -> bool:
    """The link stands in a card's section or writer label: an inline element classed so, around the link alone, or
    a line of its own classed so that shows the link's words alone ("<p class="entry-author"><a>A. Writer</a></p>")."""
    parent = anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        if LABEL_CLASSES.intersection((parent.get("class") or "").lower().split()):
            return True
        parent = parent.getparent()
    return parent is not None and parent.tag in ("p", "div") \
        and bool(LABEL_CLASSES.intersection((parent.get("class") or "").lower().split())) \
        and element_text(parent).split() == element_text(anchor).split()


def inside_sentence(anchor: etree._Element) -> bool:
    """True for a link in the middle of a paragraph's running text: the writer's own words come before it on its
    line ("The weekend is held online. <a>Further details and registration</a>."). A listing showing its posts in
    full links schedules, forms and results from their text; a teaser's headline opens its line, or follows its
    date ("3 mars 2024 – <a>…</a>"), and links side by side (a row of labels and headlines) are no sentence."""
    element, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        element, parent = parent, parent.getparent()
    if parent is None or parent.tag != "p":
        return False
    before = []  # the line's text before the link, nearest first; other links' words left out
    previous = element.getprevious()
    while previous is not None and previous.tag != "br":
        before.append(previous.tail or "")
        if isinstance(previous.tag, str) and previous.tag != "a":
            before.append(element_text(previous))
        previous = previous.getprevious()
    if previous is None:
        before.append(parent.text or "")
    words = WORD.findall(" ".join(before))
    return bool(words) and not (len(words) <= DATE_LINE_WORDS and any(word.isdigit() for word in words))


def entry_headline(anchor: etree._Element) -> str | None:
    """The headline of the entry the link closes: the one heading, linking nowhere, of the nearest element around
    the link's line that holds a heading (`<li><h1>Title</h1><p>byline</p><p>excerpt <a>Read more</a></p></li>`).
    None where the nearest holds several headings or a linked one, or none is near: an item printed whole under a
    line of text, its closing links leading to the work it names ("[Code]", "[Project website]"); and None where a
    headline linking a page stands before that element: the entry's own headline links its page, the heading found is
    a subtitle of its text, and the label a link of that text (a blog's listing showing its posts whole, each ending
    "Read more <a>here</a>" to another page of the site)."""
    node = anchor.getparent()
    for level in range(ENTRY_LEVELS):
        if node is None:
            return None
        headings = [element for element in node.iter(*HEADINGS) if element is not node]
        if headings:
            if len(headings) > 1 or next(headings[0].iter("a"), None) is not None:
                return None
            if _linked_headline_before(node, ENTRY_LEVELS - level):
                return None
            return " ".join(element_text(headings[0]).split()) or None
        node = node.getparent()
    return None


def _linked_headline_before(node: etree._Element, levels: int) -> bool:
    """True when an element before `node`, or before one of the `levels` - 1 elements around it, is a heading holding
    a link, or a <header> holding one: the headline of the entry `node` is part of."""
    for _level in range(levels):
        if node is None:
            return False
        for earlier in node.itersiblings(preceding=True):
            if earlier.tag in ENTRY_HEADERS and any(
                    heading.find(".//a[@href]") is not None
                    for heading in (earlier.iter(*HEADINGS) if earlier.tag == "header" else (earlier,))):
                return True
        node = node.getparent()
    return False


def opens_a_sentence(anchor: etree._Element) -> bool:
    """True for a link opening a paragraph's sentence that runs on after it ("<a>NSS 3.1</a> is available for download
    from the FTP site."): the subject of the writer's sentence, not a headline, which closes its line or is followed
    by its date or a word or two ("– 3 March 2024", "(video)")."""
    element, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        element, parent = parent, parent.getparent()
    if parent is None or parent.tag != "p":
        return False
    after = [element.tail or ""]
    following = element.getnext()
    while following is not None and following.tag != "br":
        after += [element_text(following) if isinstance(following.tag, str) else "", following.tail or ""]
        following = following.getnext()
    words = WORD.findall(" ".join(after))
    return len(words) > SENTENCE_AFTER_LINK_WORDS and not (len(words) <= DATE_LINE_WORDS
                                                             and any(word.isdigit() for word in words))


def closes_its_line(anchor: etree._Element) -> bool:
    """True for a link after which its line holds no more words: the "Read more" closing a teaser's excerpt."""
    element, parent = anchor, anchor.getparent()
    while parent is not None and parent.tag in INLINE_TAGS:
        element, parent = parent, parent.getparent()
    after = [element.tail or ""]
    following = element.getnext()
    while following is not None and following.tag != "br":
        after += [element_text(following) if isinstance(following.tag, str) else "", following.tail or ""]
        following = following.getnext()
    return not WORD.search(" ".join(after))
