"""An old post imported from a hosted blog is written as <br> runs (no <p>), and the importer leaves its last lines
as text of the outer <div> after the inner <div> holding the rest closes: those lines, however short and whatever
they end on (a pointer "<a>here</a>", a sign-off), are the text run on to its end. A box after the post with a
class and a heading of its own (readers' comments) stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://vm.example/posts/2012/03/version-4-is-out-2287.html"
INNER = ("We are glad to say that version 4 of the virtual machine is out, with a faster start and a smaller "
         "memory footprint on every platform we build for.<br><br>\n"
         "Most of the work went into the garbage collector, which now moves young objects in bulk and no longer "
         "stops the world for long on programs that keep large caches in memory.<br><br>\n"
         "It runs on 32 and 64 bit machines with Linux, on Mac machines and on Windows, as before. </div>\n")
TAIL = ("<br>\nThanks to everyone who sent bug reports during the beta.<br><br>\n"
        "The list of changes is <a href='https://docs.vm.example/changes-4.html'>here</a><br><br>\n"
        "Cheers, the VM crew</div>")


def _page() -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Version 4 is out | VM blog</title>"
            "<meta property='article:published_time' content='2012-03-14T09:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/blog/'>Blog</a> <a href='/archive.html'>Archive</a></nav>"
            "</header><main id='content'><article class='post-text h-entry postpage'><header>"
            "<h1 class='entry-title'><a href='#'>Version 4 is out</a></h1><div class='metadata'>"
            "<p class='dateline'><time datetime='2012-03-14T09:00:00Z'>2012-03-14 09:00</time></p></div></header>"
            "<div class='e-content entry-content'>\n<div dir='ltr' style='text-align: left;'>\n"
            f"<div dir='ltr' style='text-align: left;'>\n{INNER}{TAIL}\n</div>"
            "<aside><ul class='pager'><li><a href='/posts/2012/02/earlier.html'>Previous post</a></li></ul></aside>"
            "<section class='comments'><h2>Comments</h2><div class='comment'><div class='comment-header'>"
            "<span class='author'>Reader</span> wrote on <span class='date'>2012-03-15 10:00</span>:</div>"
            "<div class='comment-content'><p>Great news, the start time on my laptop went down by half.</p></div>"
            "</div></section></article></main><footer><p>Contents © 2012 the VM crew</p></footer></body></html>")


def test_the_last_lines_left_in_the_outer_div_close_the_text():
    # Fails before: the short lines after the inner <div> closed were dropped as loose lines.
    article = extract_article(_page(), URL)
    assert article.body.split("\n\n")[-3:] == ["Thanks to everyone who sent bug reports during the beta.",
                                               "The list of changes is here", "Cheers, the VM crew"]
    assert "start time on my laptop" not in article.body

