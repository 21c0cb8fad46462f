"""The `.newsletter` output format: a newsletter draft of whatever table, search or saved query is on screen."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from news_archive.archive.web.plugins.links import view_url
from news_archive.archive.newsletter import build_newsletter, render_newsletter, stories_of_articles
from news_archive.archive.newsletter.build import GROUPINGS
from news_archive.archive.newsletter.render import FORMATS

EXTENSION = "newsletter"
LANGUAGES = ("sv", "en")
FILE_SUFFIX = {"markdown": "md", "html": "html"}


def can_render_newsletter(columns, database) -> bool:
    return database == "archive" and ("id" in columns or "story_id" in columns)


async def render_newsletter_output(datasette, request, rows, columns, database):
    """`?_newsletter_format=markdown|html&_newsletter_lang=sv|en&_newsletter_group=partner|week`."""
    options = newsletter_options(request)
    if isinstance(options, str):
        return {"body": options + "\n", "status_code": 400, "content_type": "text/plain; charset=utf-8"}
    output_format, language, group_by = options
    article_ids = [_value(row["id"]) for row in rows] if "id" in columns else []
    story_ids = [_value(row["story_id"]) for row in rows] if "id" not in columns else []

    def build(conn):
        keys = stories_of_articles(conn, article_ids) if article_ids else list(dict.fromkeys(story_ids))
        newsletter = build_newsletter(conn, keys, language, group_by)
        days = [entry.published for entry in newsletter.entries if entry.published]
        return replace(newsletter, since=min(days), until=max(days)) if days else newsletter

    newsletter = await datasette.get_database(database).execute_fn(build)
    body = render_newsletter(newsletter, output_format)
    filename = f"newsletter-{date.today().isoformat()}.{FILE_SUFFIX[output_format]}"
    content_type = "text/html" if output_format == "html" else "text/markdown"
    return {"body": body, "content_type": f"{content_type}; charset=utf-8",
            "headers": {"content-disposition": f'attachment; filename="{filename}"'}}


def newsletter_options(request) -> tuple[str, str, str] | str:
    """Format, language and grouping asked for; a one-line message when one is not known."""
    output_format = request.args.get("_newsletter_format") or "markdown"
    language = request.args.get("_newsletter_lang") or _language_filter(request) or "sv"
    group_by = request.args.get("_newsletter_group") or "partner"
    for name, value, allowed in (("_newsletter_format", output_format, FORMATS), ("_newsletter_lang", language, LANGUAGES),
                                 ("_newsletter_group", group_by, GROUPINGS)):
        if value not in allowed:
            return f"{name}={value}: use one of {', '.join(allowed)}"
    return output_format, language, group_by


def newsletter_links(request, datasette) -> list[dict]:
    """Download links for the newsletter of the view on screen: all its rows, not just this page."""
    links = []
    for output_format, label in (("markdown", "Markdown"), ("html", "HTML for e-mail")):
        for language in LANGUAGES:
            extra = {"_size": "max", "_newsletter_format": output_format, "_newsletter_lang": language}
            links.append({"label": f"{label} ({language})", "format": output_format, "language": language,
                          "href": view_url(request, datasette, EXTENSION, extra)})
    return links


def _language_filter(request) -> str | None:
    value = request.args.get("language") or request.args.get("language__exact")
    return value if value in LANGUAGES else None


def _value(cell):
    return cell["value"] if isinstance(cell, dict) else cell
