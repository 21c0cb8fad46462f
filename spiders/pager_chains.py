"""The pager chains a crawl reads listings along: which chain each listing page is on, and how many of its pages in a
row showed no link the chain's earlier pages had not (an endless pager or calendar)."""
from __future__ import annotations

from collections import defaultdict

from news_archive.archive.urls import page_key


class PagerChains:
    """What a page brings is judged against its own chain, not every listing read before it: a category's archive
    re-listing posts another category's showed first is no endless pager, whichever of the two answered first."""

    def __init__(self):
        self.chain_of: dict[str, str] = {}  # page_key of a listing page -> page_key of its chain's first page
        self.barren: dict[str, int] = {}  # page_key -> pages in a row before it on its chain that brought nothing new
        self.shown: dict[str, set[str]] = defaultdict(set)  # page_key of a chain's first page -> url_keys it showed

    def read(self, page_url: str, link_keys: set[str]) -> int:
        """The page's links (`link_keys`) noted on its chain: 0 when one is new to the chain, else the chain's
        barren pages in a row with this one."""
        key = page_key(page_url)
        chain = self.chain_of.setdefault(key, key)
        new = link_keys - self.shown[chain]
        self.shown[chain] |= new
        return 0 if new else self.barren.get(key, 0) + 1

    def leads_to(self, page_url: str, next_url: str, barren: int, runs_on: bool) -> None:
        """The page (`barren` its count) links `next_url`: the same chain's next page when it `runs_on` (the same
        listing's, path's or numbered address's), else the first page of a chain of its own."""
        key = page_key(next_url)
        self.chain_of.setdefault(key, self.chain_of[page_key(page_url)] if runs_on else key)
        self.barren.setdefault(key, barren if runs_on else 0)
