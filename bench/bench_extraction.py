"""Benchmark article extraction on every devdata extraction set, ours beside trafilatura and htmldate in one run.

Per dataset: body F1/precision/recall (the shingle metric of devdata/score_extraction.py), how many
real articles were called not-an-article, day-exact publication-date accuracy, and pages per second.

Readers' comments are compared like for like, in two pairs of rows from the same run:
- `ours` beside `traf -comments`: our body (which never holds comments) beside trafilatura's
  `extract(include_comments=False)`: the article text alone;
- `ours+comments` beside `trafilatura`: our body with our `comments` field appended beside trafilatura's
  `extract()` defaults, which append the comments it finds. Dragnet's gold keeps the readers' comments on some
  pages (after a "!@#$%^&*() COMMENTS" line); the other sets' golds leave them out, so there comments cost
  precision on both sides. `dragnet -comments` is dragnet without the pages whose gold has comments.
`ours` and `ours+comments` are one extraction (the same pages/s); trafilatura's two calls are timed apart and
share htmldate's dates.
Sets: `extraction/` (fundus publishers) and each dataset of `extraction-more/` (articles, plus the
htmldate pages that only have a date truth). Reads ../shared/devdata beside the repository unless
--devdata says. `--sites` also runs bench/bench_sites.py (crawl and score the real dev sites) with
this environment and prints its tables after these.

Example:
    python bench/bench_extraction.py
    python bench/bench_extraction.py --only ours --predictions /tmp/ours.jsonl
    python bench/bench_extraction.py --sets readability,dragnet --only ours
    python bench/bench_extraction.py --sites
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from news_archive.pipelines.extraction import extract_article  # noqa: E402

# The first devdata set (extraction/: fundus' publishers); extraction-more names each page's dataset.
FUNDUS = "fundus"
COMMENTS_MARK = "!@#$%^&*() COMMENTS"


@dataclass
class Page:
    id: str
    dataset: str
    url: str
    html: bytes
    body: str | None  # None: a page with only a date truth
    published: str | None


@dataclass
class Prediction:
    body: str = ""
    published: str | None = None
    is_article: bool = True
    comments: str = ""
    title: str = ""  # not scored (no dataset states one); written to --predictions to compare runs


@dataclass
class Run:
    """One tool's predictions by page id and the seconds it spent per dataset."""

    name: str
    predictions: dict[str, Prediction] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def load_scorer(devdata: Path):
    spec = importlib.util.spec_from_file_location("score_extraction", devdata / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(devdata: Path, wanted: set[str] | None) -> list[Page]:
    pages = []
    sources = [(devdata / "extraction", "truth.jsonl", FUNDUS),
               (devdata / "extraction-more", "truth.jsonl", None), (devdata / "extraction-more", "dates.jsonl", None)]
    for folder, name, dataset in sources:
        path = folder / name
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            truth = json.loads(line)
            kind = dataset or truth["dataset"]
            if wanted and kind not in wanted:
                continue
            html = gzip.decompress((folder / f"pages/{truth['id']}.html.gz").read_bytes())
            pages.append(Page(truth["id"], kind, truth["url"], html, truth.get("body"), truth.get("published")))
    return pages


def run_ours(pages: list[Page]) -> list[Run]:
    """Our body, and the same extraction's body with its readers' comments appended (`ours+comments`)."""
    run, with_comments = Run("ours"), Run("ours+comments")
    for page in pages:
        started = time.perf_counter()
        result = extract_article(page.html, page.url)
        run.seconds[page.dataset] += time.perf_counter() - started
        run.predictions[page.id] = Prediction(result.body, result.published, result.is_article, result.comments,
                                              result.title)
        appended = "\n\n".join(part for part in (result.body, result.comments) if part)
        with_comments.predictions[page.id] = Prediction(appended, result.published, result.is_article)
    with_comments.seconds = run.seconds
    return [run, with_comments]


def run_trafilatura(pages: list[Page]) -> list[Run]:
    """trafilatura `extract()` without comments (`traf -comments`) and with its defaults, which append them
    (`trafilatura`); htmldate `find_date(original_date=True)` for dates, as trafilatura's metadata does, shared by
    both. pages/s: each body extraction on article pages, date finding on date-only pages."""
    import trafilatura
    from htmldate import find_date

    without, default = Run("traf -comments"), Run("trafilatura")
    for page in pages:
        started = time.perf_counter()
        body = (trafilatura.extract(page.html, url=page.url, include_comments=False) or "") \
            if page.body is not None else ""
        between = time.perf_counter()
        body_and_comments = (trafilatura.extract(page.html, url=page.url) or "") if page.body is not None else ""
        timed = time.perf_counter()
        try:
            published = find_date(page.html, url=page.url, original_date=True) if page.published else None
        except Exception:  # noqa: BLE001 - a reference tool's crash counts as a miss
            published = None
        # Article pages are timed for the body, date-only pages for the date.
        dating = time.perf_counter() - timed
        without.seconds[page.dataset] += between - started if page.body is not None else dating
        default.seconds[page.dataset] += timed - between if page.body is not None else dating
        without.predictions[page.id] = Prediction(body, published)
        default.predictions[page.id] = Prediction(body_and_comments, published)
    return [without, default]


def same_day(predicted: str | None, truth: str) -> bool:
    """The predicted date names the truth's calendar day, as printed or (with zones) in the truth's zone."""
    if not predicted:
        return False
    if predicted[:10] == truth[:10]:
        return True
    try:
        moment, expected = dt.datetime.fromisoformat(predicted), dt.datetime.fromisoformat(truth)
    except ValueError:
        return False
    if moment.tzinfo is None or expected.tzinfo is None:
        return False
    return moment.astimezone(expected.tzinfo).date() == expected.date()


def score(scorer, pages: list[Page], run: Run) -> dict:
    """Body F1/P/R averaged over pages as score_extraction.py does, not-an-article count, date accuracy."""
    articles = [p for p in pages if p.body is not None]
    rows = [scorer.tp_fp_fn(p.body, run.predictions[p.id].body) for p in articles]
    precision = statistics.mean([scorer.precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    recall = statistics.mean([scorer.recall(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    dated = [p for p in pages if p.published]
    return {
        "articles": len(articles),
        "f1": 2 * precision * recall / (precision + recall) if rows and precision + recall else None,
        "p": precision if rows else None, "r": recall if rows else None,
        "non_articles": sum(not run.predictions[p.id].is_article for p in articles),
        "dated": len(dated),
        "dates": statistics.mean(same_day(run.predictions[p.id].published, p.published) for p in dated) if dated else None,
        "pages_s": len(pages) / max(sum(run.seconds[d] for d in {p.dataset for p in pages}), 1e-9),
    }


def print_table(scorer, pages: list[Page], runs: list[Run]) -> None:
    groups: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        groups[page.dataset].append(page)
    more = [p for p in pages if p.dataset != FUNDUS]
    rows = list(groups.items())
    # Dragnet's gold keeps the readers' comments on some pages (after a "!@#$%^&*() COMMENTS" line), which
    # trafilatura's extract() appends by default and ours leaves out of the body: shown apart to tell the two.
    no_comments = [p for p in groups.get("dragnet", []) if COMMENTS_MARK not in p.body]
    if no_comments:
        rows.append(("dragnet -comments", no_comments))
    if len(groups) > 1 and more:
        rows += [("more: articles", [p for p in more if p.body is not None]),
                 ("more: dated", [_date_only(p) for p in more if p.published])]
    print(f"{'dataset':17} {'tool':14} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6} {'non-art':>7} "
          f"{'dated':>5} {'dates':>6} {'pages/s':>7}")
    for name, group in rows:
        if not group:
            continue
        for run in runs:
            s = score(scorer, group, run)
            body = " ".join(f"{s[k]:6.3f}" if s[k] is not None else f"{'-':>6}" for k in ("f1", "p", "r"))
            dates = f"{s['dates']:6.3f}" if s["dates"] is not None else f"{'-':>6}"
            print(f"{name:17} {run.name:14} {len(group):5d} {body} {s['non_articles']:7d} {s['dated']:5d} {dates} "
                  f"{s['pages_s']:7.1f}")


def _date_only(page: Page) -> Page:
    return Page(page.id, page.dataset, page.url, page.html, None, page.published)


def run_sites(devdata: Path) -> None:
    """The real dev sites, crawled and scored by bench_sites.py (devdata/sites/run.sh) with this environment."""
    print("\nreal dev sites (bench/bench_sites.py):", flush=True)
    subprocess.run([sys.executable, str(REPO / "bench/bench_sites.py"), "--devdata", str(devdata)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=REPO.parent / "shared/devdata")
    parser.add_argument("--only", choices=["ours", "all"], default="all")
    parser.add_argument("--sets", help="comma-separated datasets (fundus, readability, cleanportaleval, dragnet, "
                                       "newspaper, htmldate-bbaw); default all")
    parser.add_argument("--predictions", type=Path,
                        help="write our results as JSONL (id, body, published, is_article, comments, title)")
    parser.add_argument("--sites", action="store_true", help="also crawl and score the real dev sites (bench_sites.py)")
    args = parser.parse_args()
    if not (args.devdata / "extraction/truth.jsonl").exists():
        sys.exit(f"bench_extraction: no devdata at {args.devdata} (pass --devdata)")
    scorer = load_scorer(args.devdata)
    pages = load_pages(args.devdata, set(args.sets.split(",")) if args.sets else None)
    if not pages:
        sys.exit(f"bench_extraction: no pages in the sets {args.sets!r}")

    ours, ours_with_comments = run_ours(pages)
    if args.predictions:
        with args.predictions.open("w", encoding="utf-8") as out:
            for key, found in ours.predictions.items():
                out.write(json.dumps({"id": key, **found.__dict__}, ensure_ascii=False) + "\n")
    runs = [ours, ours_with_comments]
    if args.only == "all":
        without_comments, default = run_trafilatura(pages)
        # Like for like: the bodies alone, then the bodies with comments appended.
        runs = [ours, without_comments, ours_with_comments, default]
    print_table(scorer, pages, runs)
    if args.sites:
        run_sites(args.devdata)


if __name__ == "__main__":
    main()
