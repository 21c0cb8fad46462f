"""An old newsroom whose releases were pasted from a word processor keeps their curly quotes and dashes as raw C1
controls in its UTF-8 pages. The crawl stores them as the Windows-1252 characters they stand for, and a rebuild from
the captures stores the same."""
from __future__ import annotations

import sqlite_utils
from click.testing import CliRunner

from fault_site import FaultServer, page
from news_archive.archive.cli.main import cli
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources

MENU = '<div id="nav"><a href="/">Home</a> <a href="/news/">Newsroom</a> <a href="/contact.html">Contact</a></div>'
# (path, day, headline, paragraphs), written with the controls a Windows-1252 text taken for Latin-1 leaves
RELEASES = [
    ("/news/story-101.html", "March 3, 2010", "Institute\x92s Wave Tank Opens",
     ["The harbour institute\x92s new wave tank \x96 the largest on the coast \x96 opened on Monday with a first "
      "test of the models students built this winter.",
      "Its director called it \x93a place for students to test what they build\x94 and thanked the donors\x85",
      "Tours for school classes begin in April and can be booked through the institute\x92s office."]),
    ("/news/story-102.html", "February 17, 2010", "Nursing Students Win State \x91Best Poster\x92 Award",
     ["Four nursing students won the state association\x92s poster award for a study of night-shift routines.",
      "The study followed two wards for six months and will be presented again at the autumn meeting.",
      "The students thanked their advisers \x96 and the nurses who kept the diaries \x96 for their help."]),
    ("/news/story-103.html", "January 29, 2010", "Library Extends Hours for Exam Weeks",
     ["The main library stays open until 2 a.m. during the two exam weeks, the dean\x92s office said on Friday.",
      "Study rooms can be booked a week ahead; the café on the ground floor keeps the same hours, 8 a.m. \x96 2 a.m.",
      "Students asked for longer hours in last year\x92s survey, and the extra shifts are paid from its fund."]),
]


def _listing() -> str:
    items = "".join(f'<li><a href="{path}">{headline}</a> <span class="date">{day}</span></li>'
                    for path, day, headline, _text in RELEASES)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head><body>{MENU}'
            f'<div id="main_content"><h1>Newsroom</h1><ul class="releases">{items}</ul></div></body></html>')


def _release(day: str, headline: str, text: list[str]) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{headline}</title></head><body>{MENU}'
            f'<div id="main_content"><h1>{headline}</h1><p class="article_info">By News Staff '
            f'<span class="date">{day}</span></p>{paragraphs}</div></body></html>')


def _stored(db) -> dict[str, tuple[str, str]]:
    return {"/" + row["url"].split("/", 3)[3]: (row["title"], row["body"])
            for row in sqlite_utils.Database(db).query("select * from articles")}


def _no_c1(text: str) -> bool:
    return not any("\x80" <= character <= "\x9f" for character in text)


def test_releases_with_c1_controls_are_stored_and_rebuilt_as_windows_1252(tmp_path):
    # Fails before: the stored titles were "Institute\x92s Wave Tank Opens" ..., the bodies kept \x96, \x93, \x94, \x85.
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    for path, day, headline, text in RELEASES:
        server.routes[path] = page(_release(day, headline, text))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "newsroom"\nname = "The Newsroom"\n'
                       f'start_urls = ["{server.base_url}/news/"]\n', encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False, warc_dir=tmp_path / "warc")
    finally:
        server.stop()
    stored = _stored(tmp_path / "a.db")
    assert {path: title for path, (title, _body) in stored.items()} == {
        "/news/story-101.html": "Institute\u2019s Wave Tank Opens",
        "/news/story-102.html": "Nursing Students Win State \u2018Best Poster\u2019 Award",
        "/news/story-103.html": "Library Extends Hours for Exam Weeks"}
    body = stored["/news/story-101.html"][1]
    assert body.startswith("The harbour institute\u2019s new wave tank \u2013 the largest on the coast \u2013 opened")
    assert "\u201ca place for students to test what they build\u201d and thanked the donors\u2026" in body
    assert "keeps the same hours, 8 a.m. \u2013 2 a.m." in stored["/news/story-103.html"][1]
    assert all(_no_c1(title + body) for title, body in stored.values())

    rebuild = ["reprocess", "--db", str(tmp_path / "rebuilt.db"), "--warc", str(tmp_path / "warc")]
    result = CliRunner().invoke(cli, rebuild)
    assert result.exit_code == 0, result.output
    assert _stored(tmp_path / "rebuilt.db") == stored
