"""Choose the elements holding the article: the best container, its own part, twins and standfirst, not its teasers."""
from __future__ import annotations

import re

from .ancestry import set_alike, within
from .blocks import Block
from .hints import classed_as_standfirst
from .line_rules import (BARE_ADDRESS, FULL_STOP, WORD, cites_address, host_of, is_closing_link, is_document_line,
                         is_date_line, is_prose_line, is_teaser_headline, linked_sentence, runs_into_list, sole_link)
from .links import heads_another_page, leads_to_document, links_to_page
from .own_pages import points_to_own_page
from .pointer_lines import is_writers_pointer
from .lead_heading import is_chrome
from .shown_media import is_media
from .text import fold, text_of
from .writers_closing import writes_or_calls
from .xpaths import ARTICLE_TEXT_MARK, POST_CLASSES

TEXT_KINDS = frozenset({"p", "text", "quote", "pre", "cell"})
PARAGRAPH_TAGS = frozenset({"p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_CLIMB = 3
# A sentence linked whole that carries a paragraph's text on: this many words, this share of its text the link's.
_LINKED_SENTENCE_WORDS = 8
_WHOLLY_LINKED = 0.9
_LIST_TAGS = frozenset({"ul", "ol"})
# A list of lines is the writer's when less than this share of its text is links.
_WRITERS_LINES_LINKED = 0.5
# A paragraph's own subheading names its point in a few words; one word is a box's label ("News").
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADLINE_RANKS = ("h1", "h2", "h3")
_SUBHEADING_WORDS = 3
# A section of the text holds a paragraph of this many characters at least under its heading (a box's title does not).
_SECTION_PARAGRAPH_CHARS = 80
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr"})
# A table of data has a few rows of a few cells.
_TABLE_CELLS = 4
_STANDFIRST_CHARS = 80
# A paragraph shorter than a standfirst is one when its class, or its wrapper's, names a standfirst ("article-lead"):
# a lead of a sentence or two ("Record numbers of missiles were fired."), set apart from the text in the header.
_NAMED_STANDFIRST_CHARS = 25
# The part holding the page's own headline must hold this share of the text to be the article alone.
_OWN_ARTICLE_SHARE = 0.3
# A marked element holding this share of the best container's weight is the article.
_MARKED_SHARE = 0.6
# A teaser card: a linked headline and a short excerpt a few levels up from the text.
_TEASER_CARD_DEPTH = 3
TEASER_CARD_CHARS = 800
_HEADLINE_LINK_CHARS = 25
# Labels under a country's domain that name a kind of site, not the site ("example.co.uk", "example.com.au").
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})
# Past this share of links a sentence is a list of names ("A, B, C and 40 more left kudos.") or a linked teaser.
_LINKED_SENTENCE_DENSITY = 0.7
# A sentence's worth of the writer's own words between the links (a credit "Shirt by <brand>." has fewer).
_OWN_WORDS_CHARS = 40
_OWN_WORDS = 4
# The writer's credit to a text's source closing a post runs a line or two ("Translated from: <a>..</a>", "Published
# by <a>..</a>"); more linked lines after the text are a box of links.
_SOURCE_CREDIT_LINES = 2


def block_weight(block: Block) -> float:
    """How much a block looks like article prose (positive) or like page furniture (negative)."""
    density = block.link_density
    # A sentence naming its sources links much of itself ("organised by <the youth clubs>, <the libraries> and
    # <the sailing club>."): its own words are the writer's prose, as on a municipality's list of summer activities.
    # A line introducing a list (":") or a credit closing on a bracket is no such sentence.
    own = block.chars - block.link_chars
    # So is a shorter sentence at most half linked, or with a few words of the writer's around its links ("The March
    # <a>newsletter</a> is out."): a post of one line.
    if 0.35 <= density <= _LINKED_SENTENCE_DENSITY and FULL_STOP.search(block.text) and linked_sentence(block) \
            and (own >= _OWN_WORDS_CHARS or density <= 0.5
                 or len(WORD.findall(own_text(block.element))) >= _OWN_WORDS):
        return float(own)
    if density > 0.5:
        # A post may be just its document ("The September newsletter", linked to the PDF).
        return 0.5 * block.chars if is_document_line(block) else -0.5 * block.chars
    if density >= 0.35 and block.kind == "text" and is_document_line(block):
        # Or a sentence and its document set as loose text, with no <p> ("Anna wrote about the trip. <a>Read her
        # letter here</a>"): the writer's words, every one.
        return float(block.chars)
    if block.kind in ("title", "heading"):
        return 0.0
    # A short item with no link is a point of the text, not navigation: it neither helps nor hurts its container
    # (a notice that is mostly a list of the schools that stay closed).
    if block.kind == "item" and not block.link_chars and block.chars < 80:
        return 0.0
    if block.chars < 25:
        return -5.0
    if block.kind == "item":
        return block.chars * 0.5 if block.chars >= 80 and density < 0.2 else -2.0
    if block.kind in TEXT_KINDS and density < 0.35:
        return block.chars * (1.0 if block.kind == "p" else 0.8)
    return -0.2 * block.chars


def own_text(element) -> str:
    """The element's words outside its links."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag != "a":
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def container_scores(blocks: list[Block]) -> dict:
    """Summed block weights of every element that holds blocks."""
    scores: dict = {}
    for block in blocks:
        weight = block_weight(block)
        if weight == 0.0:
            continue
        element = block.element
        while element is not None:
            scores[element] = scores.get(element, 0.0) + weight
            element = element.getparent()
    return scores


def standfirst(blocks: list[Block], positions: list[int], wider) -> list[Block]:
    """Prose between the headline and the body container (at `positions`): a standfirst in the article header.
    Without an <h1>, the header starts where `wider` does, the element the body container was found in (a
    standfirst set beside the "article-body" element, both in the <article>)."""
    if not positions or _opens_with_headline(blocks, positions):
        return []
    first_inside = positions[0]
    headline = next((i for i in range(first_inside - 1, -1, -1) if blocks[i].kind == "title"), None)
    if headline is not None and is_teaser_headline(blocks[headline]):
        return []  # a linked <h1> is the site's name or a teaser's: what follows it is no standfirst
    if headline is None:
        headline = next((i - 1 for i in range(first_inside) if within(blocks[i].element, wider)), None)
        if headline is None:
            return []
    # A paragraph the text holds again is the text's, shown above it in another copy of the post (a CMS's promoted box).
    texts = {fold(blocks[i].text) for i in positions}
    return [b for b in blocks[headline + 1:first_inside]
            if b.kind in ("p", "text") and b.link_density < 0.2
            and (b.chars >= _STANDFIRST_CHARS or _named_standfirst(b)) and fold(b.text) not in texts]


def _named_standfirst(block: Block) -> bool:
    """A sentence or two whose class, or its holder's, names a standfirst: a lead however short."""
    return block.chars >= _NAMED_STANDFIRST_CHARS and classed_as_standfirst(block.element) \
        and FULL_STOP.search(block.text) is not None


def _opens_with_headline(blocks: list[Block], positions: list[int]) -> bool:
    """The container holds the article's headline, and with it any standfirst: a headline inside it comes before
    its text (an <h1> after the text heads a teaser or a part of it)."""
    for i in positions:
        if blocks[i].kind == "title":
            return True
        if blocks[i].kind in ("p", "text") and blocks[i].chars >= _STANDFIRST_CHARS:
            return False
    return False


def paragraphs_around(paragraph, blocks: list[Block], page_url: str):
    """A paragraph is never the whole article: its short neighbours ("Have a nice weekend!", a sentence set as
    a heading, the cells of a table of figures, a list of the tools used with their addresses, "Questions? Write to
    <a href=mailto:...>") weigh less than nothing, but they are the same text. The nearest wrapper holding another of
    them, or the paragraph's own parent when the next paragraph in it links to the post's sources or document
    ("Problems, official results."), or when the last line in it points to a page of the site the post is about
    ("<a>The project's page</a>", "Find out more about the award <a>here</a>")."""
    host = host_of(page_url)
    following = paragraph.getnext()
    if following is not None and following.tag == "p" and any(
            b.element is following and b.kind == "p" and is_closing_link(b, host) for b in blocks):
        return paragraph.getparent()
    if _closes_on_own_page_pointer(paragraph, blocks, page_url):
        return paragraph.getparent()
    # A list of the writer's lines set beside it (a dialogue, then a line on how it went) is the same text, and so is
    # the list of links its last sentence runs into ("... at the following places" over the slides' links).
    siblings = (*paragraph.itersiblings(preceding=True), *paragraph.itersiblings())
    if any(_list_of_own_lines(sibling, blocks) for sibling in siblings) or (
            following is not None and following.tag in _LIST_TAGS
            and any(b.element is paragraph and runs_into_list(b) for b in blocks)):
        return paragraph.getparent()
    element = paragraph
    continued = _linked_sentence_after(paragraph, blocks)
    for _ in range(_PARAGRAPH_CLIMB):
        element = element.getparent()
        if element is None:
            break
        neighbours = sum(1 for b in blocks if not within(b.element, paragraph)
                         and (b.link_density <= 0.5 or cites_address(b) or writes_or_calls(b) or b is continued)
                         and (b.kind in ("p", "quote", "cell") or (b.kind == "text" and b.chars >= 25)
                              or (b.kind == "heading" and len(b.text.split()) >= 8)
                              or (b.kind == "item" and cites_address(b)))
                         and within(b.element, element))
        if neighbours:
            return element
    # A paragraph alone under its own subheading is a notice of one paragraph; the subheading is its text's.
    return paragraph.getparent() if _opening_subheading(paragraph, blocks) is not None else paragraph


def _linked_sentence_after(paragraph, blocks: list[Block]) -> Block | None:
    """The block right after the paragraph when it is a paragraph of one sentence linked whole ("Go to our help pages
    for more on deleting an inbox.", where a short notice goes on): the notice's text, though all link. A box's link
    names where it leads in a few words, no sentence."""
    following = next((b for previous, b in zip(blocks, blocks[1:])
                      if within(previous.element, paragraph) and not within(b.element, paragraph)), None)
    if following is None or following.kind != "p" or sole_link(following) is None \
            or following.link_density < _WHOLLY_LINKED or len(following.text.split()) < _LINKED_SENTENCE_WORDS \
            or not FULL_STOP.search(following.text):
        return None
    return following


def sets_a_paragraph(element, blocks: list[Block], scores: dict) -> bool:
    """The element is a paragraph however it is tagged: a <div> holding one line of text and nothing else, made like
    another line's or set straight in the post's text element (a text pasted from a social network or a word
    processor sets each paragraph in a <div> of its own). A lone <div> of text elsewhere (a standfirst box under the
    headline) is no such paragraph, nor is one whose classed siblings hold the rest of the text (twins gather those)."""
    if element.tag in PARAGRAPH_TAGS:
        return True
    inside = [b for b in blocks if within(b.element, element)]
    if len(inside) != 1 or inside[0].element is not element or inside[0].kind != "text" or twins(element, scores):
        return False
    holder = element.getparent()
    return (holder is not None and marks_own_entry(holder)) \
        or any(b.kind == "text" and set_alike(element, b.element) for b in blocks)


def around_list(container, blocks: list[Block], page_url: str):
    """A list, or an item of it, is never the whole article: in a post written as lists of lines (a dialogue) the
    longer lines outweigh the short ones and the rest, but the list is the text with the paragraphs around it."""
    listing = container.getparent() if container.tag == "li" else container
    if listing is None or listing.tag not in _LIST_TAGS:
        return container
    return paragraphs_around(listing, blocks, page_url)


def _closes_on_own_page_pointer(paragraph, blocks: list[Block], page_url: str) -> bool:
    """The last element after the paragraph that shows text, in the same parent, is a line pointing to a page of the
    site outside the posts' section (own_pages.points_to_own_page), or the writer's pointer line (pointer_lines)."""
    last = next((s for s in reversed(list(paragraph.itersiblings())) if isinstance(s.tag, str) and text_of(s).strip()),
                None)
    return last is not None and last.tag == "p" \
        and any(b.element is last and (points_to_own_page(b, page_url) or is_writers_pointer(b, page_url))
                for b in blocks)


def _list_of_own_lines(element, blocks: list[Block]) -> bool:
    """A list whose points are mostly the writer's words, not links (a dialogue's lines, not a list of links)."""
    if element.tag not in _LIST_TAGS:
        return False
    items = [b for b in blocks if b.kind == "item" and within(b.element, element)]
    return bool(items) and sum(b.link_chars for b in items) < _WRITERS_LINES_LINKED * sum(b.chars for b in items)


def _opening_subheading(paragraph, blocks: list[Block]):
    """The subheading set just above the paragraph as the first thing in their wrapper ("<h3>Throttling
    introduced</h3><p>..."), or the first after the post's headline and its date line: a one-paragraph notice's
    own heading, part of its text however short. A picture set between them or above (an <h2> or <p> holding only
    an image, an empty spacer) parts nothing."""
    heading = paragraph.getprevious()
    while heading is not None and _holds_no_text(heading):
        heading = heading.getprevious()
    if heading is None or heading.tag not in _SUBHEADING_TAGS or len(text_of(heading).split()) < _SUBHEADING_WORDS \
            or (paragraph.getparent().text or "").strip() or (heading.tail or "").strip():
        return None
    above = [s for s in heading.itersiblings(preceding=True)
             if (isinstance(s.tag, str) and not _holds_no_text(s)) or (s.tail or "").strip()]
    return heading if not above or _under_the_headline(heading, above, blocks) else None


def _under_the_headline(heading, above: list, blocks: list[Block]) -> bool:
    """Only the post's headline (an <h1>) and the date line under it ("<ul class=meta><li><time>4 May 2024</time>")
    stand above the heading, which links nowhere: a teaser's linked headline under its date is no post's subheading."""
    headlines = {id(b.element) for b in blocks if b.kind == "title"}
    return not _is_linked_heading(heading) and any(id(s) in headlines for s in above) and all(
        isinstance(s.tag, str) and not (s.tail or "").strip()
        and (id(s) in headlines or is_date_line(text_of(s).strip())) for s in above)


def _holds_no_text(element) -> bool:
    """An element showing no words, its tail none either: a picture's wrapper, a spacer."""
    return isinstance(element.tag, str) and not text_of(element).strip() and not (element.tail or "").strip()


def around_data_table(container, blocks: list[Block]):
    """A table of data is never the whole article: the line introducing it ("These are the courses on offer.") and the
    tables beside it under their own subheadings are the same text, though its short cells weigh less than nothing.
    When the best container is a table whose every block is a cell (or a row or body of one), the nearest wrapper
    holding a line of prose outside it. A layout table holds paragraphs in its cells and stays as it is."""
    table = next((e for e in (container, *container.iterancestors()) if e.tag == "table"), None)
    if table is None or container.tag not in _TABLE_PARTS:
        return container
    inside = [b for b in blocks if within(b.element, table)]
    if len(inside) < _TABLE_CELLS or any(b.kind != "cell" for b in inside):
        return container
    element = table
    for _ in range(_PARAGRAPH_CLIMB):
        element = element.getparent()
        if element is None:
            break
        if any(is_prose_line(b) and within(b.element, element) and not within(b.element, table) for b in blocks):
            return element
    return container


def after_own_headline(page, container, title: str | None, scores: dict):
    """The text under the page's own headline (its <h1>, or the <h2> showing the title where the theme's <h1>s name
    the site and a side column) when the best container sits above it: a site notice or tagline in the header
    outweighs a post of two lines, but an article's text follows its headline."""
    headline = _own_headline(page, title)
    if headline is None or within(headline, container):
        return container
    for element in page.iter():
        if element is container:
            break  # the container comes first: look under the headline instead
        if element is headline:
            return container
    for ancestor in headline.iterancestors():
        if scores.get(ancestor, 0.0) > 0:
            return ancestor
    return container


def own_entry(page, container, title: str | None, blocks: list[Block]):
    """The post's own wrapper (<article>, WordPress' `div.post#post-N`, an hAtom "hentry") around the page's headline,
    when the best container lies outside it: a post of a picture and a short line weighs less than the comment form
    below it or the site's tagline above it, but its text is what its own wrapper holds, however short."""
    wanted = fold(title or "")
    headline = next((h for h in page.iter("h1") if wanted and fold(text_of(h)) == wanted), None)
    if headline is None:
        return container
    entry = next((a for a in headline.iterancestors() if wraps_own_post(a)), None)
    if entry is None or within(container, entry) or within(entry, container):
        return container
    own_text = any(b.kind in TEXT_KINDS and b.element is not headline and within(b.element, entry)
                   and not within(b.element, headline) for b in blocks)
    return entry if own_text else container


def _own_headline(page, title: str | None):
    """The <h1> showing the title or, where none does (the theme's <h1>s name the site and a side column), the first
    lower heading showing it."""
    wanted = fold(title or "")
    if not wanted:
        return None
    shown = [h for h in page.iter(_HEADLINE_RANKS) if fold(text_of(h)) == wanted]
    return next((h for h in shown if h.tag == "h1"), shown[0] if shown else None)


def bare_own_post(page, title: str | None, kept: list[Block]) -> bool:
    """Every block the body kept lies in the site's chrome (the header's tagline, the footer's line), outside the
    post's own wrapper around the page's headline: the wrapper holds no text (a picture or a player alone), and the
    site's furniture must not stand in for it."""
    headline = _own_headline(page, title)
    entry = next((a for a in headline.iterancestors() if wraps_own_post(a)), None) if headline is not None else None
    return entry is not None and bool(kept) \
        and not any(within(b.element, entry) or not _in_chrome(b.element) for b in kept)


def shows_own_media(page, title: str | None, beside_cards: bool = False) -> bool:
    """The post's own element around the page's headline (<main>, <article>, a post's wrapper) shows a picture, a
    player or a link to a document after the headline: what a post without words of its own is of (a flyer, the
    yearly report's PDF). Read before pruning, which takes pictures and link lines. `beside_cards`: the site's cards
    of other posts sit in boxes beside the headline's element (entry_markup.cards_beside_headline), which makes that
    element the post's own where the theme marks none."""
    headline = _own_headline(page, title)
    if headline is None:
        return False
    entry = next((a for a in headline.iterancestors() if a.tag in ("main", "article") or wraps_own_post(a)),
                 headline.getparent() if beside_cards else None)
    if entry is None:
        return False
    after = False
    for element in entry.iter():  # each element tested alone: the walk reaches those inside it too
        if element is headline:
            after = True
        elif after and is_media(element) and not within(element, headline):
            return True
    return False


def _in_chrome(element) -> bool:
    return element is not None and any(is_chrome(e) for e in (element, *element.iterancestors()))


def wraps_own_post(element) -> bool:
    """The element is a post's own wrapper, by its tag, its theme's classes or its id ("post-12")."""
    return element.tag == "article" or re.fullmatch(r"post-\d+", element.get("id") or "") is not None \
        or not POST_CLASSES.isdisjoint((element.get("class") or "").split())


def marks_own_entry(element) -> bool:
    """The element is a post's own wrapper or its text's element ("entry-content", itemprop="articleBody")."""
    return wraps_own_post(element) or element.get("itemprop") == "articleBody" \
        or ARTICLE_TEXT_MARK.search(f"{element.get('class', '')} {element.get('id', '')}") is not None


def below_own_headline(blocks: list[Block], title: str | None, container) -> dict | None:
    """Container weights counted from the page's own headline on, when the container holds it: a site notice in the
    header above the headline is no part of the article, and must not make the page-wide wrapper outweigh the post
    the page marks as its article (which leaves the comment section after it out)."""
    wanted = fold(title or "")
    start = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if start is None or not within(blocks[start].element, container):
        return None
    scores = container_scores(blocks[start:])
    return scores if scores.get(container, 0.0) > 0 else None


def marked_article(container, scores: dict):
    """The element inside the best container that the page marks as the article (<article>, <main>,
    itemprop="articleBody", an "entry-content"/"story-body" class) when it holds most of its weight: a page-wide
    container must not pull in the teasers, promotion strips and footer lines around the article."""
    # A container whose link lines outweigh its prose (hundreds of "Pingback: <a>" under a short post) weighs below
    # nothing: every mark in it that is not itself such lines holds "most" of that, and the heaviest of them wins.
    share = _MARKED_SHARE * scores.get(container, 0.0)
    found = None
    for element in container.iter():
        if element is container or not isinstance(element.tag, str):
            continue
        weight = scores.get(element, 0.0)
        if weight < share:
            continue
        if found is not None and (within(element, found) or weight <= scores.get(found, 0.0)):
            continue  # the outer of two nested marks; the heavier of two apart (a tagline in a <main> of its own)
        if element.tag in ("article", "main") or element.get("itemprop") == "articleBody" \
                or ARTICLE_TEXT_MARK.search(f"{element.get('class', '')} {element.get('id', '')}"):
            found = element
    return container if found is None else found


def own_text_element(container, blocks: list[Block], host: str = ""):
    """The post's own text element ("entry-content", itemprop="articleBody") around the container when all it holds
    besides is lists and the writer's lines: release notes set as a heading per package over a list of changes
    ("<a>9031100</a> Fix a crash on exit") weigh their short or linked points as furniture, and the intro paragraph
    or the highlights' list alone won. A menu's or a share box's links, a loose date line, are no such lines; an
    element holding another headline holds another post. A container that is a text element already stays (the
    <article> around an "articleBody" holds the byline's facts). So is it when all it holds besides is the writer's
    credit to the text's source after the container (`host`: the page's)."""
    if marks_own_entry(container):
        return container
    entry = next((a for a in container.iterancestors() if marks_own_entry(a)), None)
    if entry is None or len(list(entry.iterdescendants("h1"))) > 1:
        return container
    rest = [b for b in blocks if within(b.element, entry) and not within(b.element, container)]
    if _source_credit_after(container, blocks, rest, host):
        return entry
    if not any(b.kind == "item" for b in rest) or any(block_weight(b) < 0 and not _writers_line(b) for b in rest):
        return container
    return entry


def _source_credit_after(container, blocks: list[Block], rest: list[Block], host: str) -> bool:
    """The rest of the post's text element is a line or two after the container, each linking to another site with
    no furniture word ("Published by <a>example.org</a>"): the writer's credit to the source, set after a text pasted
    with the element it was copied from (a "body" <div>), which then outweighed the post's own element."""
    lines = {id(b) for b in rest if b.chars}
    if not 0 < len(lines) <= _SOURCE_CREDIT_LINES:
        return False
    last_inside = max((i for i, b in enumerate(blocks) if within(b.element, container)), default=len(blocks))
    return all(i > last_inside and b.kind in ("p", "text") and is_closing_link(b, host)
               for i, b in enumerate(blocks) if id(b) in lines)


def _writers_line(block: Block) -> bool:
    """A short line of the writer's that weighs as furniture: an item most of whose words are not its links', or
    showing the address it links to (where to download the release), or a short sentence with no link ("Here are
    the details."); a date line or a byline ends on no full stop."""
    if block.kind == "item":
        return block.link_chars <= 0.5 * block.chars or BARE_ADDRESS.match(block.text) is not None
    return not block.link_chars and FULL_STOP.search(block.text) is not None


def twins(container, scores: dict) -> list:
    """Siblings of the container with its tag and class that hold prose: the article's text split into two blocks
    by a box the site set between them (a picture, a "related" strip) which weighs down their common parent."""
    parent, names = container.getparent(), container.get("class")
    if parent is None or not names:
        return []
    return [s for s in parent if s is not container and s.tag == container.tag and s.get("class") == names
            and scores.get(s, 0.0) > 0]


def own_article(container, title: str | None, scores: dict):
    """Pages that append the next article hold several headlines: keep to the part with the page's own."""
    wanted = fold(title) if title else None
    while True:
        headlines = list(container.iterdescendants("h1"))
        if len(headlines) < 2:
            return container
        own = next((h for h in headlines if wanted is not None and fold(text_of(h)) == wanted), None)
        if own is None and wanted is not None \
                and any(fold(text_of(h)) == wanted for h in container.getroottree().iter("h1")):
            return container  # the headline stands above: these <h1>s are the text's own (Markdown's "#tag" lines)
        own = own if own is not None else headlines[0]
        child = next((c for c in container if c is own or within(own, c)), None)
        # The headline itself is no part of the text (a post's own element may weigh less than nothing).
        if child is None or child is own or scores.get(child, 0) < _OWN_ARTICLE_SHARE * scores[container]:
            return container
        container = child


def _site(host: str) -> str:
    """The domain a host belongs to ("money.example.com" and "www.example.com": "example.com"; "example.co.uk")."""
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL_LABELS else 2
    return ".".join(labels[-keep:])


def in_teaser_card(block: Block, container, cards: dict, own: tuple[str, str]) -> bool:
    """Text under a linked headline inside a small card: a teaser of another article."""
    element = block.element
    for _ in range(_TEASER_CARD_DEPTH):
        element = element.getparent()
        if element is None or element is container:
            return False
        headlines = cards.get(element)
        if headlines is None:
            headlines = cards[element] = _card_headlines(element, own)
        if headlines == "large":
            return False
        if headlines and _comes_after(block.element, headlines, element):
            return True
    return False


def _card_headlines(card, own: tuple[str, str]):
    """"large" for a container too big to be a card or one of the text's sections, else its linked headings and
    headline links.

    Blogs link a post's own headline to its permalink: a headline within the page's title or linking to
    the page is no teaser's. A card teases one article: several headlines make a link list beside the text.
    """
    # The part holding the page's headline is the article itself, however short.
    if len(text_of(card)) > TEASER_CARD_CHARS or any(not heads_another_page(h, own[1]) for h in card.iter("h1")):
        return "large"
    headings = [h for h in card.iter("h1", "h2", "h3", "h4", "h5") if _is_linked_heading(h)]
    # A headline linking to a document (a PDF) heads the post's own download, no teaser of another article.
    found = [h for h in headings + _headline_links(card, _site(host_of(own[1])))
             if not _is_own_headline(h, own) and not leads_to_document(_teased(h))]
    if len({_teased(h) for h in found}) > 1 or (found and _among_text_sections(card)):
        return "large"
    return found


def _among_text_sections(card) -> bool:
    """The card opens with its linked subheading and stands beside another of the text's sections, one element per
    heading and its paragraphs (Quarto, Pandoc), one of which a link heads ("Sign up now!", "Join the mailing
    list!"): an element of its tag, set alike (the same class) or opening with an unlinked subheading, that holds such
    a subheading over a paragraph. A teaser card stands among cards, whose headings are links, or alone beside the
    text."""
    parent = card.getparent()
    heading = _opening_element(card)
    if parent is None or heading is None or heading.tag not in _SUBHEADING_TAGS:
        return False  # a box of headline links (a feed's items in a list) is no section, however set
    for sibling in parent:
        if sibling is card or sibling.tag != card.tag:
            continue
        opening = _opening_element(sibling)
        opens_section = opening is not None and opening.tag in _SUBHEADING_TAGS and not _is_linked_heading(opening)
        if (opens_section or sibling.get("class") == card.get("class")) and _holds_section_text(sibling):
            return True
    return False


def _opening_element(element):
    return next((child for child in element if isinstance(child.tag, str)), None)


def _holds_section_text(element) -> bool:
    """An unlinked subheading and a paragraph of the text's length under it."""
    return any(not _is_linked_heading(heading) for heading in element.iter(*_SUBHEADING_TAGS)) \
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
    if len(text) >= _HEADLINE_LINK_CHARS // 2 and text in title:
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


def _is_linked_heading(heading) -> bool:
    if any(a.tag == "a" for a in heading.iterancestors()):
        return True
    text = len(text_of(heading).strip())
    linked = sum(len(text_of(a).strip()) for a in heading.iter("a"))
    return text > 0 and linked / text > 0.5
