"""The teasers a news listing shows apart from its run of post cards: one card of a make of its own (`a.featured`
over `div.posts a.post`), which the listing gives its report, tool or campaign page rather than one of its posts."""
from __future__ import annotations

from news_archive.spiders.menu_listings import MIN_CARDS_OF_MAKE


class FeaturedCards:
    """Page keys of the teasers the news listings show only in a card of a make no other teaser of theirs shares,
    beside a run of MIN_CARDS_OF_MAKE cards or more of one make."""

    def __init__(self):
        self._apart: set[str] = set()
        self._in_runs: set[str] = set()

    def note(self, makes: dict[tuple[str, ...], dict[str, str]]) -> None:
        """A news listing's teaser cards by make (menu_listings.card_makes: make -> page_key -> url)."""
        if not any(len(pages) >= MIN_CARDS_OF_MAKE for pages in makes.values()):
            return  # no run of cards: every teaser is a card of its own make
        for pages in makes.values():
            (self._apart if len(pages) == 1 else self._in_runs).update(pages)

    def apart(self, key: str) -> bool:
        """The listings show the page only apart from their posts' cards, never in a run of them."""
        return key in self._apart and key not in self._in_runs
