"""The writer's closing line introducing the post's own button: "Please sign up through this short form:" over a
centred "Sign up" link, "Anmäl dig via formuläret:" over "Anmäl dig"."""
from __future__ import annotations

import re

from .blocks import Block
from .line_patterns import FURNITURE_LINE, WORD
from .own_page_calls import CALL_LINE_CHARS
from .text import spaced_text, text_of
from .text_run import lines_after_text

# A line introducing what follows says what it is in three words or more; a box's label says a word or two.
_INTRO_WORDS = 3
# A button says what it does in a word or a few ("Sign up", "Anmäl dig här"); a link naming a story runs longer.
_BUTTON_WORDS = 4
# The writer calls the reader to sign up for the post's event in the words a site's box uses too; any other furniture
# phrase in the line names the site's own box ("Sign up for our newsletter:", "You may also be interested in:").
_SIGN_UP = re.compile(r"\bsign(?:ing)?[ -]?up\b", re.IGNORECASE)


def lines_over_own_button(blocks: list[Block]) -> set[int]:
    """Ids of the text's closing line that ends on a colon, links nothing, and stands in the run of the text's
    paragraphs right above one link set alone as a button, the last thing there: the writer's call to the post's
    own form, whose button the furniture rule takes ("Sign up"), the line with it as a sign-off (short, no full stop,
    a furniture phrase in it). A site's sign-up box sets its own element, with a form or a class naming it, apart from
    the text (lines_after_text reads only the text's run), names the site's newsletter, or repeats on most of the
    site's pages (the boilerplate memory drops those: these lines are kept only as labelled lines are)."""
    lines, _ = lines_after_text(blocks)
    return {id(line) for line in lines[-2:] if _introduces_button(line)}


def _introduces_button(line: Block) -> bool:
    if line.kind != "p" or line.element is None or line.link_chars or line.chars > CALL_LINE_CHARS \
            or not line.text.endswith(":") or len(WORD.findall(line.text)) < _INTRO_WORDS \
            or FURNITURE_LINE.search(_SIGN_UP.sub("", line.text)):
        return False
    holder = line.element.getparent()
    if holder is None or next(holder.iter("form", "input", "button"), None) is not None:
        return False  # a sign-up box's own form
    # Only the button follows the line, an empty paragraph or two between them for room.
    after = [e for e in line.element.itersiblings() if isinstance(e.tag, str) and text_of(e).strip()]
    if len(after) != 1:
        return False
    links = list(after[0].iter("a"))
    shown = spaced_text(after[0])
    return len(links) == 1 and bool(links[0].get("href")) and spaced_text(links[0]) == shown \
        and 0 < len(WORD.findall(shown)) <= _BUTTON_WORDS
