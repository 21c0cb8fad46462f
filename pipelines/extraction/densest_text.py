"""Where the article's text lies before pruning: the densest text on the page, with readers' comments, dialogs, the
post's metadata boxes, the page footer and a hero box's cut-off copy of its opening set aside."""
from __future__ import annotations

import re

from . import xpaths
from .ancestry import has_descendant, within
from .hints import ClassIndex, attribute_words, names_post_metadata, without_post_taxonomy
from .text import FOLDED_WORD, fold, text_of

_POST_METADATA_CHARS = 400
# Class or id words of the page's footer, which holds the site's legal notice.
_FOOTER_WORDS = frozenset({"footer", "copyright"})
# A footer's notices and about-boxes run to a few paragraphs; a text running longer is an article the page sets in
# a <footer> element.
_FOOTER_NOTICE_CHARS = 2500
# A lead shown again in a hero box is a sentence or more: a shorter line repeated (a subheading) says nothing.
_COPY_CHARS = 80
# A copy cut off at a length stops inside a sentence, on a word or a comma; it is most of its box's text.
_COPY_SHARE = 0.5
_CUT_OFF = re.compile(r"[^\W_],?$")
# Elements that hold text of their own on pages without <p> (blog engines, old table layouts), and the
# inline elements whose text counts as theirs (xpaths.INLINE_TAGS).
_TEXT_OWNERS = ("div", "td", "section", "article", "span", "font", "blockquote")
# A hidden element holding this much text may be a copy of the text the page shows (a paywall's or a print view's);
# runs of this many words, taken at a few places in it, tell whether the page shows the same words elsewhere.
_HIDDEN_COPY_CHARS = 500
_COPY_RUN_WORDS = 12
_COPY_RUNS = 3
# A line of this many words is a sentence of the post's, no label a hero box may share by chance.
_OPENING_WORDS = 6
# Classes WordPress' post_class gives the post's own wrapper, whatever element a theme sets it on.
_POST_WRAPPER_CLASSES = frozenset({"hentry", "type-post"})


def hidden_dialog(element) -> bool:
    """A hidden element too short to be the rest of an article kept behind a paywall: a dialog or a message the
    page's script shows on an event (a cookie consent, "Thanks for signing up!"), never the article's text."""
    return len(text_of(element)) < _HIDDEN_COPY_CHARS


def copy_of_shown_text(element, page) -> bool:
    """A hidden element whose text the page shows again outside it: a second copy of the article kept for a paywall
    or a print view, which may hold the most text on the page and so look like the article itself. Hidden text the
    page does not show elsewhere (the rest of an article behind a paywall) is not this."""
    words = FOLDED_WORD.findall(text_of(element))
    if len(words) < _COPY_RUNS * _COPY_RUN_WORDS or sum(map(len, words)) < _HIDDEN_COPY_CHARS:
        return False
    # Words, not spacing, compare: paragraphs set edge to edge run their text together.
    shown = f' {" ".join(FOLDED_WORD.findall(text_of(page)))} '
    step = len(words) // (_COPY_RUNS + 1)
    runs = [f' {" ".join(words[step * n:step * n + _COPY_RUN_WORDS])} ' for n in range(1, _COPY_RUNS + 1)]
    # The page's text holds the hidden copy once: a run found twice is shown outside it too. Most runs, not one: a
    # hidden rest of an article may open with the lines its shown teaser ends on.
    return sum(shown.count(run) >= 2 for run in runs) >= 2


def post_metadata(classes: ClassIndex) -> list:
    """The boxes a blog theme prints a post's date, categories and feed notes in, by their class ("postmetadata",
    "entry-meta", "entry-utility"); one holding more than a few lines is the theme's wrapper of more than that."""
    return [el for el, lowered, _ in classes.entries
            if "meta" in lowered or "utility" in lowered or "footer" in lowered
            if names_post_metadata(el.get("class") or "") and len(text_of(el)) <= _POST_METADATA_CHARS]


def drop_cut_off_copy(densest, page, left_out, hidden):
    """The element holding the whole text when the densest, or a paragraph of it, is a cut-off copy of its opening (a
    page's hero box repeating the post's first lines up to "... find out what"): a post written mostly as a list
    weighs less than its own lead shown again. The copy is dropped (the text has its words), the text is the nearest
    element beside the copy whose text runs on from it."""
    if densest is None:
        return densest
    openings = box_chars = None
    for shown in (densest, *densest.iter("p")):
        text = text_of(shown).strip()
        if not _CUT_OFF.search(text):  # most texts end on a full stop: no fold needed to tell
            continue
        copy = fold(text)
        if box_chars is None:  # folded only on a page with a cut-off text: a whole page's text folds slowly
            box_chars = len(copy) if shown is densest else len(fold(text_of(densest)))
        # The copy is what the box shows (a hero's lead beside its headline), not one paragraph of a text.
        if len(copy) < max(_COPY_CHARS, _COPY_SHARE * box_chars) or has_descendant(shown, "h1"):
            continue
        if openings is None:  # read once, and only on a page whose densest text may be a copy
            # A script's hidden copy of the post is no text the page shows.
            beside = {densest, *densest.iterancestors(), *densest.iter(), *left_out,
                      *(el for box in hidden for el in box.iter())}
            openings = [(el, fold(text_of(el))) for el in page.iter("p", "h2", "h3", "h4", "h5", "h6", "li")
                        if el not in beside]
        whole = next((holder for opening, folded in openings if folded and copy.startswith(folded)
                      for holder in [_text_running_on(opening, copy, beside)] if holder is not None), None)
        if whole is not None:
            shown.drop_tree()
            return whole
    return densest


def _text_running_on(opening, copy: str, beside):
    """The nearest element from `opening` up, outside `beside`, whose text starts with `copy` and runs on; None when
    none does before the text parts from the copy."""
    for holder in (opening, *opening.iterancestors()):
        if holder in beside:
            return None
        whole = fold(text_of(holder))
        if len(whole) > len(copy) and whole.startswith(copy):
            return holder
        if not copy.startswith(whole):
            return None
    return None


def notice_footer(densest, densest_chars: int):
    """The page footer holding the densest text when that text is short (`densest_chars`): a footer's legal notice or
    about-box. None when the text runs longer than a footer's notices, or stands in no footer."""
    return _page_footer(densest) if densest_chars < _FOOTER_NOTICE_CHARS else None


def _page_footer(element):
    """The page footer holding `element` (a <footer>, or an element whose class or id says footer or copyright; a
    post's wrapper tagged "copyright" is none)."""
    for candidate in (element, *element.iterancestors()) if element is not None else ():
        if candidate.tag == "footer" or not _FOOTER_WORDS.isdisjoint(
                attribute_words(f"{without_post_taxonomy(candidate.get('class') or '')} {candidate.get('id') or ''}")):
            return candidate
    return None


def listed_post_text(page, densest, densest_chars: int, left_out, furniture=()) -> tuple:
    """The list holding the most words of the post's own wrapper, with their length, when the densest text stands
    outside every post wrapper, or in a box whose class names furniture (`furniture`, a call-to-action's pitch under
    the post) outside every list, and says less: a post written as lists under subheadings or as a list and short
    lines, whose items the densest count reads none of, beside a line the site sets outside the post (an archive's
    banner) or its sales box. Otherwise `densest` as it is."""
    if densest is None:
        return densest, densest_chars
    around = (densest, *densest.iterancestors())
    boxes = set(furniture)
    box = next((element for element in around if element in boxes), None)
    if box is not None and any(element.tag in ("ul", "ol") for element in box.iterancestors()):
        box = None  # a box among the post's own points (a picture's caption in a list item) is of the text they hold
    if box is None and any(wraps_post(element) for element in around):
        return densest, densest_chars
    best, best_chars, best_wrapper = densest, densest_chars, None
    for wrapper in xpaths.POST_WRAPPERS(page):
        for listing in wrapper.iter("ul", "ol"):
            if listing in left_out or (box is not None and within(listing, box)):
                continue
            chars = sum(_own_words_chars(item) for item in listing.iterchildren("li"))
            if chars > best_chars:
                best, best_chars, best_wrapper = listing, chars, wrapper
    # A hero box repeating the post's own opening is no line of the site's: drop_cut_off_copy gives it way to the whole
    # post, which the list alone is not.
    if best_wrapper is not None and _repeats_opening(densest, best_wrapper):
        return densest, densest_chars
    return best, best_chars


def _repeats_opening(densest, wrapper) -> bool:
    """True when the densest text (a hero box: its breadcrumb, kicker and headline over the copy) holds the first line
    of a sentence's length the post's wrapper shows."""
    opening = next((text for el in wrapper.iter("p", "h2", "h3", "h4", "h5", "h6", "li")
                    for text in [fold(text_of(el))] if len(text.split()) >= _OPENING_WORDS), None)
    return opening is not None and opening in fold(text_of(densest))


def wraps_post(element) -> bool:
    """The post's own wrapper: an <article>, or an element carrying WordPress' post classes."""
    return element.tag == "article" or not _POST_WRAPPER_CLASSES.isdisjoint((element.get("class") or "").split())


def _own_words_chars(item) -> int:
    """The length of a list item's words but for its links: a menu's items are links, a post's points are not."""
    chars = len((item.text or "").strip())
    for child in item:
        if child.tag in xpaths.INLINE_TAGS:
            chars += len(text_of(child).strip())
        chars += len((child.tail or "").strip())
    return chars


def densest_text_parent(page, left_out=frozenset()) -> tuple:
    """The element whose own text and its paragraphs' (<p>, or <div>s and <br> lines on blog engines) is the
    most, `left_out` elements aside: the likely article body; with that text's length."""
    own: dict = {}
    for element in page.iter("p", *_TEXT_OWNERS):
        if element in left_out:
            continue
        text = element.text
        chars = len(text.strip()) if text else 0
        for child in element:
            if child.tag in xpaths.INLINE_TAGS:  # a comment's tag is a function, in no set of names
                chars += len(text_of(child).strip())
            tail = child.tail
            if tail:
                chars += len(tail.strip())
        if chars:
            own[element] = own.get(element, 0) + chars
            parent = element.getparent()
            if parent is not None:
                own[parent] = own.get(parent, 0) + chars
    densest = max(own, key=own.get) if own else None
    return densest, own.get(densest, 0)
