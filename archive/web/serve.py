"""Serve an archive with Datasette over HTTP."""
from __future__ import annotations

import asyncio
from pathlib import Path

import click
import uvicorn

from news_archive.archive.web.site import make_datasette


def serve_archive(db_path: str | Path, host: str, port: int) -> None:
    datasette = make_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    click.echo(f"Serving {db_path} at http://{host}:{port}/archive/articles  (Ctrl-C to stop)")
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
