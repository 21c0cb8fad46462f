"""Benchmark: seconds our extraction takes on pathological pages, beside trafilatura on the same page.

    python bench/bench_slow_pages.py [--kinds loose-1500,links-3000] [--repeat 1] [--write DIR]

The pages are generated here, of invented words (a fixed seed: the same pages every run), in the shapes that have
stalled a crawl: long loose text (lines set apart by <br>s, few or no <p>: a post pasted from a mail or a word
processor) with links, dates, short lines and labelled lines among them; a page of thousands of links (menus, tag
clouds, an archive column); an article around a huge table; an article buried under deep nesting. Each kind is
timed per page, the best of `--repeat` runs, ours (`extract_article`, as `news-archive extract` runs it) beside
trafilatura.extract(). `--write DIR` also saves each page as DIR/KIND.html to run `news-archive extract` or a
profiler on (`python -m cProfile -s cumtime -m news_archive.archive.cli extract DIR/loose-1500.html`).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from news_archive.pipelines.extraction import extract_article  # noqa: E402

URL = "https://slow-pages.example/blog/2023/05/17/vintra-solmark-kallen/"
_SYLLABLES = ("ka", "lo", "mir", "ten", "sa", "vu", "rin", "do", "pe", "lak", "sor", "mi", "tu", "fen", "ra",
              "gol", "ni", "bes", "ar", "um", "vek", "ta", "lin", "os")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


class PageWriter:
    """Invented words, sentences, dates and links from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def word(self) -> str:
        return "".join(self.random.choice(_SYLLABLES) for _ in range(self.random.randint(1, 3)))

    def words(self, low: int, high: int) -> str:
        return " ".join(self.word() for _ in range(self.random.randint(low, high)))

    def sentence(self, low: int = 8, high: int = 20) -> str:
        return self.words(low, high).capitalize() + "."

    def day(self) -> str:
        year, month, day = self.random.randint(2015, 2024), self.random.randint(1, 12), self.random.randint(1, 28)
        if self.random.random() < 0.5:
            return f"{day} {_MONTHS[month - 1]} {year}"
        return f"{year}-{month:02d}-{day:02d}"

    def link(self, own: bool | None = None) -> str:
        own = self.random.random() < 0.5 if own is None else own
        host = "slow-pages.example" if own else f"{self.word()}.example"
        return f'<a href="https://{host}/{self.word()}/{self.word()}/">{self.words(1, 4)}</a>'

    def loose_line(self) -> str:
        """One line of a pasted post: mostly sentences, and among them short lines, dated lines, linked lines and
        labelled ones ("Place: ...")."""
        roll = self.random.random()
        if roll < 0.12:
            return self.words(1, 3).capitalize()
        if roll < 0.2:
            return f"{self.words(1, 3).capitalize()} {self.day()}"
        if roll < 0.32:
            return f"{self.sentence(4, 12)[:-1]} {self.link()} {self.words(1, 5)}."
        if roll < 0.36:
            return self.link()
        if roll < 0.42:
            return f"{self.word().capitalize()}: {self.words(1, 6)}"
        return self.sentence()


def _page(title: str, main: str, writer: PageWriter, menu_links: int = 12, head_extra: str = "") -> str:
    menu = "".join(f"<li>{writer.link(own=True)}</li>" for _ in range(menu_links))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Solmark</title>'
            f'<link rel="canonical" href="{URL}">{head_extra}</head><body>'
            f'<header><a href="/">Solmark</a><nav><ul>{menu}</ul></nav></header>'
            f'<main><article><h1>{title}</h1><p class="byline">Posted on {writer.day()}</p>{main}</article></main>'
            f'<footer><p>{writer.sentence()}</p><ul>{menu}</ul></footer></body></html>')


def loose_text(lines: int, seed: int = 1) -> str:
    """A post of `lines` lines set apart by <br>, every other one by a blank line (<br><br>), in one <div> and no <p>;
    as a word processor pastes it, many a line is wrapped in its font's <span> and <font>."""
    writer = PageWriter(seed)
    parts = []
    for _ in range(lines):
        line = writer.loose_line()
        if writer.random.random() < 0.4:
            line = f'<span style="font-size: 12pt;"><font face="Arial">{line}</font></span>'
        parts.append(line)
        parts.append("<br><br>\n" if writer.random.random() < 0.5 else "<br>\n")
    main = f'<div class="entry-content">{"".join(parts)}</div>'
    return _page(writer.words(3, 6).capitalize(), main, writer)


def many_links(links: int, seed: int = 2) -> str:
    """A short article on a page of `links` links: a menu of a third of them, a tag cloud and an archive column."""
    writer = PageWriter(seed)
    text = "".join(f"<p>{writer.sentence()} {writer.sentence()} {writer.link()} {writer.sentence()}</p>"
                   for _ in range(8))
    cloud = " ".join(writer.link(own=True) for _ in range(links // 3))
    archive = "".join(f"<li>{writer.link(own=True)} <span>{writer.day()}</span></li>" for _ in range(links // 3))
    main = f'{text}<aside><div class="tags">{cloud}</div><ul class="archive">{archive}</ul></aside>'
    return _page(writer.words(3, 6).capitalize(), main, writer, menu_links=links // 6)


def huge_table(rows: int, seed: int = 3) -> str:
    """An article of a few paragraphs around a table of `rows` rows of six cells: words, numbers, a day, a link."""
    writer = PageWriter(seed)
    body_rows = "".join(
        f"<tr><td>{writer.words(1, 3)}</td><td>{writer.random.randint(1, 9999)}</td><td>{writer.day()}</td>"
        f"<td>{writer.words(2, 8)}</td><td>{writer.link()}</td><td>{writer.random.random():.3f}</td></tr>"
        for _ in range(rows))
    header = "".join(f"<th>{writer.word()}</th>" for _ in range(6))
    table = f"<table><thead><tr>{header}</tr></thead><tbody>{body_rows}</tbody></table>"
    text = "".join(f"<p>{writer.sentence()} {writer.sentence()}</p>" for _ in range(4))
    return _page(writer.words(3, 6).capitalize(), text + table + text, writer)


def deep_nesting(depth: int, seed: int = 4) -> str:
    """An article whose paragraphs sit at every level of `depth` nested <div>s, a link and a day beside each."""
    writer = PageWriter(seed)
    opened = "".join(f'<div class="w{level % 7}"><p>{writer.sentence()} {writer.link()}</p><span>{writer.day()}</span>'
                     for level in range(depth))
    return _page(writer.words(3, 6).capitalize(), opened + "</div>" * depth, writer)


def many_footnotes(notes: int, seed: int = 5) -> str:
    """An article whose sentences each cite a note ("[12]" linking "#note-12"), the `notes` notes listed under it."""
    writer = PageWriter(seed)
    text = "".join(f"<p>{writer.sentence()} <a href='#note-{n}'>[{n}]</a> {writer.sentence()}</p>" for n in range(notes))
    listed = "".join(f"<li id='note-{n}'>{writer.sentence()}</li>" for n in range(notes))
    return _page(writer.words(3, 6).capitalize(), f"{text}<ol class='notes'>{listed}</ol>", writer)


KINDS = {
    "loose-500": lambda: loose_text(500),
    "loose-1500": lambda: loose_text(1500),
    "loose-5000": lambda: loose_text(5000),
    "links-3000": lambda: many_links(3000),
    "links-10000": lambda: many_links(10000),
    "table-2000": lambda: huge_table(2000),
    "table-10000": lambda: huge_table(10000),
    "nesting-200": lambda: deep_nesting(200),
    "nesting-250": lambda: deep_nesting(250),
    "footnotes-800": lambda: many_footnotes(800),
}


def _best_seconds(run, repeat: int):
    """The fewest seconds of `repeat` runs, and what the last run returned."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated; default: all of " + ", ".join(KINDS))
    parser.add_argument("--repeat", type=int, default=1, help="runs per page; the best is printed")
    parser.add_argument("--write", type=Path, help="also save each page as DIR/KIND.html")
    parser.add_argument("--only", choices=("ours", "trafilatura"), help="time one side alone")
    args = parser.parse_args()
    import trafilatura

    print(f"{'page':<12} {'KB':>6} {'ours s':>8} {'traf s':>8} {'ratio':>6}  ours: words in body, page type")
    for kind in args.kinds.split(","):
        html = KINDS[kind]()
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"{kind}.html").write_text(html, encoding="utf-8")
        ours = theirs = float("nan")
        summary = ""
        if args.only != "trafilatura":
            ours, result = _best_seconds(lambda: extract_article(html, URL), args.repeat)
            summary = f"{len(result.body.split())}, {result.page_type}"
        if args.only != "ours":
            theirs, _ = _best_seconds(lambda: trafilatura.extract(html, url=URL), args.repeat)
        print(f"{kind:<12} {len(html.encode()) / 1024:>6.0f} {ours:>8.3f} {theirs:>8.3f} {ours / theirs:>6.1f}  "
              f"{summary}", flush=True)


if __name__ == "__main__":
    main()
