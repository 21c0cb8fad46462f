"""Teaser cards: text under a linked headline of another article, in a small card inside the best container."""
from __future__ import annotations

from news_archive.archive.urls import page_key

from .ancestry import within
from .blocks import Block
from .dates import find_date
from .link_lines import host_of
from .listing_cards import LinkBoxes
from .line_patterns import WORD
from .links import absolute, heads_another_page, leads_to_document, links_to_page
from .text import fold, text_of
from .xpaths import ARTICLE_TEXT_MARK, SUBHEADING_TAGS

# A section of the text holds a paragraph of this many characters at least under its heading (a box's title does not).
_SECTION_PARAGRAPH_CHARS = 80
# A teaser card: a linked headline and a short excerpt a few levels up from the text.
_TEASER_CARD_DEPTH = 3
TEASER_CARD_CHARS = 800
_HEADLINE_LINK_CHARS = 25
# An entry closing on a link worded as another entry's ("Read more...") of at most so many words.
_READ_ON_WORDS = 3
_READ_ON_ENTRIES = 2
# The post's text element stands this many levels at most below the wrapper that also holds the page's headline.
_HEADLINE_WRAPPER_LEVELS = 2
# Labels under a country's domain that name a kind of site, not the site ("example.co.uk", "example.com.au").
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})


def _site(host: str) -> str:
    """The domain a host belongs to ("money.example.com" and "www.example.com": "example.com"; "example.co.uk")."""
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL_LABELS else 2
    return ".".join(labels[-keep:])


def in_teaser_card(block: Block, container, cards: dict, own: tuple[str, str],
                   page_links: LinkBoxes | None = None) -> bool:
    """Text under a linked headline inside a small card: a teaser of another article. `page_links`: the page's links
    read before pruning (listing_cards.LinkBoxes), for cards whose only link went with pruned furniture."""
    return any(headlines and _comes_after(block.element, headlines, card)
               for card, headlines in _cards_around(block, container, cards, own, page_links))


def heads_teaser_card(block: Block, container, cards: dict, own: tuple[str, str],
                      page_links: LinkBoxes | None = None) -> bool:
    """The block is the unlinked headline of a teaser card (`_headline_over_read_on_link`,
    `_headline_over_pruned_link`): a heading that names another article, kept by no rule that keeps the text's own
    subheadings."""
    return any(h is block.element or within(block.element, h)
               for _card, headlines in _cards_around(block, container, cards, own, page_links)
               for h in headlines if not is_linked_heading(h))


def titles_teaser_list(block: Block, cards: dict, own: tuple[str, str], page_links: LinkBoxes | None = None) -> bool:
    """The block is the heading of a box that holds it and a list of teaser cards alone ("Other news" over the cards
    of the site's latest posts under the text): the box's title, no heading of the text."""
    heading = block.element
    box = heading.getparent()
    if block.kind != "heading" or box is None:
        return False
    others = [child for child in box if isinstance(child.tag, str) and child is not heading]
    if len(others) != 1 or others[0].getprevious() is not heading:
        return False
    entries = [child for child in others[0] if isinstance(child.tag, str)]
    if len(entries) < _READ_ON_ENTRIES:
        return False
    for entry in entries:
        if entry not in cards:
            cards[entry] = _card_headlines(entry, own, page_links)
    return all(cards[entry] and cards[entry] != "large" for entry in entries)


def _cards_around(block: Block, container, cards: dict, own: tuple[str, str], page_links: LinkBoxes | None = None):
    """The small elements holding the block below the container, each with its card headlines (`cards` keeps them
    for the page's next blocks); none past one too large to be a card."""
    element = block.element
    for _ in range(_TEASER_CARD_DEPTH):
        element = element.getparent()
        if element is None or element is container:
            return
        headlines = cards.get(element)
        if headlines is None:
            headlines = cards[element] = _card_headlines(element, own, page_links)
        if headlines == "large":
            return
        yield element, headlines


def _card_headlines(card, own: tuple[str, str], page_links: LinkBoxes | None = None):
    """"large" for a container too big to be a card or one of the text's sections, else its linked headings and
    headline links.

    Blogs link a post's own headline to its permalink: a headline within the page's title or linking to
    the page is no teaser's. A card teases one article: several headlines make a link list beside the text.
    """
    # The part holding the page's headline is the article itself, however short.
    if len(text_of(card)) > TEASER_CARD_CHARS or any(not heads_another_page(h, own[1]) for h in card.iter("h1")) \
            or _text_under_page_headline(card, own[1]):
        return "large"
    headings = [h for h in card.iter("h1", "h2", "h3", "h4", "h5") if is_linked_heading(h)]
    # A headline linking to a document (a PDF) heads the post's own download, no teaser of another article.
    found = [h for h in headings + _headline_links(card, _site(host_of(own[1])))
             if not _is_own_headline(h, own) and not leads_to_document(_teased(h))]
    if len({_teased(h) for h in found}) > 1 or (found and _among_text_sections(card)):
        return "large"
    # The page's own headline heads no teaser, whatever its box closes on (the theme's link to the next post, worded
    # as a related post's).
    return found or [h for h in _headline_over_read_on_link(card, own[1]) if not _is_own_headline(h, own)] \
        or _headline_over_pruned_link(card, own[1], page_links)


def _text_under_page_headline(card, page_url: str) -> bool:
    """The card is the one element the page marks as a post's text ("post-content", itemprop="articleBody"), set
    under the page's own headline in one wrapper: the article itself, however short, even when a linked subheading
    opens it (a call to action, "Apply today!", over the post's one paragraph). A teaser's excerpt sits under its own
    linked headline, far from the page's, and a listing marks every teaser's excerpt alike."""
    if not _marks_post_text(card) or any(_marks_post_text(e) for e in card.getroottree().iter()
                                         if e is not card and isinstance(e.tag, str)):
        return False
    wrapper = card
    for _ in range(_HEADLINE_WRAPPER_LEVELS):
        wrapper = wrapper.getparent()
        if wrapper is None:
            return False
        for element in wrapper.iter("h1", card.tag):
            if element is card:
                break  # only a headline above the text heads it
            if element.tag == "h1" and not heads_another_page(element, page_url):
                return True
    return False


def _marks_post_text(element) -> bool:
    return element.get("itemprop") == "articleBody" \
        or ARTICLE_TEXT_MARK.search(f"{element.get('class', '')} {element.get('id', '')}") is not None


def _headline_over_read_on_link(card, page_url: str) -> list:
    """The one unlinked heading of an entry in a list of like entries (its parent holds elements of its tag alone:
    <li>s, <div>s) whose blurb closes on a short link to another page of the site, worded as another entry's is
    ("Read more..."): the entry teases that page under a headline that links nowhere. A section of the text closing
    on a link stands among the text's paragraphs, no list of entries."""
    headings = list(card.iter(*SUBHEADING_TAGS))
    if len(headings) != 1 or is_linked_heading(headings[0]):
        return []
    label = _closing_label(card, page_url)
    parent = card.getparent()
    if label is None or parent is None:
        return []
    entries = [child for child in parent if isinstance(child.tag, str)]
    if any(entry.tag != card.tag for entry in entries) \
            or sum(_closing_label(entry, page_url) == label for entry in entries) < _READ_ON_ENTRIES:
        return []
    return headings


def _headline_over_pruned_link(card, page_url: str, page_links: LinkBoxes | None) -> list:
    """The one unlinked heading of an entry in a list of like entries (its parent holds elements of its tag alone),
    each of which linked one page of the site before pruning took its link with a day (a card's footer, "Read" and the
    date, set as furniture), a page of its own: the entry teases that post. The list may show the post itself among
    the others ("Other news" under the text, newest first); its entry restates the post's headline and a line of its
    text, which the page shows again, and is the post's card, no text of it. A page builder's sections closing on a
    "Read more" button to a page of the site each are no post's card: no day went with the button."""
    headings = list(card.iter(*SUBHEADING_TAGS))
    parent = card.getparent()
    if page_links is None or len(headings) != 1 or is_linked_heading(headings[0]) or parent is None \
            or next(card.iter("a"), None) is not None:
        return []
    entries = [child for child in parent if isinstance(child.tag, str)]
    if len(entries) < _READ_ON_ENTRIES or any(entry.tag != card.tag or next(entry.iter("a"), None) is not None
                                              for entry in entries):
        return []
    own_page = page_key(page_url)
    site = _site(own_page.split("/", 1)[0])
    teased = []
    for entry in entries:
        pages = {key: betweens for key, betweens in page_links.pages_within(entry).items()
                 if _site(key.split("/", 1)[0]) == site}
        if len(pages) != 1:
            return []
        key, betweens = pages.popitem()
        if not any(_pruned_with_a_day(entry, between) for between in betweens):
            return []
        teased.append(key)
    if len(set(teased)) != len(teased) or all(page == own_page for page in teased):
        return []
    if teased[entries.index(card)] != own_page:
        return headings
    text = fold(text_of(card)).replace(fold(text_of(headings[0])), " ", 1).strip()
    return headings if text and fold(text_of(card.getroottree().getroot())).count(text) > 1 else []


def _pruned_with_a_day(entry, between) -> bool:
    """The part of the entry pruning took with its link (`between`: the elements from the link up to the entry as they
    stood before) held a day, a <time> or a date's words: a card's footer. With the link alone gone, the entry
    still holds its <time>."""
    pruned = [element for element in between if not within(element, entry)]
    if not pruned:
        return next(entry.iter("time"), None) is not None
    part = pruned[-1]
    return next(part.iter("time"), None) is not None or find_date(text_of(part)) is not None


def _closing_label(entry, page_url: str) -> str | None:
    """The words of the entry's last link, when it is a label of a few words closing its line and leading to
    another page of the page's site."""
    links = list(entry.iter("a"))
    link = links[-1] if links else None
    if link is None or links_to_page(link.get("href"), page_url):
        return None
    words = fold(text_of(link)).split()
    target = absolute(link.get("href"), page_url) or ""
    if not words or len(words) > _READ_ON_WORDS or _site(host_of(target)) != _site(host_of(page_url)):
        return None
    after = (link.tail or "") + "".join(text_of(e) + (e.tail or "") for e in link.itersiblings())
    return " ".join(words) if not WORD.search(after) else None


def _among_text_sections(card) -> bool:
    """The card opens with its linked subheading and stands beside another of the text's sections, one element per
    heading and its paragraphs (Quarto, Pandoc), one of which a link heads ("Sign up now!", "Join the mailing
    list!"): an element of its tag, set alike (the same class) or opening with an unlinked subheading, that holds such
    a subheading over a paragraph. A teaser card stands among cards, whose headings are links, or alone beside the
    text."""
    parent = card.getparent()
    heading = _opening_element(card)
    if parent is None or heading is None or heading.tag not in SUBHEADING_TAGS:
        return False  # a box of headline links (a feed's items in a list) is no section, however set
    for sibling in parent:
        if sibling is card or sibling.tag != card.tag:
            continue
        opening = _opening_element(sibling)
        opens_section = opening is not None and opening.tag in SUBHEADING_TAGS and not is_linked_heading(opening)
        if (opens_section or sibling.get("class") == card.get("class")) and _holds_section_text(sibling):
            return True
    return False


def _opening_element(element):
    return next((child for child in element if isinstance(child.tag, str)), None)


def _holds_section_text(element) -> bool:
    """An unlinked subheading and a paragraph of the text's length under it."""
    return any(not is_linked_heading(heading) for heading in element.iter(*SUBHEADING_TAGS)) \
        and any(len(text_of(p)) >= _SECTION_PARAGRAPH_CHARS for p in element.iter("p"))


def _teased(headline) -> str:
    """What a linked headline leads to: its link's address. A card may set its one headline twice (for wide and
    narrow screens) or under a kicker, in different words; both lead to the one article. A headline linking
    nowhere is told by its words."""
    # A heading is linked by a link inside it, or by one wrapped around it (a card linked whole).
    link = headline if headline.tag == "a" else next(headline.iter("a"), None)
    if link is None:
        link = next(headline.iterancestors("a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return href or fold(text_of(headline))


def _is_own_headline(element, own: tuple[str, str]) -> bool:
    title, page = own
    text = fold(text_of(element))
    # The post's headline opens its title, which may run on to the site's name; a related post's headline ending the
    # title's words ("Taping in pregnancy" under "Benefits of taping in pregnancy") names another post.
    if len(text) >= _HEADLINE_LINK_CHARS // 2 and title.startswith(text):
        return True
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return any(links_to_page(a.get("href"), page) for a in links)


def _comes_after(element, headlines: list, card) -> bool:
    wanted = set(headlines)
    for candidate in card.iter():
        if candidate is element:
            return False
        if candidate in wanted:
            return True
    return False


def _headline_links(card, site: str) -> list:
    """Links to the `site`'s own pages standing as blocks of their own with headline-length text (not links inside
    prose). A teaser leads to another article of the site; a line linking out is an advertisement or a source."""
    found = []
    for link in card.iter("a"):
        if len(text_of(link).strip()) < _HEADLINE_LINK_CHARS:
            continue
        if site and _site(host_of(link.get("href") or "")) not in ("", site):
            continue
        inline = False
        for ancestor in link.iterancestors():
            if ancestor is card:
                break
            # Links in headings are weighed as linked headings; in paragraphs they are prose.
            if ancestor.tag in ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"):
                inline = True
                break
        if not inline:
            found.append(link)
    return found


def is_linked_heading(heading) -> bool:
    if any(a.tag == "a" for a in heading.iterancestors()):
        return True
    text = len(text_of(heading).strip())
    linked = sum(len(text_of(a).strip()) for a in heading.iter("a"))
    return text > 0 and linked / text > 0.5
