"""What an article's own page shows: its text as sanitised HTML, its readers' comments set apart below it, and the
other versions of its story."""
from __future__ import annotations

from markupsafe import Markup

from news_archive.archive.web.plugins.cells import safe_link
from news_archive.pipelines.extraction.sanitise import sanitise_html

ARTICLE_SQL = """
select articles.id, articles.url, articles.title, articles.lead, articles.body, articles.body_html,
       articles.comments, articles.published, articles.language, articles.author, articles.story_id, articles.first_seen,
       coalesce(sources.name, articles.source) as partner
from articles left join sources on sources.id = articles.source
where articles.id = :id
"""
VERSIONS_SQL = """
select articles.id, articles.url, articles.title, articles.language, articles.published,
       coalesce(sources.name, articles.source) as partner
from articles left join sources on sources.id = articles.source
where articles.story_id = :story_id and articles.id != :id
order by articles.published, articles.id
"""


async def article_context(db, article_id: str) -> dict:
    """Template variables for the row page of article `article_id` (empty when there is no such article)."""
    rows = (await db.execute(ARTICLE_SQL, {"id": article_id})).rows
    if not rows:
        return {}
    article = dict(rows[0])
    versions = []
    if article["story_id"] is not None:
        versions = [dict(row) for row in (await db.execute(VERSIONS_SQL, {"story_id": article["story_id"], "id": article["id"]})).rows]
    for item in [article, *versions]:
        item["link"] = item["url"] if safe_link(item["url"]) else None
    return {"article": article, "article_html": article_html(article), "story_versions": versions,
            "reader_comments": paragraphs_html(article.get("comments"))}


def article_html(article: dict) -> Markup:
    """The stored HTML, sanitised once more on the way out; the plain text in paragraphs when there is none."""
    if article.get("body_html"):
        return Markup(sanitise_html(article["body_html"]))
    return paragraphs_html(article.get("body"))


def paragraphs_html(text: str | None) -> Markup:
    """Plain text, paragraphs separated by blank lines, as escaped HTML paragraphs."""
    paragraphs = [part.strip() for part in (text or "").split("\n\n") if part.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(part) for part in paragraphs)
