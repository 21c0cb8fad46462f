"""Clean stage: turn a fetched page into title, text and metadata; drop pages that are not articles."""
from __future__ import annotations

from scrapy.exceptions import DropItem

from pipelines.extraction import extract_article
from spiders.items import ArticleItem


def clean_item(item: ArticleItem) -> ArticleItem:
    """Fill the item's article fields from its HTML; raises DropItem when the page holds no article."""
    extracted = extract_article(item.html, item.url)
    if not extracted.is_article or not extracted.body.strip():
        raise DropItem(f"{item.source}: {item.url} is not an article page")
    for name in ("title", "lead", "body", "body_html", "published", "published_from", "updated", "author", "image",
                 "alternates", "html_lang", "og_locale"):
        setattr(item, name, getattr(extracted, name))
    item.canonical_url = extracted.canonical_url or ""
    return item


class CleanPipeline:
    def process_item(self, item: ArticleItem) -> ArticleItem:
        return clean_item(item)
