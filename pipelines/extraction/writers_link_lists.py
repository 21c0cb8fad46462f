"""A list of links the writer sets among the text's own paragraphs (the sources, the songs, the pictures the post
speaks of): the text's, though each point is one linked line as a box of other stories or a menu is."""
from __future__ import annotations

from .blocks import Block
from .line_patterns import FURNITURE_LINE
from .link_lines import leads_away, leads_to_social_network
from .links import leads_to_recording
from .links_amid_text import sibling_with_text, writers_own_element
from .text import text_of

_LIST_TAGS = ("ul", "ol")
# One linked point amid the text is a "read also" teaser or a call to action, unless it is the recording the post
# speaks of; the writer's links come a few to a list.
_LIST_POINTS = 2
# Links the site marks as paid or unendorsed: a shop list.
_PAID_REL = ("sponsored", "nofollow")


def writers_link_lists(blocks: list[Block], host: str) -> set[int]:
    """Ids of the points of lists whose every point is one link and that the writer set right under a paragraph of
    their own, in the element holding it: the text's. A site's related-posts box links the site's own posts, a share
    box social networks, and either stands apart from the text's paragraphs or under a heading of its own; a shop
    list marks its links unendorsed (rel="nofollow")."""
    lists: dict = {}
    for block in blocks:
        element = block.element
        if block.kind == "item" and block.link_chars and element is not None and element.tag == "li" \
                and element.getparent() is not None and element.getparent().tag in _LIST_TAGS:
            lists.setdefault(element.getparent(), []).append(block)
    return {id(point) for listing, points in lists.items() if _writers_list(listing, points, host) for point in points}


def _writers_list(listing, points: list[Block], host: str) -> bool:
    items = [child for child in listing if isinstance(child.tag, str)]
    # Every point is a line of the list's own (no nested lists of a menu) and is linked.
    if any(child.tag != "li" or child.find(".//ul") is not None or child.find(".//ol") is not None
           for child in items) or {id(b.element) for b in points} != {id(child) for child in items}:
        return False
    # A box labels its links ("Sponsored", "Share", "Related") or marks them paid.
    if any(FURNITURE_LINE.search(point.text) for point in points) \
            or any(word in (a.get("rel") or "").lower()
                   for child in items for a in child.iter("a") for word in _PAID_REL):
        return False
    links = [a.get("href") or "" for child in items for a in child.iter("a") if text_of(a).strip()]
    if not links or not all(leads_away(href, host) for href in links) \
            or 2 * sum(leads_to_social_network(href) for href in links) > len(links) \
            or (len(items) < _LIST_POINTS and not all(leads_to_recording(href) for href in links)):
        return False
    before = sibling_with_text(listing.itersiblings(preceding=True))
    return before is not None and before.tag == "p" and writers_own_element(before)
