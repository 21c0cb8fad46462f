"""The post's own document on a page a page builder renders: the post's content, apart from the builder's header and
footer.

Elementor renders each piece of a page as a document of its own, `<div data-elementor-type="wp-post"
data-elementor-id="N">`: the post's content as the document of the post's own id, which WordPress names in the
<body>'s classes (`postid-N`), and a theme kit's header and footer as documents of the same type with their own ids,
no <header> or <footer> tag around them. A post of a picture, a video or an embed alone keeps no text in its document;
the footer's lines (an address, phone numbers, the opening hours) are then the page's only text, and its first heading
("Accueil : +212 ...") stands where the headline would: neither is the post's.
"""
from __future__ import annotations

import re

from .ancestry import within

_POST_ID = re.compile(r"\bpostid-(\d+)\b")
_DOCUMENT = "data-elementor-id"
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def own_document(root):
    """The builder's document of the post the <body> names, or None (no builder, or a page that is no post)."""
    body = root if root.tag == "body" else root.find("body")
    if body is None:
        return None
    match = _POST_ID.search(body.get("class") or "")
    if match is None:
        return None
    # XPath, walked in C: asked several times of every WordPress post page, few of which a builder renders.
    return next(iter(body.xpath(f".//*[@{_DOCUMENT}=$id][@data-elementor-type='wp-post']", id=match.group(1))), None)


def other_documents(root) -> list:
    """The builder's documents beside the post's own (its header's, its footer's) where the post's own holds text
    besides its headings: none of theirs is the post's, though a footer's address and phone lines outweigh a post of
    a line or two."""
    own = own_document(root)
    if own is None or not _writes_text(own):
        return []
    documents = own.getroottree().getroot().xpath(f"//*[@{_DOCUMENT}][@data-elementor-type='wp-post']")
    return [element for element in documents if not within(own, element) and not within(element, own)]


def _writes_text(own) -> bool:
    """The document holds text outside its headings (a post of a heading over a picture holds none)."""
    return any((text or "").strip() for element in own.iter()
               if isinstance(element.tag, str) and element.tag not in _HEADINGS
               and not any(a.tag in _HEADINGS for a in element.iterancestors())
               for text in (element.text, element.tail if element is not own else ""))


def in_other_document(element, own) -> bool:
    """The element lies in one of the builder's documents other than the post's own (its header's, its footer's)."""
    return own is not None and not within(element, own) \
        and any(a.get(_DOCUMENT) is not None and a.get("data-elementor-type") == "wp-post"
                for a in element.iterancestors() if not within(own, a))


def outside_own_document(root, kept, blocks, text_kinds) -> bool:
    """No block kept lies in the post's own document, which holds no text (`text_kinds`) among the page's `blocks`:
    the post has no text of its own (a picture, a player), and the builder's header and footer must not stand in for
    it."""
    own = own_document(root)
    return own is not None and not any(within(b.element, own) for b in kept) \
        and not any(b.kind in text_kinds and within(b.element, own) for b in blocks)


def without_other_documents(root, kept):
    """The blocks kept less those in the builder's header and footer documents, where some lie in the post's own: a
    footer's phone lines closing a short post are none of its text."""
    own = own_document(root)
    if own is None or not any(within(b.element, own) for b in kept):
        return kept
    return [b for b in kept if not in_other_document(b.element, own)]
