"""Turn raw page bytes or text into one lxml tree: charset detection, cleanup, a single parse (or none when
the caller hands a tree)."""
from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from news_archive.archive.c1_characters import read_c1_as_windows_1252, read_utf8_c1_as_windows_1252
from news_archive.archive.end_tags import close_divs_left_open

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Control characters other than tab/newline make libxml2 stop or drop text.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode_html(data: str | bytes) -> str:
    """Bytes to text: BOM first, then <meta charset>, then UTF-8 with replacement. C1 controls are read as the
    Windows-1252 characters they stand for (archive/c1_characters.py)."""
    if isinstance(data, str):
        return read_c1_as_windows_1252(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return read_c1_as_windows_1252(data[len(bom):].decode(encoding, errors="replace"))
    declared = _declared_charset(data[:4096])
    if declared and declared != "utf-8":
        # Pages often declare latin-1 while serving UTF-8: a strict UTF-8 decode that succeeds on
        # non-ASCII bytes is much stronger evidence than the declaration.
        try:
            return read_utf8_c1_as_windows_1252(data, data.decode("utf-8"))
        except UnicodeDecodeError:
            return read_c1_as_windows_1252(data.decode(declared, errors="replace"))
    return read_utf8_c1_as_windows_1252(data, data.decode("utf-8", errors="replace"))


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii", "ignore")).name
    except LookupError:
        return None


def parse_html(data):
    """Parse a page (str or bytes) into an lxml.html root element, or None when there is no document.

    A tree the caller parsed already (any lxml element of it) is used as it is, without its comments as a parse
    of the page's text would be: extraction prunes it in place.
    """
    if isinstance(data, etree._Element):
        root = data.getroottree().getroot()
        if not isinstance(root.tag, str):
            return None
        # A tree parsed with lxml's defaults keeps comments (the spider's parser drops them already); rules that
        # look at an element's neighbours expect only elements.
        etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
        _merge_bodies(root)
        return root
    text = _CONTROL_CHARS.sub("", _XML_DECLARATION.sub("", decode_html(data)))
    if not text.strip():
        return None
    text = close_divs_left_open(text)
    try:
        # A parser per page: lxml parsers must not be shared between threads.
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    _merge_bodies(root)
    return root


def _merge_bodies(root) -> None:
    """One <body>: a stray "</body>" early in a page makes libxml2 open a second one holding the real content."""
    bodies = list(root.iterchildren("body"))
    for extra in bodies[1:]:
        first = bodies[0]
        if extra.text and extra.text.strip():
            last = first[-1] if len(first) else None
            if last is not None:
                last.tail = (last.tail or "") + extra.text
            else:
                first.text = (first.text or "") + extra.text
        first.extend(list(extra))
        root.remove(extra)
