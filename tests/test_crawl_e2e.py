"""End to end: every sample site served on 127.0.0.1, crawled by the real spider and pipelines into SQLite."""
from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.stories.features import story_features
from news_archive.archive.stories.index import StoryIndex
from news_archive.archive.urls import url_key


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def db(crawled):
    db_path, _runs, _sources = crawled
    return sqlite_utils.Database(db_path)


def archived(db, url):
    row = db.execute(
        "select a.* from articles a join article_urls u on u.article_id = a.id where u.url_key = ?", [url_key(url)]
    ).fetchone()
    assert row is not None, f"{url} is not in the archive"
    return dict(zip([c[0] for c in db.execute("select * from articles limit 0").description], row))


def test_every_source_crawled_ok(crawled):
    _db_path, runs, sources = crawled
    assert [run.source for run in runs] == [source.id for source in sources]
    assert all(run.status == "ok" for run in runs), [(r.source, r.status, r.error_summary) for r in runs]
    assert all(run.articles_new > 0 for run in runs)


# Each of these sitemaps names a post the partner has since removed.
@pytest.mark.parametrize("source, removed", [("nordlab-blogg", "gammalt-inl"),
                                             ("sodervik-kommun", "infartsparkeringen-stangs-for-vintern"),
                                             ("sundby-hogskola", "nytt-passersystem-i-biblioteket"),
                                             ("havslund-park", "nya-parkeringsregler-fran-januari"),
                                             ("kustlabbets-vanner", "vinterns-foredrag-flyttas")])
def test_a_partners_dead_links_are_counted_apart_and_leave_the_run_ok(crawled, db, source, removed):
    _db_path, runs, _sources = crawled
    run = next(run for run in runs if run.source == source)
    assert (run.status, run.errors, run.broken_links) == ("ok", 0, 1)
    summary = db.execute("select broken_links_summary from crawl_runs where source = ?", [source]).fetchone()[0]
    assert removed in summary and "HTTP 404" in summary


@pytest.mark.parametrize("source", ["sodervik-kommun", "sundby-hogskola"])
def test_topic_and_author_listings_the_sitemap_names_are_skipped_with_a_reason(db, sample_sites, source):
    """Sitevision sitemaps list every page of the tree: topic and author listings, settings pages at decoration ids."""
    base = sample_sites.base_url(source)
    run_id = db.execute("select max(id) from crawl_runs where source = ?", [source]).fetchone()[0]
    reasons = {url_key(row["url"]): row["reason"] for row in db["crawl_pages_skipped"].rows_where("run_id = ?", [run_id])}
    pages = [url for url in sample_sites.non_article_urls if url.startswith(base + "/") and "?" not in url]
    assert any("/profil/" in url or "/nyheter/trafik/" == url[len(base):] for url in pages)
    assert [url for url in pages if not reasons.get(url_key(url))] == []


def test_events_listed_among_the_news_at_its_address_shape_are_skipped_with_a_reason(db, sample_sites):
    """A Next.js site lists news and events in one stream, both at `/sv/aktuellt/<slug>`: only the events' JSON-LD
    `Event` tells them apart."""
    base = sample_sites.base_url("havslund-park")
    events = [url for url in sample_sites.non_article_urls
              if url.startswith((base + "/sv/aktuellt/", base + "/en/news/"))]
    assert len(events) == 4
    run_id = db.execute("select max(id) from crawl_runs where source = 'havslund-park'").fetchone()[0]
    reasons = {url_key(row["url"]): row["reason"] for row in db["crawl_pages_skipped"].rows_where("run_id = ?", [run_id])}
    assert {reasons.get(url_key(url)) for url in events} == {"not an article"}


def test_a_blogs_static_pages_typed_like_its_posts_are_skipped_as_static_pages(db, sample_sites):
    """Ghost gives its pages (about, the board, membership) og:type article, a JSON-LD Article and a publication
    time, as it does its posts, all at the site root; the sitemap of pages leads the crawler to them."""
    base = sample_sites.base_url("kustlabbets-vanner")
    pages = ["/om-foreningen/", "/bli-medlem/", "/styrelsen/"]
    assert {base + path for path in pages} <= set(sample_sites.non_article_urls)
    run_id = db.execute("select max(id) from crawl_runs where source = 'kustlabbets-vanner'").fetchone()[0]
    reasons = {url_key(row["url"]): row["reason"] for row in db["crawl_pages_skipped"].rows_where("run_id = ?", [run_id])}
    assert [reasons.get(url_key(base + path)) for path in pages] == ["static page"] * 3


def test_a_listing_paged_only_by_rel_next_in_its_head_is_read_to_its_last_page(sample_sites):
    requested = {record.path for record in sample_sites.requests("kustlabbets-vanner")}
    assert {"/page/2/", "/page/3/"} <= requested


def test_exactly_the_sample_articles_are_archived(db, sample_sites):
    assert db["articles"].count == len(sample_sites.articles)
    assert {row["source"] for row in db["articles"].rows} == {s["id"] for s in sample_sites.sources}


def test_no_listing_or_other_page_is_stored(db, sample_sites):
    stored = {row["url_key"] for row in db["article_urls"].rows}
    leaked = [url for url in sample_sites.non_article_urls if url_key(url) in stored]
    assert leaked == []


@pytest.fixture(scope="module")
def article_cases(sample_sites):
    return {article.url: article for article in sample_sites.articles}


def test_each_article_has_its_title_date_language_and_clean_body(db, sample_sites):
    problems = []
    for expected in sample_sites.articles:
        row = archived(db, expected.url)
        body = normalise(row["body"])
        if row["title"] != expected.title:
            problems.append(f"{expected.url}: title {row['title']!r} != {expected.title!r}")
        if (row["published"] or "")[:10] != expected.published:
            problems.append(f"{expected.url}: published {row['published']!r} != {expected.published!r}")
        if row["language"] != expected.language:
            problems.append(f"{expected.url}: language {row['language']!r} != {expected.language!r}")
        for paragraph in expected.paragraphs:
            if normalise(paragraph) not in body:
                problems.append(f"{expected.url}: body lacks {paragraph[:60]!r}")
        for junk in expected.boilerplate + expected.site_boilerplate:
            if normalise(junk) in body:
                problems.append(f"{expected.url}: body has boilerplate {junk[:60]!r}")
    assert problems == []


def test_a_tagline_every_page_gives_as_its_description_is_no_articles_lead(db, sample_sites):
    """A theme states the blog's tagline as every page's description: each article's lead is then its own opening
    paragraph, as on a page that states none, not one sentence the whole source shares."""
    posts = [article for article in sample_sites.articles if article.source == "flemingsberg-science"]
    assert len(posts) >= 3
    assert [normalise(archived(db, post.url)["lead"] or "") for post in posts] == [normalise(post.lead) for post in posts]


def test_a_post_whose_page_shows_no_date_is_dated_by_its_feed(db, sample_sites):
    """WordPress "Post name" permalinks and a theme that shows no date: only the site's RSS feed dates the post."""
    [post] = [a for a in sample_sites.articles if a.dated_by_feed]
    row = archived(db, post.url)
    assert (row["published"], row["published_from"]) == ("2025-01-21T09:30:00+00:00", "feed")
    # The others state their day in their address: the page's own date, not the feed's.
    assert {r["published_from"] for r in db["articles"].rows_where("source = 'flemingsberg-science' and url != ?",
                                                                    [row["url"]])} == {"url"}


def test_wordpress_reply_links_are_not_fetched_and_the_commented_post_is_stored_once(db, sample_sites):
    # Each comment's "Reply" link is the post again with `?replytocom=N#respond`: a new URL per comment.
    commented = [expected for expected in sample_sites.articles if expected.comments]
    assert commented
    requested = [record.path for host in sample_sites.host_ids for record in sample_sites.requests(host)]
    assert [path for path in requested if "replytocom" in path] == []
    for expected in commented:
        row = archived(db, expected.url)
        assert db.execute("select count(*) from articles where title = ?", [row["title"]]).fetchone() == (1,)


def test_readers_comments_are_kept_apart_from_the_body_and_out_of_search(db, sample_sites):
    commented = [expected for expected in sample_sites.articles if expected.comments]
    assert commented, "a sample post has readers' comments"
    for expected in sample_sites.articles:
        row = archived(db, expected.url)
        assert row["comments"] == "\n\n".join(expected.comments), expected.url
    for expected in commented:
        row = archived(db, expected.url)
        assert all(normalise(line) not in normalise(row["body"]) for line in expected.comments)
        articles = " ".join(f"{a.title} {a.body}" for a in sample_sites.articles).casefold()
        only_readers = [word for word in re.findall(r"\w{9,}", " ".join(expected.comments))
                        if word.casefold() not in articles]
        assert only_readers
        for word in only_readers:  # what only a reader wrote finds nothing
            assert db.execute("select count(*) from articles_fts where articles_fts match ?", [f'"{word}"']).fetchone() \
                == (0,), word


def test_every_url_form_leads_to_one_article(db, sample_sites):
    for expected in sample_sites.articles:
        article_id = archived(db, expected.url)["id"]
        for alias in expected.aliases:
            assert archived(db, alias)["id"] == article_id, alias


def test_page_variants_and_tracking_links_are_recorded_as_aliases(db):
    urls = [row["url"] for row in db["article_urls"].rows]
    assert any(re.search(r"/page/\d+/?$", url) for url in urls)
    assert any("utm_" in url or "fbclid" in url for url in urls)
    assert db.execute("select count(*) from articles where url like '%/page/%' or url like '%utm_%'").fetchone()[0] == 0


def test_full_text_search_finds_articles(db, sample_sites):
    expected = sample_sites.articles[0]
    word = max(re.findall(r"\w{7,}", expected.title), key=len)
    hits = [row[0] for row in db.execute("select rowid from articles_fts where articles_fts match ?", [f'"{word}"'])]
    assert archived(db, expected.url)["id"] in hits


def test_the_story_index_holds_every_article_as_stored(db):
    """Boilerplate learnt at the end of the crawl is removed before the stories are re-checked, not after."""
    indexed = StoryIndex(db).features_of([row[0] for row in db.execute("select id from articles")])
    stale = []
    for article_id, url, source, title, lead, body, published, first_seen, content_hash, indexed_hash in db.execute(
            "select a.id, a.url, a.source, a.title, a.lead, a.body, a.published, a.first_seen, a.content_hash, "
            "s.content_hash from articles a left join story_indexed s on s.article_id = a.id"):
        features = story_features(source, title or "", lead or "", body or "", published, first_seen)
        if indexed_hash != content_hash or indexed.get(article_id) != features:
            stale.append(url)
    assert stale == []


def test_recrawl_adds_nothing_and_changes_nothing(crawled, tmp_path):
    _db_path, _runs, sources = crawled
    db_path = tmp_path / "recrawled.db"
    with sqlite3.connect(crawled[0]) as fresh, sqlite3.connect(db_path) as copy:
        fresh.backup(copy)  # the other tests read the archive as one crawl left it
    db = sqlite_utils.Database(db_path)
    content = "select id, url, title, lead, body, published, language, story_id, content_hash, first_seen from articles order by id"
    before = db.execute(content).fetchall()
    urls_before = db["article_urls"].count
    runs = run_crawl(sources, db_path, show_progress=False)
    assert all(run.status == "ok" and run.articles_new == 0 and run.articles_updated == 0 for run in runs)
    assert db.execute(content).fetchall() == before
    assert db["article_urls"].count == urls_before
    assert db["article_versions"].count == 0



# Posts whose first or last lines look like what an extractor drops: WordPress captions among the paragraphs (the
# last one short and dated), a signature set in lines, a long "Source:" reference, a programme's last row, a
# sentence and a list of links that show their addresses; and a short post under a header notice with an empty
# comment section after it.
WHOLE_BODIES = ("Körsång i ljusgården", "Opinion: Visiting researchers need somewhere to live",
                "Program för materialdagen", "Vårt mätverktyg för fibrer finns nu för alla",
                # Sitevision: a "latest news" portlet beside every page, the post itself in it. A short press
                # release; titles that are a date, a month or one word; first lines before a <br>; posts whose
                # sentences link most of their words and whose lists link other sites; closing link lines.
                "Kommunen tar över driften av Norrbybadet", "21 juni", "Klart!", "Juni", "June",
                "Nya tider för hämtning av matavfall", "City noise mapped with low-cost microphones",
                "Sommarlov i Södervik – här är aktiviteterna", "Öppet hus för blivande studenter",
                "Detaljplanen för Stationsområdet ute på samråd",
                "Summer school in coastal ecology opens for applications",
                # Next.js: cards that are one link, related cards with excerpts and an author box after the text, a
                # newsletter form in <main>; a post published after midnight (the day before in its UTC <time>).
                "Varför just havet?", "Welcome, Saltwerk!", "Inkubatorn öppnar för ansökningar",
                "New buoy to warn of algal blooms",
                # Ghost: a members-only post cut at the upgrade box inside the content, a post closed by a button
                # card, a one-word title on a post published after midnight, an English post under <html lang="sv">,
                # posts closed by the writer's greeting without a full stop ("Varma hälsningar från styrelsen").
                "Inbjudan till höstens föredrag", "Anmäl dig till vårens städdag", "Tack!",
                "Sommarens guidade turer fulltecknade",  # closed by a callout card (a note box in a <div>)
                "Seals counted from the air", "Årsmötet valde ny styrelse", "Welcome to our new English posts")


@pytest.mark.parametrize("title", WHOLE_BODIES)
def test_first_and_last_lines_stay_in_the_body(db, sample_sites, title):
    expected = next(a for a in sample_sites.articles if a.title == title)
    body = archived(db, expected.url)["body"].split("\n\n")
    assert body == [normalise(paragraph) for paragraph in expected.paragraphs]


def test_pages_dated_only_by_the_sites_build_time_are_skipped_with_that_reason(db, sample_sites):
    """nordlab-blogg's generator stamps its glossary pages with the build time, in article:published_time and a
    BlogPosting's datePublished: to the second the same on all of them, which no post's own time is."""
    glossary = [url for url in sample_sites.site_level_non_article_urls if "/nordlab-webb/" in url]
    assert len(glossary) == 7
    run_id = db.execute("select max(id) from crawl_runs where source = 'nordlab-blogg'").fetchone()[0]
    skipped = {url_key(row["url"]): row for row in db["crawl_pages_skipped"].rows_where("run_id = ?", [run_id])}
    for url in glossary:
        row = skipped.get(url_key(url))
        assert row is not None and row["reason"] == "not an article", url
        assert "build time (2024-11-20T08:15:00+00:00, the same on 7 of its pages)" in row["detail"]
