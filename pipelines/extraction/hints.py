"""Classify elements by the words of their class and id attributes, in one pass over the page."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right

from lxml import etree

from news_archive.archive.cms_classes import LAYOUT_SETTING_CLASS

from . import xpaths
from .cross_references import cross_referenced_ids
from .heading_anchors import is_own_subheading, names_own_heading
from .text import text_of

_CAMEL_CASE = re.compile(r"([a-z])([A-Z])")
_ALPHANUMERIC_RUN = re.compile(r"[A-Za-z0-9]+")
_DIGIT = re.compile(r"\d")
# A run of letters and digits changing case this often is a machine-made key ("block-id-n1AuAdJlVL"), not words in
# camelCase: split, its pieces would spell furniture words by chance ("Ad").
_KEY_CASE_CHANGES = 2
# The attributes the index reads: an element with none of them (most of a page's) is passed over at once.
_INDEXED = frozenset({"class", "id", "hidden", "style", "itemprop", "itemtype", "pubdate", "data-published", "rel"})
_SINGLING_OUT = _INDEXED - {"class", "id"}
# A quote card's quote says a sentence or more, and is most of the card's text (the rest: the person's name).
_QUOTE_CARD_CHARS = 80
# The ending of a word saying what an element's text allows ("shareable"), which names no box of furniture.
_ALLOWS = ("able",)
_QUOTE_CARD_SHARE = 0.6


class ClassIndex:
    """Every element carrying a class or id, with its lowercased class string; built once per page.

    The same walk collects the elements other attributes single out (hidden, publication dates, author links):
    one walk over the tree costs less than one XPath search of it per kind.
    """

    def __init__(self, root):
        # Every element, held while the index lives (the whole extraction): lxml makes a new Python object for an
        # element each time a walk reaches it while no one holds one, through lxml.html's class lookup, which is
        # Python code; the extraction walks the page a dozen times.
        self.elements = list(root.iter(etree.Element))
        # Most pages set no code listing: then no element is in one, and furniture() asks no element's ancestors
        # (the extraction makes only <div> and <p> elements, never a <pre> or <code>).
        self._holds_code = next(root.iter(*_CODE_TAGS), None) is not None
        self.entries: list[tuple] = []  # (element, lowercased class attribute, id)
        self._class_attributes: list[str] = []  # as written, for furniture(): camelCase splits words
        self.hidden: list = []  # `hidden`, or an inline style that hides the element
        self.published: list = []  # itemprop datePublished/dateCreated, pubdate, data-published
        self.authors: list = []  # rel="author" or itemprop="author"
        self.comment_items: list = []  # microdata: itemprop="comment" or itemtype schema.org/Comment
        self._comments_and_forms: set | None = None
        self._naming_consent: list | None = None
        self._cross_referenced: frozenset[str] | None = None
        # The class strings in one text, NUL (which no attribute holds) between them, and where each starts: a scan
        # of it per substring finds the classed elements, where a search per element would cost a call each.
        lowered: list[str] = []
        self._class_starts = [0]
        for el in self.elements:
            names = el.keys()
            if not names or _INDEXED.isdisjoint(names):
                continue
            if "class" in names or "id" in names:
                classes = el.get("class") or ""
                lower = classes.lower()
                self.entries.append((el, lower, el.get("id") or ""))
                self._class_attributes.append(classes)
                lowered.append(lower)
                self._class_starts.append(self._class_starts[-1] + len(lower) + 1)
            if _SINGLING_OUT.isdisjoint(names):
                continue
            if "hidden" in names or ("style" in names and style_hides(el.get("style"))):
                self.hidden.append(el)
            itemprop = el.get("itemprop")
            if itemprop in xpaths.PUBLISHED_ITEMPROPS or not xpaths.PUBLISHED_ATTRIBUTES.isdisjoint(names):
                self.published.append(el)
            if itemprop == "author" or el.get("rel") == "author":
                self.authors.append(el)
            if itemprop in xpaths.COMMENT_ITEMPROPS \
                    or (el.get("itemtype") or "").lower().endswith(xpaths.COMMENT_ITEMTYPE_END):
                self.comment_items.append(el)
        self._classes = "\0".join(lowered)

    def with_class(self, substrings: tuple[str, ...], tags: frozenset[str] | None = None) -> list:
        """Elements whose class contains any of `substrings`, in document order."""
        # One str.find scan per substring: a regex of them all reads the text ten times slower.
        classes, starts, found = self._classes, self._class_starts, set()
        for substring in substrings:
            at = classes.find(substring)
            while at != -1:
                index = bisect_right(starts, at) - 1
                found.add(index)
                at = classes.find(substring, starts[index + 1])  # on from the next element's classes
        elements = (self.entries[index][0] for index in sorted(found))
        return [element for element in elements if tags is None or element.tag in tags]

    def leads(self, tags: frozenset[str] | None = None) -> list:
        """Elements whose class names a standfirst (`names_lead`), in document order."""
        # The substring scan finds every candidate (each word `names_lead` takes holds a lead word) at its low cost.
        return [element for element in self.with_class(_LEAD_SUBSTRINGS, tags)
                if names_lead(element.get("class") or "")]

    def furniture(self) -> list:
        """Elements whose class or id names page furniture (share bars, sign-ups, ads...) or hides them; none in a
        code listing, whose classes name its syntax ("token comment", "token tag"). The id of a figure the text
        refers to names what it shows ("fig-shared-buckets"), not furniture."""
        found = []
        for (el, _, element_id), classes in zip(self.entries, self._class_attributes):
            if self._set_in_code(el):
                continue
            if ((names_furniture(classes) or names_about_box(classes)) and not is_own_subheading(el, element_id)
                    and not _attributes_quote(el, classes) and not _quote_card(el, classes)) or (
                    element_id and names_furniture(element_id) and not names_own_heading(el, element_id)
                    and element_id not in self.cross_referenced):
                found.append(el)
        return found

    @property
    def cross_referenced(self) -> frozenset[str]:
        """The ids of the captioned figures and tables the text's sentences link to (cross_references.py)."""
        if self._cross_referenced is None:
            self._cross_referenced = cross_referenced_ids(self.elements)
        return self._cross_referenced

    def naming_consent(self) -> list:
        """Elements whose class or id names a cookie consent ("cookie-notice", "cn-cookie-bar", "consent-box"); a
        post's taxonomy classes ("category-cookies") name none."""
        # Pruning asks twice; the answer reads only the class and id strings the index holds, so it is found once.
        if self._naming_consent is None:
            self._naming_consent = []
            for el, lowered, element_id in self.entries:
                if "cookie" not in lowered and "consent" not in lowered and not _CONSENT_ID.search(element_id):
                    continue
                names = [name for name in lowered.split() if not name.startswith(xpaths.POST_TAXONOMY_PREFIXES)]
                words = [word for name in names + [element_id] for word in attribute_words(name)]
                if any(word.startswith(xpaths.CONSENT_PREFIXES) for word in words):
                    self._naming_consent.append(el)
        return list(self._naming_consent)

    def naming_comments(self) -> list:
        """Elements whose class or id names reader comments: the comment section, its list or one comment."""
        # Most attributes never mention comments: a substring test spares them the word split (ids are unique
        # per comment, "comment-4711", and would flood the cache).
        return [el for (el, lowered, element_id), classes in zip(self.entries, self._class_attributes)
                if (("comment" in lowered and names_comments(classes))
                    or ("omment" in element_id and names_comments(element_id))) and not self._set_in_code(el)]

    def _set_in_code(self, element) -> bool:
        return self._holds_code and _in_code(element)

    def comments_and_forms(self) -> set:
        """The page's forms, the elements naming reader comments and its comment items: nothing in them speaks
        for the post itself (a comment form's "Name" field, a commenter's name)."""
        if self._comments_and_forms is None:
            self._comments_and_forms = {el for el in self.elements if el.tag == "form"} \
                | set(self.naming_comments()) | set(self.comment_items)
        return self._comments_and_forms


# The page itself and its main content, which a layout's class names after the columns beside them.
_PAGE_TAGS = frozenset({"html", "body", "main"})
_CONSENT_ID = re.compile(r"cookie|consent", re.IGNORECASE)
_CODE_TAGS = ("pre", "code")


def _in_code(element) -> bool:
    """The element is set in a code listing: a syntax highlighter's "token comment" is a line of the code."""
    return element.tag in _CODE_TAGS or next(element.iterancestors(*_CODE_TAGS), None) is not None


def style_hides(style: str) -> bool:
    """An inline style that hides its element ("display: none")."""
    spaceless = style.replace(" ", "")
    return any(rule in spaceless for rule in xpaths.HIDDEN_STYLES)


_SEPARATORS = str.maketrans({"-": " ", "_": " "})


def _attributes_quote(element, classes: str) -> bool:
    """A "caption" straight after a <blockquote>, with no picture in it, names who said the quote ("— A. Berg,
    teacher"): the text's own line, not a picture's caption."""
    previous = element.getprevious()
    return previous is not None and previous.tag == "blockquote" \
        and any(word.startswith("caption") for word in attribute_words(classes)) \
        and next(element.iter("img", "picture", "svg", "video"), None) is None


def _quote_card(element, classes: str) -> bool:
    """A card named for a person ("author-card") that is mostly a <blockquote> of a sentence or more: a quote of the
    person the post is about set beside their picture ("<img><blockquote>"...," Anna Berg</blockquote>"), the text's
    own; a box presenting the post's writer tells who they are in a line or two of its own, not in a quote."""
    if not _names_person_only(classes):
        return False
    quoted = sum(len(text_of(quote).strip()) for quote in element.iter("blockquote")
                 if not any(a.tag == "blockquote" for a in quote.iterancestors()))
    return quoted >= _QUOTE_CARD_CHARS and quoted >= _QUOTE_CARD_SHARE * len(text_of(element).strip())


@functools.lru_cache(maxsize=4096)
def _names_person_only(attribute: str) -> bool:
    """Every word of the attribute naming furniture names the person the box shows ("author", "byline", "writer")."""
    words = [word for word in attribute_words(_naming_part(attribute))
             if word in xpaths.FURNITURE_WORDS or word.startswith(xpaths.FURNITURE_PREFIXES)]
    return bool(words) and all(word.startswith(xpaths.BYLINE_CLASSES) for word in words)


# A site's templates repeat the same few hundred class strings on every page: each is judged once per process.
@functools.lru_cache(maxsize=16384)
def names_furniture(attribute: str) -> bool:
    """True when a class or id attribute names furniture or hides the element.

    Blog engines list a post's author, categories and tags in the classes of the post's wrapper ("hentry
    category-social-media author-admin"): there they describe the post and name no furniture.
    """
    attribute = _naming_part(attribute)
    words = attribute_words(attribute)
    # A word saying what the element's own text allows ("selectionShareable" a mail client sets on a pasted paragraph)
    # names the text, not a bar of buttons beside it.
    if words_name_any(words, xpaths.FURNITURE_WORDS) \
            or any(word.startswith(xpaths.FURNITURE_PREFIXES) and not word.endswith(_ALLOWS) for word in words):
        return True
    lowered = attribute.lower()
    hidden = any(hiding_class(name) for name in lowered.split())
    return hidden and not xpaths.RESPONSIVE_SHOW.search(lowered)


def is_side_column(element) -> bool:
    """An element whose class or id names a side column ("sidebar-left", "region-sidebar-first"); a layout state of
    the main column or the page ("has-sidebar", "with--sidebar-second", Garland's <body class="sidebars">) names none.
    An <aside> alone is none: some themes set the article's own slideshow in their right column's <aside>."""
    if element.tag in _PAGE_TAGS:
        return False
    classes, element_id = element.get("class") or "", element.get("id") or ""
    # Most elements' names hold no such word: a substring test of the names as written spares them the naming part's
    # patterns and the word split (which only leave names out, so they find the word in no name lacking it).
    written = f"{classes} {element_id}".lower()
    if not any(word in written for word in xpaths.SIDE_COLUMN_WORDS):
        return False
    attribute = f"{_naming_part(classes)} {element_id}"
    lowered = attribute.lower()
    if not any(word in lowered for word in xpaths.SIDE_COLUMN_WORDS):
        return False
    return any(_names_side_column(name) for name in attribute.split())


def _names_side_column(name: str) -> bool:
    """One class name or id ending on a side column's word, or on it and the column's place ("sidebar-left",
    "region-sidebar-first"); not one going on to name a layout or a wrapper ("sidebar-layout",
    "content-sidebar-wrap")."""
    words = attribute_words(name)
    at = max((i for i, word in enumerate(words) if word in xpaths.SIDE_COLUMN_WORDS), default=None)
    return at is not None and all(word in xpaths.SIDE_COLUMN_PLACES for word in words[at + 1:])


@functools.lru_cache(maxsize=16384)
def names_about_box(classes: str) -> bool:
    """True when a class attribute names a box presenting the writer or the site (xpaths.ABOUT_BOX_WORDS)."""
    return not xpaths.ABOUT_BOX_WORDS.isdisjoint(attribute_words(_naming_part(classes)))


def _naming_part(attribute: str) -> str:
    """The names of a class or id attribute that may say what the element is: without a post wrapper's taxonomy
    classes ("hentry category-about author-admin" describe the post), a layout state, a neighbour's label, an editor's
    authorship mark, a layout setting ("page-layout-one-sidebar"), an aspect ratio ("wp-embed-aspect-16-9") or a picture's
    lack of a caption ("no-caption")."""
    attribute = without_post_taxonomy(attribute)
    if "-" in attribute or "_" in attribute:
        attribute = " ".join(name for name in attribute.split()
                             if not xpaths.LAYOUT_STATE_CLASS.fullmatch(name.lower())
                             and not LAYOUT_SETTING_CLASS.fullmatch(name.lower())
                             and not xpaths.NEIGHBOUR_CLASS.fullmatch(name.lower())
                             and not xpaths.EDITOR_AUTHORSHIP_CLASS.fullmatch(name.lower())
                             and not xpaths.ASPECT_RATIO_CLASS.fullmatch(name.lower())
                             and not xpaths.UNCAPTIONED_CLASS.fullmatch(name.lower()))
    return attribute


def without_post_taxonomy(attribute: str) -> str:
    """A class attribute less the names a post's wrapper gives its categories, tags and author ("post hentry
    category-about tag-copyright author-admin"): they describe the post, not what the element is."""
    if " " in attribute:
        names = attribute.lower().split()
        if not xpaths.POST_CLASSES.isdisjoint(names):
            attribute = " ".join(name for name in names if not name.startswith(xpaths.POST_TAXONOMY_PREFIXES))
    return attribute


def hiding_class(name: str) -> bool:
    """A lowercased class name that hides its element: "hidden", "sr-only", or a theme's prefixed "uk-hidden"."""
    return name in xpaths.HIDDEN_CLASSES or xpaths.PREFIXED_HIDDEN_CLASS.fullmatch(name) is not None


def attribute_words(attribute: str) -> tuple[str, ...]:
    """The lowercased words of a class or id attribute, split at spaces, "-", "_" and camelCase."""
    spaced = attribute if attribute.islower() else _camel_case_split(attribute)
    return tuple(spaced.lower().translate(_SEPARATORS).split())


@functools.lru_cache(maxsize=4096)
def names_post_metadata(attribute: str) -> bool:
    """A class or id naming the box a blog theme prints a post's own fields in ("postmetadata", "entry-meta",
    "md-post__meta", "entry-utility"), by a word or two words run together."""
    return words_name_any(attribute_words(attribute), xpaths.POST_METADATA_WORDS)


def words_name_any(words: tuple[str, ...], vocabulary: frozenset[str]) -> bool:
    """One of an attribute's words, or two adjacent ones run together ("entry-meta" as "entrymeta"), is in the
    vocabulary."""
    return any(word in vocabulary or (index and words[index - 1] + word in vocabulary)
               for index, word in enumerate(words))


@functools.lru_cache(maxsize=4096)
def names_screen_reader_text(classes: str) -> bool:
    """A lowercased class attribute naming text set for screen readers alone, which the page never shows ("sr-only",
    "screen-reader-text"), by a word or two run together."""
    return words_name_any(class_words(classes), xpaths.SCREEN_READER_WORDS)


def _camel_case_split(attribute: str) -> str:
    """The attribute with its camelCase words spaced ("articleBody" -> "article Body"), machine-made keys left
    whole."""
    spaced = _CAMEL_CASE.sub(r"\1 \2", attribute)
    # Most attributes hold no camelCase (the same string comes back) or no digit, which every key holds.
    if spaced is attribute or _DIGIT.search(attribute) is None:
        return spaced
    return _ALPHANUMERIC_RUN.sub(_split_run, attribute)


def _split_run(run) -> str:
    return run.group() if _is_key(run.group()) else _CAMEL_CASE.sub(r"\1 \2", run.group())


def _is_key(run: str) -> bool:
    return len(_CAMEL_CASE.findall(run)) >= _KEY_CASE_CHANGES and _DIGIT.search(run) is not None


# A site's class attributes repeat on every page, so their words are remembered; ids often name one page's post
# ("post-1234") and are read with `attribute_words`, as they would only fill the cache.
class_words = functools.lru_cache(maxsize=16384)(attribute_words)


_LEAD_SUBSTRINGS = tuple(sorted(xpaths.LEAD_WORDS))
# Bootstrap's grid of cards (other posts' teasers) is a "card-deck", no newsroom's deck.
_CARD_GRID = re.compile(r"(?<![\w-])card-deck(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=16384)
def names_lead(attribute: str) -> bool:
    """True when a class attribute names a standfirst: one of its words, split at camelCase or not ("leadText",
    "subTitle"), is a lead word, or one with an ending run on ("leadtext", "leadin", "intro2"). Tailwind's
    "leading-7" and an ad slot's "leaderboard" or "googleAd" name none, nor does Bootstrap's "card-deck" (a row of
    teaser cards)."""
    attribute = _CARD_GRID.sub(" ", attribute)
    words = {*class_words(attribute), *attribute.lower().translate(_SEPARATORS).split()}
    return any(_is_lead_word(word.rstrip("0123456789")) for word in words)


def classed_as_standfirst(element) -> bool:
    """The element, its holder, or the one inline element holding its whole text (a page builder's text block around a
    `<span class="ingress">`) is classed as the lead ("excerpt", "ingress", "article-lead"...)."""
    holders = (element, element.getparent(), sole_child(element))
    return any(holder is not None and names_lead(holder.get("class") or "") for holder in holders)


def sole_child(element):
    """The element's one child when it holds all of the element's text, else None."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
        return None
    return children[0]


def _is_lead_word(word: str) -> bool:
    return word in xpaths.LEAD_WORDS or any(word.endswith(ending) and word[:-len(ending)] in xpaths.LEAD_WORDS
                                            for ending in xpaths.LEAD_WORD_ENDINGS)


@functools.lru_cache(maxsize=16384)
def names_comments(attribute: str) -> bool:
    """True when a class or id attribute names reader comments ("comments", "commentlist", "comment-body"), not
    something about them (a count, a link, a form, a "recent comments" widget, the post's "comments-open" state)."""
    words = class_words(attribute)
    if not any(_comment_word(word) for word in words):
        return False
    return xpaths.COMMENT_ASIDE_WORDS.isdisjoint(words) \
        and not any(word.startswith(xpaths.COMMENT_ASIDE_PREFIXES) for word in words)


def _comment_word(word: str) -> bool:
    if not word.startswith(xpaths.COMMENT_WORD):
        return False
    rest = word[len(xpaths.COMMENT_WORD):]
    return not rest.removeprefix("s").startswith(xpaths.COMMENT_WORD_OTHER_ENDINGS)
