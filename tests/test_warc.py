"""Every article page kept as fetched in WARC files; `reprocess` and `ingest` store them as the crawl did."""
from __future__ import annotations

import gzip
import os
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.checker import Checker
from warcio.indexer import Indexer

from news_archive.archive.captures import (Capture, CaptureWriter, read_captures, warc_files,
                                           without_repeats)
from news_archive.archive.cli.main import cli
from news_archive.archive.crawl.lock import archive_lock
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import Source, load_sources

REPO = Path(__file__).resolve().parent.parent
TIMESTAMPS = {"id", "story_id", "first_seen", "last_seen", "changed"}


@pytest.fixture(scope="module")
def crawl(sample_sites, tmp_path_factory):
    """The sample sites crawled once into an archive of this module's own, with its WARC files beside it."""
    folder = tmp_path_factory.mktemp("warc-crawl")
    sources = load_sources(sample_sites.write_sources(folder / "sources.toml"))
    runs = run_crawl(sources, folder / "archive.db", show_progress=False)
    assert all(run.status == "ok" for run in runs)
    return folder


def contents(db_path) -> dict:
    """An archive's articles, story grouping and URL forms, by URL: what a rebuild must give again."""
    db = sqlite_utils.Database(db_path)
    columns = [name for name in db["articles"].columns_dict if name not in TIMESTAMPS]
    rows = list(db["articles"].rows)
    url_of = {row["id"]: row["url"] for row in rows}
    stories = defaultdict(list)
    for row in rows:
        stories[row["story_id"]].append(row["url"])
    return {
        "articles": sorted(tuple(row[name] for name in columns) for row in rows),
        "stories": sorted(sorted(urls) for urls in stories.values()),
        "article_urls": sorted((row["url"], url_of[row["article_id"]]) for row in db["article_urls"].rows),
    }


def test_warc_files_are_valid_and_hold_request_and_response_of_every_article(crawl):
    files = warc_files(crawl / "warc")
    assert files and all(path.name.startswith("news-archive-") for path in files)
    checker = Checker(type("Args", (), {"inputs": [str(path) for path in files], "verbose": False})())
    assert checker.process_all() == 0
    records = []
    for path in files:
        with open(path, "rb") as stream:
            records += [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(stream)]
    responses = {url for kind, url in records if kind == "response"}
    assert responses == {url for kind, url in records if kind == "request"}
    db = sqlite_utils.Database(crawl / "archive.db")
    urls_of = defaultdict(set)
    for row in db["article_urls"].rows:
        urls_of[row["article_id"]].add(row["url"])
    assert all(urls_of[row["id"]] & responses for row in db["articles"].rows)


def test_every_record_is_a_gzip_member_of_its_own(crawl):
    """Tools fetch one record by offset and length (CDX indexes, replay): each must decompress on its own."""
    for path in warc_files(crawl / "warc"):
        data = path.read_bytes()
        with open(path, "rb") as stream:
            iterator = ArchiveIterator(stream)
            spans = []
            for record in iterator:
                record.content_stream().read()
                spans.append((iterator.get_record_offset(), iterator.get_record_length(), record.rec_type))
        assert len(spans) > 3
        for offset, length, kind in spans:
            assert gzip.decompress(data[offset:offset + length]).startswith(b"WARC/1.1\r\nWARC-"), kind


def test_late_link_forms_are_recorded_once_and_only_when_the_capture_lacks_them(crawl):
    """A metadata record of its own only for link forms met after the page was captured (the reprocess tests show
    they reach the rebuilt archive); forms its capture already names are not written again."""
    captures, late = defaultdict(set), []
    for record in read_captures(warc_files(crawl / "warc")):
        if isinstance(record, Capture):
            captures[record.url] |= {record.url, *record.seen_urls}
        else:
            late.append(record)
    assert captures
    # A record carrying only a feed's or listing's date (a post captured before its feed was read) names no forms.
    for forms in late:
        assert not forms.forms or not set(forms.forms) <= captures[forms.url], forms


def test_warcio_indexes_them(crawl, capsys):
    Indexer(["warc-type", "warc-target-uri"], [str(path) for path in warc_files(crawl / "warc")], "-").process_all()
    assert '"warc-type": "response"' in capsys.readouterr().out


def test_reprocess_into_a_fresh_archive_gives_the_crawled_one(crawl, tmp_path):
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "rebuilt.db"), "--warc", str(crawl / "warc")])
    assert result.exit_code == 0, result.output
    assert contents(tmp_path / "rebuilt.db") == contents(crawl / "archive.db")


def test_ingest_stores_a_warc_as_the_crawl_did(crawl, tmp_path):
    files = [str(path) for path in warc_files(crawl / "warc")]
    result = CliRunner().invoke(cli, ["ingest", *files, "--db", str(tmp_path / "central.db")])
    assert result.exit_code == 0, result.output
    assert contents(tmp_path / "central.db") == contents(crawl / "archive.db")
    again = CliRunner().invoke(cli, ["ingest", *files, "--db", str(tmp_path / "central.db")])
    assert again.exit_code == 0 and " sources, 0 new and 0 updated articles" in again.output
    assert contents(tmp_path / "central.db") == contents(crawl / "archive.db")


def test_reprocess_of_the_crawled_archive_changes_nothing(crawl):
    before = contents(crawl / "archive.db")
    result = CliRunner().invoke(cli, ["reprocess", "ssci", "ki-news", "--db", str(crawl / "archive.db")])
    assert result.exit_code == 0, result.output
    assert "2 sources, 0 new and 0 updated articles" in result.output
    assert contents(crawl / "archive.db") == before
    assert not list((crawl / "warc").glob("*reprocess*"))


def test_reprocess_says_what_is_missing(tmp_path, crawl):
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1 and f"{tmp_path / 'warc'}: no WARC files here" in result.output
    result = CliRunner().invoke(cli, ["reprocess", "nosuch", "--db", str(tmp_path / "a.db"), "--warc", str(crawl / "warc")])
    assert result.exit_code == 1 and "no captures of 'nosuch'" in result.output
    (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(b"not a warc"))
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "bad.warc.gz"), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1 and "bad.warc.gz: not a readable WARC file" in result.output
    assert "Traceback" not in result.output


def capture(url: str, fetched_at: str, size: int = 100) -> Capture:
    return Capture(source="s", url=url, status=200, headers=[("Content-Type", "text/html; charset=utf-8")],
                   body=f"<p>{os.urandom(size).hex()}</p>".encode(), fetched_at=fetched_at, seen_urls=[url + "?utm_source=x"])


def test_files_rotate_by_month_and_by_size(tmp_path):
    writer = CaptureWriter(tmp_path, [Source("s", "S", ("http://example.org/",))], max_bytes=2000)
    for n in range(6):
        writer.write(capture(f"http://example.org/a{n}", "2025-03-31T23:00:00+00:00", size=3000))
    writer.write(capture("http://example.org/b", "2025-04-01T01:00:00+00:00"))
    writer.close()
    names = [path.name for path in warc_files(tmp_path)]
    assert names == [f"news-archive-2025-03-{n:05d}.warc.gz" for n in range(1, 7)] + ["news-archive-2025-04-00001.warc.gz"]
    # A later crawl appends to the month's file while it has room.
    CaptureWriter(tmp_path, [], max_bytes=2000).write(capture("http://example.org/c", "2025-04-02T01:00:00+00:00"))
    captures = list(read_captures(warc_files(tmp_path)))
    assert [c.url.rsplit("/", 1)[1] for c in captures] == ["a0", "a1", "a2", "a3", "a4", "a5", "b", "c"]
    assert captures[0].seen_urls == ["http://example.org/a0?utm_source=x"]
    assert captures[0].fetched_at == "2025-03-31T23:00:00+00:00"


def test_a_second_crawl_on_a_busy_archive_exits_3_at_once_changing_nothing(tmp_path, sample_sites):
    sources = sample_sites.write_sources(tmp_path / "sources.toml")
    with archive_lock(tmp_path / "archive.db"):
        result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources), "--db", str(tmp_path / "archive.db")])
    assert result.exit_code == 3
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'archive.db'}: another crawl is writing to this archive (pid {os.getpid()}); nothing was done"]
    assert not (tmp_path / "archive.db").exists() and not (tmp_path / "warc").exists()


def test_scrapy_crawl_on_a_busy_archive_stops_before_it_starts(tmp_path, sample_sites):
    sources = sample_sites.write_sources(tmp_path / "sources.toml")
    with archive_lock(tmp_path / "archive.db"):
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "source=ssci", "-s", f"ARCHIVE_DB={tmp_path / 'archive.db'}",
             "-s", f"SOURCES_FILE={sources}"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert f"ArchiveBusy: {tmp_path / 'archive.db'}: another crawl is writing to this archive" in result.stderr
    assert not (tmp_path / "archive.db").exists()


def test_reprocess_brings_todays_stages_to_articles_stored_by_older_ones(crawl, tmp_path):
    db_path = tmp_path / "archive.db"
    with sqlite3.connect(crawl / "archive.db") as source, sqlite3.connect(db_path) as copy:
        source.backup(copy)
    db = sqlite_utils.Database(db_path)
    article = next(db.query("select id, body from articles where source = 'ki-news' order by id limit 1"))
    older = "An older extraction kept the cookie notice and lost the rest."
    db["articles"].update(article["id"], {"body": older, "content_hash": "older"})
    result = CliRunner().invoke(cli, ["reprocess", "ki-news", "--db", str(db_path), "--warc", str(crawl / "warc")])
    assert result.exit_code == 0, result.output
    assert "1 sources, 0 new and 1 updated articles" in result.output
    assert db["articles"].get(article["id"])["body"] == article["body"]
    assert [row["body"] for row in db["article_versions"].rows_where("article_id = ?", [article["id"]])] == [older]


def test_reprocess_keeps_the_date_a_feed_gave_a_page_that_shows_none(crawl, tmp_path):
    """In place (the archive's feed dates) and into a fresh archive (the capture's metadata), the text edited or not."""
    db_path = tmp_path / "archive.db"
    with sqlite3.connect(crawl / "archive.db") as source, sqlite3.connect(db_path) as copy:
        source.backup(copy)
    db = sqlite_utils.Database(db_path)
    query = "select id, published, published_from from articles where published_from = 'feed'"
    feed_dated = list(db.query(query))
    assert [row["published"][:10] for row in feed_dated] == ["2025-01-21"]
    db["articles"].update(feed_dated[0]["id"], {"body": "An older extraction's text.", "content_hash": "older"})
    args = ["reprocess", "flemingsberg-science", "--warc", str(crawl / "warc")]
    result = CliRunner().invoke(cli, [*args, "--db", str(db_path)])
    assert result.exit_code == 0 and "0 new and 1 updated articles" in result.output, result.output
    assert list(db.query(query)) == feed_dated
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "rebuilt.db")])
    assert result.exit_code == 0, result.output
    rebuilt = sqlite_utils.Database(tmp_path / "rebuilt.db")
    assert [(row["published"], row["published_from"]) for row in rebuilt.query(query)] == \
        [(feed_dated[0]["published"], "feed")]


def test_a_rebuild_skips_the_middle_of_a_series_of_identical_captures(tmp_path):
    writer = CaptureWriter(tmp_path, [Source("s", "S", ("http://example.org/",))])
    nights = [("a", "one"), ("a", "one"), ("a", "one"), ("b", "one"), ("a", "two"), ("a", "two"), ("a", "one")]
    for night, (page, text) in enumerate(nights, 1):
        writer.write(Capture(source="s", url=f"http://example.org/{page}", status=200, headers=[], body=text.encode(),
                             fetched_at=f"2025-03-{night:02d}T03:00:00+00:00"))
    writer.close()
    kept = [(c.url[-1], c.fetched_at[8:10]) for c in without_repeats(warc_files(tmp_path))]
    assert kept == [("a", "01"), ("a", "03"), ("b", "04"), ("a", "05"), ("a", "06"), ("a", "07")]
