"""A post closing on the writer's wish for the reader and their name ("Happy coding, Anna", "Happy Reading, Per
Holm"), every word capitalised, keeps that sign-off as its last line, as "Cheers, Anna" does."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://toolkit.example/posts/2015/2015-09-30-release.html"
TEXT = ("The toolkit's new release is out today, with faster file readers, a rewritten plotting module and the "
        "fixes that the users' list asked for over the summer, from the map projections to the installer.",
        "The release can be installed with either of the two package managers; the notes list every change since "
        "the last version and the few places where existing scripts need a small edit.")


def _page(sign_off: str) -> str:
    # A Sphinx blog's shape: the post's meta in a side column, the text in a section, the source's own line break
    # inside the closing paragraph (rendered as a space).
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Release 0.6</title></head><body>"
            "<div class='navbar'><a href='/'>Toolkit</a> <a href='/blog.html'>Blog</a></div>"
            "<div class='container'><div class='row'><div class='col-md-4' id='sidebar'><h2>30 September 2015</h2>"
            "<ul><li id='author'><span>Author:</span> <a href='/blog/author/anna.html'>Anna Lind</a></li></ul></div>"
            "<div class='col-md-8 content'><div class='section' id='release-0-6'><h1>Release 0.6</h1>"
            f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p><p>{sign_off}</p></div></div></div></div>"
            "<footer><p>© Toolkit Project</p></footer></body></html>")


@pytest.mark.parametrize("sign_off", ["Happy Pythoning,\nStuart", "Happy Coding,\nAnna Lind", "Happy reading, Per"])
def test_a_wish_and_the_writers_name_close_the_text(sign_off):
    # Fails before: a line with no word in lower case read as a list of names, which the sign-off trim took.
    body = extract_article(_page(sign_off), URL).body
    assert body.split("\n\n")[-1] == " ".join(sign_off.split())
