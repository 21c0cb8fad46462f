"""The archive's schema as named, ordered migrations (sqlite_utils.migrations), each applied once."""
from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from news_archive.archive.urls import url_key

migrations = Migrations("news-archive")
# Where archives made before sqlite_utils.migrations recorded theirs (name, applied).
OWN_REGISTRY = "migrations"


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not had yet; returns their names."""
    adopt_own_registry(db)
    pending = [migration.name for migration in migrations.pending(db)]
    migrations.apply(db)
    return pending


def adopt_own_registry(db: sqlite_utils.Database) -> None:
    """Record the migrations an older archive applied under its own registry as applied, and drop that table."""
    if OWN_REGISTRY not in db.table_names():
        return
    with db.atomic():
        migrations.ensure_migrations_table(db)
        db[migrations.migrations_table].insert_all(
            ({"migration_set": migrations.name, "name": row["name"], "applied_at": row["applied"]}
             for row in db[OWN_REGISTRY].rows_where(order_by="rowid")),
            ignore=True)
        db[OWN_REGISTRY].drop()


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create({"id": str, "name": str, "start_urls": str, "languages": str}, pk="id")
    db["stories"].create({"id": int, "created": str}, pk="id")
    db["articles"].create(
        {
            "id": int, "url": str, "source": str, "title": str, "lead": str, "body": str, "body_html": str,
            "published": str, "published_from": str, "updated": str, "author": str, "image": str,
            "language": str, "language_confidence": float, "story_id": int, "content_hash": str,
            "first_seen": str, "last_seen": str, "changed": str,
        },
        pk="id",
        not_null={"url", "source"},
        foreign_keys=[("story_id", "stories", "id")],
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["source", "content_hash"])
    db["articles"].create_index(["story_id"])
    db["article_urls"].create(
        {"url": str, "url_key": str, "article_id": int, "first_seen": str},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create_index(["url_key"])
    db["article_urls"].create_index(["article_id"])
    db["article_versions"].create(
        {"id": int, "article_id": int, "title": str, "lead": str, "body": str, "content_hash": str,
         "first_seen": str, "last_seen": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_versions"].create_index(["article_id"])
    db["crawl_runs"].create(
        {"id": int, "crawl": str, "source": str, "started": str, "finished": str, "status": str,
         "pages_fetched": int, "articles_found": int, "articles_new": int, "articles_updated": int,
         "errors": int, "error_summary": str},
        pk="id",
    )
    db["crawl_runs"].create_index(["source", "started"])
    # Å, Ä and Ö are letters of their own in Swedish: folding them away would make `hår` find `har`.
    db["articles"].enable_fts(["title", "lead", "body"], create_triggers=True, tokenize="unicode61 remove_diacritics 0")


# Two full-text indexes, both `content='articles'` (single quotes on purpose: Datasette's own search then
# leaves `_search` to archive.datasette_plugin, which searches both). Both fold case (Å/å) and keep
# diacritics, so `hår` is not `har`.
# - `articles_fts`: the words of title, lead and body (unicode61); prefix queries find compounds by their
#   first part (`cellterapi*` in `cellterapiforskningen`), and 1-2 letter words (`KI`) are found whole.
# - `articles_parts`: trigrams of title and lead, so a part anywhere in a word there is found too
#   (`platser` in `vårdplatser`). Bodies stay out of it: a trigram index of whole bodies is ten times the
#   size of the text and too slow to search at 200,000 articles.
SEARCH_INDEXES = {
    "articles_fts": (("title", "lead", "body"), "unicode61 remove_diacritics 0"),
    "articles_parts": (("title", "lead"), "trigram"),
}


@migrations()
def m002_swedish_search(db: sqlite_utils.Database) -> None:
    """Partner names as a foreign key, a year-month column to facet on, and the Swedish-aware search indexes."""
    db["articles"].disable_fts()
    # Long text last: a search reads the small columns of thousands of rows to filter, sort and facet them,
    # and a column stored after a 5 kB body costs a walk through overflow pages.
    small_columns_first = ["id", "url", "source", "published", "language", "story_id", "title", "author",
                           "published_from", "updated", "image", "language_confidence", "content_hash",
                           "first_seen", "last_seen", "changed"]
    db["articles"].transform(add_foreign_keys=[("source", "sources", "id")], column_order=small_columns_first)
    db.execute("alter table articles add column year_month text generated always as (substr(published, 1, 7)) virtual")
    db["sources"].create_index(["name"])
    # The saved queries and facets group 200,000 articles by these: from an index, not from the wide rows.
    db["articles"].create_index(["source", "published"])
    db["articles"].create_index(["source", "first_seen"])
    db["articles"].create_index(["story_id", "source"])
    db["articles"].create_index(["year_month", "source", "language"])
    # What a search filters, sorts and facets thousands of matches by, in 50 bytes a row instead of 5 kB
    # (archive/datasette_plugins/ranked_search.py names it: SQLite's planner cannot tell the rows are wide).
    db["articles"].create_index(["id", "source", "language", "year_month", "published", "story_id"],
                                index_name="articles_search_columns")
    for index, (indexed_columns, tokenizer) in SEARCH_INDEXES.items():
        columns = ", ".join(indexed_columns)
        new_values = ", ".join(f"new.{column}" for column in indexed_columns)
        old_values = ", ".join(f"old.{column}" for column in indexed_columns)
        statements = [
            f"create virtual table {index} using fts5({columns}, content='articles', content_rowid='id', "
            f"tokenize='{tokenizer}')",
            f"create trigger {index}_ai after insert on articles begin "
            f"insert into {index}(rowid, {columns}) values (new.id, {new_values}); end",
            f"create trigger {index}_ad after delete on articles begin "
            f"insert into {index}({index}, rowid, {columns}) values ('delete', old.id, {old_values}); end",
            f"create trigger {index}_au after update of {columns} on articles begin "
            f"insert into {index}({index}, rowid, {columns}) values ('delete', old.id, {old_values}); "
            f"insert into {index}(rowid, {columns}) values (new.id, {new_values}); end",
            f"insert into {index}({index}) values ('rebuild')",
        ]
        for statement in statements:  # one by one: executescript would commit the migration half-done
            db.execute(statement)


@migrations()
def m003_story_index(db: sqlite_utils.Database) -> None:
    """Postings that find an article's story candidates without comparing it with the whole archive."""
    # key: a sampled text shingle or a fact term (archive/story_features.py); day: publication day number.
    db.execute("create table story_keys (key integer, day integer, article_id integer, "
               "primary key (key, day, article_id)) without rowid")
    db.execute("create index story_keys_article_id on story_keys (article_id)")
    db.execute("create table story_key_counts (key integer primary key, articles integer not null)")
    # Keys by source: what a partner repeats in article after article (its "About us") proves nothing.
    db.execute("create table story_source_key_counts (source text, key integer, articles integer not null, "
               "primary key (source, key)) without rowid")
    # The translations an article's page links to (hreflang), so a translation archived later finds it.
    db.execute("create table story_alternates (url_key text, article_id integer, primary key (url_key, article_id)) "
               "without rowid")
    db.execute("create index story_alternates_article_id on story_alternates (article_id)")
    # Which text of each article the postings describe: an edited article is indexed again.
    db.execute("create table story_indexed (article_id integer primary key, content_hash text, source text, day integer)")


@migrations()
def m004_site_boilerplate(db: sqlite_utils.Database) -> None:
    """What each source repeats on its pages, so the next crawl removes it from the first page on."""
    # block, page: digests of a repeated text block and of a page it was seen on (pipelines/site_boilerplate.py).
    db.execute("create table boilerplate_blocks (source text, block text, page text, primary key (source, block, page)) "
               "without rowid")


@migrations()
def m005_compact_story_index(db: sqlite_utils.Database) -> None:
    """The story index in a third less space: each article's keys kept with it, per-source counts only for
    keys in two or more articles. Emptied, it is refilled by the next crawl (Stories.catch_up)."""
    db.execute("drop index story_keys_article_id")
    db.execute("alter table story_indexed add column keys blob")  # the article's keys, 64-bit signed, packed
    for table in ("story_keys", "story_key_counts", "story_source_key_counts", "story_alternates", "story_indexed"):
        db.execute(f"delete from {table}")


@migrations()
def m006_watched_runs(db: sqlite_utils.Database) -> None:
    """What a run is compared with its source's history by (archive/crawl/health.py), and why it was flagged."""
    # candidates: pages the spider took for articles; undated, short_body: of the articles stored or seen again.
    db["crawl_runs"].add_column("candidates", int)
    db["crawl_runs"].add_column("undated", int)
    db["crawl_runs"].add_column("short_body", int)
    db["crawl_runs"].add_column("warning", str)  # one line: why the run needs a look


@migrations()
def m007_broken_links(db: sqlite_utils.Database) -> None:
    """Links of a partner's own pages that answer 404 or 410: the site's dead links, told apart from errors."""
    db["crawl_runs"].add_column("broken_links", int)
    db["crawl_runs"].add_column("broken_links_summary", str)


@migrations()
def m008_w3lib_url_keys(db: sqlite_utils.Database) -> None:
    """URL keys in w3lib's canonical form, so `/h%C3%A5r` and `/hår` are one URL (archive/urls.py)."""
    keys = [(url_key(url), url, key) for url, key in db.execute("select url, url_key from article_urls")]
    db.conn.executemany("update article_urls set url_key = ? where url = ?",
                        [(new, url) for new, url, old in keys if new != old])
    # The alternates' URLs were not kept, only their keys: a key is a URL without its scheme.
    alternates = db.execute("select url_key, article_id from story_alternates").fetchall()
    db.execute("delete from story_alternates")
    db.conn.executemany("insert or ignore into story_alternates (url_key, article_id) values (?, ?)",
                        [(url_key(f"http://{key}"), article_id) for key, article_id in alternates])


@migrations()
def m009_pages_skipped(db: sqlite_utils.Database) -> None:
    """Every fetched page a crawl did not store, and why: counted per reason in `crawl_runs`, listed by URL."""
    db["crawl_runs"].add_column("pages_skipped", int, not_null_default=0)
    db["crawl_runs"].add_column("skip_reasons", str)  # JSON: {reason: pages}
    db["crawl_pages_skipped"].create({"run_id": int, "url": str, "reason": str, "detail": str},
                                     foreign_keys=[("run_id", "crawl_runs", "id")])
    db["crawl_pages_skipped"].create_index(["run_id", "reason"])


@migrations()
def m010_incremental_crawls(db: sqlite_utils.Database) -> None:
    """What the next crawl needs to fetch only what changed: each page's validators, and each run's kind."""
    # page_key: archive/urls.py's key of the page (a listing's /page/2/ is a page of its own); etag,
    # last_modified: the validators its last answer gave, sent back in a conditional GET; lastmod: the date a sitemap or feed last gave it, a later one means "changed";
    # role: what the spider asked for it as (`feed` for feeds and sitemaps, asked again each run).
    db["fetch_state"].create({"page_key": str, "source": str, "url": str, "role": str, "status": int, "etag": str,
                              "last_modified": str, "lastmod": str, "fetched": str}, pk="page_key")
    db["fetch_state"].create_index(["source"])
    db["crawl_runs"].add_column("kind", str)  # 'incremental' or 'full': a run is compared with runs of its kind
    db["crawl_runs"].add_column("pages_not_modified", int)  # conditional GETs answered 304
    db.execute("update crawl_runs set kind = 'full'")  # every run before this fetched the whole site


@migrations()
def m011_reader_comments(db: sqlite_utils.Database) -> None:
    """Readers' comments beside the article, out of its body and of the full-text indexes (which name their
    columns); an article's earlier version keeps the comments it had."""
    db["articles"].add_column("comments", str)
    db["article_versions"].add_column("comments", str)


@migrations()
def m012_story_features_version(db: sqlite_utils.Database) -> None:
    """Which version of the story features each article was indexed with: one indexed by an older version
    (none recorded) is indexed again by the next crawl (Stories.catch_up)."""
    db["story_indexed"].add_column("features_version", int)


@migrations()
def m013_feed_dates(db: sqlite_utils.Database) -> None:
    """The publication date each source's feeds gave each item, by the item's URL key: it dates an article whose
    page states none, in the crawl that read the feed (whichever came first), in later crawls (a feed answering
    304 lists nothing) and in a `reprocess`. The first date a feed gave stays."""
    db["feed_dates"].create({"source": str, "url_key": str, "url": str, "published": str, "feed": str,
                             "first_seen": str}, pk=("source", "url_key"))


@migrations()
def m014_listing_dates(db: sqlite_utils.Database) -> None:
    """The date each source's listings showed beside each item's link (its teaser card, list item or line), by the
    item's URL key: kept like `feed_dates`, for the pages that state no date and no feed dates."""
    db["listing_dates"].create({"source": str, "url_key": str, "url": str, "published": str, "listing": str,
                                "first_seen": str}, pk=("source", "url_key"))


@migrations()
def m015_build_stamps(db: sqlite_utils.Database) -> None:
    """The times each source's generator stamped on many of its pages as their publication time: its builds'. A page
    a later crawl finds alone with one of them is dated by that build too (pipelines/build_stamps.py)."""
    db["build_stamps"].create({"source": str, "stamp": str, "pages": int, "first_seen": str}, pk=("source", "stamp"))


@migrations()
def m016_story_language_links(db: sqlite_utils.Database) -> None:
    """Where each article's language-switcher links lead ("Deutsch", "På svenska"): two articles of a source in
    two languages whose such links lead to each other are one story (archive/stories/placement.py)."""
    db.execute("create table story_language_links (url_key text, article_id integer, "
               "primary key (url_key, article_id)) without rowid")
    db.execute("create index story_language_links_article_id on story_language_links (article_id)")


@migrations()
def m017_held_pages(db: sqlite_utils.Database) -> None:
    """The pages a crawl holds to its end to judge them against the source's others, kept from the moment they are
    held, so a crawl stopped before its end loses none (archive/held_pages.py); and what each run held and took over."""
    # held_by: the crawl that fetched the page; crawl: the one that is to judge it (a source's next crawl takes over
    # the rows of one stopped before its end); judged: 1 once judged an article, until its article is stored;
    # key: what it waits for (pipelines/build_stamps.py); record: the article record as JSON; page: zlib-compressed.
    db["held_pages"].create({"id": int, "source": str, "url": str, "held_by": str, "crawl": str, "judged": int,
                             "key": str, "record": str, "page": bytes}, pk="id")
    db["held_pages"].create_index(["source", "url"])
    db["held_pages"].create_index(["crawl", "judged"])
    db["crawl_runs"].add_column("pages_held", int)  # pages held to the run's end, fetched by the run
    db["crawl_runs"].add_column("pages_held_left", int)  # pages a stopped crawl left held, judged by this run


@migrations()
def m018_listing_authors(db: sqlite_utils.Database) -> None:
    """The names each source's listing pages state as their author (<meta name="author">): a template's owner of the
    site, whom a post stating the same name in that tag alone does not have for its writer (pipelines/site_author.py).
    Kept, so a rebuild from the captures, which hold no listing, judges as the crawl did."""
    db["listing_authors"].create({"source": str, "author": str, "first_seen": str}, pk=("source", "author"))


@migrations()
def m019_declared_languages(db: sqlite_utils.Database) -> None:
    """The language each article's page declares, beside the one its text is in: a later crawl of the source judges
    by its stored posts whether that declaration speaks for a post too short to say its own
    (pipelines/source_declarations.py)."""
    db["articles"].add_column("declared_language", str)


@migrations()
def m020_site_layout(db: sqlite_utils.Database) -> None:
    """What each source's pages showed of its layout, kept per article, so a source's next crawl, however few pages it
    fetches, starts from what the crawls before it read across many (archive/site_layout.py)."""
    # source: the source whose crawl read the page; language: its memory key's (pipelines/site_boilerplate.py); kind:
    # what was read (`own-text slot`: where the template puts a post's own text, pipelines/writers_lines.py; `page
    # titles`: the page's <title>, <h1>s, title read and <meta name="author">, pipelines/shared_title.py); value: one
    # thing read, '' for a page showing none; seen: when the page was last read for it.
    db["site_layout"].create({"article_id": int, "source": str, "language": str, "kind": str, "value": str,
                              "seen": str}, pk=("article_id", "kind", "value"),
                             foreign_keys=[("article_id", "articles", "id"), ("source", "sources", "id")])
    db["site_layout"].create_index(["source", "language", "kind", "seen"])


@migrations()
def m021_page_families(db: sqlite_utils.Database) -> None:
    """Whether each page a crawl judged by its address family showed readers its day, so a source's next crawl judges
    its few new pages beside the families the crawls before it read (archive/page_families.py)."""
    # family: the page's address family (archive/urls.py's url_family) as JSON; shows_day: 1 when the page showed
    # readers its day; seen: when a crawl last judged it.
    db["page_families"].create({"source": str, "url": str, "family": str, "shows_day": int, "seen": str},
                               pk=("source", "url"))
    db["page_families"].create_index(["source", "seen"])


@migrations()
def m022_page_lines(db: sqlite_utils.Database) -> None:
    """The lines of text each page judged for a notice in place of content showed, so a source's next crawl judges its
    few new pages beside those the crawls before it read (archive/page_lines.py)."""
    # title: the page's title (its address where it had none); lines: the digests of its lines of text
    # (page_lines.line_digest of build_stamps.py's folded lines) as a JSON list; seen: when a crawl last judged it.
    db["page_lines"].create({"source": str, "url": str, "title": str, "lines": str, "seen": str},
                            pk=("source", "url"))
    db["page_lines"].create_index(["source", "seen"])


@migrations()
def m023_repeated_links(db: sqlite_utils.Database) -> None:
    """The teaser-like links each page a crawl read showed, so a source's next crawl tells the links it shows on most
    pages (a "latest posts" block) from a listing's teasers however few pages it fetches (archive/repeated_links.py)."""
    # page: the page's page_key (archive/urls.py); links: the url_keys of its teaser-like links (spiders/pagetype.py's
    # teaser_keys) as a JSON list; seen: when a crawl last read the page.
    db["repeated_links"].create({"source": str, "page": str, "links": str, "seen": str}, pk=("source", "page"))
    db["repeated_links"].create_index(["source", "seen"])


@migrations()
def m024_missing_pages_retried(db: sqlite_utils.Database) -> None:
    """A page that answered 404 is asked for again by later crawls, with a back-off, until it has answered 404 on
    MISSING_RETRIES crawls in a row (spiders/incremental.py): a post published late or lost to a broken deploy comes
    back into the archive."""
    # misses: the crawls in a row the page answered 404 (none once it answers otherwise); missing_since: the first.
    db["fetch_state"].add_column("misses", int)
    db["fetch_state"].add_column("missing_since", str)
    db["crawl_runs"].add_column("pages_missing_retried", int)  # pages that had answered 404, asked for again


@migrations()
def m025_picked_posts(db: sqlite_utils.Database) -> None:
    """The categories each post a static news page showed named, so a source's next crawl tells the category the page
    picks however few of its posts it fetches again (archive/picked_post_categories.py)."""
    # page: the post's page_key (archive/urls.py); slugs, listings: its categories' class slugs and listings' keys
    # (spiders/categories.py post_categories) as JSON lists; seen: when a crawl last read the post.
    db["picked_posts"].create({"source": str, "page": str, "slugs": str, "listings": str, "seen": str},
                              pk=("source", "page"))
    db["picked_posts"].create_index(["source", "seen"])
