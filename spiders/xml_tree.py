"""A feed's or sitemap's XML tree, parsed once for the spider's several readings of the same answer."""
from __future__ import annotations

import functools

from lxml import etree


@functools.lru_cache(maxsize=1)
def xml_root(body: bytes) -> etree._Element | None:
    """The parsed tree of an XML answer (None for an empty one; XMLSyntaxError for no XML at all), read only.

    Its links, its items' dates and its pages' lastmods are each read from one answer in turn: the last tree
    is kept for the next reading. An error is raised again at each call (lru_cache keeps no exceptions).
    """
    return etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
