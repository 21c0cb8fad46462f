"""The `news-archive` command line, through click's CliRunner and, for Scrapy's own CLI, a subprocess."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import sqlite_utils
from click.testing import CliRunner

from news_archive.archive.cli.main import cli

REPO = Path(__file__).resolve().parent.parent


def closed_port() -> int:
    """A loopback port nothing listens on: a dead partner site."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help has no example"


def test_bad_sources_file_is_one_line_naming_file_source_and_field(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nid = "ki-news"\nstart_urls = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert result.output == f"Error: {sources}: source 'ki-news': field 'name' is required\n"
    assert not (tmp_path / "a.db").exists()


def test_unknown_source_id_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "no-such-partner", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert "no source with id 'no-such-partner'" in result.output


def test_dead_site_fails_alone_while_the_others_are_stored(tmp_path, sample_sites):
    live = sample_sites.sources[0]
    dead_url = f"http://127.0.0.1:{closed_port()}/nyheter/"
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nid = "{live["id"]}"\nname = "{live["name"]}"\nstart_urls = {json.dumps(live["start_urls"])}\n'
        f'[[source]]\nid = "dead-partner"\nname = "Dead"\nstart_urls = ["{dead_url}"]\n', encoding="utf-8")
    db_path = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["crawl", "--sources", str(sources), "--db", str(db_path)])
    assert result.exit_code == 1
    assert f"dead-partner: could not be crawled: {dead_url}: connection refused\n" in result.output
    assert "Traceback" not in result.output
    db = sqlite_utils.Database(db_path)
    runs = {row["source"]: row for row in db["crawl_runs"].rows}
    assert runs["dead-partner"]["status"] == "failed" and runs["dead-partner"]["finished"]
    assert runs[live["id"]]["status"] == "ok"
    assert db.execute("select count(*) from articles where source = ?", [live["id"]]).fetchone()[0] == runs[live["id"]]["articles_new"] > 0


def test_extract_runs_the_clean_stage_on_saved_pages(tmp_path, sample_sites):
    article = sample_sites.articles[0]
    page = tmp_path / "page.html"
    page.write_bytes(urllib.request.urlopen(article.url).read())
    result = CliRunner().invoke(cli, ["extract", str(page), "--url", article.url])
    assert result.exit_code == 0, result.output
    [line] = result.output.splitlines()
    out = json.loads(line)
    assert {"file", "url", "title", "body", "comments", "published", "author", "language"} <= set(out)
    assert (out["title"], out["published"][:10], out["language"]) == (article.title, article.published, article.language)
    manifest = tmp_path / "list.jsonl"
    manifest.write_text(json.dumps({"file": "page.html", "url": article.url}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--manifest", str(manifest)])
    assert json.loads(result.output)["title"] == article.title


def test_extract_gives_every_page_its_text_and_says_what_the_page_is(tmp_path, sample_sites):
    about = next(url for url in sample_sites.non_article_urls if url.rstrip("/").endswith("/om-oss"))
    page = tmp_path / "about.html"
    page.write_bytes(urllib.request.urlopen(about).read())
    result = CliRunner().invoke(cli, ["extract", str(page), "--url", about])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert (out["is_article"], out["page_type"]) == (False, "other")
    assert "om-oss" in out["page_reason"] and out["body"], "the verdict comes with the page's text, not instead of it"


def test_detect_language_reads_lines_and_writes_json_lines():
    result = CliRunner().invoke(cli, ["detect-language"], input="Forskarna har öppnat ett nytt laboratorium för cellterapi i Flemingsberg.\n"
                                                              "The researchers opened a new laboratory for cell therapy.\n")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["language"] for line in lines] == ["sv", "en"]
    assert all(0 < line["confidence"] <= 1 for line in lines)


def test_demo_builds_the_archive_offline(tmp_path, sample_sites):
    db_path = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["demo", "--no-serve", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert sqlite_utils.Database(db_path)["articles"].count == len(sample_sites.articles)


def test_scrapy_cli_works_from_the_repo_root():
    listed = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == ["news", "replay"]


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [name for name in cli.commands if f"news-archive {name}" not in readme] == []
