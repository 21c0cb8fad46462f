"""Whether a page is dated in its metadata only, and whether it is a blog engine's entry of another kind than a post
(a sponsor, a speaker) so dated: WordPress stamps every entry with the day it was saved, so that date says nothing
of news."""
from __future__ import annotations

import copy
import datetime as dt

from news_archive.archive.cms_classes import POST_TYPE, entry_post_type
from .hints import ClassIndex
from .page_dates import find_dates
from .page_type import VISIBLE_DATE_SOURCES
from .structured import PageMetadata

_METADATA_SOURCES = frozenset({"json-ld", "meta"})


def entry_dated_in_metadata_only(root, url: str, title: str, published_from: str | None,
                                 month_first: bool | None, fetched: dt.datetime | None) -> str | None:
    """The post type named by the `<body>` classes (`single-sponsor`) when it is not the blog's posts and the page's
    date comes from its metadata with none shown to readers (no date line, <time> or dated address); else None."""
    kind = entry_post_type(root)
    if kind in (None, POST_TYPE):
        return None
    return kind if dated_in_metadata_only(root, url, title, published_from, month_first, fetched) else None


def dated_in_metadata_only(root, url: str, title: str, published_from: str | None,
                           month_first: bool | None = None, fetched: dt.datetime | None = None) -> bool:
    """True when the page's date comes from its metadata and readers are shown none (no date line, <time> or dated
    address). `root`: the page's tree before pruning; it is left as it is."""
    if published_from not in _METADATA_SOURCES:
        return False
    # The page read again without its metadata, microdata `<meta itemprop="datePublished">` in the text too: what
    # date, if any, a reader sees. A picture's caption ("The fair, 26 June 2016") dates the picture, not the page.
    shown = copy.deepcopy(root)
    for element in list(shown.iter("meta", "figcaption")):
        element.drop_tree()
    _, shown_from, _ = find_dates(shown, PageMetadata(), url, ClassIndex(shown), title, month_first=month_first,
                                  fetched=fetched)
    return shown_from not in VISIBLE_DATE_SOURCES
