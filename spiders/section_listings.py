"""Links from a start listing's site menus to sections of its own (`/blog/news/`, `/blog/releases/` on `/blog/`).

Documentation themes (Docsy, MkDocs, Sphinx) file a blog's posts in sections and name them only in the side menu:
a post filed in a section is shown by that section's listing, and perhaps nowhere else. Whether a link is such a
section is the source's call (decisions.SourceDecisions.from_section_menu); this module only reads the menus."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

from lxml import etree

from news_archive.archive.urls import DATE_FOLDER, NUMBER, absolute_url, page_folder, page_key
from news_archive.spiders.navigation_regions import NavigationRegions


def section_menu_links(root: etree._Element, page_url: str, regions: NavigationRegions) -> list[str]:
    """The page's links in site chrome (menus, side columns) to folders below the page's own folder, each named
    by words (`/blog/news/`, `/blog/news/events/`), and to the folders its own menu entry's submenu names ("News":
    General, Board, Fund at `/board/`, `/fund/`: a static generator's tag listings sit at the site root), in order,
    once each. A number or a day in the path is an archive's or a post's address, not a section's; a page with no
    folder of its own (`/blog.html`, the site root) has no sections below it."""
    folder = _own_folder(page_url)
    if folder is None:
        return []
    host = urlsplit(page_url).netloc.lower()
    in_own_entry = set(own_submenu_anchors(root, page_url, regions))
    found: dict[str, str] = {}
    for anchor in root.iter("a"):
        url = absolute_url(page_url, anchor.get("href") or "")
        if not url or not regions.contains(anchor):
            continue
        parts = urlsplit(url)
        below = parts.path[len(folder):] if parts.path.startswith(folder) else ""
        below = parts.path if anchor in in_own_entry and not below else below
        segments = [unquote(segment) for segment in below.split("/") if segment]
        if parts.netloc.lower() != host or parts.query or not below.endswith("/") or not segments \
                or any(NUMBER.match(segment) or DATE_FOLDER.match(segment) for segment in segments):
            continue
        found.setdefault(page_key(url), url)
    return list(found.values())


def own_submenu_anchors(root: etree._Element, page_url: str, regions: NavigationRegions) -> list[etree._Element]:
    """The links of the submenus under the menu entry linking the page itself (`<li><a href=/news/>News</a><ul>`):
    the site's own word that they are parts of the page's section, wherever their folders sit."""
    own = page_key(page_url)
    anchors = []
    for anchor in root.iter("a"):
        if not regions.contains(anchor) or page_key(absolute_url(page_url, anchor.get("href") or "") or "") != own:
            continue
        entry = anchor.getparent()
        if entry is None or entry.tag != "li":
            continue
        anchors += [link for submenu in entry.iterchildren("ul", "ol") for link in submenu.iter("a")]
    return anchors


def _own_folder(page_url: str) -> str | None:
    """The folder the page is the page of (its address or its index file's, `/blog/index.html`), unless the root."""
    path = urlsplit(page_url).path
    if not path.endswith("/") and not path.rsplit("/", 1)[-1].startswith("index."):
        return None  # another file (`/blog.html`) is no folder's page
    folder = page_folder(path)
    return folder if folder != "/" else None
