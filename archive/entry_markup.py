"""What a page's <article> blocks say about it: its own entry, or a list of other pages' entries."""
from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from news_archive.archive.cms_classes import post_entries
from news_archive.archive.urls import is_probably_html, is_start_page, page_key

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A kicker or a date line may come before a teaser's headline; an article's text does not.
WORDS_BEFORE_HEADLINE = 12
# A post's own text runs longer than this (visible characters); an archive's description of its posts, if any, not.
OWN_TEXT_CHARS = 300
# A news page printing its posts whole shows a run of them; a post and one or two comments beside it are no run.
MIN_WHOLE_ENTRIES = 3
# Page chrome around the blocks: its words are not the page's own text.
CHROME_TAGS = ("nav", "aside", "header", "footer")
# A teaser's closing label says where it leads in a word or three ("Read more", "Lue lisää", "Läs mer »").
LABEL_WORDS = 3
# A card is the label's line and the elements around it, a few levels up at most, and holds a teaser's text at most.
CARD_LEVELS = 3
CARD_CHARS = 800
# A card's headline is a line of a few words (one is a button's or a box's label), ending on no full stop (its
# excerpt's sentences do); a first line of a few words, half of them numbers, is the card's date line above it.
CARD_HEADLINE_WORDS = (2, 16)
DATE_LINE_WORDS = 4
# A box of teasers beside a post's text holds its title besides them, a word or a few ("Latest news").
BOX_TITLE_WORDS = 6
# One card so closed may be a post's own pointer to a page of the site; a listing sets them in a row.
MIN_LABEL_CARDS = 2
_FORM_TAGS = ("form", "input", "button", "select", "textarea")
# What a post of a picture alone shows under its headline instead of words (a greeting card, a poster, a player).
_MEDIA_TAGS = ("img", "picture", "video", "iframe", "embed", "object")
_INLINE_TAGS = frozenset({"a", "strong", "b", "em", "i", "span", "u", "mark", "small", "abbr", "time"})
_WORD = re.compile(r"\w+")


class PageEntries:
    """A page's outermost <article> blocks and its teasers, found once for both questions extraction asks of them
    (`lists_other_entries`, `cards_beside_headline`): finding the teasers reads every heading and every link of
    the page. Only for a tree that does not change between the questions."""

    def __init__(self, root, page_url: str):
        self.body = root.find(".//body") if root.tag != "body" else root
        self.page_url = page_url
        self.own, self.host = _own_keys(root, page_url), _host(page_url)

    @cached_property
    def entries(self) -> list:
        return [a for a in self.body.iter("article") if next(a.iterancestors("article"), None) is None]

    @cached_property
    def entries_headed_elsewhere(self) -> bool:
        """The page has outermost <article>s, each headed by a link to another page of the site."""
        return bool(self.entries) and all(_headed_by_link_elsewhere(entry, self.own, self.host, self.page_url)
                                          for entry in self.entries)

    @cached_property
    def label_cards(self) -> list:
        return _label_cards(self.body, self.own, self.host, self.page_url)

    @cached_property
    def teasers(self) -> list:
        return _closing_link_teasers(self.body, self.own, self.host, self.page_url, self.label_cards)

    def lists_other_entries(self) -> bool:
        """See `lists_other_entries`."""
        body = self.body
        if body is None:
            return False
        if self.entries_headed_elsewhere:
            return _hold_most_text(body, self.entries)
        # Teasers in any element may sit beside a post's own text (a related box, a sidebar's excerpts): they make a
        # list of entries only where the page writes next to no text of its own.
        teasers = self.teasers
        return bool(teasers) and _hold_most_text(body, teasers) and _chars_outside(body, teasers) < OWN_TEXT_CHARS

    def cards_beside_headline(self) -> list:
        """The boxes of other pages' cards set beside the page's own text: every teaser of the page (see
        `lists_other_entries`) is a card closed by a label ("View More", `label_card`) and lies outside the element
        holding the page's <h1> and the text under it, which holds words or a picture of its own; a box is the
        cards' wrapper with at most its title besides them ("News"). A short post (a line and a document, a picture
        alone) beside a column of the latest news cards is that post, its text the <h1>'s element's alone. A listing
        sets its teasers under its <h1> in one element, or as <article> blocks headed by links; [] then."""
        body = self.body
        headline = next((h for h in body.iter("h1") if next(h.iterancestors(*CHROME_TAGS), None) is None), None) \
            if body is not None else None
        own_text = headline.getparent() if headline is not None else None
        if own_text is None or own_text is body \
                or (_words(own_text) <= _words(headline) and next(own_text.iter(*_MEDIA_TAGS), None) is None):
            return []
        if self.entries_headed_elsewhere:
            return []
        # Whole cards only: a teaser headed by a link may leave its excerpt outside the block its link closes.
        teasers, cards = self.teasers, self.label_cards
        if not teasers or any(_within(teaser, own_text) or _within(headline, teaser)
                              or not any(teaser is card for card in cards) for teaser in teasers):
            return []
        boxes = []
        for teaser in teasers:
            box = teaser
            while box.getparent() is not None and not _within(headline, box.getparent()) \
                    and _words_outside(box.getparent(), teasers) <= BOX_TITLE_WORDS:
                box = box.getparent()
            if not any(_within(box, other) for other in boxes):
                boxes = [other for other in boxes if not _within(other, box)] + [box]
        return boxes


def lists_other_entries(root, page_url: str) -> bool:
    """True when the page's outermost <article> blocks each open with a headline linking to another page of the
    site, and hold most of its text: a tag or archive page repeating its posts whole (their headers, dates and
    full paragraphs), even one post, and writing none of its own. A post's own <article> is headed by its
    unlinked (or self-linked) title; related posts or comments set as <article>s beside a post's text hold less
    text than the post."""
    return PageEntries(root, page_url).lists_other_entries()


def _within(element, container) -> bool:
    return element is container or any(ancestor is container for ancestor in element.iterancestors())


def _words_outside(element, blocks) -> int:
    """Words of the element's text outside the blocks."""
    inside = sum(_words(block) for block in blocks if _within(block, element))
    return _words(element) - inside


def lists_post_entries(root, page_url: str) -> bool:
    """True when the page's text lies in a run of entries the blog engine marks as its posts (cms_classes.post_entries),
    each headed by a link to another page: a page builder's grid of posts on a "News" page the engine keeps as a
    static page, whatever element the theme wraps them in. A post's own entry is headed by its unlinked title."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return False
    entries, own = post_entries(body), _own_keys(root, page_url)
    # Any host: a link-format post's entry leads straight to the page it points to.
    return len(entries) >= MIN_WHOLE_ENTRIES and _hold_most_text(body, entries) \
        and all(_headed_by_link_elsewhere(entry, own, None, page_url) for entry in entries)


def _own_keys(root, page_url: str) -> set[str]:
    """The page_keys of the page's own address and of the canonical address it names."""
    own = {page_key(page_url)}
    canonical = next((link.get("href") for link in root.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    if canonical:
        own.add(page_key(urljoin(page_url, canonical)))
    return own


def shows_entries_whole(root) -> bool:
    """True when the page's text lies in a run of outermost <article> blocks under its own <h1>, which heads none of
    them, each opening with a heading of its own and none holding half their words: a news page printing its posts
    whole, their titles unlinked (a static generator's section page). A post's own <article> holds most of the
    page's text; comments or related posts set as <article>s beside it hold less."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return False
    entries = [a for a in body.iter("article") if next(a.iterancestors("article"), None) is None]
    if len(entries) < MIN_WHOLE_ENTRIES or not all(_opens_with_heading(entry) for entry in entries):
        return False
    page_headline = next(body.iter("h1"), None)
    if page_headline is None or any(entry in page_headline.iterancestors() for entry in entries):
        return False
    words = [_words(entry) for entry in entries]
    return 2 * max(words) < sum(words) and _hold_most_text(body, entries)


def _opens_with_heading(entry) -> bool:
    """A heading (below the page's <h1>) comes before the block's text, a kicker or a date line at most."""
    words = 0
    for element in entry.iter():
        if element.tag in HEADINGS[1:]:
            return True
        if element.tag == "p":
            words += _words(element)
            if words > WORDS_BEFORE_HEADLINE:
                return False
    return False


def _chars_outside(body, blocks) -> int:
    """Visible characters of the paragraphs outside the blocks and the page's chrome (CJK text has no spaces to count
    words by)."""
    return sum(len("".join(" ".join(p.itertext()).split())) for p in _paragraphs_outside(body, blocks))


def _hold_most_text(body, blocks) -> bool:
    """The blocks' paragraphs hold more words than the paragraphs outside them and outside the page's chrome."""
    inside = sum(_words(p) for block in blocks for p in block.iter("p"))
    return inside > sum(_words(p) for p in _paragraphs_outside(body, blocks))


def _paragraphs_outside(body, blocks):
    """The <p>s of the body in none of the blocks and outside the page's chrome."""
    members = {id(block) for block in blocks}
    return (p for p in body.iter("p") if not any(id(a) in members or a.tag in CHROME_TAGS for a in p.iterancestors()))


def _closing_link_teasers(body, own: set[str], host: str, page_url: str, label_cards: list) -> list:
    """Blocks (any element) that open with a heading linking another page of the site and close with a link to that
    same page, a "Read more ...": a listing's teasers however few, as an archive of one year or one place shows
    them under its own unlinked <h1>. A post's own text does not end on a link to the page its heading names; a
    related post beside it is such a block, with less text than the post. `label_cards`: the page's `_label_cards`."""
    found = []
    for heading in body.iter(*HEADINGS[1:]):
        block = heading.getparent()
        if block is None or block.tag == "body" or next(heading.iterancestors(*CHROME_TAGS), None) is not None:
            continue
        target = _link_elsewhere(heading, own, page_url, host)
        links = [a for a in block.iter("a") if (a.get("href") or "").strip()]
        closing = links[-1] if links else None
        if target is None or closing is None or heading in closing.iterancestors() \
                or page_key(urljoin(page_url, closing.get("href"))) != target or next(block.iter("h1"), None) is not None:
            continue
        words_before = 0
        for element in block.iter():
            if element is heading:
                break
            words_before += _words(element) if element.tag == "p" else 0
        if words_before <= WORDS_BEFORE_HEADLINE:
            found.append(block)
    found += label_cards
    # the outermost blocks only: a teaser's inner heading may close on the same link as the teaser around it
    members = {id(block) for block in found}
    return [block for block in found if not any(id(a) in members for a in block.iterancestors())]


def _label_cards(body, own: set[str], host: str, page_url: str) -> list:
    """Cards headed by unlinked text and closed by the same label, each to its own page of the site, if the page sets
    several: a label leading many cards to one page names their topic (a tag), no entry."""
    labelled: dict[str, dict] = {}
    for link in body.iter("a"):
        card = label_card(link)
        target = _link_elsewhere(card[0], own, page_url, host) if card is not None else None
        if target is not None and next(card[0].iterancestors(*CHROME_TAGS), None) is None:
            labelled.setdefault(_words_of(link).casefold(), {}).setdefault(target, []).append(card[0])
    return [card for targets in labelled.values() if len(targets) >= MIN_LABEL_CARDS
            for cards in targets.values() for card in cards]


def _link_elsewhere(heading, own: set[str], page_url: str, host: str | None) -> str | None:
    """The page_key of the first other page (on `host`, when given) the heading links, or holds a link to. A picture
    in a post's subheading linking to its full-size file leads to no page, nor does a subheading sending readers to
    the site's own start page ("Have a look around"): no entry is headed so."""
    for link in [*heading.iterancestors("a"), *heading.iter("a")]:
        href = (link.get("href") or "").strip()
        target = urljoin(page_url, href) if href else None
        if target and is_probably_html(target) and page_key(target) not in own \
                and not (is_start_page(target) and _host(target) == _host(page_url)) \
                and (host is None or _host(target) == host):
            return page_key(target)
    return None


def _headed_by_link_elsewhere(entry, own: set[str], host: str | None, page_url: str) -> bool:
    """The block's first heading comes before its text and links to another page on the site, and no <h1> follows it
    before the text: that is the page's own headline under a linked kicker (its own links lead to a section). An <h1>
    further down is a section of the post's text."""
    headline = next(entry.iter(*HEADINGS), None)
    # An <h1> heading the block is the page's own headline, whatever it links to (a paper's full-text view).
    if headline is None or headline.tag == "h1" or not _links_elsewhere(headline, own, page_url, host):
        return False
    words, passed = 0, False
    for element in entry.iter():
        if element is headline:
            passed = True
        elif element.tag == "p":
            words += _words(element)
        elif passed and element.tag == "h1" and words <= WORDS_BEFORE_HEADLINE:
            return False
        if words > WORDS_BEFORE_HEADLINE:
            return passed
    return True


def _links_elsewhere(heading, own: set[str], page_url: str, host: str | None = None) -> bool:
    """The heading is a link, or holds one, to another page (on `host`, when given)."""
    return _link_elsewhere(heading, own, page_url, host) is not None


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _words(element) -> int:
    return len(" ".join(element.itertext()).split())


def label_card(link) -> tuple | None:
    """(card, headline) for a link that closes a teaser card as a button of its own ("Read more", "Lue lisää", "Läs
    mer", in any language): a label of a few words alone on its line, the only link of its card (the largest element
    around it, a few levels up at most, holding no other link and a teaser's text at most), whose headline links
    nowhere: its one heading, or its first line of a few words set apart (a title-classed <div>, a bold line) that
    ends on no full stop, a date line above it aside. None for a link in a sentence, or a card with no such
    headline (an item printed whole, its label closing its last sentence)."""
    text = " ".join("".join(link.itertext()).split())
    if not 0 < len(_WORD.findall(text)) <= LABEL_WORDS:
        return None
    line, words = link, _WORD.findall(text)
    while line.getparent() is not None and _words_are(line.getparent(), words):
        line = line.getparent()
    if not _alone_on_its_line(line):
        return None  # other words on the label's line: a sentence, or a list of links
    card = None
    node = line
    for _level in range(CARD_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "main") or _holds_other_link(node, link):
            break
        card = node
    if card is None or len(_words_of(card)) > CARD_CHARS or next(card.iter(*_FORM_TAGS), None) is not None:
        return None  # a whole text, or a form's box (a search, a consent's buttons)
    headline = _card_headline(card, line)
    return (card, headline) if headline and len(headline.split()) >= CARD_HEADLINE_WORDS[0] else None


def _words_are(element, words: list[str]) -> bool:
    """The element's words are `words`, read piece by piece and no further than one word past them: a label's parent
    may be a whole page's box, and every link of the page asks."""
    found: list[str] = []
    for piece in element.itertext():
        found += _WORD.findall(piece)
        if len(found) > len(words):
            return False
    return found == words


def _alone_on_its_line(element) -> bool:
    """No words run on to the element before or after it: it stands between blocks, or alone in its parent."""
    previous, following = element.getprevious(), element.getnext()
    before = previous.tail if previous is not None else element.getparent().text
    if _WORD.search(before or "") or _WORD.search(element.tail or ""):
        return False
    return not any(sibling is not None and sibling.tag in _INLINE_TAGS and _WORD.search(" ".join(sibling.itertext()))
                   for sibling in (previous, following))


def _card_headline(card, label_line) -> str | None:
    headings = list(card.iter(*HEADINGS))
    if headings:
        return _words_of(headings[0]) if len(headings) == 1 and headings[0].find(".//a") is None else None
    for line in _lines(card, label_line):
        words = line.split()
        if len(words) <= DATE_LINE_WORDS and 2 * sum(any(c.isdigit() for c in word) for word in words) >= len(words):
            continue  # the card's date line ("12.3.2024", "March 3, 2024")
        return line if len(words) <= CARD_HEADLINE_WORDS[1] and not line.endswith(".") else None
    return None


def _lines(card, label_line):
    """The texts of the card's innermost blocks before the label's line, in order."""
    for element in card.iter():
        if element is label_line:
            return
        if not isinstance(element.tag, str) or element.tag in _INLINE_TAGS:
            continue
        if any(isinstance(child.tag, str) and child.tag not in _INLINE_TAGS for child in element):
            continue  # a wrapper: its lines are its children's
        text = _words_of(element)
        if text:
            yield text


def _words_of(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _holds_other_link(element, link) -> bool:
    """The element holds a link besides `link` (to a page, not a place on this one): a label's parent may be a whole
    page's box, so the walk stops at the first."""
    return any(a is not link and (a.get("href") or "").strip() and not a.get("href").startswith("#")
               for a in element.iter("a"))
