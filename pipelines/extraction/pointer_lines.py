"""The writer's pointer lines: a short sentence pointing, in words a site's furniture uses too ("Click here to ...",
"Find out more about ..."), to what the post is about: its report, a recording, a form, a partner's page; closing the
text, or opening it."""
from __future__ import annotations

import re

from .ancestry import within
from .blocks import Block
from .line_patterns import FURNITURE_LINE, WORD
from .link_lines import host_of, leads_away, leads_to_social_network, page_target, sole_link, words_beside_links
from .links import all_lead_to_documents, links_to_page
from .own_pages import lists_page
from .prose_lines import is_long_paragraph
from .text_run import lines_after_text

# The words a writer points with, in the partners' languages and English: the furniture's words too ("Click here to
# subscribe", "More about us"), which the rest of the line tells apart; or the words leading to the post's recording
# or document ("Watch a video of the session", "Download the programme"). French says "by clicking" as English does,
# in its gerund ("Faites un don en cliquant ici").
_POINTING = re.compile(r"\b(?:click(?:ing)?|klicka|klikk|klik|klicken|cliqu(?:ez|ant|er)|(?:find out|learn) more(?: about)?|find|"
                       r"more about|watch|listen to|download)\b", re.IGNORECASE)
# The word the link often is ("<a>here</a>", "<a>HERE</a>") says where, not what; "more" names nothing either
# ("Click here for more", "Watch more videos").
_UNNAMING = re.compile(r"\b(?:here|this link|här|her|hier|ici|more)\b", re.IGNORECASE)
# A pointer is a short sentence; a paragraph says more.
_POINTER_WORDS = 12
# What the line points to is named in words of its own ("to take part", "the full survey results", "the IPK"); the
# furniture's pointers name nothing ("More about us", "Click here") or furniture ("to subscribe").
_NAMING_WORDS = 2
# A line opening the text names what it points to in a few words ("The first one ever!"), not one ("Video"); its own
# words beside the link are a pointer's few, the link's a title's.
_OPENING_WORDS = (2, 2 * _POINTER_WORDS)


def writers_pointers(blocks: list[Block], page_url: str) -> list[Block]:
    """The pointer lines among the lines after the text's last long paragraph, in the run of its paragraphs: the
    writer's, however short, linked or worded like furniture. A box of the site's sits in an element of its own."""
    lines, _ = lines_after_text(blocks)
    return [line for line in lines if is_writers_pointer(line, page_url)]


def writers_opening_pointers(blocks: list[Block], page_url: str) -> list[Block]:
    """The pointer lines above the text's first long paragraph, set as paragraphs in the very element holding it
    ("<a>Click here to view the survey's results</a>", "📣 <a>Find the recordings here</a>"): the writer's first line,
    pointing to the post's document or recording. A box of the site's ("Subscribe ...") sits in an element of its own
    or points to furniture."""
    first = next((b for b in blocks if b.kind == "p" and is_long_paragraph(b)), None)
    if first is None or first.element is None:
        return []
    holder = first.element.getparent()
    opening = blocks[:next(i for i, b in enumerate(blocks) if b is first)]
    return [line for line in opening if line.kind == "p" and line.element is not None
            and line.element.getparent() is holder and is_writers_pointer(line, page_url)]


def writers_opening_link(blocks: list[Block], page_url: str) -> list[Block]:
    """The line opening the text, set as a paragraph of the element holding the text that follows it, whose links all
    lead to another site or a document ("<a>The open letter to the chancellor</a>", "Found on <a>example.org</a>",
    "...<a>and this is what came out:</a>" over a quote): the writer's pointer to what the post is about, however
    linked. A site's box above a text (a share bar, a category, a "back to" link) links to its own pages, to a social
    network or says furniture's words."""
    texts = [b for b in blocks if b.kind not in ("title", "heading")]
    if len(texts) < 2:
        return []
    line, after = texts[0], texts[1]
    if line.kind != "p" or line.element is None or after.element is None or not line.link_chars \
            or not _OPENING_WORDS[0] <= len(WORD.findall(line.text)) <= _OPENING_WORDS[1] \
            or len(WORD.findall(words_beside_links(line))) > _POINTER_WORDS \
            or not within(after.element, line.element.getparent()):
        return []
    # What follows says something of its own: a paragraph, a quote, a list or code, not another linked line.
    if after.link_density > 0.5 or not after.chars:
        return []
    host = host_of(page_url)
    targets = [target for a in line.element.iter("a") if (target := page_target(a, page_url))]
    if not targets or not all(leads_away(target, host) and not leads_to_social_network(target) for target in targets):
        return []
    # Furniture's words may name the post's own document ("View this newsletter as a PDF", "Print version"): a site's
    # box (a subscription, a share bar) links pages, never only files.
    if FURNITURE_LINE.search(line.text) and not all_lead_to_documents(targets):
        return []
    return [line]


def is_writers_pointer(block: Block, page_url: str) -> bool:
    """A short line with pointing words ("Click here to read the full report", "Find out more about the partner
    <a>here</a>") whose other words name what it points to and no furniture ("Click here to subscribe"), its one
    link to another page than the page itself (a teaser's "read more"), a listing above it or a social network."""
    if block.kind not in ("p", "text", "heading") or block.element is None \
            or len(WORD.findall(block.text)) > _POINTER_WORDS or not _POINTING.search(block.text):
        return False
    rest = _POINTING.sub(" ", block.text)
    if FURNITURE_LINE.search(rest) or len(WORD.findall(_UNNAMING.sub(" ", rest))) < _NAMING_WORDS:
        return False
    link = sole_link(block)
    target = page_target(link, page_url) if link is not None else None
    return target is not None and not links_to_page(target, page_url) and not lists_page(target, page_url) \
        and not leads_to_social_network(target)
