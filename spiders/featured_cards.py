"""The teasers a news listing shows apart from its run of post cards: one card of a make of its own beside a run of
alike cards (say `a.featured` over `div.posts a.post`; the class names are only an example), which the listing gives
its report, tool or campaign page rather than one of its posts. A card whose classes only add to or drop some of the
run's at each level (`article.post first`, `article.post sticky`, a post missing its thumbnail class) is one of the
run's cards."""
from __future__ import annotations

from news_archive.spiders.menu_listings import CardLevel, CardMake

# a run of post cards: fewer alike cards than this are no run a card can stand apart from
MIN_RUN_CARDS = 3


class FeaturedCards:
    """Page keys of the teasers the news listings show only in a card alike no other teaser of theirs, beside a run
    of MIN_RUN_CARDS alike cards or more."""

    def __init__(self):
        self._apart: set[str] = set()
        self._in_runs: set[str] = set()

    def note(self, makes: dict[CardMake, dict[str, str]]) -> None:
        """A news listing's teaser cards by make (menu_listings.card_makes: make -> page_key -> url)."""
        alike = {make: [other for other in makes if _alike(make, other)] for make in makes}
        cards = {make: sum(len(makes[other]) for other in others) for make, others in alike.items()}
        if not any(count >= MIN_RUN_CARDS for count in cards.values()):
            return  # no run of cards: every teaser is a card of its own make
        for make, pages in makes.items():
            (self._apart if cards[make] == 1 else self._in_runs).update(pages)

    def apart(self, key: str) -> bool:
        """The listings show the page only apart from their posts' cards, never in a run of them."""
        return key in self._apart and key not in self._in_runs


def _alike(make: CardMake, other: CardMake) -> bool:
    """Two cards of one run: as many classed levels, each of one tag, the classes of one containing the other's."""
    return len(make) == len(other) and all(_same_level(level, other_level) for level, other_level in zip(make, other))


def _same_level(level: CardLevel, other: CardLevel) -> bool:
    (tag, names), (other_tag, other_names) = level, other
    return tag == other_tag and (names <= other_names or other_names <= names)
