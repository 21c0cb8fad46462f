"""The pages a crawl did not store, as staff read them in Datasette (`pages_not_stored`), and the run that counts them."""
from __future__ import annotations

import asyncio

import sqlite_utils

from news_archive.archive.web.site import make_datasette


def pages_not_stored(db_path, source: str, run_id: int | None = None) -> dict[str, tuple[str, str]]:
    """url -> (reason, detail) of the pages the source's last crawl (or the crawl `run_id`) did not store, each once."""
    datasette = make_datasette(str(db_path))
    asyncio.run(datasette.invoke_startup())
    query = f"source={source}" + (f"&run={run_id}" if run_id is not None else "")
    response = asyncio.run(datasette.client.get(f"/archive/pages_not_stored.json?_shape=objects&_size=max&{query}"))
    assert response.status_code == 200, response.text
    rows = response.json()["rows"]
    assert len({row["url"] for row in rows}) == len(rows), "a page listed twice"
    return {row["url"]: (row["reason"], row["detail"]) for row in rows}


def last_run(db_path, source: str) -> dict:
    return next(sqlite_utils.Database(db_path)["crawl_runs"].rows_where("source = ?", [source], order_by="id desc",
                                                                      limit=1))
