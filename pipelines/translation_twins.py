"""Present a page as news through its twin: a stored article of its source that names the page as its translation.

A language plugin (Polylang, WPML) links each post to its versions in the other languages (hreflang alternates, a
language switcher). A version older than its language's listings, or left out of them, is reached only from its twin,
and its address in the language folder, where the site's other pages sit too, presents it as nothing. Its twin, stored
as an article, presents it as the same story in another language. A translated listing, tag or contact page is named
by its twin too: that twin is no stored article, or the page does not mark itself an article (og:type, its CMS's post
type, as the spider's `listed_as_article` reads them, here from the page itself: a rebuild from the captures has no
spider), and the clean stage's page-type verdict still holds for the page.
"""
from __future__ import annotations

from collections import defaultdict

from news_archive.archive.cms_classes import POST_TYPE, entry_post_type, marks_static_page
from news_archive.archive.record import FROM_TRANSLATION, ArticleItem, dated_weakly
from news_archive.archive.storage import Archive
from news_archive.archive.urls import url_key
from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.pipelines.extraction.structured import read_metadata


class TranslationTwins:
    """The articles the clean stage passed, this crawl (many wait for its end to be stored: build_stamps.py) or
    before it (stored), seen as the twins of the pages they name as their translations."""

    def __init__(self, archive: Archive):
        self.archive = archive
        # url_key of a page an article of this crawl names as its version in another language -> each such article,
        # as (source, the url_keys it was seen at, its date)
        self.naming: dict[str, list[tuple[str, frozenset[str], str | None]]] = defaultdict(list)

    def note(self, item: ArticleItem) -> None:
        """An article the clean stage passed names its versions in other languages (hreflang, language switcher)."""
        own_keys = frozenset(url_key(url) for url in [item.url, *item.seen_urls])
        for key in {url_key(url) for url in [*item.alternates.values(), *item.language_links]} - own_keys:
            self.naming[key].append((item.source, own_keys, item.published))

    def twin_date(self, item: ArticleItem) -> tuple[bool, str | None]:
        """(whether an article of the item's source names the page as its version in another language, that
        article's date), when the page marks itself an article and names that article back among its own versions
        where it names any. `item`: cleaned (its alternates and language links read)."""
        if not _marks_itself_an_article(item):
            return False, None
        urls = [item.url, *item.seen_urls]
        own_keys = {url_key(url) for url in urls}
        versions = [url for url in [*item.alternates.values(), *item.language_links] if url_key(url) not in own_keys]
        version_keys = {url_key(url) for url in versions}
        for key in own_keys:
            for source, twin_keys, published in self.naming.get(key, ()):
                if source == item.source and (not versions or version_keys & twin_keys):
                    return True, published
        stored = self._stored_twin(item, urls, versions)
        return (True, stored["published"]) if stored else (False, None)

    def date(self, item: ArticleItem) -> ArticleItem:
        """The page dated by its twin when it states no date of its own (none, or only one a feed's would replace) and
        neither its feed nor its listing dates it: one story, published in both languages on its day."""
        if dated_weakly(item.published, item.published_from):
            named, published = self.twin_date(item)
            if named and published:
                item.published, item.published_from = published, FROM_TRANSLATION
        return item

    def _stored_twin(self, item: ArticleItem, urls: list[str], versions: list[str]) -> dict | None:
        """The row of an article stored by an earlier crawl that names the page as its version in another language."""
        own_id = self.archive.article_id_for_urls(urls)  # a page stored before names its versions too
        named_back = {self.archive.article_id_for_urls([url]) for url in versions}
        for article_id in self.archive.articles_naming_translation(urls):
            if article_id == own_id or (versions and article_id not in named_back):
                continue
            twin = self.archive.article(article_id)
            if twin and twin["source"] == item.source:
                return twin
        return None


def _marks_itself_an_article(item: ArticleItem) -> bool:
    """The page types itself an article (og:type, JSON-LD) and its CMS marks it no static page nor an entry of another
    type than the posts (a product, a sponsor). Read from the unpruned tree the clean stage leaves."""
    tree = item.tree if item.tree is not None else parse_html(item.html)
    if tree is None or marks_static_page(tree) or entry_post_type(tree) not in (None, POST_TYPE):
        return False
    metadata = read_metadata(tree)
    return metadata.meta.get("og:type", "").strip().lower() == "article" or metadata.declares_article
