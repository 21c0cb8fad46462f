"""A name a source's template states as every page's author (`<meta name="author">`) is the site's owner, no post's
writer.

Extraction sees one page at a time: a post whose only word on its writer is that tag keeps the name it states
(extraction/metadata.py `author_beside_site_meta`). A foundation's template may print its founders there on every
page, its start page and listings too, while its posts are written by others or by no one named. When the crawl ends,
the tag is compared across the source's pages: a name it alone gives on at least half of them, which a listing page
of the source states too (a listing has no writer: the spider reports what listings state, kept in the archive's
`listing_authors`), is the site's. Each post naming it there alone, whose text shows no byline of its names (a
sentence naming them is none), takes the writer its page names otherwise (a byline), or none. A single writer's blog
that shows her name in a byline, in `article:author` or as the JSON-LD author of its posts keeps it: those are the
post's own words.
"""
from __future__ import annotations

import re
from collections import Counter

# The tag names the site's owner when it alone gives this share of the source's pages their author.
MIN_SHARE = 0.5
_WORD = re.compile(r"\w+")
# A byline in the text: a short line, the names and a few words that are no number (a label, a month's name).
_BYLINE_CHARS = 120
_BYLINE_OTHER_WORDS = 4


def site_owners(stated: list[str | None], listed: set[str]) -> set[str]:
    """The names `<meta name="author">` alone gives (`stated`: one a page, None where the author came from elsewhere)
    to at least half of these pages, and that a listing of their source states too (`listed`)."""
    counts = Counter(name for name in stated if name)
    return {name for name, n in counts.items() if name in listed and n >= MIN_SHARE * len(stated)}


def writer_instead(article: dict, stated: str | None, beside: str | None, owners: set[str]) -> dict | None:
    """The changed `author` of an article given its author by `<meta name="author">` alone (`stated`) when that tag
    names the site's owner (`owners`, see `site_owners`) and the article's text does not show those names: the
    writer its page names otherwise (`beside`), or none. None when nothing changes."""
    author = article["author"] or ""
    if not stated or stated not in owners or not author or author == beside:
        return None
    paragraphs = [article["lead"] or "", *(article["body"] or "").split("\n\n")]
    if any(_byline_of(paragraph, author.split(", ")) for paragraph in paragraphs):
        return None
    return {"author": beside}


def _byline_of(paragraph: str, names: list[str]) -> bool:
    """The paragraph is a byline of these names: a short line holding them all and a few words beside (a label, a
    date: "Posted by Ada Lind on 3 May 2024"). A sentence naming them (the founders at a meeting) is no byline."""
    if len(paragraph) > _BYLINE_CHARS:
        return False
    line = " ".join(paragraph.split())
    for name in names:
        # as the name is written: "pybonacci" in a line of code is no byline of "Pybonacci"
        shown = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if not shown.search(line):
            return False
        line = shown.sub(" ", line)
    return sum(not any(c.isdigit() for c in word) for word in _words(line).split()) <= _BYLINE_OTHER_WORDS


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
