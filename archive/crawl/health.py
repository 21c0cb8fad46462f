"""Is a source's run like its earlier ones? A run's figures against its history give a status and a reason.

A partner's redesign rarely fails a crawl: discovery finds fewer pages, extraction loses the date or the
text, or every page looks like a listing. Each check compares the run with what is normal for that
source, so a quiet partner is not flagged for being quiet.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

MIN_HISTORY = 3  # earlier runs before a source's normal is known
RECENT_RUNS = 10  # what "normal" is taken from
FEWER_PAGES = 0.5  # fetched less than half the usual pages
MIN_USUAL_PAGES = 10
SHARE_JUMP = 0.3  # e.g. 5% of stored pages without a date, then 35%
MIN_STORED = 5
MIN_REJECTED = 3  # every candidate page judged not an article, out of at least this many
QUIET_DAYS = 7
WEEKS_WITH_NEWS = 4  # new articles in each of the weeks before the quiet days


@dataclass(frozen=True)
class RunFigures:
    """What one run of one source did; None where an older run did not record it."""

    started: str  # ISO 8601
    status: str
    pages_fetched: int
    articles_found: int  # articles stored or seen again
    articles_new: int
    candidates: int | None = None  # pages the spider took for articles
    undated: int | None = None  # of the articles found, those without a publication date
    short_body: int | None = None  # of the articles found, those with a short text
    kind: str | None = None  # 'incremental' or 'full': a nightly run fetches a fraction of a weekly full one's pages


def assess(run: RunFigures, history: list[RunFigures]) -> tuple[str, str | None]:
    """The run's status and the one-line reason it needs a look (None when it looks normal).

    `history` is the source's earlier runs, oldest first. An `ok` run with a reason becomes `warning`; a
    partial one keeps its status and gets the reason beside it. A failed or interrupted run already says
    why in its error; its figures are not comparable.
    """
    if run.status not in ("ok", "partial"):
        return run.status, None
    usable = [earlier for earlier in history if earlier.status in ("ok", "warning", "partial")]
    reasons = [reason for reason in (_nothing_found(run), *(_compared(run, usable) if len(usable) >= MIN_HISTORY else ()))
               if reason]
    if not reasons:
        return run.status, None
    return ("warning" if run.status == "ok" else run.status), "; ".join(reasons)


def _compared(run: RunFigures, history: list[RunFigures]):
    """Pages and shares against the source's recent runs of the same kind; new articles against all its runs."""
    recent = [earlier for earlier in history if earlier.kind == run.kind][-RECENT_RUNS:]
    if len(recent) >= MIN_HISTORY:
        yield _fewer_pages(run, recent)
        yield _share_jump(run, recent, "undated", "have no date")
        yield _share_jump(run, recent, "short_body", "have a short text")
    yield _quiet(run, history)


def _nothing_found(run: RunFigures) -> str | None:
    """No article found: every page taken for one was judged not one, or a full run took none at all (its start
    pages led nowhere; their lines in crawl_pages_skipped say why). An incremental run may rightly find nothing new,
    and its revisit of a page or two judged not an article is no sign."""
    if run.candidates is None or run.articles_found:
        return None
    if run.candidates == 1 and run.kind == "full":
        return "the one page taken for an article was judged not one"
    if run.candidates >= MIN_REJECTED or (run.candidates and run.kind == "full"):
        return f"all {run.candidates} pages taken for articles were judged not articles"
    if run.candidates == 0 and run.kind == "full":
        return "no page was taken for an article: the start pages led to none (see crawl_pages_skipped)"
    return None


def _fewer_pages(run: RunFigures, recent: list[RunFigures]) -> str | None:
    usual = median(earlier.pages_fetched for earlier in recent)
    if usual >= MIN_USUAL_PAGES and run.pages_fetched < usual * FEWER_PAGES:
        return f"{run.pages_fetched} pages fetched, usually {usual:g}"
    return None


def _share_jump(run: RunFigures, recent: list[RunFigures], figure: str, what: str) -> str | None:
    count = getattr(run, figure)
    if count is None or run.articles_found < MIN_STORED:
        return None
    before = [getattr(earlier, figure) / earlier.articles_found for earlier in recent
              if getattr(earlier, figure) is not None and earlier.articles_found >= MIN_STORED]
    if not before:
        return None
    share, usual = count / run.articles_found, median(before)
    if share - usual >= SHARE_JUMP:
        return f"{share:.0%} of stored pages {what}, usually {usual:.0%}"
    return None


def _quiet(run: RunFigures, history: list[RunFigures]) -> str | None:
    """No new article for QUIET_DAYS where new ones came in each of the WEEKS_WITH_NEWS weeks before."""
    end = _time(run.started)
    quiet_since = end - timedelta(days=QUIET_DAYS)
    if any(_time(earlier.started) >= quiet_since and earlier.articles_new for earlier in history) or run.articles_new:
        return None
    for week in range(WEEKS_WITH_NEWS):
        week_end = quiet_since - timedelta(weeks=week)
        if not any(week_end - timedelta(weeks=1) <= _time(earlier.started) < week_end and earlier.articles_new
                   for earlier in history):
            return None
    return f"no new articles for {QUIET_DAYS} days; new ones came every week of the {WEEKS_WITH_NEWS} before"


def _time(iso: str) -> datetime:
    return datetime.fromisoformat(iso)
