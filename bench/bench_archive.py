"""Benchmark: search through Datasette and a month's newsletter on a generated archive of 200,000 articles.

    python bench/bench_archive.py [--articles 200000] [--db bench/results/archive-200000.db] [--repeat 5]

The articles are made by a generator (Swedish and English sentences from a word list with compounds,
partners, translations and cross-posts), never taken from real pages. The archive is built once and
reused. Search is measured through Datasette's in-process client on `/archive/articles.json?_search=`
(ranked, with count and facets, as the table page runs it): the median of every query of a kind,
each run `--repeat` times. Targets: search median <= 100 ms, a month's newsletter <= 1 s.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from archive.newsletter import build_newsletter, render_newsletter, stories_published_between
from archive.site import make_datasette
from archive.storage import Archive

SEARCH_TARGET_MS = 100
NEWSLETTER_TARGET_S = 1.0
PARTNERS = [("flemingsberg-science", "Flemingsberg Science"), ("campus-flemingsberg", "Campus Flemingsberg"),
            ("ki-news", "Karolinska Institutet"), ("ssci", "Stockholm Science City"),
            ("akademiska-hus", "Akademiska Hus"), ("region-stockholm", "Region Stockholm"),
            ("karolinska", "Karolinska Universitetssjukhuset"), ("sh", "Södertörns högskola"),
            ("kth", "KTH"), ("huddinge", "Huddinge kommun"), ("ki-science-park", "KI Science Park")]
# Compounds are made of these parts, as Swedish makes them: cell + terapi + forskning + en.
SWEDISH_PARTS = ["cell", "terapi", "forskning", "labb", "vård", "plats", "stam", "läke", "medel", "sjuk", "hus",
                 "cancer", "behandling", "studie", "bio", "bank", "hjärt", "kärl", "hjärn", "diabetes", "gen", "data",
                 "analys", "klinik", "prövning", "innovation", "företag", "park", "campus", "miljö", "bygg", "projekt",
                 "utveckling", "samarbete", "hälsa", "region", "stad", "trafik", "bostad", "skola", "student",
                 "lärare", "immun", "vaccin", "infektion", "blod", "prov", "röntgen", "bild", "robot", "kirurgi",
                 "hår", "tand", "öga", "öron", "äldre", "barn", "mödra", "föda", "rehab", "psykiatri", "smärta"]
SWEDISH_ENDINGS = ["", "", "en", "er", "erna", "et", "ar", "arna", "s"]
SWEDISH_WORDS = ("och i att det som på är för med har de till en ett av om inte den kan vi ska nu nya nytt "
                 "flera alla under efter mellan genom vid både också redan sedan mer än så här där när hur vilka "
                 "forskare patienter företag regionen staden universitetet sjukhuset projektet året veckan "
                 "visar öppnar startar får ger leder bygger satsar presenterar undersöker utvecklar "
                 "viktig stor liten snabb ny långsiktig gemensam regional nationell internationell").split()
ENGLISH_WORDS = ("the of and to in a is that for on with as by at from it are this be was has have new more "
                 "researchers patients companies region city university hospital project year week study "
                 "shows opens starts gets gives leads builds invests presents examines develops launches "
                 "important large small rapid long-term joint regional national international cell therapy "
                 "research laboratory care stem cancer treatment clinical trial innovation park campus "
                 "environment collaboration health vaccine infection blood imaging robot surgery data analysis "
                 "life science startup biobank diabetes heart brain genome students teachers housing traffic").split()
NAMES = ["ATMP", "Hagastaden", "Flemingsberg", "Huddinge", "Solna", "Novum", "BioClinicum", "Karolinska",
         "Södertörn", "Stockholm", "Uppsala", "Vinnova", "EU", "KI", "KTH", "AI", "MedTech", "Neo", "Retzius"]

QUERIES = {
    "word (sv)": ["patienter", "behandling", "vaccin", "röntgen", "psykiatri", "smärta", "prövning", "diabetes"],
    "compound part (sv)": ["cellterapi", "stamcell", "läkemedel", "biobank", "hjärtkärl", "vårdplats", "kirurgi",
                           "immunterapi"],
    "phrase (sv)": ['"nya behandling"', '"regionen satsar"', '"forskare visar"', '"klinisk prövning"',
                    '"stamcellsforskning"', '"på campus"'],
    "word (en)": ["vaccine", "surgery", "biobank", "genome", "housing", "imaging", "startup", "laboratory"],
    "phrase (en)": ['"cell therapy"', '"clinical trial"', '"life science"', '"stem cell"'],
    "two words": ["cellterapi Flemingsberg", "ATMP Hagastaden", "diabetes studie", "vaccine trial"],
    "short word": ["KI", "AI", "EU"],
}


def compound(rng: random.Random) -> str:
    parts = rng.sample(SWEDISH_PARTS[:24] if rng.random() < 0.6 else SWEDISH_PARTS, rng.choice((2, 2, 3)))
    return "".join(parts) + rng.choice(SWEDISH_ENDINGS)


def sentence(rng: random.Random, language: str) -> str:
    words = []
    for _ in range(rng.randint(8, 22)):
        roll = rng.random()
        if roll < 0.06:
            words.append(rng.choice(NAMES))
        elif language == "sv" and roll < 0.30:
            words.append(compound(rng))
        elif language == "sv":
            words.append(rng.choice(SWEDISH_WORDS))
        else:
            words.append(rng.choice(ENGLISH_WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, language: str) -> str:
    return " ".join(sentence(rng, language) for _ in range(rng.randint(2, 5)))


def generate_articles(count: int, seed: int = 2025):
    """`count` article rows with story ids: about one story in six also runs translated or cross-posted."""
    rng = random.Random(seed)
    first_day = date(2016, 1, 1)
    days = (date(2025, 12, 31) - first_day).days
    made, story = 0, 0
    while made < count:
        story += 1
        day = first_day + timedelta(days=rng.randrange(days))
        language = "sv" if rng.random() < 0.7 else "en"
        partner = rng.choice(PARTNERS)[0]
        versions = [(partner, language, day)]
        if rng.random() < 0.12:
            versions.append((partner, "en" if language == "sv" else "sv", day + timedelta(days=rng.choice((0, 1)))))
        if rng.random() < 0.05:
            versions.append((rng.choice(PARTNERS)[0], language, day + timedelta(days=rng.randint(0, 3))))
        for source, version_language, published in versions[:count - made]:
            made += 1
            body = "\n\n".join(paragraph(rng, version_language) for _ in range(rng.randint(3, 8)))
            lead = body.split("\n\n")[0]
            yield {"id": made, "url": f"https://{source}.example/{published:%Y/%m/%d}/article-{made}",
                   "source": source, "title": sentence(rng, version_language)[:-1][:110], "lead": lead, "body": body,
                   "body_html": "".join(f"<p>{part}</p>" for part in body.split("\n\n")),
                   "published": published.isoformat(), "language": version_language, "story_id": story,
                   "content_hash": f"{made:x}", "first_seen": f"{published.isoformat()}T06:00:00+00:00",
                   "last_seen": "2026-01-01T06:00:00+00:00", "changed": f"{published.isoformat()}T06:00:00+00:00"}


def build_archive(path: Path, count: int) -> None:
    archive = Archive(path)
    db = archive.db
    db["sources"].insert_all([{"id": i, "name": n, "start_urls": "[]", "languages": "[]"} for i, n in PARTNERS], pk="id")
    started = time.perf_counter()
    rows = generate_articles(count)
    with db.conn:
        db["articles"].insert_all(rows, batch_size=2000)
        db.execute("insert into stories (id, created) select distinct story_id, '2026-01-01' from articles")
    db.execute("analyze")
    print(f"built {count} articles in {time.perf_counter() - started:.0f} s, "
          f"{path.stat().st_size / 1e9:.2f} GB")
    archive.close()


async def time_search(ds, query: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = await ds.client.get(f"/archive/articles.json?_search={quote(query)}")
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.text[:300]
    return elapsed, response.json()["filtered_table_rows_count"]


def measure_search(ds, repeat: int) -> dict:
    results = {}
    for kind, queries in QUERIES.items():
        timings, matches = [], []
        for query in queries:
            asyncio.run(time_search(ds, query))  # warm the page cache for this query once
            for _ in range(repeat):
                elapsed, count = asyncio.run(time_search(ds, query))
                timings.append(elapsed)
            matches.append(count)
        results[kind] = {"median_ms": statistics.median(timings), "p90_ms": statistics.quantiles(timings, n=10)[-1],
                         "queries": len(queries), "runs": len(timings),
                         "matches_median": statistics.median(matches), "matches_max": max(matches)}
    all_timings_median = statistics.median(value["median_ms"] for value in results.values())
    return {"kinds": results, "median_of_kinds_ms": all_timings_median}


def measure_newsletter(path: Path, month: date, repeat: int) -> dict:
    db = sqlite_utils.Database(path)
    last = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    timings = {}
    for output_format in ("markdown", "html"):
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            keys = stories_published_between(db.conn, month, last)
            text = render_newsletter(build_newsletter(db.conn, keys, "sv", "partner", month, last), output_format)
            runs.append(time.perf_counter() - started)
        timings[output_format] = {"median_s": statistics.median(runs), "stories": len(keys), "chars": len(text)}
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="archive to build or reuse (default bench/results/archive-N.db)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(__file__).parent / "results" / f"archive-{args.articles}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        build_archive(path, args.articles)
    ds = make_datasette(path)
    asyncio.run(ds.invoke_startup())
    search = measure_search(ds, args.repeat)
    print(f"search through Datasette, {args.articles} articles (/archive/articles.json?_search=, ranked, count, facets):")
    for kind, result in search["kinds"].items():
        print(f"  {kind:20} median {result['median_ms']:6.1f} ms  p90 {result['p90_ms']:6.1f} ms  "
              f"({result['runs']} runs of {result['queries']} queries; matches median {result['matches_median']:.0f}, "
              f"max {result['matches_max']})")
    newsletter = measure_newsletter(path, date(2024, 10, 1), args.repeat)
    for output_format, result in newsletter.items():
        print(f"newsletter October 2024, {output_format}: median {result['median_s'] * 1000:.0f} ms "
              f"({result['stories']} stories, {result['chars']} characters)")
    worst_search = max(result["median_ms"] for result in search["kinds"].values())
    worst_newsletter = max(result["median_s"] for result in newsletter.values())
    print(f"targets: search median <= {SEARCH_TARGET_MS} ms: worst kind {worst_search:.1f} ms "
          f"{'OK' if worst_search <= SEARCH_TARGET_MS else 'MISSED'}; newsletter <= {NEWSLETTER_TARGET_S} s: "
          f"{worst_newsletter:.2f} s {'OK' if worst_newsletter <= NEWSLETTER_TARGET_S else 'MISSED'}")
    (path.parent / f"bench-archive-{args.articles}.json").write_text(
        json.dumps({"search": search, "newsletter": newsletter}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
