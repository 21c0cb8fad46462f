"""Article searches on the table page: sorted by relevance, with a highlighted snippet, and fast.

Datasette 0.65 cannot sort a table page by full-text rank (simonw/datasette#268): it only sorts by
columns. So `relevance` is a sortable pseudo-column: the search hook puts the query's rank expression
in the parameters, and `RankedSearchDatabase` rewrites the table page's queries that carry a search
(`ranked_query`): `order by relevance` joins the word index for bm25 and adds `relevance` and
`snippet` columns, and every search reads the ids from the indexes before it reads any article.
Datasette's own paging (`_next`) works unchanged, because `relevance` is a column of the rewritten query.
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from datasette.database import Database
from datasette.utils import Column, sqlite_timelimit

from news_archive.archive.search import COLUMN_WEIGHTS, WORD_INDEX, SearchPlan, plan_search

RELEVANCE = "relevance"
SEARCH_COLUMNS_INDEX = "articles_search_columns"  # made by archive/schema.py m002_swedish_search
MATCHING_IDS_KEPT = 32  # searches whose matching ids are kept for the next query of the same page
DEFAULT_ORDER = "published"  # sort_desc of the articles table in metadata.yaml
_TABLE_PAGE_QUERY = re.compile(
    r"^select (?P<columns>.+?) from articles (?P<where>where .+? )?"
    r"order by (?P<order>[\w ,]+?) limit (?P<limit>\d+)$",
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
        params["search_rank"] = plan.rank_expression
    return [plan.where_sql], params


def can_rank(text: str, raw: bool) -> bool:
    plan = plan_search(text, raw=raw)
    return plan is not None and plan.rank_expression is not None


def ranked_query(sql: str, params: dict | None) -> str:
    """The table page's queries for a search, made to rank and to read little; any other query as it was.

    - The page itself: the best `limit` ids are picked first (from the indexes alone for a plain search),
      then only their rows are read; sorted by relevance it gets `relevance` and `snippet` columns.
    - Its count, straight from the full-text indexes when the search is the only filter.
    - Its facets, other counts and next pages: from the narrow index of the columns a search filters,
      sorts and facets by, joined with the ranking where they mention `relevance`.
    """
    plan = _plan_of(params)
    if plan is None or plan.where_sql not in sql:
        return sql
    search_only = f"where {plan.where_sql} "
    if sql == f"select count(*) from articles {search_only}" and plan.ids_sql:
        return f"select count(*) from ({plan.ids_sql})"
    ranking = (
        f"select rowid as ranked_id, cast(-bm25({WORD_INDEX}, {', '.join(map(str, COLUMN_WEIGHTS))}) as real) "
        f"as relevance from {WORD_INDEX} where {WORD_INDEX} match :search_rank"
    )
    # A left join: an article found only by a part inside a word of its title has no word to rank it by,
    # so its relevance is null, which sorts last and which Datasette's paging already allows for.
    narrow = f"from articles indexed by {SEARCH_COLUMNS_INDEX} "
    if "search_rank" in params and _MENTIONS_RELEVANCE.search(sql):
        narrow += f"left join ({ranking}) as ranking on ranking.ranked_id = articles.id "
    match = _TABLE_PAGE_QUERY.match(sql)
    if match is None:
        return sql.replace("from articles where ", narrow + "where ")
    order = match["order"] if match["order"].endswith(", id") else match["order"] + ", id"
    where = match["where"] or ""
    if not order.startswith(RELEVANCE):
        return (f"select {match['columns']} from articles where id in (select id {narrow}{where}"
                f"order by {order} limit {match['limit']}) order by {order}")
    if "search_rank" not in params:
        return sql
    best_order = order.replace(RELEVANCE, "best_relevance").replace(", id", ", best_id")
    if where == search_only and plan.ids_sql:
        # Straight from the indexes: ranked matches, then those only found inside a word of a title.
        best = (f"ids as ({plan.ids_sql}), ranking as ({ranking}), best as ("
                f"select ranked_id as best_id, relevance as best_relevance from ranking "
                f"where ranked_id in (select article_id from ids) union all "
                f"select article_id, null from ids where article_id not in (select ranked_id from ranking) "
                f"order by {best_order} limit {match['limit']})")
    else:
        best = (f"best as (select articles.id as best_id, ranking.relevance as best_relevance {narrow}{where}"
                f"order by {order} limit {match['limit']})")
    return (
        f"with {best} "
        f"select {match['columns']}, best.best_relevance as relevance, "
        f"search_snippet(articles.lead, articles.body, :search) as snippet "
        f"from best join articles on articles.id = best.best_id "
        f"order by {best_order}"
    )


class RankedSearchDatabase(Database):
    """The archive database as Datasette serves it, able to sort article searches by relevance.

    A search page runs five queries (rows, count, three facets); the ids the search matches are found
    once, kept until the archive changes, and handed to each as a JSON list.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._matching_ids: dict[tuple, str] = {}

    async def execute(self, sql, params=None, *args, **kwargs):
        sql = ranked_query(sql, params)
        plan = _plan_of(params)
        if plan is not None and plan.ids_sql and (plan.where_sql in sql or plan.ids_sql in sql):
            ids = await self._ids_of(plan, params)
            if ids is not None:
                params = {**params, "search_ids": ids}
                sql = (sql.replace(plan.where_sql, "id in (select value from json_each(:search_ids))")
                       .replace(plan.ids_sql, "select value as article_id from json_each(:search_ids)"))
        return await super().execute(sql, params, *args, **kwargs)

    async def table_column_details(self, table):
        # Datasette's HTML table asks the type of every column a page shows, the ranked query's two included.
        details = await super().table_column_details(table)
        if table != "articles":
            return details
        return details + [Column(len(details), RELEVANCE, "REAL", 0, None, 0, 0),
                          Column(len(details) + 1, "snippet", "TEXT", 0, None, 0, 0)]

    def forget_searches(self) -> None:
        """Drop the kept matching ids: the next search finds them anew (as a benchmark of new searches needs)."""
        self._matching_ids.clear()

    async def _ids_of(self, plan, params: dict) -> str | None:
        """The matching ids as a JSON list; None when finding them failed (the query then reports why)."""
        key = (plan.ids_sql, tuple(sorted((k, v) for k, v in params.items() if k.startswith("search"))),
               self._version())
        if key not in self._matching_ids:
            def find(conn):
                with sqlite_timelimit(conn, self.ds.sql_time_limit_ms):
                    return json.dumps([row[0] for row in conn.execute(plan.ids_sql, params)])
            try:
                found = await self.execute_fn(find)
            except sqlite3.DatabaseError:
                return None
            while len(self._matching_ids) >= MATCHING_IDS_KEPT:
                self._matching_ids.pop(next(iter(self._matching_ids)))
            self._matching_ids[key] = found
        return self._matching_ids[key]

    def _version(self) -> tuple:
        # Every commit of a crawl changes the write-ahead log, or after a checkpoint the database file.
        files = [Path(self.path), Path(f"{self.path}-wal")]
        return tuple((stat.st_mtime_ns, stat.st_size) for stat in (f.stat() for f in files if f.exists()))


def _plan_of(params) -> SearchPlan | None:
    if not isinstance(params, dict) or "search" not in params:
        return None
    return plan_search(params["search"], raw="search_raw" in params)


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
