"""A post whose whole text is one line under its headline, a linked or short line that weighs as furniture: a link
elsewhere, a dated post's one sentence, a line announcing what it links, or the caption of its embedded player."""
from __future__ import annotations

from .ancestry import within
from .blocks import Block
from .container_scores import own_text
from .line_patterns import FULL_STOP, FURNITURE_LINE, WORD
from .link_lines import is_closing_link
from .media_in_text import HELD_MEDIA
from .own_post import wraps_own_post
from .stamp_lines import is_stamp
from .text import fold
from .xpaths import HEADING_GROUP_TAG


def lone_link_line(blocks: list[Block], title: str | None, host: str, dated: bool = False) -> list[Block]:
    """A post whose whole text is one line linking elsewhere ("[Read the story on <a>...</a>]", an embed's
    fallback) or, on a dated page, one short sentence of its own (a question under a screenshot), one sentence
    announcing what it links (a lab's "New paper on <a>...</a>. <a>[Code]</a>") or the caption of its embedded
    player (a video and a line): the one such line
    under the page's own headline, before the next heading. A linked or short line weighs as furniture, so no
    container holds prose; yet the line is the post's, never its metadata around it. An undated page's one short
    sentence ("Call us.") is a static page's."""
    wanted = fold(title or "")
    start = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if start is None:
        return []
    under = []
    for block in blocks[start + 1:]:
        if block.kind in ("title", "heading") and not _in_heading_group(block):
            break
        if block.kind not in ("title", "heading"):
            under.append(block)
    # The post's own wrapper (<article>) around the headline holds its line: the links to the neighbouring posts
    # after it are the theme's, however plain pruning left them.
    entry = next((a for a in blocks[start].element.iterancestors() if wraps_own_post(a)), None)
    if entry is not None:
        under = [block for block in under if within(block.element, entry)]
    box = _box_below_banner(under, blocks[start])
    if box is not None:
        # A headline in a banner of its own: the post is in the box below it, not in a link row closing the page (the
        # site's credits), and a dated post's line may be one announcing what it links however linked it is.
        under = [block for block in under if within(block.element, box)]
        announcing = [block for block in under if dated and _announces(block)]
        if len(announcing) == 1:
            return announcing
    lines = [block for block in under
             if is_closing_link(block, host) or (dated and (_own_sentence(block) or captions_player(block)))]
    return lines if len(lines) == 1 else []


def _in_heading_group(block: Block) -> bool:
    """A heading set in a heading group (<hgroup>: the headline with its kicker or subtitle) is the headline's, no
    section heading: the text a theme sets in the group beside them goes on past it."""
    return any(a.tag == HEADING_GROUP_TAG for a in block.element.iterancestors())


def _box_below_banner(under: list[Block], headline: Block):
    """The box below the headline when the headline stands in a box of its own (a theme's hero banner), or None: the
    highest box holding the first line under the headline and not the headline."""
    if not under:
        return None
    banner = headline.element
    for ancestor in headline.element.iterancestors():
        if within(under[0].element, ancestor):
            break
        banner = ancestor
    if banner is headline.element:
        return None  # the headline and the text share a box (<article>: <h1>, date, text)
    box = under[0].element
    for ancestor in under[0].element.iterancestors():
        if within(headline.element, ancestor):
            break
        box = ancestor
    return box


def _announces(block: Block) -> bool:
    """A paragraph linking what it announces with a word or more of the writer's around ("New preprint on
    <a>...</a>. <a>[Code]</a>"), however much of it the links' words are."""
    return block.kind == "p" and block.link_chars > 0 and WORD.search(own_text(block.element)) is not None


def captions_player(block: Block) -> bool:
    """A line of words of its own set beside an embedded player, in the element it stood in (media_in_text.HELD_MEDIA): the
    caption of a post that is a video and a line ("Vespers sung by the brothers"), no stamp or furniture."""
    if block.kind not in ("p", "text") or block.link_chars or not WORD.search(block.text) \
            or FURNITURE_LINE.search(block.text) or is_stamp(block):
        return False
    return any(e is not None and e.get(HELD_MEDIA) is not None for e in (block.element, block.element.getparent()))


def _own_sentence(block: Block) -> bool:
    """A paragraph (<p>) of the writer's words, no link, ending as a sentence does: a byline or a date line is
    loose text and ends on no full stop."""
    return block.kind == "p" and not block.link_chars and FULL_STOP.search(block.text) is not None
