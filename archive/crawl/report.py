"""Print what a crawl did: one line per failing or warned source, then a table of every source."""
from __future__ import annotations

import click

from news_archive.archive.crawl.run import SourceRun

COLUMNS = ("source", "status", "pages", "articles", "new", "updated", "not stored", "errors", "broken links")


def print_summary(runs: list[SourceRun]) -> None:
    for run in runs:
        if run.status == "failed":
            click.echo(f"{run.source}: could not be crawled: {run.error_summary}", err=True)
        elif run.status == "partial":
            click.echo(f"{run.source}: {run.error_summary.splitlines()[0]}", err=True)
        if run.warning:
            click.echo(f"{run.source}: needs a look: {run.warning}", err=True)
    rows = [(r.source, r.status, r.pages_fetched, r.articles_found, r.articles_new, r.articles_updated, r.pages_skipped,
             r.errors,
             r.broken_links) for r in runs]
    widths = [max(len(str(value)) for value in column) for column in zip(COLUMNS, *rows)]
    for row in [COLUMNS, *rows]:
        click.echo("  ".join(str(value).ljust(width) if i < 2 else str(value).rjust(width)
                             for i, (value, width) in enumerate(zip(row, widths))))
    failed, warned = sum(r.status == "failed" for r in runs), sum(bool(r.warning) for r in runs)
    click.echo(f"{len(runs)} sources, {sum(r.articles_new for r in runs)} new and {sum(r.articles_updated for r in runs)} "
               f"updated articles" + (f", {failed} failed" if failed else "") + (f", {warned} need a look" if warned else ""))
