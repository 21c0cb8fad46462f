"""Benchmark: search through Datasette and a month's newsletter on a generated archive of 200,000 articles.

    python bench/bench_archive.py [--articles 200000] [--db bench/results/archive-200000.db] [--repeat 5]

The articles are made by a generator (Swedish and English sentences from a word list with compounds,
partners, translations and cross-posts), never taken from real pages. The archive is built once and
reused. Search is measured through Datasette's in-process client on `/archive/articles.json?_search=`
(ranked, with count and facets, as the table page runs it): the median of every query of a kind,
each run `--repeat` times as a new search. Targets: search median <= 100 ms for words, compound
parts and phrases (two words, short and very common words and the HTML page are reported beside
them), and a month's newsletter <= 1 s.
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

from news_archive.archive.newsletter import build_newsletter, render_newsletter, stories_published_between
from news_archive.archive.web.site import make_datasette
from news_archive.archive.storage import Archive

SEARCH_TARGET_MS = 100
NEWSLETTER_TARGET_S = 1.0
PARTNERS = [("flemingsberg-science", "Flemingsberg Science"), ("campus-flemingsberg", "Campus Flemingsberg"),
            ("ki-news", "Karolinska Institutet"), ("ssci", "Stockholm Science City"),
            ("akademiska-hus", "Akademiska Hus"), ("region-stockholm", "Region Stockholm"),
            ("karolinska", "Karolinska Universitetssjukhuset"), ("sh", "Södertörns högskola"),
            ("kth", "KTH"), ("huddinge", "Huddinge kommun"), ("ki-science-park", "KI Science Park")]
# Each article is about one or two of these topics (some more popular than others), so a topic's words
# are in a few per cent of the archive, as in real news. Per topic: Swedish stems that start compounds,
# whole Swedish compounds, English words, names (split by |), and a phrase in each language.
TOPICS = [
    ("cell terapi stam", "cellterapi cellterapiforskningen Cellterapilabb stamcellsforskning stamcellerna immunterapi",
     "cell therapy stem", "ATMP|Novum", "avancerade terapier", "stem cell research"),
    ("klinik prövning studie", "diabetesstudie kliniken", "clinical trial study", "BioClinicum", "klinisk prövning",
     "clinical trial"),
    ("vård plats sjuk", "vårdplatser sjukhuset vårdcentral", "care hospital patients", "Karolinska",
     "nya behandlingar", "new treatments"),
    ("läke medel apotek", "läkemedel läkemedelsutveckling", "drug pharmaceutical", "Läkemedelsverket",
     "nya läkemedel", "drug development"),
    ("vaccin infektion immun", "vaccinprogrammet infektionsskydd", "vaccine infection", "Folkhälsomyndigheten",
     "ett nytt vaccin", "vaccine programme"),
    ("röntgen bild skanner", "röntgenbilder bilddiagnostik", "imaging scanner", "Medtech", "med hjälp av röntgen",
     "medical imaging"),
    ("robot kirurgi operation", "robotkirurgi operationssal", "robot surgery", "Da Vinci", "robotassisterad kirurgi",
     "robotic surgery"),
    ("bio bank prov", "biobanken blodprov", "biobank genome samples", "Scilifelab", "prover i biobanken",
     "biobank samples"),
    ("hjärt kärl blod", "hjärtkärlsjukdomar blodtryck", "heart cardiovascular", "Hjärt-Lungfonden",
     "hjärtat och kärlen", "heart disease"),
    ("campus bygg fastighet", "campusområdet nybygget", "campus building property", "Hagastaden|Flemingsberg",
     "på campus", "on campus"),
    ("innovation företag inkubator", "innovationsmiljö företagspark", "startup innovation incubator",
     "KI Science Park", "life science", "life science"),
    ("utbildning student kurs", "utbildningen studenterna", "students education course", "Södertörn",
     "nya utbildningar", "new programmes"),
    ("region trafik bostad", "regionfullmäktige bostäder", "housing traffic", "Huddinge", "regionen satsar",
     "the region invests"),
    ("psykiatri smärta sömn", "psykiatrin sömnproblem", "psychiatry sleep pain", "Psykiatri Sydväst",
     "psykisk ohälsa", "mental health"),
    ("cancer strål tumör", "cancervården strålbehandling", "cancer radiation tumour", "Radiumhemmet",
     "cancer hos barn", "cancer care"),
    ("energi klimat återvinning", "solpaneler klimatmål", "energy climate recycling", "Agenda 2030",
     "minskade utsläpp", "lower emissions"),
    ("digital plattform teknik", "digitalisering plattformen", "digital platform AI", "AI",
     "artificiell intelligens", "artificial intelligence"),
    ("finansiering anslag stiftelse", "forskningsanslag stiftelsen", "funding grant foundation", "EU|Vinnova",
     "får anslag", "receives funding"),
    ("barn äldre mödra", "barnsjukvården äldreomsorg", "children elderly", "Astrid Lindgrens barnsjukhus",
     "barn och unga", "children and young people"),
    ("diabetes kost motion", "diabetesvården kostråd", "diabetes diet exercise", "Diabetesförbundet",
     "typ 2-diabetes", "type 2 diabetes"),
]
SWEDISH_ENDINGS = ["", "", "", "en", "er", "erna", "et", "ar", "arna", "s", "ens"]
SWEDISH_WORDS = ("och i att det som på är för med har de till en ett av om inte den kan vi ska nu nya nytt "
                 "flera alla under efter mellan genom vid både också redan sedan mer än så här där när hur vilka "
                 "forskare patienter regionen staden universitetet sjukhuset året veckan visar öppnar startar "
                 "får ger leder bygger satsar presenterar undersöker utvecklar viktig stor liten snabb "
                 "långsiktig gemensam regional nationell internationell enligt cirka procent miljoner kronor").split()
ENGLISH_WORDS = ("the of and to in a is that for on with as by at from it are this be was has have new more "
                 "researchers patients companies region city university hospital project year week study "
                 "shows opens starts gets gives leads builds invests presents examines develops launches "
                 "important large small rapid long-term joint regional national international").split()
GENERAL_NAMES = ["Stockholm", "KI", "Sverige", "Europa", "Karolinska Institutet", "Solna", "Uppsala", "KTH"]

QUERIES = {
    "word (sv)": ["vaccin", "röntgen", "psykiatri", "smärta", "prövning", "stiftelse", "inkubator", "diabetes"],
    "compound part (sv)": ["cellterapi", "stamcell", "läkemedel", "biobank", "hjärtkärl", "vårdplats", "kirurgi",
                           "immunterapi"],
    "phrase (sv)": ['"klinisk prövning"', '"avancerade terapier"', '"på campus"', '"regionen satsar"',
                    '"nya behandlingar"', '"artificiell intelligens"'],
    "word (en)": ["vaccine", "surgery", "biobank", "genome", "housing", "imaging", "startup", "incubator"],
    "phrase (en)": ['"cell therapy"', '"clinical trial"', '"life science"', '"stem cell research"'],
    "two words": ["cellterapi ATMP", "vaccin barn", "robotkirurgi Karolinska", "biobank Scilifelab"],
    "short word": ["KI", "AI", "EU"],
    "very common word (sv)": ["forskare", "patienter", "regionen"],
    "HTML page, compound part": ["cellterapi", "stamcell", "läkemedel", "biobank"],
}
TARGET_KINDS = ("word (sv)", "compound part (sv)", "phrase (sv)", "word (en)", "phrase (en)")


class Vocabulary:
    """One language's words: function words and general words with Zipf weights, and the topics' own."""

    def __init__(self, rng: random.Random, language: str, topics: list[dict]):
        self.language, self.topics = language, topics
        if language == "sv":
            stems = _made_up_stems(rng, 900)
            general = sorted({"".join(rng.choices(stems, k=rng.choice((1, 2, 2, 3)))) + rng.choice(SWEDISH_ENDINGS)
                              for _ in range(30_000)})
            self.function = SWEDISH_WORDS
        else:
            general = sorted({"".join(rng.choices(_made_up_stems(rng, 400), k=rng.choice((1, 2)))) for _ in range(8000)})
            self.function = ENGLISH_WORDS
        rng.shuffle(general)
        self.general = general
        self.general_weights = _zipf(len(general))
        self.function_weights = _zipf(len(self.function))

    def topic_word(self, rng: random.Random, topic: dict) -> str:
        if self.language == "en":
            return rng.choice(topic["en_words"])
        if rng.random() < 0.35:
            return rng.choice(topic["compounds"])
        return rng.choice(topic["stems"]) + rng.choice(topic["stems"] + ["", ""]) + rng.choice(SWEDISH_ENDINGS)

    def sentence(self, rng: random.Random, topics: list[dict]) -> str:
        words = []
        for _ in range(rng.randint(8, 22)):
            roll = rng.random()
            if roll < 0.52:
                words.append(rng.choices(self.function, cum_weights=self.function_weights)[0])
            elif roll < 0.80:
                words.append(rng.choices(self.general, cum_weights=self.general_weights)[0])
            elif roll < 0.95:
                words.append(self.topic_word(rng, rng.choice(topics)))
            elif roll < 0.975:
                words.append(rng.choice(rng.choice(topics)["names"]))
            elif roll < 0.99:
                words.append(rng.choice(GENERAL_NAMES))
            else:
                words.append(rng.choice(topics)[f"{self.language}_phrase"])
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."


def make_topics(rng: random.Random, made_up: int = 40) -> list[dict]:
    """The written topics plus `made_up` of made-up words, so no topic is in more than a few per cent."""
    topics = [{"stems": stems.split(), "compounds": compounds.split(), "en_words": english.split(),
               "names": names.split("|"),
               "sv_phrase": sv_phrase, "en_phrase": en_phrase}
              for stems, compounds, english, names, sv_phrase, en_phrase in TOPICS]
    for _ in range(made_up):
        stems = _made_up_stems(rng, 4)
        topics.append({"stems": stems, "compounds": ["".join(rng.sample(stems, 2)) for _ in range(3)],
                       "en_words": stems, "names": [rng.choice(stems).title()],
                       "sv_phrase": " ".join(stems[:2]), "en_phrase": " ".join(stems[2:])})
    rng.shuffle(topics)
    return topics


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


def _zipf(size: int, exponent: float = 1.0) -> list[float]:
    total, cumulative = 0.0, []
    for rank in range(1, size + 1):
        total += 1 / rank ** exponent
        cumulative.append(total)
    return cumulative


def generate_articles(count: int, seed: int = 2025):
    """`count` article rows with story ids: about one story in six also runs translated or cross-posted."""
    rng = random.Random(seed)
    topics = make_topics(random.Random(seed + 1))
    topic_weights = _zipf(len(topics), exponent=0.6)
    vocabularies = {language: Vocabulary(random.Random(seed + index + 2), language, topics)
                    for index, language in enumerate(("sv", "en"))}
    first_day = date(2016, 1, 1)
    days = (date(2025, 12, 31) - first_day).days
    made, story = 0, 0
    while made < count:
        story += 1
        day = first_day + timedelta(days=rng.randrange(days))
        language = "sv" if rng.random() < 0.7 else "en"
        partner = rng.choice(PARTNERS)[0]
        story_topics = rng.choices(topics, cum_weights=topic_weights, k=1 if rng.random() < 0.7 else 2)
        versions = [(partner, language, day)]
        if rng.random() < 0.12:
            versions.append((partner, "en" if language == "sv" else "sv", day + timedelta(days=rng.choice((0, 1)))))
        if rng.random() < 0.05:
            versions.append((rng.choice(PARTNERS)[0], language, day + timedelta(days=rng.randint(0, 3))))
        for source, version_language, published in versions[:count - made]:
            made += 1
            vocabulary = vocabularies[version_language]
            paragraphs = [" ".join(vocabulary.sentence(rng, story_topics) for _ in range(rng.randint(2, 5)))
                          for _ in range(rng.randint(3, 8))]
            body = "\n\n".join(paragraphs)
            yield {"id": made, "url": f"https://{source}.example/{published:%Y/%m/%d}/article-{made}",
                   "source": source, "title": vocabulary.sentence(rng, story_topics)[:-1][:110], "lead": paragraphs[0],
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


async def time_search(ds, query: str, page: str = "articles.json") -> tuple[float, int | None]:
    """Milliseconds for one search page, and its match count (None: it hit the SQL time limit; 0 for HTML)."""
    started = time.perf_counter()
    response = await ds.client.get(f"/archive/{page}?_search={quote(query)}")
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code == 400 and "too long" in response.text:
        return elapsed, None
    assert response.status_code == 200, response.text[:300]
    return elapsed, response.json()["filtered_table_rows_count"] if page.endswith(".json") else 0


def measure_search(ds, repeat: int) -> dict:
    """Per kind of query: median and 90th percentile over every query of the kind, each run `repeat` times
    as a new search (the matching ids the archive keeps between a page's queries forgotten first), after
    one untimed run that warms SQLite's page cache; and the same search again, as a facet click or the
    next page runs it."""
    database = ds.get_database("archive")
    results, cold = {}, None
    for kind, queries in QUERIES.items():
        timings, again, matches, timeouts = [], [], [], 0
        for query in queries:
            page = "articles" if kind.startswith("HTML") else "articles.json"
            database.forget_searches()
            first, _ = asyncio.run(time_search(ds, query, page))
            cold = first if cold is None else cold
            for _ in range(repeat):
                database.forget_searches()
                elapsed, count = asyncio.run(time_search(ds, query, page))
                timings.append(elapsed)
                timeouts += count is None
                again.append(asyncio.run(time_search(ds, query, page))[0])
            matches.append(count or 0)
        results[kind] = {"median_ms": statistics.median(timings), "p90_ms": statistics.quantiles(timings, n=10)[-1],
                         "again_median_ms": statistics.median(again), "queries": len(queries), "runs": len(timings),
                         "timeouts": timeouts, "matches_median": statistics.median(matches),
                         "matches_max": max(matches)}
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
        print(f"  {kind:21} median {result['median_ms']:6.1f} ms  p90 {result['p90_ms']:6.1f} ms  "
              f"(same search again {result['again_median_ms']:5.1f} ms)  "
              f"({result['runs']} runs of {result['queries']} queries; matches median {result['matches_median']:.0f}, "
              f"max {result['matches_max']}{'; TIMEOUTS ' + str(result['timeouts']) if result['timeouts'] else ''})")
    print(f"  first search after start (cold cache): {search['first_search_ms']:.0f} ms")
    newsletter = measure_newsletter(path, date(2024, 10, 1), args.repeat)
    for output_format, result in newsletter.items():
        print(f"newsletter October 2024, {output_format}: median {result['median_s'] * 1000:.0f} ms "
              f"({result['stories']} stories, {result['chars']} characters)")
    worst_search = max(search["kinds"][kind]["median_ms"] for kind in TARGET_KINDS)
    worst_newsletter = max(result["median_s"] for result in newsletter.values())
    print(f"targets: search median <= {SEARCH_TARGET_MS} ms (word, compound part, phrase): worst {worst_search:.1f} ms "
          f"{'OK' if worst_search <= SEARCH_TARGET_MS else 'MISSED'}; newsletter <= {NEWSLETTER_TARGET_S} s: "
          f"{worst_newsletter:.2f} s {'OK' if worst_newsletter <= NEWSLETTER_TARGET_S else 'MISSED'}")
    (path.parent / f"bench-archive-{args.articles}.json").write_text(
        json.dumps({"search": search, "newsletter": newsletter}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
