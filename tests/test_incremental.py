"""Incremental crawls: a night's run fetches only what is new or changed; `--full` walks everything."""
from __future__ import annotations

import pytest
import sqlite_utils
from click.testing import CliRunner

from news_archive.archive.cli.main import cli
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sample_sites import serve_generated_site
from news_archive.archive.sample_sites.running import write_sources_file
from news_archive.archive.sources import load_sources
from news_archive.archive.urls import url_key

ARTICLES = 60
ENTRY_PAGES = ("/robots.txt", "/sv/robots.txt", "/en/robots.txt", "/sv/category/news-eng/", "/en/category/news-eng/",
               "/feed/", "/wp-sitemap.xml", "/wp-sitemap-posts-post-1.xml", "/wp-sitemap-posts-page-1.xml")


class Nights:
    """A generated site and its archive, crawled night after night."""

    def __init__(self, site, folder):
        self.site = site
        self.db_path = folder / "archive.db"
        self.db = sqlite_utils.Database(self.db_path)
        self.sources = load_sources(write_sources_file(site.sources, folder / "sources.toml"))

    def crawl(self, full: bool = False):
        """The run, and the paths the site was asked for during it."""
        before = len(self.site.server.requests)
        [run] = run_crawl(self.sources, self.db_path, show_progress=False, full=full)
        return run, [request.path for request in self.site.server.requests[before:]]

    def article(self, url: str) -> dict | None:
        row = self.db.execute("select article_id from article_urls where url_key = ?", [url_key(url)]).fetchone()
        return self.db["articles"].get(row[0]) if row else None

    def last_run(self) -> dict:
        return list(self.db["crawl_runs"].rows_where(order_by="id desc", limit=1))[0]


@pytest.fixture
def nights(tmp_path):
    with serve_generated_site(ARTICLES) as site:
        nights = Nights(site, tmp_path)
        first, first_paths = nights.crawl()
        assert (first.status, first.articles_new) == ("ok", ARTICLES)
        assert nights.last_run()["kind"] == "full"  # nothing to skip yet: a first run walks the whole site
        nights.first_requests = len(first_paths)
        yield nights


def test_an_unchanged_night_asks_only_whether_the_entry_pages_changed(nights):
    before = {row["id"]: row for row in nights.db["articles"].rows}
    run, paths = nights.crawl()
    assert set(paths) <= set(ENTRY_PAGES), "no article and no deeper listing page is fetched"
    assert len(paths) < nights.first_requests / 5
    assert (run.status, run.errors, run.articles_new, run.articles_updated, run.pages_fetched) == ("ok", 0, 0, 0, 0)
    recorded = nights.last_run()
    assert recorded["kind"] == "incremental"
    assert recorded["pages_not_modified"] >= 4  # start pages, feed, sitemaps: each answered 304, not an error
    assert {row["id"]: row for row in nights.db["articles"].rows} == before  # nothing that did not change changes


def test_a_new_article_on_the_first_listing_page_is_stored_by_the_next_night(nights):
    new = nights.site.publish()
    run, paths = nights.crawl()
    assert (run.status, run.articles_new) == ("ok", 1)
    assert nights.article(new.url)["title"] == new.title
    articles_fetched = [path for path in paths if path not in ENTRY_PAGES and "/category/" not in path]
    assert len(articles_fetched) == 1
    # The listing's first page shows the new post: its second page is read, and it brings nothing new.
    assert not [path for path in paths if "/page/3/" in path]


def test_an_article_the_sitemap_dates_later_is_updated_and_its_earlier_text_kept(nights):
    original = nights.article(nights.site.articles[3].url)
    edited = nights.site.edit(3)
    run, paths = nights.crawl()
    assert (run.status, run.articles_new, run.articles_updated) == ("ok", 0, 1)
    stored = nights.article(edited.url)
    assert "Uppdatering: texten har kompletterats" in stored["body"]
    [version] = nights.db["article_versions"].rows_where("article_id = ?", [stored["id"]])
    assert version["body"] == original["body"]
    assert len([path for path in paths if path not in ENTRY_PAGES and "/category/" not in path]) == 1
    _again, paths = nights.crawl()  # the new date is remembered: the article is not fetched a second time
    assert set(paths) <= set(ENTRY_PAGES)


def test_a_backdated_article_deep_in_the_archive_is_found_by_the_next_full_crawl(nights):
    backdated = nights.site.backdate()
    run, paths = nights.crawl(full=True)
    assert run.status == "ok"
    assert nights.article(backdated.url) is not None
    assert nights.last_run()["kind"] == "full"
    # A full crawl asks for everything unconditionally: every listing page and article again.
    assert len(paths) >= nights.first_requests


def test_a_recent_article_is_asked_for_again_each_night(nights):
    """Articles of the last REVISIT_DAYS are revisited with a conditional GET: a late correction is caught."""
    url = nights.site.articles[5].url
    nights.db.execute("update articles set published = date('now') where id = ?", [nights.article(url)["id"]])
    nights.db.conn.commit()
    run, paths = nights.crawl()
    assert run.status == "ok"
    assert len([path for path in paths if url.endswith(path)]) == 1
    assert nights.last_run()["pages_not_modified"] >= 5  # the article too answered 304: unchanged


def test_the_full_crawl_setting_walks_everything(nights):
    """The FULL_CRAWL setting (`scrapy crawl news -s FULL_CRAWL=1`, Scrapyd's `setting=FULL_CRAWL=1`) is `--full`."""
    run, paths = nights.crawl()
    assert len(paths) < nights.first_requests / 5
    [run] = run_crawl(nights.sources, nights.db_path, settings={"FULL_CRAWL": "1"}, show_progress=False)
    assert nights.last_run()["kind"] == "full"
    assert run.pages_fetched >= ARTICLES


def test_news_archive_crawl_full(nights, tmp_path):
    """`news-archive crawl --full` records a full run; without it the run is incremental."""
    sources_file = write_sources_file(nights.site.sources, tmp_path / "cli-sources.toml")
    for arguments, kind in (([], "incremental"), (["--full"], "full")):
        result = CliRunner().invoke(cli, ["crawl", *arguments, "--sources", str(sources_file), "--db", str(nights.db_path)])
        assert result.exit_code == 0, result.output
        assert nights.last_run()["kind"] == kind
    assert nights.last_run()["pages_fetched"] >= ARTICLES
