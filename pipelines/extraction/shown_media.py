"""What a post without words of its own shows: a picture, a player, an embedded or linked document."""
from __future__ import annotations

from .links import leads_to_document

_MEDIA_TAGS = frozenset({"img", "picture", "video", "audio", "iframe", "object", "embed"})


def shows_media(element) -> bool:
    """The element or one inside it is a picture, a player, an embed or a link to a document (a flyer's PDF)."""
    return any(is_media(el) for el in element.iter())


def is_media(element) -> bool:
    """The element itself is a picture, a player, an embed or a link to a document."""
    return isinstance(element.tag, str) and (element.tag in _MEDIA_TAGS
                                             or (element.tag == "a" and leads_to_document(element.get("href") or "")))
