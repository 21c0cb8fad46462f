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
LOG_FORMATTER = "news_archive.spiders.logformatter.QuietLogFormatter"
