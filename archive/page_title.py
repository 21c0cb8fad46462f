"""The page's own <title>, as the extractor and the spider read it."""
from __future__ import annotations


def document_title(root) -> str:
    """The text of the page's <title>: the first one outside an inline <svg>. An SVG's <title> names its graphic (an
    icon sprite's "Comments Box SVG icons"), and a page whose <head> is empty has no other."""
    for title in root.iter("title"):
        if not any(ancestor.tag == "svg" for ancestor in title.iterancestors()):
            return "".join(title.itertext())
    return ""
