"""A heading a theme retyped (in capitals, or through a title-case filter) told from the title as the writer cased it."""
from __future__ import annotations

import re

_LETTERS_ONLY = re.compile(r"[^\W\d_]+")
# A title-case filter leaves short words ("in", "of", "the") in lower case; it capitalises every longer one.
_TITLE_CASE_SMALL_WORD = 3


def in_writers_case(heading: str, same: list[str]) -> str:
    """The heading, or the stated title (`same`: those reading alike) showing its words in the writer's own case where
    the theme retyped them: in capitals, or with the initial of each word the writer wrote in lower case capitalised
    ("Meetups In Spring" for "Meetups in spring", a template's title-case filter, which may leave the short words
    alone). A stated title in one case throughout is no writer's case to prefer; a heading that a stated title shows
    in its own case (the <title> beside a social card's sentence case) is as the writer set it."""
    cased = [s for s in same if not s.isupper() and not s.islower()]
    if heading.isupper():
        return next(iter(cased), heading)
    if heading in same:
        return heading
    return next((s for s in cased if _title_cased(heading, s)), heading)


def _title_cased(heading: str, stated: str) -> bool:
    shown, written = heading.split(), stated.split()
    return len(shown) == len(written) and shown != written \
        and all(_word_title_cased(a, b) for a, b in zip(shown, written)) \
        and all(not _first_letter(a).islower() or len("".join(_LETTERS_ONLY.findall(a))) <= _TITLE_CASE_SMALL_WORD
                for a in shown)


def _word_title_cased(shown: str, written: str) -> bool:
    """The shown word is the written one as a title filter types it: each run of letters (after an opening bracket, on
    either side of a hyphen or a slash: "(Beta)", "Full-Text", "Backup/Restore") with its initial capitalised, or, a
    short word ("a", "the"), put in lower case though the writer capitalised it ("Revision a" for "Revision A")."""
    if shown == written:
        return True
    runs, written_runs = _LETTERS_ONLY.findall(shown), _LETTERS_ONLY.findall(written)
    return _LETTERS_ONLY.sub("", shown) == _LETTERS_ONLY.sub("", written) and len(runs) == len(written_runs) \
        and all(a == b or a == b[:1].upper() + b[1:]
                or (len(b) <= _TITLE_CASE_SMALL_WORD and a == b[:1].lower() + b[1:])
                for a, b in zip(runs, written_runs))


def _first_letter(word: str) -> str:
    return next((c for c in word if c.isalpha()), "")
