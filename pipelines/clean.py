"""Clean stage: turn a fetched page into title, text and metadata; drop pages that are not articles."""
from __future__ import annotations

from collections import defaultdict

from scrapy.exceptions import DropItem

from news_archive.pipelines.archive_connection import archive_for
from news_archive.pipelines.extraction import BoilerplateMemory, extract_article
from news_archive.pipelines.extraction.page_type import STORED_TYPES
from news_archive.pipelines.site_boilerplate import load_memory, memory_key, without_boilerplate
from news_archive.archive.record import ArticleItem

EXTRACTED_FIELDS = ("title", "lead", "body", "body_html", "published", "published_from", "updated", "author", "image",
                    "alternates", "html_lang", "og_locale")


def clean_item(item: ArticleItem) -> ArticleItem:
    """Fill the item's article fields from its HTML; raises DropItem when the page is not a news article."""
    extracted = fill_item(item)
    if extracted.page_type not in STORED_TYPES or not extracted.body.strip():
        raise DropItem(f"{item.source}: {item.url} is not an article page ({extracted.page_type}: "
                       f"{extracted.page_reason})")
    return item


def fill_item(item: ArticleItem):
    """Set the item's article fields from its HTML, whatever the page is; return the extractor's verdict too."""
    extracted = extract_article(item.html if item.tree is None else item.tree, item.url,
                                listed_as_article=item.listed_as_article)
    item.tree = None  # pruned by the extractor, and no later stage needs it
    for name in EXTRACTED_FIELDS:
        setattr(item, name, getattr(extracted, name))
    item.canonical_url = extracted.canonical_url or ""
    return extracted


class CleanPipeline:
    """Also removes what each source repeats on most of its pages (see pipelines/site_boilerplate.py)."""

    def __init__(self, archive):
        self.archive = archive
        self.learnt: dict[str, BoilerplateMemory] = {}  # memory key -> what earlier crawls learnt
        self.learning: dict[str, BoilerplateMemory] = {}  # memory key -> that, plus this crawl's pages
        self.pages: dict[str, list[tuple[str, str]]] = defaultdict(list)  # memory key -> (page, fetched URL)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(archive_for(crawler))

    def process_item(self, item: ArticleItem) -> ArticleItem:
        item = clean_item(item)
        key, page = memory_key(item.source, item.html_lang), item.canonical_url or item.url
        if key not in self.learnt:
            self.learnt[key], self.learning[key] = load_memory(self.archive, key), load_memory(self.archive, key)
        self.learning[key].observe(page, item.body.split("\n\n"))
        self.pages[key].append((page, item.url))
        changes = without_boilerplate(vars(item), page, self.learnt[key])
        for name, value in (changes or {}).items():
            if name != "content_hash":  # the dedupe stage computes it
                setattr(item, name, value)
        return item

    def close_spider(self):
        """Clean this crawl's articles again with all that was learnt, and keep it for the next crawl."""
        for key, memory in self.learning.items():
            self.archive.save_boilerplate(key, memory.rows())
            for page, url in self.pages[key]:
                article_id = self.archive.article_id_for_urls([url])
                if article_id is None:
                    continue
                changes = without_boilerplate(self.archive.db["articles"].get(article_id), page, memory)
                if changes:
                    self.archive.refine_article(article_id, changes)
