"""Widen the best container to the whole text: a paragraph, a list or a table of data is never the whole article;
with the standfirst above it, its twins beside it, and lines set as paragraphs however tagged."""
from __future__ import annotations

from itertools import chain, islice

from news_archive.archive.word_measure import word_count

from .ancestry import set_alike, within
from .blocks import Block
from .heading_lines import is_teaser_headline
from .hints import classed_as_standfirst
from .line_patterns import FULL_STOP
from .link_lines import cites_address, host_of, is_closing_link, is_link_line, sole_link, writes_or_calls
from .media_in_text import introduces_media
from .own_pages import points_to_own_page
from .own_post import marks_own_entry
from .pointer_lines import is_writers_pointer
from .prose_lines import colon_over_list, is_prose_line, runs_into_list, runs_on_from_link
from .read_on_sentences import is_read_on_sentence
from .stamp_lines import is_date_line
from .teaser_cards import is_linked_heading
from .text import fold, text_of
from .xpaths import ENTRY_ID_CLASS, SUBHEADING_TAGS

PARAGRAPH_TAGS = frozenset({"p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_CLIMB = 3
# A sentence linked whole that carries a paragraph's text on: this many words, this share of its text the link's.
_LINKED_SENTENCE_WORDS = 8
_WHOLLY_LINKED = 0.9
_LIST_TAGS = frozenset({"ul", "ol"})
# A post's sources closing it run a line or a few; more linked lines are a box of other stories.
_CLOSING_LINK_LINES = 3
# A list of lines is the writer's when less than this share of its text is links.
_WRITERS_LINES_LINKED = 0.5
# A paragraph's own subheading names its point in a few words; one word is a box's label ("News").
_SUBHEADING_WORDS = 3
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr"})
# A table of data has a few rows of a few cells.
_TABLE_CELLS = 4
_STANDFIRST_CHARS = 80
# A paragraph shorter than a standfirst is one when its class, or its wrapper's, names a standfirst ("article-lead"):
# a lead of a sentence or two ("Record numbers of missiles were fired."), set apart from the text in the header.
_NAMED_STANDFIRST_CHARS = 25
# A standfirst set as a heading runs to a sentence ("Strong storms are possible across the plains on Friday"); a
# heading of a box or a part of the text names it in a few words.
_STANDFIRST_HEADING_WORDS = 8
# The post's wrapper stands this many levels at most above the container.
_ENTRY_CLIMB = 3


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
            if b.link_density < 0.2 and fold(b.text) not in texts
            and ((b.kind in ("p", "text") and (b.chars >= _STANDFIRST_CHARS or _named_standfirst(b)
                                               or _standfirst_heading(b)))
                 or (b.kind == "heading" and _standfirst_heading(b)) or (b.kind == "item" and _standfirst_point(b)))]


def _named_standfirst(block: Block) -> bool:
    """A sentence or two whose class, or its holder's, names a standfirst: a lead however short."""
    return block.chars >= _NAMED_STANDFIRST_CHARS and classed_as_standfirst(block.element) \
        and FULL_STOP.search(block.text) is not None


def _standfirst_heading(block: Block) -> bool:
    """A deck set in heading type under the headline (`<h2 class="subtitle">`, "article-excerpt"), or in a paragraph
    so classed (`<p class="strapline">`): a standfirst of a sentence or more, set as headings are, without its full
    stop. A label of a few words is a heading."""
    return word_count(block.text) >= _STANDFIRST_HEADING_WORDS and classed_as_standfirst(block.element)


def _standfirst_point(block: Block) -> bool:
    """A point of a standfirst set as a list of sentences (a box of key points, "summary-bullets", under the
    headline): the list, or its box, is classed as the lead, and every point of it is a sentence. A list of links or
    labels so classed (a contents box) is no standfirst."""
    points = block.element.getparent() if block.element is not None else None
    if points is None or points.tag not in _LIST_TAGS or not classed_as_standfirst(points):
        return False
    items = [item for item in points if item.tag == "li"]
    return block.chars >= _NAMED_STANDFIRST_CHARS \
        and all(FULL_STOP.search(text_of(item).strip()) is not None for item in items)


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
    if _closing_link_lines_after(paragraph, blocks, host):
        return paragraph.getparent()
    if _closes_on_own_page_pointer(paragraph, blocks, page_url):
        return paragraph.getparent()
    # A list of the writer's lines set beside it (a dialogue, then a line on how it went) is the same text, and so is
    # the list of links its last sentence runs into ("... at the following places" over the slides' links).
    siblings = (*paragraph.itersiblings(preceding=True), *paragraph.itersiblings())
    if any(_list_of_own_lines(sibling, blocks) for sibling in siblings) or (
            following is not None and following.tag in _LIST_TAGS and _introduces_list_under(paragraph, blocks)):
        return paragraph.getparent()
    element = paragraph
    continued = _linked_sentence_after(paragraph, blocks)
    opening = _sentence_from_link_before(paragraph, blocks)
    # A code block is never the whole text either: the line introducing it ("The howto: <a>Making a buildout</a>")
    # is the writer's, however much of it is the link to where the code comes from.
    code = paragraph.tag == "pre"
    for _ in range(_PARAGRAPH_CLIMB):
        element = element.getparent()
        if element is None:
            break
        neighbours = sum(1 for b in blocks if not within(b.element, paragraph)
                         and (b.link_density <= 0.5 or cites_address(b) or writes_or_calls(b)
                              or b is continued or b is opening
                              or (code and b.kind == "p" and b.chars > b.link_chars))
                         and (b.kind in ("p", "quote", "cell") or (b.kind == "text" and b.chars >= 25)
                              or (b.kind == "heading" and len(b.text.split()) >= 8)
                              or (b.kind == "item" and cites_address(b)))
                         and within(b.element, element))
        if neighbours:
            return element
    # A paragraph alone under its own subheading is a notice of one paragraph; the subheading is its text's.
    return paragraph.getparent() if _opening_subheading(paragraph, blocks) is not None else paragraph


def _introduces_list_under(paragraph, blocks: list[Block]) -> bool:
    """The paragraph's sentence runs into the list under it or ends on a colon over it, or its last line introduces
    that list ("Press coverage:" closing a text set in lines, <br> between them): the list completes the text."""
    lines = [b for b in blocks if b.element is paragraph]
    return any(runs_into_list(b) or colon_over_list(b) for b in lines) \
        or (bool(lines) and lines[-1].text.endswith(":") and not lines[-1].link_chars)


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


def _sentence_from_link_before(paragraph, blocks: list[Block]) -> Block | None:
    """The paragraph right before it when that is a sentence run on from its link ("<a>Course 2019</a> is online!"
    over "Sign up on our page."): the notice's opening line, though its link holds most of it."""
    previous = paragraph.getprevious()
    if previous is None or previous.tag != "p":
        return None
    lines = [b for b in blocks if b.element is previous]
    return lines[0] if len(lines) == 1 and runs_on_from_link(lines[0]) else None


def _closing_link_lines_after(paragraph, blocks: list[Block], host: str) -> bool:
    """The paragraphs after it, up to the end of its parent, are each a line of links to other sites, one at least
    a closing link: the post's sources, whatever words name them ("More about the award" over "Past winners")."""
    lines = [sibling for sibling in paragraph.itersiblings()
             if isinstance(sibling.tag, str) and text_of(sibling).strip()]
    if not lines or len(lines) > _CLOSING_LINK_LINES or any(line.tag != "p" for line in lines):
        return False
    shown = {id(line): [b for b in blocks if b.element is line] for line in lines}
    if not all(len(shown[id(line)]) == 1 and shown[id(line)][0].kind == "p" and is_link_line(shown[id(line)][0], host)
               for line in lines):
        return False
    return any(is_closing_link(shown[id(line)][0], host) for line in lines)


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
    site outside the posts' section (own_pages.points_to_own_page), the writer's pointer line (pointer_lines) or
    sentence sending the reader on to read more (read_on_sentences)."""
    last = next((s for s in reversed(list(paragraph.itersiblings())) if isinstance(s.tag, str) and text_of(s).strip()),
                None)
    return last is not None and last.tag == "p" \
        and any(b.element is last and (points_to_own_page(b, page_url) or is_writers_pointer(b, page_url)
                                       or is_read_on_sentence(b, page_url))
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
    if heading is None or heading.tag not in SUBHEADING_TAGS or len(text_of(heading).split()) < _SUBHEADING_WORDS \
            or (paragraph.getparent().text or "").strip() or (heading.tail or "").strip():
        return None
    above = [s for s in heading.itersiblings(preceding=True)
             if (isinstance(s.tag, str) and not _holds_no_text(s)) or (s.tail or "").strip()]
    return heading if not above or _under_the_headline(heading, above, blocks) else None


def _under_the_headline(heading, above: list, blocks: list[Block]) -> bool:
    """Only the post's headline (an <h1>) and the date line under it ("<ul class=meta><li><time>4 May 2024</time>")
    stand above the heading, which links nowhere: a teaser's linked headline under its date is no post's subheading."""
    headlines = {id(b.element) for b in blocks if b.kind == "title"}
    return not is_linked_heading(heading) and any(id(s) in headlines for s in above) and all(
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


def twins(container, scores: dict) -> list:
    """Siblings of the container with its tag and class that hold prose: the article's text split into two blocks
    by a box the site set between them (a picture, a "related" strip) which weighs down their common parent."""
    parent, names = container.getparent(), container.get("class")
    if parent is None or not names:
        return []
    return [s for s in parent if s is not container and s.tag == container.tag and s.get("class") == names
            and scores.get(s, 0.0) > 0]


def entry_continued(container, scores: dict) -> list:
    """Elements after the container with the very classes of the post's wrapper in or around it, the post's number
    among them, that hold prose: a page builder closes the post's wrapper at the end of each full-width section of the
    layout and opens it again in the next, so the text's later parts stand outside the container."""
    wrappers = chain((container,), container.iterdescendants(), islice(container.iterancestors(), _ENTRY_CLIMB))
    wanted = next((names for names in (w.get("class") for w in wrappers if isinstance(w.tag, str))
                   if names and ENTRY_ID_CLASS.search(names)), None)
    if wanted is None:
        return []
    after, parts = False, []
    for element in container.getroottree().iter():
        if element is container:
            after = True
        elif after and element.get("class") == wanted and scores.get(element, 0.0) > 0 \
                and not within(element, container) and not any(within(element, part) for part in parts):
            parts.append(element)
    return parts


def media_line_after(container, blocks: list[Block]) -> list:
    """The line introducing the post's player or linked recording ("Watch the talk's recording" over the video; marked
    by media_in_text) that a page builder sets in a section of its own after the text's, inside the post's own text
    element ("entry-content"): the writer's last line, though the container holds the text's section alone. Only when
    no other text stands after the container in that element."""
    wrapper = next((a for a in container.iterancestors() if marks_own_entry(a)), None)
    if wrapper is None:
        return []
    last = max((i for i, b in enumerate(blocks) if within(b.element, container)), default=None)
    if last is None:
        return []
    after = [b for b in blocks[last + 1:] if b.chars and within(b.element, wrapper)]
    if not after or not all(introduces_media(b) for b in after):
        return []
    return [b.element for b in after]
