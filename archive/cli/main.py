"""The `news-archive` command: crawl, serve, demo, newsletter, extract, detect-language."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import click

from news_archive.archive.archive_file import ArchiveError, archive_error, check_archive_file
from news_archive.archive.sources import SourcesError, load_sources, select_sources


DETECT_CHUNK_LINES = 1000  # lines detected together, on every core


DB_PATH_KEY = "news_archive.db_path"  # in click's context meta, which every command of one run shares


def db_option(default: str = "archive.db"):
    def remember(ctx, _param, value):
        ctx.meta[DB_PATH_KEY] = value
        return value

    # dir_okay: a folder given as --db gets our one-line error rather than click's usage text.
    return click.option("--db", "db_path", default=default, show_default=True, type=click.Path(), callback=remember,
                        help="Archive database file")


class ArchiveCommands(click.Group):
    """Every command turns an unusable archive file (not SQLite, read-only, locked, full) into one `Error:` line."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ArchiveError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.Error as exc:  # met after opening: e.g. the disk filled up, or a writer held the lock too long
            raise click.ClickException(str(archive_error(ctx.meta.get(DB_PATH_KEY, "the archive"), exc))) from None


@click.group(cls=ArchiveCommands)
@click.version_option(package_name="news-archive")
def cli():
    """Keep partner news in one searchable archive.

    Crawl the partners' news sites, clean and deduplicate what they published, and serve it with Datasette.
    """


@cli.command()
@click.argument("source_ids", nargs=-1)
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False), help="Sources file (default: the bundled partner list)")
@db_option()
def crawl(source_ids, sources_file, db_path):
    """Crawl all sources, or the named ones, into the archive.

    Exits 1 when any source could not be crawled; what was fetched is stored all the same.

    Example:

        news-archive crawl ki-news ssci --db archive.db
    """
    from news_archive.archive.crawl.run import run_crawl
    from news_archive.archive.crawl.report import print_summary

    try:
        sources = select_sources(load_sources(sources_file), source_ids, sources_file)
    except SourcesError as exc:
        raise click.ClickException(str(exc))
    runs = run_crawl(sources, db_path)
    print_summary(runs)
    sys.exit(1 if any(run.status in ("failed", "interrupted") for run in runs) else 0)


@cli.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port):
    """Serve the archive with Datasette: search, facets, article pages.

    Example:

        news-archive serve --db archive.db --port 8001
    """
    check_archive_file(db_path, writable=False)
    from news_archive.archive.web.serve import serve_archive

    serve_archive(db_path, host, port)


@cli.command()
@db_option("demo-archive.db")
@click.option("--no-serve", is_flag=True, help="Build the demo archive and exit")
@click.option("--port", default=8001, show_default=True, type=int)
def demo(db_path, no_serve, port):
    """Crawl the bundled sample partner sites (served on 127.0.0.1) and serve the result: all offline.

    Example:

        news-archive demo
    """
    from news_archive.archive.cli.demo import run_demo

    sys.exit(run_demo(db_path, serve=not no_serve, port=port))


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--url", help="The URL the page was fetched from (one FILE)")
@click.option("--manifest", type=click.File("r"), help='JSON lines of {"file": ..., "url": ...}')
def extract(files, url, manifest):
    """Run the clean stage on saved pages (.html or .html.gz); one JSON object per page.

    Example:

        news-archive extract page.html.gz --url https://news.ki.se/some-story
    """
    from news_archive.archive.cli.extract import extract_pages, manifest_entries

    if manifest is None and not files:
        raise click.UsageError("give FILE... or --manifest LIST.jsonl")
    if url and len(files) != 1:
        raise click.UsageError("--url goes with exactly one FILE")
    entries = [(Path(f), url or Path(f).resolve().as_uri()) for f in files]
    if manifest is not None:
        try:
            entries += manifest_entries(manifest)
        except ValueError as exc:
            raise click.ClickException(str(exc))
    for result in extract_pages(entries):
        click.echo(json.dumps(result, ensure_ascii=False))


@cli.command("detect-language")
def detect_language_command():
    """Tag the language of each line on stdin; one JSON object per line out.

    Example:

        echo "Det här är en mening på svenska." | news-archive detect-language
    """
    from itertools import islice

    from news_archive.pipelines.langid import detect_languages

    lines = (line.rstrip("\n") for line in sys.stdin)
    while chunk := list(islice(lines, DETECT_CHUNK_LINES)):
        for detection in detect_languages(chunk):
            click.echo(json.dumps({"language": detection.language, "confidence": round(detection.confidence, 4)}))


@cli.command()
@click.option("--since", required=True, type=click.DateTime(["%Y-%m-%d"]), help="First day, YYYY-MM-DD")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day, YYYY-MM-DD  [default: today]")
@click.option("--lang", "language", type=click.Choice(["sv", "en"]), default="sv", show_default=True,
              help="Each story in this language where a version has it")
@click.option("--format", "output_format", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True)
@click.option("--group-by", type=click.Choice(["partner", "week"]), default="partner", show_default=True)
@click.option("--template", type=click.Path(exists=True, dir_okay=False),
              help="Your own Jinja2 template (copy one from archive/newsletter/templates/)")
@db_option()
def newsletter(since, until, language, output_format, group_by, template, db_path):
    """A newsletter draft of what partners published in the period, one entry per story.

    Example:

        news-archive newsletter --since 2025-03-01 --until 2025-03-31 --lang sv --format html > mars.html
    """
    from datetime import date

    import sqlite_utils

    from news_archive.archive.newsletter import NewsletterError, build_newsletter, render_newsletter, stories_published_between

    check_archive_file(db_path, writable=False)
    first, last = since.date(), until.date() if until else date.today()
    if last < first:
        raise click.BadParameter(f"{last} is before --since {first}", param_hint="--until")
    db = sqlite_utils.Database(db_path)
    try:
        draft = build_newsletter(db.conn, stories_published_between(db.conn, first, last), language, group_by, first, last)
        click.echo(render_newsletter(draft, output_format, template), nl=False)
    except NewsletterError as exc:
        raise click.ClickException(str(exc))
    finally:
        db.close()


if __name__ == "__main__":
    cli()
