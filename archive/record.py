"""The article record, defined once: every field an article has, which stage sets it, and its `articles` column.

The Scrapy item, the `articles` row, the clean stage's copy of what it extracted, the `extract` command's
output and the newsletter's columns all take their field lists from here (`dataclasses.fields`), as fundus
does with its `Article`. Each field's metadata says:
- `stage`: who sets it: `spider`, then the pipeline stages `clean`, `language`, `dedupe`, `store`;
- `column`: the `articles` column it is stored in (None: not stored there);
- `listed`: shown where articles are listed (a newsletter entry);
- `markup`: HTML, kept out of plain-text output.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields


def article_field(stage: str, *, column: str | None = None, default=MISSING, default_factory=MISSING,
                  listed: bool = False, markup: bool = False, compare: bool = True):
    return field(default=default, default_factory=default_factory, repr=compare, compare=compare,
                 metadata={"stage": stage, "column": column, "listed": listed, "markup": markup})


@dataclass
class ArticleItem:
    """One article page as the spider yields it, filled in stage by stage by the pipelines."""

    source: str = article_field("spider", column="source", listed=True)  # a source id
    url: str = article_field("spider")  # where the page was fetched (after redirects)
    html: str | bytes = article_field("spider", markup=True)
    fetched_at: str = article_field("spider")
    # The spider's parsed page, handed to the clean stage so each page is parsed once; after extraction, an
    # unpruned copy of it for the boilerplate stage (pipelines/site_boilerplate.py), then None.
    tree: object = article_field("spider", default=None, compare=False)
    seen_urls: list[str] = article_field("spider", default_factory=list)  # every link form that led here
    source_languages: tuple[str, ...] = article_field("spider", default=())
    # The site presents the page as one of its articles (feed item, teaser, shortlink).
    listed_as_article: bool = article_field("spider", default=False)
    # No feed, teaser or learnt article family of the source presents the page as news (decisions.outside_news).
    outside_news: bool = article_field("spider", default=False)
    # Only its address, in the folder holding every page of the site, presents it (decisions.presented_by_address_only).
    address_only: bool = article_field("spider", default=False)
    # Only a listing's running text presents it, its markup types it no post (decisions.presented_by_running_text_only).
    running_text_only: bool = article_field("spider", default=False)
    # The address the page names as its own (rel=canonical) answered 404 or failed: archived where it was fetched.
    canonical_gone: bool = article_field("spider", default=False)

    title: str = article_field("clean", column="title", default="", listed=True)
    lead: str = article_field("clean", column="lead", default="", listed=True)
    body: str = article_field("clean", column="body", default="", listed=True)
    body_html: str = article_field("clean", column="body_html", default="", markup=True)
    # What readers wrote below the article, kept apart: not in the full-text index, not in a newsletter.
    comments: str = article_field("clean", column="comments", default="")
    published: str | None = article_field("clean", column="published", default=None)
    # Where the date was found: "json-ld", "meta", "time", "text", FROM_URL, "script" (the page),
    # FROM_RUNNING_TEXT or FROM_SLUG_WORDS (the page, weakly), FROM_URL_MONTH (no day), FROM_SEARCH_INDEX, FROM_FEED,
    # FROM_LISTING or FROM_TRANSLATION.
    published_from: str | None = article_field("clean", column="published_from", default=None)
    updated: str | None = article_field("clean", column="updated", default=None)
    author: str | None = article_field("clean", column="author", default=None)
    # Where `author` came from <meta name="author"> alone: that tag, and the author the page names without it; the
    # crawl's end judges whether the tag names the source's owner (pipelines/site_author.py).
    site_meta_author: str | None = article_field("clean", default=None)
    author_beside_meta: str | None = article_field("clean", default=None)
    image: str | None = article_field("clean", column="image", default=None)
    alternates: dict[str, str] = article_field("clean", default_factory=dict)  # hreflang -> URL
    # Where the page's language-switcher links ("Deutsch", "På svenska") lead: its translations, if they link back.
    language_links: list[str] = article_field("clean", default_factory=list)
    html_lang: str | None = article_field("clean", default=None)
    og_locale: str | None = article_field("clean", default=None)
    stated_language: str | None = article_field("clean", default=None)  # JSON-LD inLanguage, content-language meta
    # The body's paragraphs that are code or program output (<pre>): the language stage does not read them.
    code_paragraphs: list[str] = article_field("clean", default_factory=list)
    # The body's paragraphs in a <blockquote>: words the writer quotes (pipelines/language.py).
    quoted_paragraphs: list[str] = article_field("clean", default_factory=list)
    # A post of no words the site lists under its own headline, which no date dated when it was read: its feed, read
    # later, may date it by the crawl's end, which stores it then or not at all (pipelines/textless_posts.py).
    awaits_date: bool = article_field("clean", default=False)
    # Its metadata alone dates it to a day (no time of day, or midnight), and a line of the page shows readers that
    # day: read before pruning by the extractor, for pipelines/build_stamps.py's families of dated pages.
    shows_metadata_day: bool = article_field("clean", default=False)

    language: str | None = article_field("language", column="language", default=None, listed=True)
    language_confidence: float | None = article_field("language", column="language_confidence", default=None)
    # The one language the page declares (html lang, og:locale, its address), where its declarations agree: what the
    # source's long posts say of that declaration decides whether it speaks for their short ones
    # (pipelines/source_declarations.py).
    declared_language: str | None = article_field("language", column="declared_language", default=None)

    # The page's declared canonical link as the clean stage found it; the archived URL after the dedupe stage.
    canonical_url: str = article_field("dedupe", column="url", default="", listed=True)
    content_hash: str = article_field("dedupe", column="content_hash", default="")
    urls: list[str] = article_field("dedupe", default_factory=list)  # all URL forms to record in article_urls

    story_id: int | None = article_field("store", column="story_id", default=None)


# `published_from` of the day an address's date path names ("/2021/04/12/slug/").
FROM_URL = "url"
# `published_from` of the date of a stored article whose translation the page is (it names the page as its version in
# another language), for a page that states none: the story's day (pipelines/translation_twins.py).
FROM_TRANSLATION = "translation"
# `published_from` of a date the source's feed gave a page that states none (pipelines/feed_dates.py).
FROM_FEED = "feed"
# `published_from` of the date the source's listing shows beside the page's link (its teaser's one date), for a page
# that states none and no feed dates (pipelines/listing_dates.py).
FROM_LISTING = "listing"
# `published_from` of a date only the article's running text mentions (a sentence, a subheading, a status or
# deadline line after its first paragraph: an event's day, a maintenance window, a deadline), no dateline, byline or
# header line: weak, the source's feed date wins.
FROM_RUNNING_TEXT = "running-text"
# `published_from` of a day among the words of a page's address ("/notices/maintenance-05-10-2023/") or one its
# headline prints too ("Maintenance - 20231005" at "/maintenance-20231005/"), which names the headline's subject's
# day, no date path (/2023/10/05/): weak too, the source's feed date wins.
FROM_SLUG_WORDS = "url-words"
# `published_from` of an article whose page shows only when it was last updated ("Sist oppdatert 12.03.2024",
# "Last updated ..."; a modification time in its metadata alone may be a build's): archives sort and newsletters
# select by a date, and that is the one its readers see; weak too, the source's feed or listing naming the
# publication wins. Given after the page is judged an article, so it makes no page one.
FROM_UPDATED = "updated"
WEAK_DATE_SOURCES = frozenset({FROM_RUNNING_TEXT, FROM_SLUG_WORDS, FROM_UPDATED})
# `published_from` of the moment a site-search indexer's tag states ("published_at"), for a page that shows no date:
# it dates an article, but every page of such a site carries one, so it makes no page an article.
FROM_SEARCH_INDEX = "search-index"
# `published_from` of a date whose address names only the year and month ("/2021/04/slug/"), filled in as the month's
# first: the source's feed or listing names the day, within that month.
FROM_URL_MONTH = "url-month"
# The `published_from` values of a date read from an address's date path, with its day or its month only.
FROM_URL_PATH = frozenset({FROM_URL, FROM_URL_MONTH})
# The `published_from` values of a date that the source's feed or listing replaces: a weak one, or a month only.
REPLACEABLE_DATE_SOURCES = WEAK_DATE_SOURCES | {FROM_URL_MONTH}


def fields_set_by(*stages: str) -> tuple[str, ...]:
    """The names of the fields these stages set, in record order."""
    return tuple(item.name for item in fields(ArticleItem) if item.metadata["stage"] in stages)


def article_columns() -> dict[str, str]:
    """`articles` column -> record field, for every field stored in `articles`."""
    return {item.metadata["column"]: item.name for item in fields(ArticleItem) if item.metadata["column"]}


# The columns a save writes; the story is the store stage's to place once the row has an id.
SAVED_COLUMNS = tuple((column, name) for column, name in article_columns().items() if name not in fields_set_by("store"))


def article_row(item: ArticleItem) -> dict:
    """The item as an `articles` row to save."""
    return {column: getattr(item, name) for column, name in SAVED_COLUMNS}


# What an edit of an article replaces: what the clean and language stages read from its page.
CONTENT_COLUMNS = tuple(item.metadata["column"] for item in fields(ArticleItem)
                        if item.metadata["column"] and item.metadata["stage"] in ("clean", "language"))
# The article's plain-text content fields, as `news-archive extract` prints them.
TEXT_FIELDS = tuple(item.name for item in fields(ArticleItem) if item.metadata["column"]
                    and item.metadata["stage"] in ("clean", "language") and not item.metadata["markup"])
# What a listing of articles (a newsletter entry) shows of each.
LISTED_COLUMNS = tuple(item.metadata["column"] for item in fields(ArticleItem) if item.metadata["listed"])


def dated_weakly(published: str | None, published_from: str | None) -> bool:
    """No date, or one a feed's or a listing's date replaces: a weak one, or an address's month."""
    return not published or published_from in REPLACEABLE_DATE_SOURCES


def gives_day(published: str | None, published_from: str | None, found: str) -> bool:
    """A stated date dates a page undated or weakly dated; one dated by its address's month only, within the month."""
    return published_from != FROM_URL_MONTH or found[:7] == (published or "")[:7]
