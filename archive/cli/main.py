"""The `news-archive` command: crawl, reprocess, ingest, serve, demo, newsletter, extract, detect-language."""
from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import click

from news_archive.archive.archive_file import ArchiveError, archive_error, check_archive_file
from news_archive.archive.sources import SourcesError, crawler_contact, load_sources, select_sources


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


def warc_option():
    return click.option("--warc", "warc_dir", type=click.Path(file_okay=False),
                        help="Folder of WARC files  [default: warc/ beside the archive file]")


def default_warc_dir(db_path: str) -> Path:
    return Path(db_path).parent / "warc"


def notify_options(command):
    """Where word goes of sources that failed or need a look; each option also read from its variable."""
    options = [
        click.option("--notify-email", "mail_to", multiple=True, envvar="NEWS_ARCHIVE_NOTIFY_EMAIL", metavar="ADDRESS",
                     help="Mail this address when a source failed or needs a look (repeatable)"),
        click.option("--smtp", default="localhost:25", show_default=True, envvar="NEWS_ARCHIVE_SMTP", metavar="HOST[:PORT]",
                     help="SMTP server for --notify-email; with $NEWS_ARCHIVE_SMTP_USER and _PASSWORD it logs in after STARTTLS"),
        click.option("--notify-webhook", "webhook_url", envvar="NEWS_ARCHIVE_NOTIFY_WEBHOOK", metavar="URL",
                     help="POST a JSON summary here when a source failed or needs a look"),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def notify_settings(mail_to, smtp, webhook_url):
    from news_archive.archive.crawl.notify import Notify

    host, _, port = smtp.rpartition(":") if ":" in smtp else (smtp, "", "25")
    if not port.isdigit():
        raise click.BadParameter(f"{smtp!r} is not HOST or HOST:PORT", param_hint="--smtp")
    return Notify(mail_to=tuple(mail_to), smtp_host=host, smtp_port=int(port), smtp_user=os.environ.get("NEWS_ARCHIVE_SMTP_USER"),
                  smtp_password=os.environ.get("NEWS_ARCHIVE_SMTP_PASSWORD"), mail_from=os.environ.get("NEWS_ARCHIVE_MAIL_FROM"),
                  webhook_url=webhook_url)


def exit_after(runs, db_path: str, where=None) -> None:
    """Print the summary, send word of problems, and exit 1 when a source failed, 4 when none failed but one needs a look."""
    from news_archive.archive.crawl.notify import notify
    from news_archive.archive.crawl.report import print_summary

    print_summary(runs)
    for problem in notify(runs, where, Path(db_path).name) if where else ():
        click.echo(f"Warning: {problem}", err=True)
    if any(run.status in ("failed", "interrupted") for run in runs):
        sys.exit(1)
    sys.exit(4 if any(run.warning for run in runs) else 0)


def exit_busy(message: str) -> None:
    """Another process writes to the archive: say so in one line, exit 3."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(3)


@cli.command()
@click.argument("source_ids", nargs=-1)
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False), help="Sources file (default: the bundled partner list)")
@click.option("--full", is_flag=True, help="Walk every listing page and fetch every article, not only what is new or changed")
@db_option()
@warc_option()
@notify_options
def crawl(source_ids, sources_file, full, db_path, warc_dir, mail_to, smtp, webhook_url):
    """Crawl all sources, or the named ones, into the archive; every article page goes to WARC files.

    Incremental by default: sitemaps, feeds and first listing pages are asked whether they changed, and only
    new articles, those a sitemap or feed dates later and those of the last 14 days are fetched. `--full` walks
    everything (run it weekly: it finds what was added deep in a site's archive).

    Exits 1 when any source could not be crawled (what was fetched is stored all the same), 3 when another
    crawl is writing to the archive (nothing is done), 4 when none failed but one needs a look (a warning).

    Example:

        news-archive crawl ki-news ssci --db archive.db
    """
    from news_archive.archive.crawl.lock import ArchiveBusy
    from news_archive.archive.crawl.run import run_crawl

    where = notify_settings(mail_to, smtp, webhook_url)
    try:
        sources = select_sources(load_sources(sources_file), source_ids, sources_file)
        contact = crawler_contact(sources_file)
    except SourcesError as exc:
        raise click.ClickException(str(exc))
    try:
        runs = run_crawl(sources, db_path, warc_dir=warc_dir, full=full,
                         settings={"CRAWLER_CONTACT": contact} if contact else None)
    except ArchiveBusy as exc:
        exit_busy(str(exc))
    exit_after(runs, db_path, where)


@cli.command()
@click.argument("source_ids", nargs=-1)
@db_option()
@warc_option()
def reprocess(source_ids, db_path, warc_dir):
    """Store the archive's articles again from the WARC captures, with no network.

    Every capture of all sources (or the named ones) goes through today's pipelines, oldest first: an
    improved stage reaches every article already archived; an earlier text is kept in article_versions.

    Example:

        news-archive reprocess ki-news --db archive.db
    """
    from news_archive.archive.captures import CaptureError, warc_files
    from news_archive.archive.crawl.lock import ArchiveBusy
    from news_archive.archive.crawl.replay import NothingToReplay, replay_captures

    folder = Path(warc_dir) if warc_dir else default_warc_dir(db_path)
    files = warc_files(folder)
    if not files:
        raise click.ClickException(f"{folder}: no WARC files here; crawl first, or give --warc DIR")
    try:
        runs = replay_captures(files, db_path, source_ids, kind="reprocess")
    except (NothingToReplay, CaptureError) as exc:
        raise click.ClickException(f"{folder}: {exc}" if isinstance(exc, NothingToReplay) else str(exc))
    except ArchiveBusy as exc:
        exit_busy(str(exc))
    exit_after(runs, db_path)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option()
@notify_options
def ingest(files, db_path, mail_to, smtp, webhook_url):
    """Store the articles in WARC files exactly as a direct crawl would (crawls on other machines).

    Each source's run is recorded and watched as a crawl's: exit codes as for `crawl`.

    Example:

        news-archive ingest node2/warc/news-archive-2025-03-00001.warc.gz --db archive.db
    """
    from news_archive.archive.captures import CaptureError
    from news_archive.archive.crawl.lock import ArchiveBusy
    from news_archive.archive.crawl.replay import NothingToReplay, replay_captures

    where = notify_settings(mail_to, smtp, webhook_url)
    try:
        runs = replay_captures([Path(f) for f in files], db_path, kind="ingest")
    except (NothingToReplay, CaptureError) as exc:
        raise click.ClickException(str(exc))
    except ArchiveBusy as exc:
        exit_busy(str(exc))
    exit_after(runs, db_path, where)


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
