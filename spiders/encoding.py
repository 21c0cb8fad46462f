"""Decide a page's character encoding from the evidence: BOM, HTTP header, `<meta>`, and the bytes themselves."""
from __future__ import annotations

from charset_normalizer import from_bytes
from scrapy.http import TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

# Where a page declares nothing usable and is not UTF-8, the legacy code page browsers default to for
# Swedish (and all Western European) text; charset detection on short Swedish pages guesses cp1250 and
# turns "Å" into "Ĺ".
LEGACY_DEFAULT = "cp1252"
# A UTF-8 page with a stray byte or two (a mirror tool's mangled link, a pasted fragment) is still UTF-8, read with a
# replacement character where the stray byte is, as browsers read it: read as cp1252 its every "é" became "Ã©".
# A cp1252 page hardly ever forms a valid multi-byte UTF-8 sequence, so the valid ones must outnumber the stray
# bytes: far outnumber them unless the page declares UTF-8 itself.
VALID_PER_STRAY_BYTE = 10
VALID_PER_STRAY_BYTE_DECLARED = 1
UNICODE_ENCODINGS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}


def page_encoding(body: bytes, content_type: str) -> str:
    """The encoding to read `body` with.

    A BOM settles it. Otherwise bytes that decode as UTF-8 (with something beyond ASCII) are UTF-8
    whatever the page claims: a Latin-1 page almost never forms valid UTF-8 sequences, while servers
    often announce latin-1 for UTF-8 pages; so are bytes that are UTF-8 but for a few stray ones.
    Failing that, the declared single-byte encoding (header first, then `<meta>`; w3lib maps latin-1 to cp1252 as browsers do), then cp1252 when it can read
    the bytes, then charset-normalizer's best guess.
    """
    bom_encoding, _bom = read_bom(body)
    if bom_encoding:
        return bom_encoding
    if _is_utf8(body):
        return "utf-8"
    declared = [resolve_encoding(name) for name in (http_content_type_encoding(content_type),
                                                    html_body_declared_encoding(body[:4096])) if name]
    if _utf8_but_for_stray_bytes(body, VALID_PER_STRAY_BYTE_DECLARED if "utf-8" in declared else VALID_PER_STRAY_BYTE):
        return "utf-8"
    for encoding in declared:
        if encoding and encoding not in UNICODE_ENCODINGS:
            return encoding
    try:
        body.decode(LEGACY_DEFAULT)
        return LEGACY_DEFAULT
    except UnicodeDecodeError:
        guess = from_bytes(body[:65536]).best()
        return resolve_encoding(guess.encoding) if guess else "utf-8"


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        # A page cut off mid-character (a truncated download) is still UTF-8.
        return error.start >= len(body) - 3 and error.reason == "unexpected end of data"
    return True


def _utf8_but_for_stray_bytes(body: bytes, valid_per_stray_byte: int) -> bool:
    text = body.decode("utf-8", "replace")
    stray = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - stray  # characters of two bytes or more
    return valid > 0 and valid >= valid_per_stray_byte * stray


class EvidenceEncodingMiddleware:
    """Gives every HTML/text response the encoding `page_encoding` decides, before the spider reads it."""

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or not response.body:
            return response
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        encoding = page_encoding(response.body, content_type)
        # Most pages declare the encoding the evidence confirms: the response reads itself that way already, and
        # a copy of it (its headers normalised again) cost more than deciding. Asked of the header first, so
        # the response never guesses from the body here.
        if http_content_type_encoding(content_type) == encoding and response.encoding == encoding:
            return response
        return response.replace(encoding=encoding)
