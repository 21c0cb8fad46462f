"""A feed's or sitemap's answer, parsed once: its links, its items' dates, its pages' lastmods and the page it names
as its own are all read from the one parse."""
from __future__ import annotations

import codecs
import json
from dataclasses import dataclass

from lxml import etree

JSON_FEED_MARK = b"jsonfeed.org/version"


@dataclass(frozen=True)
class FeedDocument:
    """An answer read as a feed or sitemap: its bytes, and a JSON Feed's decoded object or an XML answer's tree (both
    None for an answer broken past reading)."""

    body: bytes
    json: object = None
    root: etree._Element | None = None  # read only: every reading of the answer shares it


def feed_start(body: bytes) -> bytes:
    """The answer from its first mark-up on: a saved feed may open on a blank line and a byte-order mark before its
    XML declaration (a mirror's copy of WordPress' /feed/ served as a page), which no XML parser reads past."""
    return body.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()


def read_feed(body: bytes) -> FeedDocument:
    """The answer parsed as a JSON Feed when it is one, else as XML (leniently: a feed with a stray `&` still reads)."""
    body = feed_start(body)
    if is_json_feed(body):
        try:
            return FeedDocument(body, json=json.loads(body))
        except (ValueError, UnicodeDecodeError):
            return FeedDocument(body)
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        root = None
    return FeedDocument(body, root=root)


def is_json_feed(body: bytes) -> bool:
    """A JSON Feed (jsonfeed.org): an object naming its version by the spec's address, near its start (after a blank
    line or a byte-order mark, feed_start)."""
    head = feed_start(body[:2048])
    return head.startswith(b"{") and JSON_FEED_MARK in head.replace(b"\\/", b"/")
