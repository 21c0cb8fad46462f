"""Benchmark article extraction against trafilatura and htmldate on the devdata pages, side by side.

Reports body F1/precision/recall (the shingle metric of score_extraction.py), pages per second and
day-exact publication-date accuracy. Reads ../shared/devdata beside the repository unless --devdata says.

Example:
    python bench/bench_extraction.py
    python bench/bench_extraction.py --only ours --predictions /tmp/ours.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from news_archive.pipelines.extraction import extract_article  # noqa: E402


def load_scorer(devdata: Path):
    spec = importlib.util.spec_from_file_location("score_extraction", devdata / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(devdata: Path) -> list[dict]:
    pages = []
    for line in (devdata / "extraction/truth.jsonl").open(encoding="utf-8"):
        truth = json.loads(line)
        truth["html"] = gzip.decompress((devdata / f"extraction/pages/{truth['id']}.html.gz").read_bytes())
        pages.append(truth)
    return pages


def body_scores(scorer, pages: list[dict], bodies: dict[str, str]) -> tuple[float, float, float]:
    rows = [scorer.tp_fp_fn(page["body"], bodies.get(page["id"], "")) for page in pages]
    precision = statistics.mean(scorer.precision(*r) for r in rows if r[0] + r[1] > 0)
    recall = statistics.mean(scorer.recall(*r) for r in rows if r[0] + r[2] > 0)
    return 2 * precision * recall / (precision + recall), precision, recall


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


def run_ours(pages):
    results, started = {}, time.perf_counter()
    for page in pages:
        results[page["id"]] = extract_article(page["html"], page["url"])
    return results, time.perf_counter() - started


def run_trafilatura(pages):
    import trafilatura

    bodies, started = {}, time.perf_counter()
    for page in pages:
        bodies[page["id"]] = trafilatura.extract(page["html"], url=page["url"]) or ""
    return bodies, time.perf_counter() - started


def run_htmldate(pages):
    from htmldate import find_date

    dates, started = {}, time.perf_counter()
    for page in pages:
        try:
            dates[page["id"]] = find_date(page["html"], url=page["url"], original_date=True)
        except Exception:  # noqa: BLE001 - a reference tool's crash counts as a miss
            dates[page["id"]] = None
    return dates, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=REPO.parent / "shared/devdata")
    parser.add_argument("--only", choices=["ours", "all"], default="all")
    parser.add_argument("--predictions", type=Path, help="write our bodies as JSONL for score_extraction.py")
    args = parser.parse_args()
    if not (args.devdata / "extraction/truth.jsonl").exists():
        sys.exit(f"bench_extraction: no devdata at {args.devdata} (pass --devdata)")
    scorer, pages = load_scorer(args.devdata), load_pages(args.devdata)

    ours, seconds = run_ours(pages)
    bodies = {key: result.body for key, result in ours.items()}
    f1, p, r = body_scores(scorer, pages, bodies)
    date_accuracy = statistics.mean(same_day(ours[page["id"]].published, page["published"]) for page in pages)
    print(f"ours         body F1={f1:.3f} P={p:.3f} R={r:.3f}  {len(pages) / seconds:6.1f} pages/s  "
          f"date accuracy={date_accuracy:.3f}  non-articles={sum(not x.is_article for x in ours.values())}")
    if args.predictions:
        with args.predictions.open("w", encoding="utf-8") as out:
            for key, body in bodies.items():
                out.write(json.dumps({"id": key, "body": body}, ensure_ascii=False) + "\n")
    if args.only == "ours":
        return
    reference, seconds = run_trafilatura(pages)
    f1, p, r = body_scores(scorer, pages, reference)
    print(f"trafilatura  body F1={f1:.3f} P={p:.3f} R={r:.3f}  {len(pages) / seconds:6.1f} pages/s")
    dates, seconds = run_htmldate(pages)
    date_accuracy = statistics.mean(same_day(dates[page["id"]], page["published"]) for page in pages)
    print(f"htmldate     original_date accuracy={date_accuracy:.3f}  {len(pages) / seconds:6.1f} pages/s")


if __name__ == "__main__":
    main()
