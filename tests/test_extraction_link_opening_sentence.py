"""A newsroom links the names in its text to its topic pages with classes that read as furniture ("meta-org" on a
company, "meta-per" on a person). Inside a sentence such a link is a word of it; so is one opening the paragraph's
sentence, which runs on after it ("<a>Northwind</a>'s sale to ...", "<a>Anna Berg</a>, the chief executive, said ..."):
dropping it cut the paragraph's first words."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://ledger.example/2016/07/26/business/northwind-sale-leaves-shareholders-little-say.html"
TITLE = "Northwind's sale leaves shareholders with little say"
REST = [" sale to Harbor Telecom is a tangled deal, showing how the structure of an acquisition can change how "
        "shareholders are treated.",
        " said on Monday that the board had weighed a sale of the whole company before settling on the smaller deal, "
        "which needs no vote of the shareholders at all."]
MIDDLE = ("First, what the sale is not: it is not a sale of the listed company, but of one of its subsidiaries and a "
          "few related assets, which is why the shareholders have almost nothing to say about it.")


def _page() -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - The Ledger</title></head>
<body><header><a href="/">The Ledger</a> <a href="/business/">Business</a></header>
<main><article><h1>{TITLE}</h1>
<div class="story-body"><p><a href="/topic/company/northwind" class="meta-org">Northwind</a>’s{REST[0]}</p>
<p>{MIDDLE}</p>
<p><a href="/topic/person/anna-berg" class="meta-per">Anna Berg</a>, the company's chief executive,{REST[1]}</p>
</div></article></main><footer><a href="/about/">About</a></footer></body></html>"""


def test_a_topic_link_opening_a_sentence_stays_in_it():
    """Fails before: the body opened on "’s sale to Harbor Telecom ..." and ", the company's chief executive, said"."""
    body = extract_article(_page(), URL).body
    assert body.startswith(f"Northwind’s{REST[0]}")
    assert f"Anna Berg, the company's chief executive,{REST[1]}" in body
    assert MIDDLE in body
