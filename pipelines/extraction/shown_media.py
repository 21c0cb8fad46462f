"""What a post without words of its own shows: a picture, a player, an embedded or linked document."""
from __future__ import annotations

from .links import leads_to_document

_MEDIA_TAGS = frozenset({"img", "picture", "video", "audio", "iframe", "object", "embed"})


def shows_media(element) -> bool:
    """The element or one inside it is a picture, a player, an embed or a link to a document (a flyer's PDF)."""
    return any(isinstance(el.tag, str)
               and (el.tag in _MEDIA_TAGS or (el.tag == "a" and leads_to_document(el.get("href") or "")))
               for el in element.iter())
