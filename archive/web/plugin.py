"""Datasette plugin for the archive: Swedish-aware ranked search, article pages, newsletter and Atom formats.

Each hook is a thin call into archive/datasette_plugins/; this module only wires them into Datasette.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import urlsafe_components
from datasette.utils.asgi import Response

from news_archive.archive.web.plugins import atom_feed, newsletter_format
from news_archive.archive.web.plugins.article_page import article_context
from news_archive.archive.web.plugins.cells import render_article_cell
from news_archive.archive.web.plugins.ranked_search import RankedSearchDatabase, add_relevance_sort, search_params
from news_archive.archive.search import search_snippet

ARCHIVE_DATABASE = "archive"
ARTICLES = "articles"
CACHE_KIB = 200_000


@hookimpl(trylast=True)  # after Datasette's own search hook, so `supports_search` stays on
def filters_from_request(request, database, table, datasette):
    if database != ARCHIVE_DATABASE or table != ARTICLES:
        return None
    text = request.args.get("_search", "")
    context = {"supports_search": True, "search": text}
    found = search_params(text, raw=request.args.get("_searchmode") == "raw")
    if found is None:
        return FilterArguments([], extra_context=context)
    where_clauses, params = found
    return FilterArguments(where_clauses, params, [f'search matches "{text}"'], context)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def sort_searches_by_relevance(scope, receive, send):
            if isinstance(datasette.databases.get(ARCHIVE_DATABASE), RankedSearchDatabase):
                scope = add_relevance_sort(scope, datasette.urls.table(ARCHIVE_DATABASE, ARTICLES))
            await app(scope, receive, send)

        return sort_searches_by_relevance

    return wrap


@hookimpl
def prepare_connection(conn, database):
    if database == ARCHIVE_DATABASE:
        # Searches look up thousands of rows a page: keep the archive's hot pages in memory (about 200 MB).
        conn.execute(f"pragma cache_size = -{CACHE_KIB}")
        conn.create_function("search_snippet", 3, search_snippet, deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != ARCHIVE_DATABASE or table not in (ARTICLES, None):  # None: a saved query
        return None
    return render_article_cell(row, value, column, datasette)


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if database != ARCHIVE_DATABASE or table != ARTICLES or request is None:
        return {}

    async def inner():
        if view_name == "row":
            article_id = urlsafe_components(request.url_vars.get("pks", ""))[0]
            return await article_context(datasette.get_database(database), article_id)
        return {"newsletter_links": newsletter_format.newsletter_links(request, datasette),
                "feed_url": atom_feed.feed_url(request, datasette)}

    return inner


@hookimpl(trylast=True)  # the archive's `.atom` wins over datasette-atom's, which needs atom_* columns
def register_output_renderer(datasette):
    return [
        {"extension": newsletter_format.EXTENSION, "render": newsletter_format.render_newsletter_output,
         "can_render": newsletter_format.can_render_newsletter},
        {"extension": atom_feed.EXTENSION, "render": atom_feed.render_feed, "can_render": atom_feed.can_render_feed},
    ]


@hookimpl
def forbidden(datasette, request, message):
    """With a password set, someone not logged in is sent to the login form rather than shown a 403."""
    if request.actor is None and (datasette.plugin_config("datasette-auth-passwords") or {}):
        return Response.redirect(datasette.urls.path("/-/login"))
    return None
