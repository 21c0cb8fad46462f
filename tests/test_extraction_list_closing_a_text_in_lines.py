"""A text written as one paragraph of lines (<br> between them) whose last line introduces the list under it ("Press
coverage:"), or as one paragraph whose sentence ends on a colon over it, is read with that list: the list completes
the text, and the writer's links under it stay."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://choir.example/2024/06/12/new-rules-for-the-hall/"
TITLE = "New rules for the hall"
LINES = [
    "12 June 2024",
    "The town council decided yesterday that the old hall may only be used by groups of twenty people or fewer, "
    "which leaves our choir without a place to rehearse from September. We think the rule is unfair to every "
    "group in town that sings, dances or plays, and we will ask the council to think again before the summer.",
]
PRESS = ["Town Daily: the hall rule explained", "Radio North: choirs protest the new rule",
         "The Weekly Post: what the council decided"]
PRESS_LINKS = "".join(f"<li>{p.split(':')[0]}: <a href='https://news{i}.example/2024/06/hall'>{p.split(': ')[1]}</a>"
                      "</li>" for i, p in enumerate(PRESS))
TEASERS = "<li><a href='/2024/05/02/spring-concert/'>Our spring concert was a full house</a></li>" \
    "<li><a href='/2024/04/11/new-conductor/'>Meet our new conductor this Friday</a></li>"


def page(text: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Town Choir</title></head>
<body><header><a href="/">Town Choir</a><nav><a href="/news/">News</a><a href="/join/">Join</a></nav></header>
<main><article><header><h1>{TITLE}</h1><time datetime="2024-06-12">12 June 2024</time></header>
<div class="entry-content">{text}</div></article>
</main><footer><p>Town Choir, Church Road 8</p></footer></body></html>"""


def body_of(text: str) -> list[str]:
    return extract_article(page(text), URL).body.split("\n\n")


def test_press_links_under_the_last_line_of_a_text_set_in_lines_stay():
    # Fails before: the one paragraph weighed as the whole text, the list under it was outside it, and the line
    # introducing the list went with it as a label.
    text = f"<p>{LINES[0]}<br>{LINES[1]}<br>Press coverage:</p><ul>{PRESS_LINKS}</ul>"
    body = body_of(text)
    assert body[-4].endswith("before the summer. Press coverage:") and body[-3:] == PRESS


def test_the_sites_stories_under_a_label_closing_a_text_in_lines_still_go():
    text = f"<p>{LINES[0]}<br>{LINES[1]}<br>Read also:</p><ul>{TEASERS}</ul>"
    body = body_of(text)
    assert LINES[1] in " ".join(body) and "Our spring concert was a full house" not in body


TALKS = ["Sowing hall seeds in the cold season", "A demonstration of packing and sharing song sheets"]


def test_list_under_a_one_paragraph_texts_colon_stays_though_the_sentence_links():
    # Fails before: the one paragraph weighed as the whole text and the talks' list under its colon was left out;
    # a sentence without a link was already read with its list.
    intro = ("Two of our singers, Mira Folden and Tobas Quill, will speak about <a href='https://fair.example/'>the "
             "spring fair</a> that takes place in the old hall on the ninth and tenth of May:")
    talks = "".join(f"<li><a href='https://talks{i}.example/{i}'>{t}</a></li>" for i, t in enumerate(TALKS))
    body = body_of(f"<p>{intro}</p><ul>{talks}</ul>")
    assert body[0].endswith("on the ninth and tenth of May:") and body[1:] == TALKS
