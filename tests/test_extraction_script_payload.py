"""A Next.js page whose HTML is an empty shell still gives its article: the paragraphs its script payload carries (the
App Router's streamed React rows, or the Pages Router's __NEXT_DATA__) are read and cleaned as HTML would be."""
from __future__ import annotations

import json

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour-post.example/news/article/N20240311"
TITLE = "Ferry timetable changes after the storm season"
PARAGRAPHS = [
    "The island ferry will sail twice as often from next month, the harbour board said on Monday.",
    "Crossings were cut to one a day in January after two piers were damaged in the storms of the winter.",
    "Repairs to the northern pier ended last week, months ahead of the plan drawn up in the autumn.",
    "Travellers are asked to book ahead during the spring holidays, when the boats fill up early in the day.",
]
SUBHEADING = "Fares stay the same"
CLOSING = "The new timetable is posted at both terminals and on the board's notice pages from Friday."
RELATED = ["Lighthouse keeper retires after forty years", "New bakery opens by the market square"]


def flight_scripts(rows: list[str]) -> str:
    """The App Router's inline scripts: the payload's rows, newline-ended, pushed in a few string chunks."""
    payload = "".join(rows)
    size = max(1, len(payload) // 3)
    chunks = [payload[i:i + size] for i in range(0, len(payload), size)]
    return "".join(f"<script>self.__next_f.push([1,{json.dumps(chunk)}])</script>" for chunk in chunks)


def text_row(row_id: str, text: str) -> str:
    """A long string streamed as a `T` row: its length counted in UTF-8 bytes, in hex."""
    return f"{row_id}:T{len(text.encode('utf-8')):x},{text}"


def element(tag: str, children, **props) -> list:
    return ["$", tag, None, {**props, "children": children}]


def shell_page(scripts: str, visible: str = "") -> str:
    """What the server sent: head, an empty main the browser fills in, and the payload's scripts."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour Post</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-11T08:00:00Z">
</head><body><header><a href="/">Harbour Post</a></header><main id="content">{visible}</main>
<footer><p>Harbour Post, Quay Street 4</p></footer>{scripts}</body></html>"""


def app_router_rows() -> list[str]:
    """The article as React elements; its last paragraph long enough to be streamed apart as a `T` row."""
    article = element("article", [
        element("h1", TITLE),
        element("div", [element("p", line) for line in PARAGRAPHS[:2]]
                + [element("h2", SUBHEADING)] + [element("p", line) for line in PARAGRAPHS[2:]]
                + [element("p", "$6")], className="article-body"),
        element("aside", [element("h3", "Related"), element("ul", [element("li", element("a", item, href="/n/1"))
                                                                  for item in RELATED])], className="related"),
    ])
    return ['1:"$Sreact.fragment"\n', '2:I[4411,["static/chunks/app-1.js"],"ShareBar"]\n',
            f'0:{json.dumps(["$", "$1", "c", {"children": [["$", "$L2", None, {}], "$L5"]}])}\n',
            text_row("6", CLOSING), f"5:{json.dumps(article)}\n"]


def test_an_article_only_in_the_app_router_payload_is_the_body():
    # Before, the visible HTML held no paragraph: the page was empty, not an article.
    page = extract_article(shell_page(flight_scripts(app_router_rows())), URL)
    assert page.is_article
    assert page.body.split("\n\n") == PARAGRAPHS[:2] + [SUBHEADING] + PARAGRAPHS[2:] + [CLOSING]


def test_article_markup_in_the_payload_data_is_the_body():
    # A data layer hands the article's stored HTML to the page: a field of the payload's data points to a `T` row.
    markup = "".join(f'<p class="editor-p">{line}</p>' for line in PARAGRAPHS) + f"<p>{CLOSING}</p>"
    state = {"state": {"data": {"detail": {"title": TITLE, "section": "Local", "contentHtml": "$9"}}}}
    rows = [f'0:{json.dumps(["$", "$L3", None, {"state": state, "children": ["$", "main", None, {}]}])}\n',
            '3:I[2750,[],"DataBoundary"]\n', text_row("9", markup)]
    body = extract_article(shell_page(flight_scripts(rows)), URL).body
    assert body.split("\n\n") == PARAGRAPHS + [CLOSING]


def test_article_markup_in_next_data_is_the_body():
    markup = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    data = {"props": {"pageProps": {"story": {"headline": TITLE, "bodyHtml": markup}}}, "page": "/news/[id]"}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    assert extract_article(shell_page(script), URL).body.split("\n\n") == PARAGRAPHS


def test_a_page_showing_its_article_keeps_the_html_body():
    # The payload repeats the article and holds more (related stories): the text the page shows is the body.
    visible = (f"<article><h1>{TITLE}</h1><div class='article-body'>"
               + "".join(f"<p>{line}</p>" for line in PARAGRAPHS) + "</div></article>")
    more = [f'7:{json.dumps(element("section", [element("p", line + " More on this later.") for line in PARAGRAPHS]))}\n']
    body = extract_article(shell_page(flight_scripts(app_router_rows() + more), visible), URL).body
    assert body.split("\n\n") == PARAGRAPHS
