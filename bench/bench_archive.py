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
# Swedish compounds are made of parts (cell + terapi + forskning + en); the generator makes thousands and
# uses them with a Zipf distribution, so a given part is in a few per cent of articles, as in real news.
SWEDISH_PARTS = ("cell terapi forskning labb vård plats stam läke medel sjuk hus cancer behandling studie bio bank "
                 "hjärt kärl hjärn diabetes gen data analys klinik prövning innovation företag park campus miljö "
                 "bygg projekt utveckling samarbete hälsa region stad trafik bostad skola student lärare immun "
                 "vaccin infektion blod prov röntgen bild robot kirurgi hår tand öga öron äldre barn mödra föda "
                 "rehab psykiatri smärta lung njur lever hud muskel skelett nerv minne sömn kost motion strål "
                 "teknik digital plattform nätverk kluster inkubator finansiering anslag stiftelse pris medalj "
                 "konferens seminarium utbildning kurs program master doktorand post doc professor rektor styrelse "
                 "avtal lokal fastighet kontor hyres energi sol vind avfall återvinning vatten luft klimat").split()
SWEDISH_ENDINGS = ["", "", "", "en", "er", "erna", "et", "ar", "arna", "s", "ens"]
SWEDISH_WORDS = ("och i att det som på är för med har de till en ett av om inte den kan vi ska nu nya nytt "
                 "flera alla under efter mellan genom vid både också redan sedan mer än så här där när hur vilka "
                 "forskare patienter regionen staden universitetet sjukhuset året veckan visar öppnar startar "
                 "får ger leder bygger satsar presenterar undersöker utvecklar viktig stor liten snabb "
                 "långsiktig gemensam regional nationell internationell enligt cirka procent miljoner kronor").split()
SWEDISH_PHRASES = ["klinisk prövning", "nya behandlingar", "life science", "på campus", "regionen satsar",
                   "forskare vid KI", "Karolinska Institutet", "Campus Flemingsberg", "avancerade terapier"]
KNOWN_COMPOUNDS = ["cellterapiforskningen", "Cellterapilabb", "cellterapi", "stamcellsforskning", "stamcellerna",
                   "läkemedelsutveckling", "läkemedel", "vårdplatser", "immunterapi", "hjärtkärlsjukdomar",
                   "biobanken", "röntgenbilder", "robotkirurgi", "diabetesstudie", "vaccinprogrammet"]
ENGLISH_WORDS = ("the of and to in a is that for on with as by at from it are this be was has have new more "
                 "researchers patients companies region city university hospital project year week study "
                 "shows opens starts gets gives leads builds invests presents examines develops launches "
                 "important large small rapid long-term joint regional national international cell therapy "
                 "research laboratory care stem cancer treatment clinical trial innovation park campus "
                 "environment collaboration health vaccine infection blood imaging robot surgery data analysis "
                 "life science startup biobank diabetes heart brain genome students teachers housing traffic "
                 "funding grant foundation award conference seminar education course professor board "
                 "agreement premises property office energy climate water recycling memory sleep diet "
                 "exercise radiation technology digital platform network cluster incubator").split()
ENGLISH_PHRASES = ["cell therapy", "clinical trial", "life science", "stem cell research", "Karolinska Institutet",
                   "Campus Flemingsberg", "advanced therapies"]
NAMES = ["ATMP", "Hagastaden", "Flemingsberg", "Huddinge", "Solna", "Novum", "BioClinicum", "Karolinska",
         "Södertörn", "Stockholm", "Uppsala", "Vinnova", "EU", "KI", "KTH", "AI", "MedTech", "Neo", "Retzius",
         "Alfred Nobels allé", "Nobel", "Sverige", "Europa", "Biomedicum", "Scilifelab", "Region Stockholm"]

QUERIES = {
    "word (sv)": ["vaccin", "röntgen", "psykiatri", "smärta", "prövning", "stiftelse", "inkubator", "diabetes"],
    "very common word (sv)": ["forskare", "patienter", "regionen"],
    "compound part (sv)": ["cellterapi", "stamcell", "läkemedel", "biobank", "hjärtkärl", "vårdplats", "kirurgi",
                           "immunterapi"],
    "phrase (sv)": ['"nya behandlingar"', '"regionen satsar"', '"klinisk prövning"', '"på campus"',
                    '"avancerade terapier"', '"forskare vid KI"'],
    "word (en)": ["vaccine", "surgery", "biobank", "genome", "housing", "imaging", "startup", "laboratory"],
    "phrase (en)": ['"cell therapy"', '"clinical trial"', '"life science"', '"stem cell research"'],
    "two words": ["cellterapi Flemingsberg", "ATMP Hagastaden", "diabetes studie", "vaccine trial"],
    "short word": ["KI", "AI", "EU"],
}


class Vocabulary:
    """Words of one language with Zipf weights: a few very common, most rare."""

    def __init__(self, rng: random.Random, language: str):
        if language == "sv":
            parts = SWEDISH_PARTS + _made_up_stems(rng, 700)
            rng.shuffle(parts)
            part_weights = _zipf(len(parts))
            compounds = {"".join(rng.choices(parts, cum_weights=part_weights, k=rng.choice((2, 2, 3))))
                         + rng.choice(SWEDISH_ENDINGS) for _ in range(40_000)}
            content = sorted(compounds) + SWEDISH_PARTS
            rng.shuffle(content)
            for position, word in zip(range(300, 300 + 40 * len(KNOWN_COMPOUNDS), 40), KNOWN_COMPOUNDS):
                content.insert(position, word)
            self.function, self.phrases = SWEDISH_WORDS, SWEDISH_PHRASES
        else:
            content = ENGLISH_WORDS[:]
            rng.shuffle(content)
            self.function, self.phrases = ENGLISH_WORDS[:30], ENGLISH_PHRASES
        self.content = content
        self.content_weights = _zipf(len(content))
        self.function_weights = _zipf(len(self.function))
        self.name_weights = _zipf(len(NAMES))
        self.phrase_weights = _zipf(len(self.phrases))

    def sentence(self, rng: random.Random, topic: list[str]) -> str:
        words = []
        for _ in range(rng.randint(8, 22)):
            roll = rng.random()
            if roll < 0.50:
                words.append(rng.choices(self.function, cum_weights=self.function_weights)[0])
            elif roll < 0.80:
                words.append(rng.choices(self.content, cum_weights=self.content_weights)[0])
            elif roll < 0.92:
                words.append(rng.choice(topic))
            elif roll < 0.975:
                words.append(rng.choices(NAMES, cum_weights=self.name_weights)[0])
            elif roll < 0.98:
                words.append(rng.choices(self.phrases, cum_weights=self.phrase_weights)[0])
            else:
                words.append(rng.choices(self.content, cum_weights=self.content_weights)[0])
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."


def _made_up_stems(rng: random.Random, count: int) -> list[str]:
    """Swedish-looking stems (`fjälk`, `tröv`): real text has thousands of stems, not a hundred."""
    onsets = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "bl", "br", "dr", "fj",
              "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sk", "sl", "sm", "sn", "sp", "st", "str", "sv", "tr"]
    vowels = ["a", "e", "i", "o", "u", "y", "å", "ä", "ö"]
    codas = ["", "k", "l", "m", "n", "r", "s", "t", "ck", "ll", "mm", "nd", "ng", "rk", "rt", "st", "tt"]
    stems = set()
    while len(stems) < count:
        stems.add(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) + rng.choice(["", "", "e", "a"]))
    return sorted(stems)


def _zipf(size: int) -> list[float]:
    total, cumulative = 0.0, []
    for rank in range(1, size + 1):
        total += 1 / rank
        cumulative.append(total)
    return cumulative


def generate_articles(count: int, seed: int = 2025):
    """`count` article rows with story ids: about one story in six also runs translated or cross-posted."""
    rng = random.Random(seed)
    vocabularies = {language: Vocabulary(random.Random(seed + index), language)
                    for index, language in enumerate(("sv", "en"))}
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
            vocabulary = vocabularies[version_language]
            topic = rng.sample(vocabulary.content[:2000], 4)
            paragraphs = [" ".join(vocabulary.sentence(rng, topic) for _ in range(rng.randint(2, 5)))
                          for _ in range(rng.randint(3, 8))]
            body = "\n\n".join(paragraphs)
            yield {"id": made, "url": f"https://{source}.example/{published:%Y/%m/%d}/article-{made}",
                   "source": source, "title": vocabulary.sentence(rng, topic)[:-1][:110], "lead": paragraphs[0],
                   "body": body, "body_html": "".join(f"<p>{part}</p>" for part in paragraphs),
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


async def time_search(ds, query: str) -> tuple[float, int | None]:
    """Milliseconds for one search page as JSON, and its match count (None: it hit the SQL time limit)."""
    started = time.perf_counter()
    response = await ds.client.get(f"/archive/articles.json?_search={quote(query)}")
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code == 400 and "too long" in response.text:
        return elapsed, None
    assert response.status_code == 200, response.text[:300]
    return elapsed, response.json()["filtered_table_rows_count"]


def measure_search(ds, repeat: int) -> dict:
    """Per kind of query: the median and 90th percentile over every query of the kind, each run `repeat` times
    after one untimed run (the first run of each query also warms SQLite's cache; the very first is reported)."""
    results, cold = {}, None
    for kind, queries in QUERIES.items():
        timings, matches, timeouts = [], [], 0
        for query in queries:
            first, _ = asyncio.run(time_search(ds, query))
            cold = first if cold is None else cold
            for _ in range(repeat):
                elapsed, count = asyncio.run(time_search(ds, query))
                timings.append(elapsed)
                timeouts += count is None
            matches.append(count or 0)
        results[kind] = {"median_ms": statistics.median(timings), "p90_ms": statistics.quantiles(timings, n=10)[-1],
                         "queries": len(queries), "runs": len(timings), "timeouts": timeouts,
                         "matches_median": statistics.median(matches), "matches_max": max(matches)}
    return {"kinds": results, "first_search_ms": cold}


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
              f"max {result['matches_max']}{'; TIMEOUTS ' + str(result['timeouts']) if result['timeouts'] else ''})")
    print(f"  first search after start (cold cache): {search['first_search_ms']:.0f} ms")
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
