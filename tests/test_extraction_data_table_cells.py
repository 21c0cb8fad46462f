"""A table the text sets out between its paragraphs (a project's releases and their months) is the text's in every
cell: a release's number linked to its announcement, and a month two releases share, shown again in the next row. So
it is when the page sets its text in a layout table: the data table inside it stands between the paragraphs that
layout table holds, not after them."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://weekly.example/articles/office-suites-compared/"
INTRO = [
    "Two office suites grew out of the same code ten years ago and have gone their separate ways since then.",
    "The older project has made two releases in the past year, one in the spring and a small update in summer.",
]
TABLE_INTRO = "The release history of the younger project tells a rather different story:"
OUTRO = [
    "The younger project clearly keeps a faster cadence, putting out at least one release in most months.",
    "Whether users gain from so many releases is another question, and the maintainers disagree on it.",
]
RELEASES = [("7.2.3", "April 2024"), ("7.1.6", "April 2024"), ("7.2.4", "May 2024"), ("7.3.0", "July 2024"),
            ("7.2.5", "July 2024"), ("7.3.1", "August 2024")]


def _article(layout_table: bool) -> str:
    rows = "".join(f"<tr><td><a href='https://blog.example/release-{number}/'>{number}</a></td><td>{month}</td></tr>"
                   for number, month in RELEASES)
    table = f"<blockquote><table class='striped'><tr><th>Release</th><th>Date</th></tr>{rows}</table></blockquote>"
    text = "".join(f"<p>{p}</p>" for p in INTRO) + f"<p>{TABLE_INTRO}</p>" + table \
        + "".join(f"<p>{p}</p>" for p in OUTRO)
    if layout_table:
        # An old site's page: the byline and text sit loose in a layout table's cell, closed by a pager line.
        text = ("<table class='page'><tr><td class='main'><h2>Office suites compared</h2>"
                f"<div class='byline'>By Ann Writer</div>{text}"
                "<a href='/articles/next/'>Next page: Security</a></td></tr></table>")
    return ("<html><head><title>Office suites compared | Weekly</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/articles/'>Articles</a></nav>"
            f"<article><h1>Office suites compared</h1>{text}</article>"
            "<footer><p>Weekly is read by people who care about free software.</p></footer></body></html>")


def _cells(body: str) -> list[str]:
    lines = body.split("\n\n")
    start = lines.index(TABLE_INTRO) + 1
    return lines[start:lines.index(OUTRO[0])]


def test_every_cell_of_a_table_amid_the_text_is_kept():
    # Fails before: the linked release numbers went as link lines, and the second "April 2024" and "July 2024" as
    # lines said twice.
    found = extract_article(_article(layout_table=False), URL)
    assert _cells(found.body) == ["Release", "Date", *[cell for row in RELEASES for cell in row]]
    assert all(p in found.body for p in INTRO + OUTRO)


def test_a_table_inside_a_layout_table_stands_amid_the_text():
    # Fails before: the data table was read as following the layout table's paragraphs, not amid them; its short
    # cells went as labels and dates.
    found = extract_article(_article(layout_table=True), URL)
    assert _cells(found.body) == ["Release", "Date", *[cell for row in RELEASES for cell in row]]
    assert all(p in found.body for p in INTRO + OUTRO)
