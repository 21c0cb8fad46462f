"""Order a search of the articles table by relevance, with a highlighted snippet per row.

Datasette 0.65 cannot sort a table page by full-text rank (simonw/datasette#268): it only sorts by
columns. So `relevance` is a sortable pseudo-column: the search hook puts the query's rank expression
in the parameters, and `RankedSearchDatabase` turns the table page's `order by relevance` query into
one that joins the full-text index for bm25 and adds `relevance` and `snippet` columns. Datasette's own
paging (`_next`) then works unchanged, because `relevance` is a real column of the rewritten query.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from datasette.database import Database
from datasette.utils import Column

from archive.search import COLUMN_WEIGHTS, TRIGRAM_INDEX, WORD_INDEX, plan_search

RELEVANCE = "relevance"
DEFAULT_ORDER = "published"  # sort_desc of the articles table in metadata.yaml
_RANKABLE_INDEXES = {TRIGRAM_INDEX, WORD_INDEX}
_TABLE_PAGE_QUERY = re.compile(
    r"^select (?P<columns>.+?) from articles (?P<where>where .+? )?"
    r"order by relevance(?P<descending> desc)?(?:, id)? limit (?P<limit>\d+)$",
    re.DOTALL,
)
_MENTIONS_RELEVANCE = re.compile(r"\brelevance\b")


def search_params(text: str, raw: bool) -> tuple[list[str], dict] | None:
    """Where clauses and parameters for a `_search`, including what `ranked_query` needs to rank it."""
    plan = plan_search(text, raw=raw)
    if plan is None:
        return None
    params = {**plan.params, "search": text}
    if plan.rank_expression:
        params.update(search_rank=plan.rank_expression, search_rank_index=plan.rank_index)
    return [plan.where_sql], params


def can_rank(text: str, raw: bool) -> bool:
    plan = plan_search(text, raw=raw)
    return plan is not None and plan.rank_expression is not None


def ranked_query(sql: str, params: dict | None) -> str:
    """A query of the table page that uses `relevance`, joined with the full-text index that ranks it.

    The page's own query also gets its `relevance` and `snippet` columns and keeps its order; its count,
    facets and next pages only need `relevance` to exist. Any other query comes back as it was.
    """
    if not isinstance(params, dict) or params.get("search_rank_index") not in _RANKABLE_INDEXES \
            or not _MENTIONS_RELEVANCE.search(sql):
        return sql
    index = params["search_rank_index"]
    weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
    ranked_articles = (
        f"from articles join (select rowid as ranked_id, cast(-bm25({index}, {weights}) as real) as relevance "
        f"from {index} where {index} match :search_rank) as ranking on ranking.ranked_id = articles.id "
    )
    match = _TABLE_PAGE_QUERY.match(sql)
    if match is None:
        return sql.replace("from articles where ", ranked_articles + "where ")
    direction = " desc" if match["descending"] else ""
    return (
        f"select ranked.*, search_snippet(article.lead, article.body, :search) as snippet from ("
        f"select {match['columns']}, ranking.relevance as relevance {ranked_articles}{match['where'] or ''}"
        f"order by relevance{direction}, id limit {match['limit']}"
        f") as ranked join articles as article on article.id = ranked.id "
        f"order by ranked.relevance{direction}, ranked.id"
    )


class RankedSearchDatabase(Database):
    """The archive database as Datasette serves it, able to sort article searches by relevance."""

    async def execute(self, sql, params=None, *args, **kwargs):
        return await super().execute(ranked_query(sql, params), params, *args, **kwargs)

    async def table_column_details(self, table):
        # Datasette's HTML table asks the type of every column a page shows, the ranked query's two included.
        details = await super().table_column_details(table)
        if table != "articles":
            return details
        return details + [Column(len(details), RELEVANCE, "REAL", 0, None, 0, 0),
                          Column(len(details) + 1, "snippet", "TEXT", 0, None, 0, 0)]


def add_relevance_sort(scope: dict, table_path: str) -> dict:
    """A table page or its JSON searched without a chosen order: sort it by relevance instead of date.

    Feeds keep the date order whatever link they came from: a feed must show what is new.
    """
    path = scope.get("path")
    if scope.get("type") != "http" or path not in (table_path, table_path + ".json", table_path + ".atom"):
        return scope
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    if path.endswith(".atom"):
        kept = [(key, value) for key, value in pairs if (key, value) not in (("_sort", RELEVANCE), ("_sort_desc", RELEVANCE))]
        return {**scope, "query_string": urlencode(kept).encode("latin-1")} if len(kept) < len(pairs) else scope
    if _form_resends_the_date_order(dict(pairs)):
        pairs = [(key, value) for key, value in pairs if key not in ("_sort", "_sort_by_desc")]
    args = dict(pairs)
    # The search form also sends an empty `_sort=` at times: that is no choice either.
    if args.get("_sort") or args.get("_sort_desc") or not can_rank(args.get("_search", ""), args.get("_searchmode") == "raw"):
        return scope
    pairs.append(("_sort_desc", RELEVANCE))
    return {**scope, "query_string": urlencode(pairs).encode("latin-1")}


def _form_resends_the_date_order(args: dict) -> bool:
    """Datasette's filter form re-sends the page's order from its small-screen sort menu: a search typed
    into the date-sorted table would stay in date order though nobody chose it."""
    return "_filter_column" in args and args.get("_sort") == DEFAULT_ORDER and args.get("_sort_by_desc") == "on"
