"""The writer's short sentence closing the text by sending the reader on to read more, typed around its one link:
"Read more about <a>versioning datasets here</a>.", "<a>Read the post here</a>.", "Les mer <a>i denne saken</a>."
Its full stop is typed after the link, as Markdown writes "[Read the post here](...)."; a site's prompt is a
button's label, with no stop or one inside its link ("Read more »", "<a>Read more.</a>")."""
from __future__ import annotations

from .blocks import Block
from .line_patterns import FURNITURE_LINE, READ_ON, WORD
from .link_lines import leads_to_social_network, page_target, sole_link
from .links import links_to_page
from .own_pages import lists_by_subject, lists_page
from .text import spaced_text
from .text_run import lines_after_text

# A pointing sentence is short; a paragraph says more. "Read the post here" is three words.
_WORDS = (3, 12)
# The read-on phrases (line_patterns.READ_ON) are the furniture words such a sentence may hold; any other ("Posted in
# <a>News</a>.", "Filed under <a>Events</a>.") makes the line the site's.
_TYPED_STOPS = (".", "!")


def read_on_closing(blocks: list[Block], page_url: str) -> list[Block]:
    """Such sentences among the lines after the text's last long paragraph, in the run of its paragraphs."""
    lines, _ = lines_after_text(blocks)
    return [line for line in lines if is_read_on_sentence(line, page_url)]


def is_read_on_sentence(block: Block, page_url: str) -> bool:
    """A line of a few words ending on a full stop typed right after its one link, which leads to another page than
    the page itself, a listing above it or by subject, or a social network; no furniture words but read-on ones."""
    if block.kind != "p" or block.element is None or not page_url \
            or not _WORDS[0] <= len(WORD.findall(block.text)) <= _WORDS[1] \
            or FURNITURE_LINE.search(READ_ON.sub(" ", block.text)):
        return False
    link = sole_link(block)
    if link is None or not _stop_typed_after(block.text, spaced_text(link)):
        return False
    target = page_target(link, page_url)
    return target is not None and not links_to_page(target, page_url) and not lists_page(target, page_url) \
        and not lists_by_subject(target) and not leads_to_social_network(target)


def _stop_typed_after(text: str, linked: str) -> bool:
    """The line ends on the link's words and a full stop typed after them."""
    text, linked = " ".join(text.split()), " ".join(linked.split())
    return bool(linked) and linked[-1] not in _TYPED_STOPS \
        and any(text.endswith(linked + stop) or text.endswith(linked + " " + stop) for stop in _TYPED_STOPS)
