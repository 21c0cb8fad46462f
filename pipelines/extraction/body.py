"""Find the article's main text among a page's blocks: pick the best container, then keep its content blocks."""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Block, linearise
from .container import (PARAGRAPH_TAGS, TEXT_KINDS, after_own_headline, below_own_headline, container_scores,
                        in_teaser_card, marked_article, own_article, paragraphs_around, standfirst, twins, within)
from .content_blocks import content_blocks
from .line_rules import host_of, is_teaser_headline
from .prune import fold


@dataclass
class Body:
    """The article's blocks in document order, and how many linked teaser headlines surrounded them.

    `longest_run` is the most prose the container holds between two linked headlines: an article's own
    text runs on, a listing's is cut into teasers.
    """

    blocks: list[Block] = field(default_factory=list)
    linked_headings: int = 0
    longest_run: int = 0


def extract_body(root, title: str | None = None, furniture_texts: frozenset[str] | set[str] = frozenset(),
                 url: str = "", page_days: frozenset[str] | set[str] = frozenset()) -> Body:
    """The main text of a page (no blocks when no container holds enough prose).

    `furniture_texts` are folded texts the page shows in furniture: blocks repeating them are dropped.
    `url` (the page's) tells links to other sites and documents, which a closing line may point to.
    `page_days` ("YYYY-MM-DD") are the page's publication and update days: a short line showing one of them is
    the byline's date line, a short line naming another day is the text's own ("CONCERT IN TOWN on 26 April").
    """
    page = root.find("body")
    blocks = linearise(page if page is not None else root)
    scores = container_scores(blocks)
    container = max(scores, key=scores.get) if scores else None
    if container is None or scores[container] <= 0:
        return Body()
    container = after_own_headline(page if page is not None else root, container, title, scores)
    if container.tag in PARAGRAPH_TAGS:
        container = paragraphs_around(container, blocks, host_of(url))
    wider = container
    container = own_article(marked_article(container, below_own_headline(blocks, title, container) or scores),
                            title, scores)
    parts = [container, *twins(container, scores)]
    positions = [i for i, b in enumerate(blocks) if any(within(b.element, part) for part in parts)]
    inside = standfirst(blocks, positions, wider) + [blocks[i] for i in positions]
    linked_headings = sum(1 for b in inside if is_teaser_headline(b))
    longest_run = _longest_run(inside)
    cards: dict = {}
    own = (fold(title or ""), url)
    inside = [b for b in inside
              if b.kind in ("title", "heading") or not in_teaser_card(b, container, cards, own)]
    headline_outside = bool(own[0]) and any(b.kind == "title" and fold(b.text) == own[0]
                                          and not any(within(b.element, part) for part in parts) for b in blocks)
    return Body(content_blocks(inside, title, furniture_texts, host_of(url), page_days, headline_outside),
                linked_headings, longest_run)


def _longest_run(blocks: list[Block]) -> int:
    longest = run = 0
    for block in blocks:
        if is_teaser_headline(block):
            run = 0
        elif block.kind in TEXT_KINDS and block.link_density < 0.35:
            run += block.chars
            longest = max(longest, run)
    return longest
