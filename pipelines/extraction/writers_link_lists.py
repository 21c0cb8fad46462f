"""A list of links the writer sets among the text's own paragraphs (the sources, the songs, the pictures the post
speaks of): the text's, though each point is one linked line as a box of other stories or a menu is."""
from __future__ import annotations

from .blocks import Block
from .line_patterns import FULL_STOP, FURNITURE_LINE, INTRO_WORDS, SENTENCES_PART
from .link_lines import CLOSING_LINKS, leads_away, leads_to_social_network
from .links import leads_to_recording
from .links_amid_text import sibling_with_text, writers_own_element
from .text import spaced_text, text_of

_LIST_TAGS = ("ul", "ol")
# One linked point amid the text is a "read also" teaser or a call to action, unless it is the recording the post
# speaks of; the writer's links come a few to a list.
_LIST_POINTS = 2
# Links the site marks as paid or unendorsed: a shop list.
_PAID_REL = ("sponsored", "nofollow")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def writers_link_lists(blocks: list[Block], host: str) -> set[int]:
    """Ids of the points of lists whose every point is one link and that the writer set right under a paragraph of
    their own, or under a heading set as the text's own section headings are, in the element holding it: the
    text's. A site's related-posts box links the site's own posts, a share box social networks, and either stands
    apart from the text's paragraphs or under a heading of its own; a shop list marks its links unendorsed
    (rel="nofollow")."""
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
    before = sibling_with_text(listing.itersiblings(preceding=True))
    if before is None:
        return False
    headed = before.tag != "p" and _heads_own_section(before)
    if not headed and (before.tag != "p" or not (writers_own_element(before) or _writers_lead_in(before))):
        return False
    # Links to the site's own pages are a box of its stories or a menu, unless the writer's sentence right above
    # announces them amid the text (a box's line stands under a heading of the box's own). An address to write to
    # or call leads away from the site as another site does: the writer's contacts ("Email: <a>anna@...</a>").
    if not links or not (all(leads_away(href, host) or href.startswith(CLOSING_LINKS) for href in links)
                         or (not headed and announces_list(before) and not under_heading(before))) \
            or 2 * sum(leads_to_social_network(href) for href in links) > len(links) \
            or (len(items) < _LIST_POINTS and not all(leads_to_recording(href) for href in links)):
        return False
    return True


def _writers_lead_in(paragraph) -> bool:
    """A paragraph of the writer's over the list that links its subject on the way, its words still mostly its own:
    a sentence ("The daily <a>published a long inquiry</a>, with an interview.") or one announcing the list ("The
    <a>guidelines</a> were updated. The reports are below:"). A box's label stands alone, in a word or two."""
    text = spaced_text(paragraph)
    linked = sum(len(spaced_text(a)) for a in paragraph.iter("a"))
    if 2 * linked >= len(text):
        return False
    # An announcing line after a sentence of its own: a box's label announces its links in a line alone, however it
    # follows the text ("More stories from our newsroom:").
    return FULL_STOP.search(text) is not None or (announces_list(paragraph) and len(SENTENCES_PART.split(text)) > 1)


def _heads_own_section(heading) -> bool:
    """A heading set as an earlier heading of the same element whose section holds a paragraph of the writer's: one of
    the text's section headings ("Resources", "Contacts" closing a post written in sections), not a box's label, which
    stands apart from the text or is set otherwise. A label naming furniture ("Related posts", "Share") heads a box
    wherever it stands."""
    if heading.tag not in _HEADINGS or FURNITURE_LINE.search(text_of(heading)):
        return False
    for earlier in heading.itersiblings(preceding=True):
        if earlier.tag == heading.tag and earlier.get("class") == heading.get("class") \
                and any(under.tag == "p" and writers_own_element(under) for under in _section_of(earlier)):
            return True
    return False


def _section_of(heading):
    """The elements under a heading up to the next heading: its section, which may open on a linked line (a
    source's DOI, a link to the paper) before the writer's paragraph."""
    for under in heading.itersiblings():
        if not isinstance(under.tag, str):
            continue
        if under.tag in _HEADINGS:
            return
        yield under


def under_heading(paragraph) -> bool:
    """A heading right above the paragraph: the site's box of its stories, however long its line ("More on the
    subject" over "Anyone who wants to know more should read these:"). A heading set as the text's own section
    headings opens the writer's last section, not a box ("Community" over "I have been discussing these with:")."""
    above = sibling_with_text(paragraph.itersiblings(preceding=True))
    return above is not None and above.tag in _HEADINGS and not _heads_own_section(above)


def announces_list(paragraph) -> bool:
    """The paragraph's last sentence, a line of its own, ends in a colon and says what it lists: what follows is the
    text it announces. A label set as the paragraph's last line ("...<br>Read also:") heads the site's box."""
    breaks = list(paragraph.iter("br"))
    line = (breaks[-1].tail or "") + "".join(text_of(e) + (e.tail or "") for e in breaks[-1].itersiblings()) \
        if breaks else text_of(paragraph)
    sentence = SENTENCES_PART.split(" ".join(line.split()))[-1]
    return sentence.endswith(":") and len(sentence.split()) >= INTRO_WORDS
