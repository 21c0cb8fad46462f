"""A post set a <section> a heading (reStructuredText, Markdown section plugins) whose last section holds only short
lines ("Please update.", "Cheers, The Team") closes on them: the text runs on from the section of its last long
paragraph into the sections after it, and the sign-off in the last one is the text's, as it would be under the
paragraph in the same section."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://runtime.example/posts/2024/08/runtime-v2-release.html"
INTRO = ("The runtime team is proud to release version 2.4 of the runtime, with a new code generator for the "
         "small boards, a faster start and the fixes for the crashes that users reported over the spring.")
ABOUT = ("The runtime is a compliant implementation of the language that runs most programs unchanged; it is fast "
         "on long-running code thanks to its tracing compiler and uses less memory on programs with many objects.")


def _page(closing: str, after: str = "", about: str = f"<p>{ABOUT}</p>") -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Runtime v2.4 release | Runtime"
            "</title><meta property='article:published_time' content='2024-08-28T12:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/blog/'>Blog</a></nav></header><main id='content'>"
            "<article class='post-text h-entry postpage'><div class='post'><header>"
            "<h1 class='entry-title'><a href='#'>Runtime v2.4 release</a></h1><div class='metadata'>"
            "<p class='dateline'><time datetime='2024-08-28T12:00:00Z'>2024-08-28 12:00</time></p></div></header>"
            "<div class='e-content entry-content'><section id='runtime-v2-4'><h1 class='title'>Runtime v2.4: a new "
            f"code generator</h1><p>{INTRO}</p><section id='what-is-it'><h2>What is the runtime?</h2>{about}"
            "</section><section id='what-else'><h2>What else is new?</h2><p>For more about this release, see the "
            "<a href='https://docs.runtime.example/changes.html'>changelog</a>.</p>"
            f"<p>Please update, and keep helping us make the runtime better.</p>{closing}</section></section>{after}"
            "</div>"
            "<aside><ul class='tags'><li><a href='/categories/release.html'>release</a></li></ul></aside>"
            "</div></article></main><footer><p>Contents © 2024 the runtime team</p></footer></body></html>")


@pytest.mark.parametrize("about", [f"<p>{ABOUT}</p>", f"<ul class='simple'><li><p>{ABOUT}</p></li></ul>"])
def test_the_sign_off_in_the_last_section_closes_the_text(about):
    # Fails before: the last section stood outside the run of the text's paragraphs, its sign-off trimmed. The
    # text's last long paragraph may be a point of a list in its section.
    body = extract_article(_page("<p>Cheers,\nThe Runtime Team</p>", about=about), URL).body
    assert body.split("\n\n")[-2:] == ["Please update, and keep helping us make the runtime better.",
                                      "Cheers, The Runtime Team"]


def test_a_box_set_as_a_section_of_its_own_after_the_text_stays_out():
    box = ("<section class='related'><h2>Related posts</h2><p>Runtime v2.3 release</p>"
           "<p>Notes from the spring sprint</p></section>")
    body = extract_article(_page("<p>Cheers,\nThe Runtime Team</p>", box), URL).body
    assert body.split("\n\n")[-1] == "Cheers, The Runtime Team"
