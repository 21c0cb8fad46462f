"""The categories a blog's category archive and its posts declare themselves filed under, in their own markup.

A start URL that is one category's listing is the staff's word that they want that category. Blog themes link every
category's posts beside each post (a "Recent posts" box, previous/next links), so the crawl reaches the others too.
WordPress says which is which: a category archive's `<body>` classes (`archive category category-<slug>`), and each
post's own entry classes (post_class(): `category-<slug>`) and its `rel="category tag"` links to its categories'
listings. Whether a post is another category's is the source's call (other_sections.another_category).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from news_archive.archive.cms_classes import body_classes, marks_archive, own_entry
from news_archive.archive.urls import absolute_url, listing_key
from news_archive.spiders.navigation_regions import NavigationRegions

# The body class WordPress gives every category archive (beside `archive`), and the class it gives a category's
# archive and each post filed in it, one per category.
CATEGORY_ARCHIVE_CLASS = "category"
CATEGORY_CLASS = re.compile(r"^category-([\w-]+)$")
# The rel value of a post's links to the listings of its categories (`rel="category tag"`).
CATEGORY_REL = "category"


@dataclass(frozen=True)
class Categories:
    """Categories as their classes' slugs and their listings' addresses (listing_key: any page of the listing)."""

    slugs: frozenset[str] = frozenset()
    listings: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.slugs or self.listings)

    def shares_any(self, other: Categories) -> bool:
        """True when a category is in both, a subcategory's listing counting as its parent's: WordPress files a
        child category's listing under its parent's address (`/category/news/press/`), and the parent's archive lists
        the child's posts, whose classes name the child alone. So does one of these categories named after one of
        `other`'s with words added (`take-action-archive` beside `take-action`, `news-2019`): the section's older
        posts, moved to a category of their own that no news listing shows, as a blog retires a campaign's posts."""
        return bool(self.slugs & other.slugs) \
            or any(_named_after(mine, theirs) for mine in self.slugs for theirs in other.slugs) \
            or any(_at_or_under(mine, theirs) or _at_or_under(theirs, mine) or _named_after(mine, theirs)
                   for mine in self.listings for theirs in other.listings)


def archive_categories(root: etree._Element, page_url: str, canonical: str | None = None) -> Categories | None:
    """The category a page its CMS marks a category archive lists (its class slug, its own address and the one its
    rel=canonical names), or None when the page is no category's archive (a blog's whole news listing)."""
    names = body_classes(root)
    if CATEGORY_ARCHIVE_CLASS not in names or not marks_archive(root):
        return None
    slugs = {match.group(1) for match in map(CATEGORY_CLASS.match, names) if match}
    listings = {listing_key(url) for url in (page_url, canonical) if url}
    return Categories(frozenset(slugs), frozenset(listings))


def post_categories(root: etree._Element, page_url: str, regions: NavigationRegions) -> Categories:
    """The categories a post page files its own entry under: the `category-<slug>` classes of the entry its `<body>`
    names as its own (`postid-12` -> `id="post-12"`), and its `rel="category"` links outside site chrome (a side
    box's category list is the site's, on every page). Empty when it declares none."""
    slugs: set[str] = set()
    entry = own_entry(root)
    if entry is not None:
        names = (entry.get("class") or "").split()
        slugs |= {match.group(1) for match in map(CATEGORY_CLASS.match, names) if match}
    listings = set()
    for anchor in root.iter("a"):
        if CATEGORY_REL in (anchor.get("rel") or "").lower().split() and not regions.contains(anchor):
            url = absolute_url(page_url, anchor.get("href") or "")
            if url:
                listings.add(listing_key(url))
    return Categories(frozenset(slugs), frozenset(listings))


def _named_after(name: str, section: str) -> bool:
    """`name` (a category's slug, or its listing_key) is `section`'s with words added, as a CMS joins a title's words."""
    return name.startswith(section.rstrip("?") + "-")


def _at_or_under(listing: str, parent: str) -> bool:
    """`listing` (a listing_key, `host/path?query`) is `parent`'s or a listing under its path."""
    path, parent_path = listing.partition("?")[0], parent.partition("?")[0]
    return listing == parent or path.startswith(parent_path + "/")
