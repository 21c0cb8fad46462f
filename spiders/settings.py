"""Scrapy settings for the news-archive crawler (`scrapy crawl news` and `news-archive crawl`)."""

BOT_NAME = "news-archive"
SPIDER_MODULES = ["news_archive.spiders"]
NEWSPIDER_MODULE = "news_archive.spiders"

USER_AGENT = "news-archive/0.1 (partner news archive crawler; +https://pypi.org/project/news-archive/)"
ROBOTSTXT_OBEY = True

# Polite to partner sites: a few parallel requests per site, spaced; loopback sites get no delay (see NewsSpider).
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
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
EXTENSIONS = {"news_archive.archive.crawl.warc_capture.WarcCapture": 500,
              "news_archive.archive.crawl.lock.ArchiveLockExtension": 0}
# One crawl at a time per archive (ARCHIVE_DB.lock); `news-archive` commands hold it themselves.
ARCHIVE_LOCK = True
WARC_DIR = None
WARC_MAX_BYTES = 1_000_000_000
LOG_FORMATTER = "news_archive.spiders.logformatter.QuietLogFormatter"
