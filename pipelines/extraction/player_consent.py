"""The notice a player shows in its place until the reader accepts the video site's cookies ("Accept YouTube's
cookies to see the video", an Accept button, a "remember for all videos" box): the player's, never the text, though
the theme sets it as a box of its own beside the <video> or <iframe>, in classes naming neither cookies nor consent."""
from __future__ import annotations

import re

from .text import spaced_text

_MEDIA_TAGS = ("video", "iframe", "audio", "object", "embed")
# The notice names the cookies, in the partners' languages and Polish; the player's caption or the writer's line
# beside a video does not.
_COOKIES = re.compile(r"cookie|kakor|eväste|informasjonskaps|ciasteczk", re.IGNORECASE)
# A notice is a sentence or two and a button; a paragraph of the text beside the player is longer.
_NOTICE_CHARS = 400
# How far above the player its wrapper and the notice beside it sit.
_CLIMB = 3


def consent_notices_over_players(root, apart: set) -> list:
    """The boxes beside an embedded player, within a few wrappers of it, holding a button and a short text naming
    cookies. A player inside a box `apart` from the page (the site's own consent tool, a hidden box or dialog) is
    that box's, which pruning judges as a whole."""
    found = []
    for media in root.iter(*_MEDIA_TAGS):
        if media in apart or any(a in apart for a in media.iterancestors()):
            continue
        node = media
        for _ in range(_CLIMB):
            parent = node.getparent()
            if parent is None:
                break
            for sibling in parent:
                if sibling is node or not isinstance(sibling.tag, str) or sibling in found:
                    continue
                if next(sibling.iter("button"), None) is None:
                    continue  # most boxes beside a player have none: no need to read their text
                text = spaced_text(sibling)
                if text and len(text) <= _NOTICE_CHARS and _COOKIES.search(text):
                    found.append(sibling)
            node = parent
    return found
