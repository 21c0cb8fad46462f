"""Scrapy settings for the news-archive crawler (`scrapy crawl news` and `news-archive crawl`)."""
from scrapy.settings.default_settings import EXTENSIONS_BASE as scrapy_extensions

BOT_NAME = "news-archive"
SPIDER_MODULES = ["news_archive.spiders"]
NEWSPIDER_MODULE = "news_archive.spiders"

USER_AGENT = "news-archive/0.1 (partner news archive crawler; +https://pypi.org/project/news-archive/)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "news_archive.spiders.robots.SitemapRobotParser"  # also hands the spider robots.txt's sitemaps

# Polite to partner sites (spiders/politeness.py): at most two requests at once per site, a second apart or more
# as AutoThrottle finds the site slower, never faster than its robots.txt Crawl-delay; a User-Agent naming our
# contact (CRAWLER_CONTACT, $NEWS_ARCHIVE_CONTACT or the sources file's `[crawler] contact`). archive/crawl/run.py
# lifts this for loopback sites. Every request the downloader holds may land as a page of up to DOWNLOAD_MAXSIZE
# waiting for the spider: 16 of them keep a crawl of big pages near 250 MB (32 reached 560 MB).
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
ROBOTSTXT_CRAWL_DELAY = True
CRAWLER_CONTACT = None
# Scrapy starts this many tasks for every response, though a page yields one item or a few links: 100 (its default)
# cost a third of a millisecond per page, and the pipelines here are synchronous. 8 cost more memory in
# bench/bench_crawl.py (222 MB against 192-203 MB): the spider's callbacks wait longer with their pages.
CONCURRENT_ITEMS = 16
# Responses waiting in the scraper, in bytes, past which no new download starts (Scrapy's default 5 MB). Pages wait for
# a turn of the event loop (spiders/loop_turns.py) while the loop reads the other downloads, rather than leaving them
# in the socket buffers: with 5 MB of small pages waiting, a crawl peaked 20 MB higher (bench/bench_crawl.py).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000
DOWNLOAD_TIMEOUT = 30
# ... seconds in which the crawl's event loop was free to read the download (spiders/download_deadlines.py): the time
# the crawler spends on other pages is not the partner's slowness.
DOWNLOAD_HANDLERS = {"http": "news_archive.spiders.download_deadlines.LoopTimeDownloadHandler",
                     "https": "news_archive.spiders.download_deadlines.LoopTimeDownloadHandler"}
# The handler also counts how long the loop stood still while pages downloaded (stats loop/stalled_seconds and
# loop/longest_stall_seconds); a file named here gets both as JSON at the crawl's end (the benchmarks print them).
LOOP_STALLS_FILE = None
DNS_TIMEOUT = 15
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
# Counted many times per page (archive/run_counters.py): Scrapy's MemoryStatsCollector, less its per-call shim.
STATS_CLASS = "news_archive.spiders.stats.CrawlStats"

# Requests for one page (any trailing slash, `www.` or tracking-parameter form) are one for the dupefilter.
REQUEST_FINGERPRINTER_CLASS = "news_archive.spiders.fingerprints.PageFingerprinter"

# Every middleware costs each request (spider middlewares: each link the spider yields, most of them repeats the
# dupefilter drops), so those the product has no use for are off:
# - RefererMiddleware: no partner page depends on a Referer, and its policy check ran for each yielded link.
# - DepthMiddleware: the spider keeps its own listing depth (cb_kwargs `depth`); DEPTH_LIMIT is not used.
# - MetaCopyDetectionMiddleware: only warns about code that copies `meta` into a new request; none here does.
# UrlLengthMiddleware stays: it ends endless URLs (calendar and query-string traps) before they are scheduled.
SPIDER_MIDDLEWARES = {
    # A response's callback reads its page in a turn of the event loop of its own (spiders/loop_turns.py).
    "news_archive.spiders.loop_turns.OwnTurnSpiderMiddleware": 950,
    "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}

# Off as well: HttpAuthMiddleware (no source needs HTTP authentication) and DownloaderStats (byte and status
# counts nobody reads: crawl_runs has its own counters).
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    # First: a held page's kept response (spiders/held_judgements.py) answers its request before any other asks.
    "news_archive.spiders.held_judgements.KeptResponseMiddleware": 10,
    "news_archive.spiders.offsite.SourceOffsiteMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "news_archive.spiders.retries.PoliteRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "news_archive.spiders.redirects.SourceRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "news_archive.spiders.redirects.SourceMetaRefreshMiddleware": 580,
    # Below HttpCompressionMiddleware (590) and MetaRefreshMiddleware (580), so both read the decompressed body
    # and the meta refresh reads it in the right encoding.
    "news_archive.spiders.encoding.EvidenceEncodingMiddleware": 585,
    # Conditional GETs from what the last crawls were answered (spiders/incremental.py); sees each redirect hop.
    "news_archive.spiders.conditional.ConditionalGetMiddleware": 610,
}

# A transient failure loses no article: 429 and 503 wait for Retry-After (at most this long) or back off.
RETRY_TIMES = 3
RETRY_AFTER_MAX_SECONDS = 60
RETRY_EXCEPTION_TIMES = 1  # a hanging server costs DOWNLOAD_TIMEOUT per try
REDIRECT_MAX_TIMES = 5

# Nothing a site serves can flood memory: news pages are well under a megabyte; a gzip bomb stops here too.
DOWNLOAD_MAXSIZE = 4 * 1024 * 1024
DOWNLOAD_WARNSIZE = 1024 * 1024

# Crawler traps (endless pagers, calendars) end: bounds per source.
NEWS_MAX_REQUESTS = 20000
NEWS_MAX_LISTING_PAGES = 1000
NEWS_MAX_BARREN_LISTINGS = 10  # listing pages in a row that bring no new article link

ITEM_PIPELINES = {
    # The stages after it finish a page in a turn of the event loop of its own (spiders/loop_turns.py).
    "news_archive.spiders.loop_turns.OwnTurnPipeline": 50,
    "news_archive.pipelines.clean.CleanPipeline": 100,
    "news_archive.pipelines.language.LanguagePipeline": 200,
    "news_archive.pipelines.dedupe.DedupePipeline": 300,
    "news_archive.pipelines.store.StorePipeline": 400,
}

# Where articles are stored, and which sources file `scrapy crawl news` reads (None: the bundled partner list).
ARCHIVE_DB = "archive.db"
SOURCES_FILE = None
# Every article page as fetched goes to WARC files in WARC_DIR (default: `warc/` beside ARCHIVE_DB), a new
# file each month or past WARC_MAX_BYTES; `news-archive reprocess` and `ingest` store them again.
# CrawlRunRecorder: one row per source in crawl_runs, with every page not stored and why.
# RemoteControl is off: a crawl needs no local HTTP server that runs code sent to it, nor its job file. It is left
# out of Scrapy's base list rather than set to None below: Scrapy imports every extension EXTENSIONS names, and
# this one imports aiohttp, which loads the system's certificates (a tenth of a second of CPU per crawl).
EXTENSIONS_BASE = {path: order for path, order in scrapy_extensions.items()
                   if path != "scrapy.extensions.remote_control.RemoteControl"}
EXTENSIONS = {"scrapy.extensions.throttle.AutoThrottle": None,
              "news_archive.spiders.politeness.PoliteAutoThrottle": 0,
              "news_archive.spiders.politeness.CrawlDelay": 0,
              "news_archive.archive.crawl.warc_capture.WarcCapture": 500,
              "news_archive.archive.crawl.lock.ArchiveLockExtension": 0,
              "news_archive.archive.crawl.recorder.CrawlRunRecorder": 10,
              # A big page's freed trees go back to the system once it is finished (spiders/freed_heap.py).
              "news_archive.spiders.freed_heap.FreedHeapReturn": 600}
# One crawl at a time per archive (ARCHIVE_DB.lock); `news-archive` commands hold it themselves.
ARCHIVE_LOCK = True
WARC_DIR = None
WARC_MAX_BYTES = 1_000_000_000
LOG_FORMATTER = "news_archive.spiders.logformatter.QuietLogFormatter"

# Incremental by default (spiders/incremental.py): feeds, sitemaps and first listing pages are asked for with
# conditional GETs, and only new articles, articles a sitemap dates later and those published in the last
# REVISIT_DAYS are fetched. FULL_CRAWL (`news-archive crawl --full`, `scrapy crawl news -s FULL_CRAWL=1`)
# walks everything. A 304 reaches the spider as "unchanged", not as an error.
FULL_CRAWL = False
REVISIT_DAYS = 14
HTTPERROR_ALLOWED_CODES = [304]
