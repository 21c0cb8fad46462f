"""How article cells show in Datasette tables: titles link to the original, partners by name, snippets marked."""
from __future__ import annotations

import html
from urllib.parse import urlencode, urlsplit

import nh3
from markupsafe import Markup, escape

PREVIEW_CHARS = 280


def render_article_cell(row, value, column: str, datasette) -> Markup | str | None:
    """A cell of the articles table (or of a search over it); None leaves it to Datasette."""
    if column == "title" and isinstance(value, str) and "url" in row.keys() and safe_link(row["url"]):
        return Markup(f'<a href="{escape(row["url"])}" rel="noopener noreferrer nofollow">{escape(value)}</a>')
    if column == "source" and isinstance(value, dict):  # a partner id expanded to its name
        link = datasette.urls.table("archive", "articles") + "?" + urlencode({"source": value["value"]})
        return Markup(f'<a href="{escape(link)}">{escape(value["label"] or value["value"])}</a>')
    if column == "snippet" and isinstance(value, str):
        return Markup(nh3.clean(value, tags={"mark"}, attributes={}))
    if column == "story_id" and isinstance(value, int) and "partners" in row.keys():  # the cross-posted query
        link = datasette.urls.table("archive", "articles") + f"?story_id={value}"
        return Markup(f'<a href="{escape(link)}">{value}</a>')
    if column in ("body", "body_html", "comments") and isinstance(value, str):
        start = value[:PREVIEW_CHARS * 4]  # a preview needs the start only: bodies run to thousands of characters
        return preview(html.unescape(nh3.clean(start, tags=set())) if column == "body_html" else start)
    return None


def safe_link(url) -> bool:
    return isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https")


def preview(text: str) -> str:
    # A table of 50 whole articles is unreadable; the article's own page shows all of it.
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS].rsplit(" ", 1)[0] + " …"
