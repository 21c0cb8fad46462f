"""Links to the site's own pages that the writer points to: a page outside the section the posts stand in (a
project's sheet, a document's page), which a post names as the thing it is about ("<a>Here is the PDF</a>")."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .blocks import Block
from .line_patterns import FURNITURE_LINE, WORD
from .link_lines import host_of, page_target, sole_link
from .links import links_to_page

# A pointer line is short ("The game's page: <a>...</a>", "<a>Here is the PDF</a>"); a paragraph says more.
_POINTER_WORDS = 12
# A year as a part of a path ("/2021/", "/2019-05-03-slug", "/20190503-slug"): the site's dated posts, stories
# like the page.
DATED_PART = re.compile(r"^(?:19|20)\d\d(?:[01]\d[0-3]\d)?(?!\d)")
# A line leading to a section of the site says where it goes in four words or more ("Here is the spring's
# schedule"); "Contact", "All news" or the way back ("Back to the overview") name the section or return to it.
_SECTION_POINTER_WORDS = 4
_WAY_BACK = re.compile(r"\b(?:back|zurück|tillbaka|tilbake|tilbage|takaisin|retour|terug|overview|übersicht|"
                       r"översikt|oversikt|oversigt|all|alle|alla|kaikki|home|start)\b", re.IGNORECASE)
# A folder of the site's listings by subject or writer ("/tags/x", "/topics/x", "/category/x", "/author/x").
_LISTING_FOLDER = re.compile(r"^(?:tags?|topics?|categor(?:y|ies)|kategori\w*|authors?|autor\w*|themen?|aihe\w*|"
                             r"schlagw\w*|archives?)$", re.IGNORECASE)


def points_to_own_page(block: Block, page_url: str) -> bool:
    """A short paragraph whose one link leads to a page of the site outside the posts' section and undated
    ("<a>Here is the PDF</a>" to /projects/..., from a post under /blog/2021/...). A "read also" line names another
    post, which stands in the posts' section or under a dated path like the page's, or says so ("Read also")."""
    if block.kind != "p" or block.element is None or len(WORD.findall(block.text)) > _POINTER_WORDS \
            or FURNITURE_LINE.search(block.text):
        return False
    link = sole_link(block)
    target = page_target(link, page_url) if link is not None else None
    return target is not None and _page_outside_posts(target, page_url, _names_where_it_goes(block.text))


def _names_where_it_goes(text: str) -> bool:
    return len(WORD.findall(text)) >= _SECTION_POINTER_WORDS and not _WAY_BACK.search(text)


def lists_page(target: str, page_url: str) -> bool:
    """The target is a folder above the page on its site (the news listing, the year's archive, the home page)."""
    if host_of(target) != host_of(page_url):
        return False
    folder = urlsplit(target).path.rstrip("/") + "/"
    return urlsplit(page_url).path.startswith(folder)


def lists_by_subject(target: str) -> bool:
    """The target stands in a folder of the site's listings by subject or writer ("/tags/x", "/category/x")."""
    return any(_LISTING_FOLDER.match(part) for part in urlsplit(target).path.split("/") if part)


def _page_outside_posts(target: str, page_url: str, says_what: bool = False) -> bool:
    """The page is a dated post ("/blog/2021/slug/") and the target a page of its site that is no post: undated, in
    another top folder than the page's, and no listing of posts by subject or writer ("/tags/x"). A top folder
    itself ("/news/", "/contact/") is a section of the site, where "All news" or the way back leads, unless the line
    `says_what` the writer points to there ("<a>Here is the spring's schedule</a>" to /schedule/)."""
    if host_of(target) != host_of(page_url) or links_to_page(target, page_url) or lists_page(target, page_url):
        return False
    parts = [part for part in urlsplit(target).path.split("/") if part]
    own = [part for part in urlsplit(page_url).path.split("/") if part]
    return (len(parts) > 1 or (says_what and len(parts) == 1)) and any(DATED_PART.match(part) for part in own) \
        and parts[0] != own[0] \
        and not any(DATED_PART.match(part) or _LISTING_FOLDER.match(part) for part in parts)
