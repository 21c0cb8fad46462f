"""Where the page shows a title it states (<title>, og:title, JSON-LD): a heading or an element named a title showing it
whole or in part, its form as printed (quote marks and dashes as a reader sees them), an element of the body showing
it whole however styled, a styled line of its own above the text's first heading."""
from __future__ import annotations

from itertools import islice

from lxml import etree

from .heading_reading import heading_text
from .xpaths import HEADING_TAGS, NOT_A_HEADLINE_LINE

# Typographic quote marks and dashes, and the plain marks typed for them.
_TYPOGRAPHIC_MARKS = str.maketrans(dict.fromkeys("‘’‚‛", "'") | dict.fromkeys("“”„‟", '"') | dict.fromkeys("–—‒―", "-"))
# Folded characters a headline's text needs to count as the part of a stated title it is (not "News", "About").
_MIN_SHOWN_PART = 12
# Where a stated title shows as a headline: a heading, or an element its class or itemprop calls one.
_SHOWN_TITLES = etree.XPath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6 | //*[@itemprop='headline']"
                            " | //*[contains(@class, 'title') or contains(@class, 'headline')]")
# The element a headline's first words open, and the boxes around it up to this many levels, may hold it whole.
_BOXES_AROUND = 3


def titled_elements(root) -> list:
    """The headings, and the elements named a title or headline (`<p class="title">` in a Bulma theme's hero)."""
    return _SHOWN_TITLES(root)


def shown_form(root, title: str) -> str:
    """The text of a heading or an element named a title that shows the stated title but for its quote marks and
    dashes (metadata a generator "smartened" to curly quotes over a headline printed with straight ones): the
    headline as a reader sees it. "" when none."""
    wanted = _plain_marks(title)
    return next((text for text in map(heading_text, titled_elements(root)) if _plain_marks(text) == wanted), "")


def _plain_marks(text: str) -> str:
    return " ".join(text.translate(_TYPOGRAPHIC_MARKS).split())


def shown_as_headline(root, title: str, fold, weighed: str = "") -> bool:
    """A heading or an element named a title or headline shows the stated title: its text is the title's, or a part
    of it (the title adds a site name or a kicker). `fold` compares. The heading weighed against the title
    (`weighed`) showing a part of it does not count: the title is then an editor's longer search-engine form of
    the headline the page shows ("A guide to X for Y" over the heading "X for Y")."""
    wanted = fold(title)
    if not wanted:
        return False
    apart = fold(weighed) if weighed else ""
    for element in titled_elements(root):
        shown = fold(heading_text(element))
        if apart and shown == apart and shown != wanted:
            continue
        if shown == wanted or (len(shown) >= _MIN_SHOWN_PART and shown in wanted):
            return True
    return False


def shows_title(root, title: str, fold) -> bool:
    """An element of the page's body shows the stated title whole: its headline, whatever it is set in (a heading, a
    styled line, a heading linking to the page itself). Not a link, a menu's or a list's item (a breadcrumb's last
    step names the page, so does a box of recent posts), nor a <title> a script-built page prints in its body.
    `fold` compares."""
    wanted = fold(title)
    body = root.find("body")
    if not wanted or body is None:
        return False
    for element in body.iter():
        # The headline's first words are the text an element opens with: look at it and the few boxes around it.
        # Most elements open on no text or on a line break and indent only, which no fold need be asked to tell.
        opening = element.text
        if not opening or opening.isspace():
            continue
        own = fold(opening) if isinstance(element.tag, str) else ""
        if not own or not wanted.startswith(own):
            continue
        for holder in (element, *islice(element.iterancestors(), _BOXES_AROUND)):
            if holder.tag in NOT_A_HEADLINE_LINE:
                continue  # a headline linking to the page itself: the heading around the link shows it
            if any(ancestor.tag in NOT_A_HEADLINE_LINE for ancestor in holder.iterancestors()):
                break
            shown = fold(heading_text(holder))
            if shown == wanted:
                return True
            if len(shown) > len(wanted):
                break
    return False


def shown_alone_above(root, title: str, heading: str, fold) -> bool:
    """An element of its own above the heading `heading` shows the stated title whole: the headline set as a styled
    line (a <span> or <div> classed by a CSS-in-JS hash, no heading), the text's first heading under it a subtitle."""
    wanted = fold(title)
    if not wanted or wanted == fold(heading):
        return False
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in HEADING_TAGS and heading_text(element) == heading:
            return False
        if any(isinstance(child.tag, str) for child in element) or fold(element.text or "") != wanted:
            continue
        if not any(ancestor.tag in NOT_A_HEADLINE_LINE for ancestor in element.iterancestors()) \
                and element.tag not in NOT_A_HEADLINE_LINE:
            return True
    return False
