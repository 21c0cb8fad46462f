"""The spider's own signals, heard by the layers above it and beside it (the stages, the run recorder, the WARC
capture): a fetched (or refused) page that will not reach the archive, and why; the dates a feed gives its items."""
from __future__ import annotations

from scrapy.exceptions import DropItem

# Sent with source (id), url, reason (a short fixed phrase, counted per source), error (True when the
# page failed rather than being judged not an article) and detail (the operator's one line).
page_not_stored = object()
NOT_AN_ARTICLE = "not an article"  # the reason of a page judged no article, by a stage or at the crawl's end


class NotAnArticle(DropItem):
    """A stage's judgement that a page is no article: `kind`, the extractor's page type ("listing", "empty", ...) or
    None, and `why` in words, which the run recorder lists; its text is the crawl log's line naming source and page."""

    def __init__(self, source: str, url: str, why: str, kind: str | None = None):
        super().__init__(f"{source}: {url} is not an article page ({f'{kind}: ' if kind else ''}{why})")
        self.kind, self.why = kind, why

# Sent with source (id), feed (its URL) and dates ({item link: the date as the feed writes it}) for each feed read
# that dates its items (spiders/feed_items.py).
feed_dates_read = object()

# Sent with source (id), listing (its URL) and dates ({item link: [the text of each teaser that links it]}) for each
# listing page whose teasers show text beside their links (spiders/listing_dates.py).
listing_dates_read = object()

# Sent with source (id), listing (its URL) and author (its <meta name="author">, as stated) for each listing page that
# states one: a name a listing states is no post's writer (pipelines/site_author.py).
listing_author_read = object()
