"""A writer typing notes by hand cites them in words inside the text ("[note 11]") and lists them under a "Notes"
line, numbered as a list's lines ("1. ...", "11. ..."). A numbered line the text cites so is a note however short,
the last one too; numbered lines nothing cites are judged as any line."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://greens.example/growth-in-the-local-plan/"
TITLE = "Growth in the local plan"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-03-29T10:00:00+00:00">')
PARAGRAPHS = [
    "The council's new local plan hides how many more people will live in the borough by the end of its term.",
    "By our count [note 1], the plan's new homes will bring about eighty thousand people from outside the borough.",
    "The council's own figures [note 4] and the national estimate [note 11] point the same way, and it should say so.",
]
NOTES = ["1. Our own count from the plan's housing tables.",
         "4. The council's housing needs paper of November.",
         "11. National statistics office estimate"]


def _page(text: str) -> str:
    return page(head=HEAD, body=text, title=TITLE, lang="en")


def test_numbered_notes_the_text_cites_in_words_close_it():
    """Fails before: the last note, short and with no full stop, was cut as a stray line after the text."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>Notes</p>" + "".join(f"<p>{n}</p>" for n in NOTES)
    body = extract_article(_page(text), URL).body
    assert body.endswith(NOTES[-1])
