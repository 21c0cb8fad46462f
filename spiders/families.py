"""URL families learnt per source: the address shapes its news listings and feeds link to as articles."""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from news_archive.archive.urls import cached

NUMBER = re.compile(r"^\d+$")
# A language folder (`/en/`, `/pt-br/`): multilingual plugins put a translation of every page, posts and static
# pages alike, under it.
LANGUAGE_FOLDER = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$")
# A family is trusted once this many different teasers or feed items have shown it: one stray link in a
# listing's intro ("read our privacy policy") must not open a whole branch of the site.
MIN_MEMBERS = 2


@cached  # asked of each page several times (a family's folder? in a family? admitted?) and of its links
def url_family(url: str) -> tuple[str, ...]:
    """The folder an address sits in, numbers generalised: `/2011/03/23/slug/` -> (host, '#', '#', '#')."""
    parts = urlsplit(url)
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    if segments and segments[-1].startswith("index."):
        segments.pop()  # `/slug/index.html` is the folder `/slug/`
    folders = ["#" if NUMBER.match(segment) else segment.lower() for segment in segments[:-1]]
    return (parts.netloc.lower().removeprefix("www."), *folders)


class UrlFamilies:
    """The article families of one source, learnt from the links its listings and feeds present as news."""

    def __init__(self):
        self.members: Counter[tuple[str, ...]] = Counter()
        self._seen: set[str] = set()

    def learn(self, url: str) -> None:
        if url not in self._seen:
            self._seen.add(url)
            self.members[url_family(url)] += 1

    @property
    def known(self) -> bool:
        return any(count >= MIN_MEMBERS for count in self.members.values())

    def admits(self, url: str) -> bool:
        """True when the address sits in a learnt family or below one (`/news/2024/slug/` below `/news/`):
        worth fetching, for the page to say what it is."""
        family = url_family(url)
        return any(count >= MIN_MEMBERS and family[:len(learnt)] == learnt for learnt, count in self.members.items())

    def indexes(self, url: str) -> bool:
        """True when the address is the folder of a learnt family (`/news/innsikt/` for `/news/innsikt/slug/`):
        that family's own listing, in any of its pages (`/news/?page=2`). The query is no folder: a file beside the
        family's pages (`/item7.html?id=7`) is one of them, not their index."""
        parts = urlsplit(url)
        return self.members[url_family(f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}/x")] >= MIN_MEMBERS

    def holds(self, url: str) -> bool:
        """True when the address sits in a learnt family itself, in a folder: the site shapes it as one of its
        articles. A family at the site root holds every page of the site (contact, privacy): it says nothing."""
        family = url_family(url)
        return len(family) > 1 and self.members[family] >= MIN_MEMBERS

    def shapes(self, url: str) -> bool:
        """True when the address sits in a learnt family whose folder is more than a language folder: the site
        gives its articles an address of their own. A language folder, like the site root, holds every page."""
        family = url_family(url)
        return self.holds(url) and not (len(family) == 2 and LANGUAGE_FOLDER.match(family[1]))
