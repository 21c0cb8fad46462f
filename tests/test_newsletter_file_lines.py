"""The line opening each issue of a newsletter series with a link to that issue's file ("» View this newsletter as a
PDF") is the post's own pointer to its document: its words are furniture's ("newsletter") and every issue repeats
them, yet it stays the text's first line."""
from __future__ import annotations

from fault_site import crawled_column

ISSUES = {n: f"Welcome to edition {n} of the river board bulletin. In this edition we report on the {word} survey "
             "and the volunteers who walked the banks with us this season."
          for n, word in ((1, "otter"), (2, "willow"), (3, "heron"), (4, "weir"), (5, "reed"), (6, "ferry"))}
POSTS = {7: "Board elections", 8: "Bank survey grant", 9: "New gauge on the lower river",
         10: "Spring walk on the towpath"}
PARAGRAPH = ("<p>The board thanks everyone who sent in notes this year; the next meeting takes place in the hall by the "
             "old mill and is open to all members.</p>")


def _issue(n: int) -> str:
    toc = "".join(f"<li><a href='#part-{k}'>Part {k} of the bulletin</a></li>" for k in (1, 2))
    return (f"<html lang='en'><head><title>Bulletin issue {n} | River Board</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><article><h1>Bulletin issue {n}</h1>"
            f"<p class='meta'>{n} March 2023</p><div class='post-text'>"
            f"<p>» <a href='/docs/bulletin-{n}.pdf'>View this newsletter as a PDF</a></p><p>{ISSUES[n]}</p>"
            f"<h2>Table of Contents</h2><nav id='toc'><ul>{toc}</ul></nav>"
            f"<h2 id='part-1'>Part 1 of the bulletin</h2>{PARAGRAPH}<h2 id='part-2'>Part 2 of the bulletin</h2>"
            f"<p>Issue {n} closes with a word of thanks to the people of the mill for the use of their rooms.</p>"
            "</div></article><footer><p>River Board</p></footer></body></html>").replace("{n}", str(n))


def _post(n: int) -> str:
    return (f"<html lang='en'><head><title>{POSTS[n]} | River Board</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
            f"<article><h1>{POSTS[n]}</h1><p class='meta'>{n} March 2023</p><div class='post-text'>"
            f"<p>The board met on the {n}th and agreed on the plan for the coming season, weather allowing.</p>"
            f"{PARAGRAPH}</div></article><footer><p>River Board</p></footer></body></html>")


def test_each_issue_keeps_its_line_to_its_own_file(tmp_path):
    # Fails before: the line was dropped from every issue, as a link line with furniture's words before the text and
    # as a block half of the source's pages repeat.
    posts = {f"/news/issue-{n}/": _issue(n) for n in ISSUES} | {f"/news/post-{n}/": _post(n) for n in POSTS}
    links = "".join(f"<h2><a href='{path}'>{path}</a></h2><p>{3 + i} March 2023</p>" for i, path in enumerate(posts))
    listing = f"<html lang='en'><head><title>News | River Board</title></head><body><h1>News</h1>{links}</body></html>"
    bodies = crawled_column(tmp_path, "river", "River Board", listing, posts, "body")
    assert len(bodies) == len(posts)
    for n in ISSUES:
        assert bodies[f"/news/issue-{n}/"].startswith("» View this newsletter as a PDF\n\n" + ISSUES[n])
    assert all(not body.startswith("»") for path, body in bodies.items() if "post-" in path)
