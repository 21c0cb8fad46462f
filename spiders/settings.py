"""Scrapy settings for the news-archive crawler (`scrapy crawl news` and `news-archive crawl`)."""

BOT_NAME = "news-archive"
SPIDER_MODULES = ["news_archive.spiders"]
NEWSPIDER_MODULE = "news_archive.spiders"

USER_AGENT = "news-archive/0.1 (partner news archive crawler; +https://pypi.org/project/news-archive/)"
ROBOTSTXT_OBEY = True

# Polite to partner sites (spiders/politeness.py): at most two requests at once per site, a second apart or more
# as AutoThrottle finds the site slower, never faster than its robots.txt Crawl-delay; a User-Agent naming our
# contact (CRAWLER_CONTACT, $NEWS_ARCHIVE_CONTACT or the sources file's `[crawler] contact`). Loopback sites get
# none of this (see NewsSpider).
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
ROBOTSTXT_CRAWL_DELAY = True
CRAWLER_CONTACT = None
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 15
RETRY_TIMES = 1
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
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
EXTENSIONS = {"scrapy.extensions.throttle.AutoThrottle": None,
              "news_archive.spiders.politeness.PoliteAutoThrottle": 0,
              "news_archive.spiders.politeness.CrawlDelay": 0,
              "news_archive.archive.crawl.warc_capture.WarcCapture": 500,
              "news_archive.archive.crawl.lock.ArchiveLockExtension": 0}
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
DOWNLOADER_MIDDLEWARES = {"news_archive.spiders.conditional.ConditionalGetMiddleware": 610}
