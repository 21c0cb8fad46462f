"""The description an old plugin player (`<object>`) holds as its fallback content: with no plugin left to play it,
every browser shows that fallback where the player stands, and a player heading a post describes it there in a
sentence or two, set as the player's caption. Pruning drops the player and the boxes it sits in; the description
stays for the body."""
from __future__ import annotations

from lxml import etree

from .captions import is_caption
from .line_patterns import FULL_STOP
from .text import spaced_text

# A description says a sentence or more; a status line ("This video is playable on all devices.") is shorter.
_DESCRIPTION_CHARS = 80
_DESCRIPTION_WORDS = 12


def lift_descriptions_out_of_players(doomed: list) -> None:
    """Set each prose paragraph captioning an `<object>` of `doomed` in its fallback right after the doomed boxes
    around the player, as a plain paragraph, where it stands in the page's order once the boxes are gone. Only a
    player under the page's <h1> with no paragraph of text between them: a player amid the text captions it (an
    illustration's caption, which news texts leave out), one heading the post describes it."""
    dropped = set(doomed)
    for player in doomed:
        if player.tag != "object" or player.getparent() is None or _inside_other_object(player):
            continue
        descriptions = [p for p in player.iter("p") if _description(p) and _captions(p, player)]
        if not descriptions or not _heads_post(player):
            continue
        box = player  # the player's own boxes go with it; the first element around them that stays holds the text
        for ancestor in player.iterancestors():
            if ancestor not in dropped:
                break
            box = ancestor
        for description in reversed(descriptions):
            lifted = etree.Element("p")  # plain: the caption's classes name the player's box
            lifted.text = spaced_text(description)
            box.addnext(lifted)
            # Gone from the box, or its text would be noted with the box's furniture and the copy dropped as it.
            description.drop_tree()


def _inside_other_object(player) -> bool:
    return next(player.iterancestors("object"), None) is not None


def _description(paragraph) -> bool:
    text = spaced_text(paragraph)
    return len(text) >= _DESCRIPTION_CHARS and len(text.split()) >= _DESCRIPTION_WORDS \
        and FULL_STOP.search(text) is not None and next(paragraph.iter("a"), None) is None


def _captions(paragraph, player) -> bool:
    """The paragraph is the player's caption, or in its caption's box: a notice the fallback shows instead ("To view
    this content you need the latest Flash Player") is set as no caption."""
    for element in (paragraph, *paragraph.iterancestors()):
        if element is player:
            return False
        if is_caption(element):
            return True
    return False


def _heads_post(player) -> bool:
    """The page's <h1> comes before the player, and no paragraph of prose stands between them: read back through
    what precedes the player and each box around it."""
    for node in (player, *player.iterancestors()):
        for element in node.itersiblings(preceding=True):
            if _ends_at_headline(element):
                return True
            if _holds_prose(element):
                return False
    return False


def _ends_at_headline(element) -> bool:
    """The element is the <h1> or holds it (the paragraphs after the <h1> inside it were weighed already)."""
    if not isinstance(element.tag, str):
        return False
    return element.tag == "h1" or next(element.iter("h1"), None) is not None


def _holds_prose(element) -> bool:
    return isinstance(element.tag, str) and any(_description(p) for p in element.iter("p"))
