"""The small article page the extraction tests build on: a partner CMS's chrome around an <article>."""
from __future__ import annotations

PARAGRAPHS = [
    "Forskare vid campuset har tagit fram en ny metod för att odla celler som kan användas i framtida behandlingar.",
    "Metoden har testats i tre år tillsammans med sjukhuset och resultaten publiceras nu i en internationell tidskrift.",
    "Nästa steg är en klinisk studie där de första patienterna kan behandlas redan under nästa år, säger projektledaren.",
]


def page(*, head: str = "", header: str = "", body: str | None = None, before: str = "", after: str = "",
         title: str = "Ny metod för cellterapi", lang: str = "sv") -> str:
    """A small article page in the shape partner CMSs print: site chrome around an <article>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) if body is None else body
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Campus</title>{head}</head>
<body><header class="site-header"><a href="/">Start</a><nav><a href="/nyheter">Nyheter</a><a href="/om">Om oss</a></nav></header>
<main>{before}<article><h1>{title}</h1>{header}<div class="entry-content">{paragraphs}</div>{after}</article></main>
<footer><p>Campus Flemingsberg, Box 1, 141 00 Huddinge</p></footer></body></html>"""


ARTICLE_URL = "https://campus.example/sv/nyheter/ny-metod/"
US_ARTICLE_URL = "https://daily.example/news/council-approves-budget"
