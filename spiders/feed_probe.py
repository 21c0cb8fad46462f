"""The usual feed addresses, asked for when a source's pages name no feed.

Some sites print their news in full on the start page without a link to each item, and name their feed only on
some other page (a menu entry), or nowhere: the feed is then the one way to the articles. Feed finders (trafilatura's
`find_feed_urls`) ask for the addresses generators write their feed to. Asked folder by folder, from the start
URL's own up to the site root (a site served under a sub-path has its feed there), a few at a time, stopping at the
first folder that has one: a site without a feed costs a handful of answered 404s, none counted a broken link.
Each start URL's own folder is asked in all the same: a source naming two sections as its start pages (a blog and a
news archive) may have a feed for each (Hugo writes `<section>/index.xml`), and one section's feed lists none of the
other's posts. So is a folder above a start URL that no feed found so far covers: a site in two languages writes a
feed per language (`/en/index.xml` and `/index.xml`), each listing its own language's posts only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from news_archive.archive.urls import page_folder

# What static generators and blog engines write: Jekyll and Eleventy `feed.xml`, Hugo `index.xml`, Docusaurus,
# Zola and many others `rss.xml` or `atom.xml`, WordPress `feed/`, Ghost `rss/`.
USUAL_FEED_NAMES = ("rss.xml", "feed.xml", "atom.xml", "index.xml", "feed/", "rss/")
MAX_FOLDERS = 3  # the start URL's folder and two above it at most; the site root besides


def probe_folders(start_urls: list[str]) -> list[str]:
    """The folders to ask in, nearest the start URLs first, the site root last: `/a/news/` -> `/a/news/`, `/a/`, `/`."""
    levels: list[list[str]] = []
    roots: list[str] = []
    for url in start_urls:
        parts = urlsplit(url)
        segments = _folder_segments(url)
        for level, depth in enumerate(range(len(segments), max(0, len(segments) - MAX_FOLDERS), -1)):
            folder = "/" + "".join(f"{segment}/" for segment in segments[:depth])
            while len(levels) <= level:
                levels.append([])
            levels[level].append(urlunsplit((parts.scheme, parts.netloc, folder, "", "")))
        roots.append(urlunsplit((parts.scheme, parts.netloc, "/", "", "")))
    ordered: list[str] = []
    for folder in [folder for level in levels for folder in level] + roots:
        if folder not in ordered:
            ordered.append(folder)
    return ordered


def start_folders(start_urls: list[str]) -> list[str]:
    """The start URLs' own folders: `/a/news/` and `/a/news/latest.html` -> `/a/news/`."""
    folders = []
    for url in start_urls:
        parts = urlsplit(url)
        folders.append(urlunsplit((parts.scheme, parts.netloc, page_folder(parts.path), "", "")))
    return list(dict.fromkeys(folders))


def _folder_segments(url: str) -> list[str]:
    return [segment for segment in page_folder(urlsplit(url).path).split("/") if segment]


@dataclass
class FeedProbe:
    """One source's probing: the folders still to ask in, the answers awaited, and whether a feed answered.
    `own`: the start URLs' own folders, asked in though a feed answered in another."""

    folders: list[str]
    own: list[str] = field(default_factory=list)
    awaited: int = 0
    found: list[str] = field(default_factory=list)
    asked: int = 0

    def first_address(self) -> str:
        return self.folders[0] + USUAL_FEED_NAMES[0]

    def asks_on(self) -> bool:
        """True when the last folder's answers are all in and another folder is to be asked in: a start URL's own, or
        one above a start URL's that no feed answered in (or above) yet."""
        if self.awaited or not self.folders:
            return False
        folder = self.folders[0]
        return not self.found or folder in self.own \
            or any(start.startswith(folder) and not self._covered(start) for start in self.own)

    def _covered(self, start_folder: str) -> bool:
        """A feed answered in the start URL's folder or one above it."""
        return any(start_folder.startswith(_feed_folder(feed_url)) for feed_url in self.found)

    def next_addresses(self) -> list[str]:
        """The usual feed addresses of the next folder to ask in (asks_on), else none."""
        if not self.asks_on():
            return []
        folder = self.folders.pop(0)
        return [folder + name for name in USUAL_FEED_NAMES]

    def answered(self, feed_url: str | None) -> None:
        self.awaited -= 1
        if feed_url:
            self.found.append(feed_url)


def _feed_folder(feed_url: str) -> str:
    """The folder a usual feed address was asked in: `/en/index.xml` and `/en/feed/` -> `/en/`."""
    name = next((name for name in USUAL_FEED_NAMES if feed_url.endswith(name)), "")
    return feed_url[: len(feed_url) - len(name)] if name else feed_url.rsplit("/", 1)[0] + "/"
