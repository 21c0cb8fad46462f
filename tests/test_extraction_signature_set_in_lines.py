"""A post closing on a short signature set in lines, the first ending on a comma as a letter's closing does
("KvB,<br>Jaar 2019": who signs, then their year's group) keeps it; a tiny label set in lines without one
("Delen<br>Printen") still goes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://dispuut-wolk.example/afscheid-van-de-heer-pels/"
TITLE = "Afscheid van de heer Pels"
PARAGRAPHS = [
    "Waarde lezer,",
    "Na zes jaar in het huis aan de gracht neemt de heer Pels afscheid van het dispuut, en dat laten wij niet "
    "zomaar voorbijgaan.",
    "Wij danken hem voor zijn inzet bij elke borrel en elk weekend, en wensen hem veel succes in zijn nieuwe baan.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{TITLE} – Dispuut Wolk</title></head>
<body><header><a href="/">Dispuut Wolk</a><nav><a href="/nieuws/">Nieuws</a><a href="/contact/">Contact</a></nav>
</header><main><h1>{TITLE}</h1><div class="entry-content">{story}</div>
<div class="post-date"><time datetime="2023-03-10T19:57:01+00:00">March 10, 2023</time></div></main>
<footer><p>Dispuut Wolk, Grachtstraat 5</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("signature, lines", [("KvB,<br>Jaar 2019", "KvB, Jaar 2019"),
                                              ("Pim,<br>\nJaar 2017", "Pim, Jaar 2017")])
def test_a_short_signature_set_in_lines_under_a_comma_closes_the_text(signature, lines):
    # Fails before: a line under 15 characters not ending on a stop or a comma read as a label ("Share", "Ad"),
    # and the comma ending its first line was not looked at.
    assert body_of(TEXT + f"<p>{signature}</p>") == PARAGRAPHS + [lines]


def test_a_tiny_label_set_in_lines_without_a_comma_still_goes():
    assert body_of(TEXT + "<p>Delen<br>Printen</p>") == PARAGRAPHS
