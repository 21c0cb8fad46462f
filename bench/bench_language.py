"""Benchmark language identification against langdetect (seeded) and lingua alone on the devdata lines.

Prints, per file ({sentences,word-pairs,single-words}/{sv,en,da,nb,nn,fi,de}.txt), the share of lines
each detector labels correctly (Norwegian counts as right as "no", "nb" or "nn") and, for Danish and
Norwegian, the share labelled neither sv nor en; then model load times, throughput on the sentences
(one call per text, and the batch path), whether two runs (two processes) agree, and the targets of
the issue "Language you can trust". Text only, no hints: what `news-archive detect-language` does.
Reads ../shared/devdata beside the repository unless --devdata says.

Example:
    python bench/bench_language.py
    python bench/bench_language.py --kinds sentences --skip-lingua
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from news_archive.pipelines.langid import detect_language, detect_languages, preload  # noqa: E402

KINDS = ("sentences", "word-pairs", "single-words")
LANGUAGES = ("sv", "en", "da", "nb", "nn", "fi", "de")
NORWEGIAN = {"no", "nb", "nn"}
LINES_PER_FILE = 500

# (kind, language, measure, minimum): measure "right" is the share labelled correctly, "not sv/en"
# the share labelled neither Swedish nor English.
TARGETS = [
    ("sentences", "sv", "right", 0.995),
    ("sentences", "en", "right", 0.995),
    ("word-pairs", "sv", "right", 0.95),
    ("word-pairs", "en", "right", 0.95),
    ("sentences", "da", "not sv/en", 0.99),
    ("sentences", "nb", "not sv/en", 0.99),
    ("sentences", "nn", "not sv/en", 0.99),
]


def read_lines(devdata: Path, kind: str, language: str) -> list[str]:
    # split("\n"), not splitlines(): some lines hold other Unicode line separators.
    text = (devdata / "language" / kind / f"{language}.txt").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip()][:LINES_PER_FILE]


def is_right(label: str | None, language: str) -> bool:
    return label in NORWEGIAN if language in NORWEGIAN else label == language


def langdetect_labeller():
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def label(texts: list[str]) -> list[str | None]:
        labels = []
        for text in texts:
            try:
                labels.append(detect(text))
            except LangDetectException:
                labels.append(None)
        return labels

    return label


def lingua_labeller():
    """lingua 2 alone, as its README recommends: all languages, high-accuracy mode."""
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def label(texts: list[str]) -> list[str | None]:
        found = detector.detect_languages_in_parallel_of(texts)
        return [language.iso_code_639_1.name.lower() if language else None for language in found]

    return label


def ours(texts: list[str]) -> list[str | None]:
    return [detection.language for detection in detect_languages(texts)]


def timed(function, *args):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def digest(texts: list[str]) -> str:
    detections = [detect_language(text) for text in texts]
    return hashlib.sha256(repr(detections).encode()).hexdigest()[:16]


def digest_in_fresh_process(devdata: Path) -> str:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + '/bench');"
        "from pathlib import Path; import bench_language as b;"
        "print(b.digest([t for l in b.LANGUAGES for t in b.read_lines(Path(sys.argv[2]), 'sentences', l)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(REPO), str(devdata)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devdata", type=Path, default=REPO.parent / "shared" / "devdata")
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    parser.add_argument("--skip-lingua", action="store_true", help="leave out lingua alone (slowest to load)")
    parser.add_argument("--skip-langdetect", action="store_true")
    args = parser.parse_args()
    if not (args.devdata / "language").is_dir():
        sys.exit(f"bench_language: no language devdata at {args.devdata / 'language'}")

    _, load_wall, _ = timed(preload)
    print(f"ours: models loaded in {load_wall:.2f} s")
    labellers = {"ours": ours}
    if not args.skip_langdetect:
        labellers["langdetect"] = langdetect_labeller()
    if not args.skip_lingua:
        labellers["lingua"], lingua_load, _ = timed(lingua_labeller)
        print(f"lingua alone (all languages, high accuracy): models loaded in {lingua_load:.2f} s")

    files = {(kind, language): read_lines(args.devdata, kind, language) for kind in args.kinds for language in LANGUAGES}
    scores: dict[tuple[str, str, str, str], float] = {}
    header = f"{'file':<22}" + "".join(f"{name:>12}" for name in labellers)
    print("\nShare right (and, for da/nb/nn, share labelled neither sv nor en)\n" + header)
    for (kind, language), texts in files.items():
        cells = []
        for name, label in labellers.items():
            labels = label(texts)
            right = sum(is_right(found, language) for found in labels) / len(texts)
            not_sv_en = sum(found not in ("sv", "en") for found in labels) / len(texts)
            scores[(name, kind, language, "right")] = right
            scores[(name, kind, language, "not sv/en")] = not_sv_en
            cells.append(f"{right:6.1%}" + (f" {not_sv_en:5.1%}" if language in ("da", "nb", "nn") else " " * 6))
        print(f"{kind + '/' + language:<22}" + "".join(f"{cell:>12}" for cell in cells))

    sentences = [text for language in LANGUAGES for text in read_lines(args.devdata, "sentences", language)]
    print(f"\nThroughput on {len(sentences)} sentences (texts per second; wall clock, and per CPU second)")
    _, wall, cpu = timed(lambda: [detect_language(text) for text in sentences])
    print(f"  ours, one call per text: {len(sentences) / wall:8.0f} /s wall {len(sentences) / cpu:8.0f} /s cpu")
    _, wall, cpu = timed(detect_languages, sentences)
    print(f"  ours, detect_languages:  {len(sentences) / wall:8.0f} /s wall {len(sentences) / cpu:8.0f} /s cpu")
    for name in ("langdetect", "lingua"):
        if name in labellers:
            _, wall, cpu = timed(labellers[name], sentences)
            print(f"  {name + ':':<24} {len(sentences) / wall:8.0f} /s wall {len(sentences) / cpu:8.0f} /s cpu")

    same_process = digest(sentences) == digest(sentences)
    fresh_process = digest(sentences) == digest_in_fresh_process(args.devdata)
    print(f"\nDeterministic: same process {same_process}, fresh process {fresh_process}")

    print("\nTargets (ours)")
    for kind, language, measure, minimum in TARGETS:
        if ("ours", kind, language, measure) in scores:
            value = scores[("ours", kind, language, measure)]
            verdict = "ok" if value >= minimum else "MISSED"
            print(f"  {kind}/{language} {measure} {value:.1%} >= {minimum:.1%}: {verdict}")


if __name__ == "__main__":
    main()
