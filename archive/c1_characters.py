"""C1 control characters (U+0080-U+009F) in a page's text, read as the Windows-1252 characters they stand for.

Text has no reason to hold C1 controls. They come from Windows-1252 text taken for Latin-1 on its way to the page (a
document pasted into a CMS, a database converted to UTF-8): its curly quotes, dashes and ellipses became U+0091-U+0097,
and a title or sentence holding them matches nothing a reader types or copies. Browsers read the numeric references
("&#146;") and a Latin-1 page's bytes as Windows-1252; the raw characters of a UTF-8 page they keep, invisible.

Checking costs a page little (tens of microseconds): a UTF-8 page's bytes are searched for the two bytes that write a
C1 character, any other text for the characters; only a page that holds one is read again.
"""
from __future__ import annotations

import re

# 0x81, 0x8D, 0x8F, 0x90 and 0x9D stand for nothing in Windows-1252: left as they are.
_AS_WINDOWS_1252 = {code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0)
                    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# Looked for one by one: 32 searches of a page's text for one character cost a fifth of one search for any of them.
_C1_CHARACTERS = tuple(chr(code) for code in range(0x80, 0xA0))
_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def read_c1_as_windows_1252(text: str) -> str:
    """`text` with its C1 controls read as Windows-1252; `text` itself when it holds none."""
    if text.isascii() or not any(character in text for character in _C1_CHARACTERS):
        return text
    return text.translate(_AS_WINDOWS_1252)


def read_utf8_c1_as_windows_1252(data: bytes, text: str) -> str:
    """`text`, decoded from the UTF-8 `data`, with its C1 controls read as Windows-1252: the bytes tell whether it
    holds any faster than the text can."""
    # Most pages hold no \xc2 at all (no no-break space, no C1): one memchr says so.
    return text.translate(_AS_WINDOWS_1252) if b"\xc2" in data and _C1_IN_UTF8.search(data) else text
