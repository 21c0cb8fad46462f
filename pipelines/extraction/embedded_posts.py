"""Posts from a social network embedded among the text (the <blockquote> the network's script turns into a card, its
class naming the network: "twitter-tweet", "instagram-media"): furniture beside the writer's text, which they only
illustrate, but the text itself on a page that is a roundup of them ("Here is what travellers said about the power
cut"), where they say more than the writer's lines between them."""
from __future__ import annotations

from .text import text_of
from .xpaths import SOCIAL_EMBED_PREFIXES

# A roundup's embedded posts hold more of its text than the writer's own lines around them, and it gathers a few: one
# post, however long, illustrates the writer's lines (a video's post shared under a paragraph).
_ROUNDUP_SHARE = 0.5
_ROUNDUP_POSTS = 2
# The attribute marking a roundup's post, read by the body: each of its lines is the text, the line naming who posted
# it when ("— Anna (@anna) January 14, 2019") too, which elsewhere reads as a date line.
ROUNDUP_POST = "data-roundup-post"


def roundup_posts(container) -> list:
    """The posts embedded in `container` (the element holding the page's densest text) when they hold more than
    half of its text, else none: a page of reactions is read for them."""
    if container is None:
        return []
    posts = _embedded_posts(container)
    if len(posts) < _ROUNDUP_POSTS:
        return []
    posted = sum(len(text_of(post).strip()) for post in posts)
    if posted <= _ROUNDUP_SHARE * len(text_of(container).strip()):
        return []
    for post in posts:
        post.set(ROUNDUP_POST, "")
    return posts


def lone_embedded_post(page) -> list:
    """The page's embedded post when it embeds one alone: never its text, however much more it says than the writer's
    lines (a network's fallback text for a shared video, shown until its script loads the player)."""
    posts = _embedded_posts(page)
    return posts if len(posts) == 1 else []


def _embedded_posts(element) -> list:
    return [quote for quote in element.iter("blockquote") if _names_network(quote.get("class"))
            and not any(outer.tag == "blockquote" for outer in quote.iterancestors())]


def in_roundup_post(element) -> bool:
    """The element is a line of a roundup's post (`roundup_posts`)."""
    return element is not None and any(e.get(ROUNDUP_POST) is not None for e in (element, *element.iterancestors()))


def _names_network(attribute: str | None) -> bool:
    return any(word.startswith(SOCIAL_EMBED_PREFIXES) for word in (attribute or "").lower().split())
