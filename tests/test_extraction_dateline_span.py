"""A news story's first paragraph opens with its dateline, the place in capitals and a dash, which some papers set in
an element of its own ("<span class="dateline">CAIRO —</span> Gunmen ..."): the first words of the story's first
sentence, kept, though "dateline" names furniture (a box of its own above the text, "Published 3 March")."""
from news_archive.pipelines.extraction import extract_article

URL = "https://courier.example/world/2024/03/04/quarry-flood/"
TITLE = "Quarry floods after the thaw"
FIRST = ("Water filled the old quarry on Monday, a week after the thaw, and the town closed the road along its rim "
         "until the banks can be checked.")
LINES = [
    "Crews from two counties pumped through the night, though the level kept rising until the small hours.",
    "The quarry has stood empty for a decade, and its owners said they had warned of the risk in autumn.",
    "The road will stay shut at least until Friday, when the engineers expect to finish their survey.",
]


def page(first_paragraph: str) -> str:
    text = "".join(f"<p>{line}</p>" for line in LINES)
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{TITLE} - The Courier</title>
<meta property="og:type" content="article"></head><body>
<nav><a href="/">The Courier</a> <a href="/world/">World</a></nav>
<article><h1>{TITLE}</h1><div class="dateline">Published 4 March 2024</div>
<div class="story-body">{first_paragraph}{text}</div></article>
<footer><p>The Courier, Mill Street 9</p></footer></body></html>"""


def test_a_dateline_opening_the_first_paragraph_stays_in_its_sentence():
    """Fails before: the span went as furniture and the story opened on "Water filled ...", its place cut off."""
    body = extract_article(page(f'<p><span class="dateline">LAKEVILLE —</span> {FIRST}</p>'), URL).body
    assert body.startswith(f"LAKEVILLE — {FIRST}")
    assert "Published 4 March" not in body


def test_a_dateline_box_above_the_text_still_goes():
    body = extract_article(page(f"<p>{FIRST}</p>"), URL).body
    assert body.startswith(FIRST)
    assert "Published" not in body
