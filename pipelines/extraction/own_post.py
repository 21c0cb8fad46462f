"""The post's own element: find it around the page's headline, and narrow or move the best container to it (its own
article among appended ones, the part the page marks as the article, its text element)."""
from __future__ import annotations

import re

from news_archive.archive.cms_classes import own_entry as cms_own_entry

from .ancestry import ancestors_below, within
from .announced_lines import announced_closing_lines
from .blocks import Block
from .container_scores import TEXT_KINDS, block_weight
from .heading_lines import set_as_heading
from .lead_heading import is_chrome
from .line_patterns import FULL_STOP
from .link_lines import BARE_ADDRESS, is_closing_link
from .shown_media import is_media, shows_media
from .text import fold, text_of
from .xpaths import ARTICLE_TEXT_MARK, POST_CLASSES

# The headings that may show the page's own headline, <h1> first.
_HEADLINE_RANKS = ("h1", "h2", "h3")
# The part holding the page's own headline must hold this share of the text to be the article alone.
_OWN_ARTICLE_SHARE = 0.3
# A banner's excerpt of the post runs a sentence or more; a line of a few words (a kicker, a date) may stand anywhere.
_EXCERPT_WORDS = 8
# A marked element holding this share of the best container's weight is the article.
_MARKED_SHARE = 0.6
# The writer's credit to a text's source closing a post runs a line or two ("Translated from: <a>..</a>", "Published
# by <a>..</a>"); more linked lines after the text are a box of links.
_SOURCE_CREDIT_LINES = 2


def after_own_headline(page, container, title: str | None, scores: dict, blocks: list[Block]):
    """The text under the page's own headline (its <h1>, or the <h2> showing the title where the theme's <h1>s name
    the site and a side column) when the best container sits above it, and the post's own part of a container holding
    it below such text (`_post_box_below_notice`): a site notice or tagline in the header outweighs a post of two
    lines, but an article's text follows its headline."""
    headline = _own_headline(page, title)
    if headline is None:
        return container
    if within(headline, container):
        return _post_box_below_notice(container, headline, blocks)
    for element in page.iter():
        if element is container:
            break  # the container comes first: look under the headline instead
        if element is headline:
            return container
    for ancestor in headline.iterancestors():
        if scores.get(ancestor, 0.0) > 0:
            return _post_box_below_notice(ancestor, headline, blocks)
    return container


def _post_box_below_notice(container, headline, blocks: list[Block]):
    """The container's part holding the page's own headline and, under it, the post's marked text element
    ("entry-content", itemprop="articleBody"), when all the container holds besides is text set above the headline: a
    notice the site shows over every post (a farewell, a closure) outweighs a post of a teaser and a linked line, and
    opens a longer one, but the post is what its own part holds."""
    at = next((i for i, b in enumerate(blocks) if b.element is not None and within(b.element, headline)), None)
    part = next((a for a in ancestors_below(headline, container) if a.getparent() is container), None)
    if at is None or part is None:
        return container

    def beside_part(block: Block) -> bool:
        return bool(block.chars) and block.element is not None and within(block.element, container) \
            and not within(block.element, part)
    # Text beside the headline's part must all stand above it. Most pages set none above their headline: asked
    # first, the few blocks before the headline settle it, not a walk of the whole text.
    if not any(beside_part(b) for b in blocks[:at]) or any(beside_part(b) for b in blocks[at + 1:]):
        return container
    # The text element of another post the part holds (the next article a page appends) is none of this post's.
    marked = [d for d in part.iter() if isinstance(d.tag, str) and marks_text_element(d)
              and not any(wraps_own_post(a) for a in (d, *ancestors_below(d, part)))]
    below = (b for b in blocks[at + 1:] if b.kind in TEXT_KINDS and b.element is not None)
    return part if any(within(b.element, d) for b in below for d in marked) else container


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
    player or a link to a document after the headline, or a picture right above it (_pictured_above): what a post
    without words of its own is of (a flyer, the yearly report's PDF, a poster set over its headline). Read before
    pruning, which takes pictures and link lines. `beside_cards`: the site's cards of other posts sit in boxes beside
    the headline's element (PageEntries.cards_beside_headline), which makes that element the post's own where the
    theme marks none."""
    headline = _own_headline(page, title)
    if headline is None:
        return False
    entry = next((a for a in headline.iterancestors() if a.tag in ("main", "article") or wraps_own_post(a)), None)
    # Where the theme marks no post's element, the headline's own box (its date line, the picture under it) is the
    # post's: a static generator's `<section><div class=container><h1>..<h2>date</h2><div class=content><img>`. The
    # page's <body> is no post's box, unless the site's cards sit in boxes beside the headline's.
    parent = headline.getparent()
    if entry is None and parent is not None and (beside_cards or parent.tag != "body"):
        entry = parent
    if entry is None:
        return False
    if _pictured_above(headline, entry):
        return True
    after = False
    for element in entry.iter():  # each element tested alone: the walk reaches those inside it too
        if element is headline:
            after = True
        elif after and is_media(element) and not within(element, headline):
            return True
    return False


def media_entry_alone(page) -> bool:
    """The entry the page's <body> classes name its own (cms_classes.own_entry) shows a picture, a player or a document
    and no linked headline: a post of a picture alone, wherever the theme sets its headline (a hero above the content)
    and whatever cards of other posts it sets after the entry. Read before pruning, which takes pictures."""
    entry = cms_own_entry(page)
    if entry is None:
        return False
    if any(heading.find(".//a") is not None for heading in entry.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        return False
    return any(is_media(element) for element in entry.iter())


def _pictured_above(headline, entry) -> bool:
    """Inside the post's own element, the element right above the headline (or above the box the headline opens)
    shows a picture and no words but its caption: the post's own picture set over its headline, as themes set a
    featured image. A banner parted from the headline by a line of text (a breadcrumb, a section's name) is the
    page's, and so is a picture in the site's menu or side column."""
    element = headline
    while element is not entry:  # the entry is one of the headline's ancestors
        above = next((e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str)), None)
        if above is not None:
            return not (above.tail or "").strip() and not is_chrome(above) and shows_media(above) \
                and not _words_but_caption(above)
        element = element.getparent()
        if (element.text or "").strip():  # a line opening the box the headline opens
            return False
    return False


def _words_but_caption(element) -> bool:
    """The element holds words outside its pictures' captions (<figcaption>)."""
    captions = sum(len(text_of(caption).strip()) for caption in element.iter("figcaption"))
    return len(text_of(element).strip()) > captions


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


def marks_text_element(element) -> bool:
    """The element is marked as a post's text by its microdata or one of its names ("entry-content",
    itemprop="articleBody"), not by a part of a longer name ("article-content__group" on each paragraph's box)."""
    return "articleBody" in (element.get("itemprop") or "").split() \
        or any(ARTICLE_TEXT_MARK.fullmatch(name) for name in (element.get("class") or "").split()) \
        or ARTICLE_TEXT_MARK.fullmatch(element.get("id") or "") is not None


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
    credit to the text's source after the container (`host`: the page's), or the linked lines its closing sentence
    announces."""
    if marks_own_entry(container):
        return container
    entry = next((a for a in container.iterancestors() if marks_own_entry(a)), None)
    if entry is None or len(list(entry.iterdescendants("h1"))) > 1:
        return container
    rest = [b for b in blocks if within(b.element, entry) and not within(b.element, container)]
    if _source_credit_after(container, blocks, rest, host) or _announced_after(entry, blocks, rest):
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


def _announced_after(entry, blocks: list[Block], rest: list[Block]) -> bool:
    """All the rest of the post's text element is the linked lines the container's closing sentence announces
    ("Please see our updated course descriptions:" over a heading and a list of links a group): the writer's, which
    weigh as a menu's links do."""
    announced = announced_closing_lines([b for b in blocks if within(b.element, entry)])
    lines = [b for b in rest if b.chars]
    return bool(lines) and all(id(b) in announced for b in lines)


def _writers_line(block: Block) -> bool:
    """A short line of the writer's that weighs as furniture: an item most of whose words are not its links', or
    showing the address it links to (where to download the release), or a short sentence with no link ("Here are
    the details."), or an unlinked subheading set as a line wholly in bold ("<p><strong>Erebidae</strong></p>" over
    a list), as editors with no heading style set one; a date line or a byline ends on no full stop."""
    if block.kind == "item":
        return block.link_chars <= 0.5 * block.chars or BARE_ADDRESS.match(block.text) is not None
    return not block.link_chars and (FULL_STOP.search(block.text) is not None or set_as_heading(block))


def own_article(container, title: str | None, scores: dict):
    """Pages that append the next article hold several headlines: keep to the part with the page's own."""
    wanted = fold(title) if title else None
    while True:
        headlines = list(container.iterdescendants("h1"))
        if len(headlines) < 2:
            return _headed_article(container, wanted, scores)
        own = next((h for h in headlines if wanted is not None and fold(text_of(h)) == wanted), None)
        if own is None and wanted is not None \
                and any(fold(text_of(h)) == wanted for h in container.getroottree().iter("h1")):
            return container  # the headline stands above: these <h1>s are the text's own (Markdown's "#tag" lines)
        own = own if own is not None else headlines[0]
        child = next((c for c in container if c is own or within(own, c)), None)
        # The headline itself is no part of the text (a post's own element may weigh less than nothing).
        if child is None or child is own or scores.get(child, 0) < _OWN_ARTICLE_SHARE * scores[container]:
            return container
        if _excerpt_of_the_rest(container, child):
            return container  # a banner with the headline over the post's excerpt; the text, opening on a heading, below
        container = child


def _excerpt_of_the_rest(container, part) -> bool:
    """Every paragraph of `part` stands again in the container's other children: a banner showing the post's excerpt
    (its opening words, cut off anywhere) above the text, not an article of its own."""
    paragraphs = [fold(text_of(p)) for p in part.iter("p")]
    paragraphs = [p for p in paragraphs if len(p.split()) >= _EXCERPT_WORDS]
    if not paragraphs:
        return False
    # Text nodes joined by spaces: the excerpt runs on from the text's heading into its first paragraph.
    rest = fold(" ".join(text for child in container if child is not part for text in child.itertext()))
    return all(p in rest for p in paragraphs)


def _headed_article(container, wanted: str | None, scores: dict):
    """The one <article> of several apart in the container that shows the page's own headline, when it holds a fair
    share of the text: the others are boxes the theme sets beside the post (the writer's bio, a card of another
    post), which outweigh a short post of picture captions enough to lift the best container above it."""
    if wanted is None:
        return container
    articles = [a for a in container.iterdescendants("article")
                if not any(up.tag == "article" for up in ancestors_below(a, container))]
    headed = [a for a in articles if any(fold(text_of(h)) == wanted for h in a.iterdescendants("h1"))]
    if len(articles) < 2 or len(headed) != 1 or scores.get(headed[0], 0) < _OWN_ARTICLE_SHARE * scores[container]:
        return container
    return headed[0]
