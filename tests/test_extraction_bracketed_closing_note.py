"""A writer's or editor's note closing a post may stand in square brackets ("[Update: the opening moved to
Tuesday.]", "[Edit: ...]"): a sentence ending on its full stop inside the bracket is the text's last line, as the same
note in parentheses is. A bracketed label with no full stop ("[Photo: ...]", "[Read more]") stays out as before."""
import pytest

from news_archive.pipelines.extraction import extract_article

PARAGRAPHS = [
    "The club hall opens again on Monday after three months of repairs to the roof and the boat racks.",
    "Members can book the hall for meetings through the usual form, and the coffee machine works again too.",
    "The board thanks everyone who helped carry the boats to the shed while the builders were busy.",
]


def _page(last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{last}</p>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Club hall reopens | Riverside Rowing</title>
<meta property="article:published_time" content="2024-03-02T10:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav></header>
<main><article><h1>Club hall reopens</h1><p class="date">2 March 2024</p>{body}</article></main>
<footer><p>Riverside Rowing Club, Quay Street 4</p></footer></body></html>"""


@pytest.mark.parametrize("last", ["[Update: the opening moved to Tuesday.]",
                                  "[Edit: the coffee machine is broken again, sorry!]",
                                  "(Update: the opening moved to Tuesday.)"])
def test_a_closing_note_in_brackets_ending_on_a_full_stop_ends_the_text(last):
    found = extract_article(_page(last), "https://rowing.example/news/club-hall-reopens/")
    assert found.body.endswith(last)


@pytest.mark.parametrize("last", ["[Photo: Anna Berg]", "[Read more]"])
def test_a_bracketed_label_without_a_full_stop_is_still_no_text(last):
    found = extract_article(_page(last), "https://rowing.example/news/club-hall-reopens/")
    assert found.body.endswith(PARAGRAPHS[-1])
