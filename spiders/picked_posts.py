"""The categories of the posts a static page shows: a news page built as a page of the CMS with a post grid on it.

A blog engine's news page may be one of its static pages (WordPress `page page-id-12`) whose text is a grid of posts
a block or plugin picks, usually by category ("Post Grid": the news category's posts, newest first), not the blog's own
posts page (`blog`), which shows every post. The page says which category it shows only through its posts: each post
files itself under its categories (categories.post_categories), and the category every one of them names is the
one the grid picks. A post of another category, which no grid shows, is reached all the same: a post's previous/next
links lead to the blog's neighbouring post, whatever its category (a publication record, a flyer filed beside the
news). Which categories those are is known once the grid's posts are read (other_sections.another_category).
"""
from __future__ import annotations

from functools import reduce

from news_archive.archive.urls import listing_key, page_key
from news_archive.spiders.categories import Categories

# A grid of this many posts read, all naming a category, shows that category; fewer say little (three posts may share
# a category by chance).
MIN_POSTS_READ = 4


class PickedPosts:
    """The static news pages a source's crawl read at depth 0 (by listing_key: a page and its pager's pages are one),
    the posts each shows (page_key), and the categories of those read."""

    def __init__(self):
        self.pages: dict[str, dict[str, Categories | None]] = {}  # listing_key -> post page_key -> categories read
        # page_key -> the categories a post named when earlier crawls read it (archive/picked_post_categories.py): an
        # incremental crawl reads few of the grid's posts again
        self.earlier: dict[str, Categories] = {}

    def remember(self, posts: dict[str, tuple[frozenset[str], frozenset[str]]]) -> None:
        """What earlier crawls read of the posts' categories (page_key -> slugs and listings' keys)."""
        self.earlier.update((key, Categories(slugs, listings)) for key, (slugs, listings) in posts.items())

    def read(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """The categories of the pages' posts this crawl read, to keep for the next (page_key -> slugs, listings)."""
        return {key: (categories.slugs, categories.listings) for posts in self.pages.values()
                for key, categories in posts.items() if categories}

    def __bool__(self) -> bool:
        return bool(self.pages)

    def note_page(self, url: str) -> None:
        self.pages.setdefault(listing_key(url), {})

    def shows(self, page_url: str) -> bool:
        return listing_key(page_url) in self.pages

    def shows_post(self, url: str) -> bool:
        """A static news page read shows the page at `url` among its posts."""
        key = page_key(url)
        return any(key in posts for posts in self.pages.values())

    def note_teasers(self, page_url: str, urls: list[str]) -> None:
        """The posts the static news page at `page_url` shows (its teasers)."""
        posts = self.pages.get(listing_key(page_url))
        if posts is not None:
            for url in urls:
                posts.setdefault(page_key(url), None)

    def note_post(self, url: str, categories: Categories) -> None:
        """A post read: the categories it files itself under, for each static news page showing it."""
        key = page_key(url)
        for posts in self.pages.values():
            if key in posts:
                posts[key] = categories

    def categories(self) -> Categories | None:
        """The categories the pages pick: for each, the ones every post of it read names (its slugs and listings),
        taken together; a post not read again counts with what an earlier crawl read. None while a page has fewer than MIN_POSTS_READ posts read that declare a category, or when
        its posts share none: a page of posts of every category is the blog's news, as its posts page would be."""
        picked = Categories()
        for posts in self.pages.values():
            read = [categories for categories in (found or self.earlier.get(key) for key, found in posts.items())
                    if categories]
            if len(read) < MIN_POSTS_READ:
                return None
            shared = reduce(lambda a, b: Categories(a.slugs & b.slugs, a.listings & b.listings), read)
            if not shared:
                return None
            picked = Categories(picked.slugs | shared.slugs, picked.listings | shared.listings)
        return picked
