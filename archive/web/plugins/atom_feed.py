"""The `.atom` output format: an Atom feed of any filtered view or search of the articles, to subscribe to."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from xml.etree import ElementTree

from news_archive.archive import clock
from news_archive.archive.web.plugins.article_page import article_html
from news_archive.archive.web.plugins.cells import safe_link
from news_archive.archive.web.plugins.links import view_url

EXTENSION = "atom"
ATOM = "http://www.w3.org/2005/Atom"
FEED_ARTICLES_SQL = """
select articles.id, articles.url, articles.title, articles.lead, articles.body, articles.body_html,
       articles.published, articles.changed, articles.first_seen, articles.language,
       coalesce(sources.name, articles.source) as partner
from articles left join sources on sources.id = articles.source
where articles.id in (select value from json_each(:ids))
"""


def can_render_feed(columns, database) -> bool:
    return database == "archive" and "id" in columns


async def render_feed(datasette, request, rows, columns, database, table, query_name):
    ids = [row["id"]["value"] if isinstance(row["id"], dict) else row["id"] for row in rows]
    found = {row["id"]: dict(row) for row in (await datasette.get_database(database).execute(
        FEED_ARTICLES_SQL, {"ids": json.dumps(ids)})).rows}
    articles = [found[article_id] for article_id in ids if article_id in found]
    title = feed_title(datasette.metadata("title") or "News archive", request, table or query_name)
    body = atom_xml(title, datasette.absolute_url(request, request.path) + "?" + request.query_string, articles)
    return {"body": body, "content_type": "application/atom+xml; charset=utf-8"}


def feed_title(site_title: str, request, view: str | None) -> str:
    search = request.args.get("_search")
    if search:
        return f"{site_title}: “{search}”"
    filters = ", ".join(f"{key}={request.args.get(key)}" for key in request.args if not key.startswith("_"))
    return f"{site_title}: {filters}" if filters else f"{site_title}: {view or 'articles'}"


def atom_xml(title: str, feed_url: str, articles: list[dict]) -> str:
    """An Atom 1.0 document; text is escaped by the XML writer and article HTML sanitised again."""
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    _child(feed, "title", title)
    _child(feed, "id", feed_url)
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=feed_url)
    updated = [timestamp(article) for article in articles]
    _child(feed, "updated", max(updated) if updated else clock.now())
    for article, stamp in zip(articles, updated):
        entry = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        _child(entry, "title", article["title"] or article["url"])
        _child(entry, "id", article["url"])
        if safe_link(article["url"]):
            ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=article["url"])
        _child(entry, "updated", stamp)
        author = ElementTree.SubElement(entry, f"{{{ATOM}}}author")
        _child(author, "name", article["partner"])
        if article["lead"]:
            _child(entry, "summary", article["lead"])
        content = _child(entry, "content", str(article_html(article)))
        content.set("type", "html")
        if article["language"]:
            entry.set("{http://www.w3.org/XML/1998/namespace}lang", article["language"])
    return ElementTree.tostring(feed, encoding="unicode", xml_declaration=True)


def timestamp(article: dict) -> str:
    """RFC 3339 for the entry: its publication date (a bare date read as midnight UTC), else when first seen."""
    value = article["published"] or article["first_seen"] or "1970-01-01"
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        moment = datetime(1970, 1, 1)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat(timespec="seconds")


def _child(parent, name: str, text: str):
    element = ElementTree.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = text
    return element


def feed_url(request, datasette) -> str:
    """The feed of the view on screen: newest first, whatever order the page is in."""
    return view_url(request, datasette, EXTENSION, {}, drop=("_sort", "_sort_desc"))
