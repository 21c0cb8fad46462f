"""Why the crawl left out each link it met and never fetched: every reason, and the one that decided, whatever the order.

One link may be met on the news listing, in the feed and in the sitemap, and passed over at each. The reason an
operator reads is the strongest evidence against the page, not the last one met: a bound that kept its listing
unread, then the news listing's own word (a label, not a teaser), then the feed's, then a sitemap's or category
page's. Had the listing's teaser been a post's, the sitemap's word would not have mattered.
"""
from __future__ import annotations

from collections.abc import Iterator

from news_archive.archive.urls import page_key

LISTING_LEFT_UNREAD = "listing page left unread by a bound"  # its detail: the bound's line (crawl_runs' STOPPED)
LABEL_LINK = "not followed: a label link outside the article URL families"
FEED_ITEM_OUTSIDE = "not fetched: a feed item outside the article URL families the listings show"
OUTSIDE_FAMILIES = "not fetched: outside the article URL families"
# Strongest first; a reason not named here comes after these, in alphabetical order.
PRECEDENCE = (LISTING_LEFT_UNREAD, LABEL_LINK, FEED_ITEM_OUTSIDE, OUTSIDE_FAMILIES)


class PassedOver:
    """The links of one source left out so far, each with every reason it was left out for."""

    def __init__(self):
        self.reasons: dict[str, dict[str, str]] = {}  # url -> why it was left out, each time it was met -> its detail
        self.asked: set[str] = set()  # page_keys of the links asked for, whatever page led to them and when

    def note(self, url: str, reason: str, detail: str | None = None) -> None:
        self.reasons.setdefault(url, {}).setdefault(reason, detail or reason)

    def forget(self, url: str) -> None:
        """Another page led to it after all, and it is asked for: a page leaving it out later (a label link to a feed
        read already) does not list it as never fetched."""
        self.asked.add(page_key(url))
        self.reasons.pop(url, None)

    def decided(self) -> Iterator[tuple[str, str, str]]:
        """(url, the reason that decided, a detail naming the others too) of each page left out in the end, once
        whatever forms its links took (`/a` and `/a/`), under the form met first."""
        pages: dict[str, tuple[str, dict[str, str]]] = {}
        for url, reasons in self.reasons.items():
            key = page_key(url)
            if key not in self.asked:
                _first, merged = pages.setdefault(key, (url, {}))
                for reason, detail in reasons.items():
                    merged.setdefault(reason, detail)
        for url, reasons in pages.values():
            ranked = sorted(reasons, key=_rank)
            others = f"; also {'; '.join(ranked[1:])}" if len(ranked) > 1 else ""
            yield url, ranked[0], reasons[ranked[0]] + others


def _rank(reason: str) -> tuple[int, str]:
    return (PRECEDENCE.index(reason) if reason in PRECEDENCE else len(PRECEDENCE), reason)
