"""The spider's own signals, heard by the layers above it and beside it (the stages, the run recorder, the WARC
capture): a fetched (or refused) page that will not reach the archive, and why; the dates a feed gives its items."""

# Sent with source (id), url, reason (a short fixed phrase, counted per source), error (True when the
# page failed rather than being judged not an article) and detail (the operator's one line).
page_not_stored = object()
NOT_AN_ARTICLE = "not an article"  # the reason of a page judged no article, by a stage or at the crawl's end

# Sent with source (id), feed (its URL) and dates ({item link: the date as the feed writes it}) for each feed read
# that dates its items (spiders/feed_items.py).
feed_dates_read = object()

# Sent with source (id), listing (its URL) and dates ({item link: [the text of each teaser that links it]}) for each
# listing page whose teasers show text beside their links (spiders/listing_dates.py).
listing_dates_read = object()

# Sent with source (id), listing (its URL) and author (its <meta name="author">, as stated) for each listing page that
# states one: a name a listing states is no post's writer (pipelines/site_author.py).
listing_author_read = object()
