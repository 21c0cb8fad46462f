"""A partner site served on 127.0.0.1 by a test's handler, and the `news-archive crawl` command run on it in a process
of its own (which a test can stop, kill or run twice at once)."""
from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from news_archive.archive.sample_sites.server import LoopbackServer


@contextmanager
def served(handler: type[BaseHTTPRequestHandler], sources: Path, source_id: str, name: str, start_path: str):
    """Serve the site and write a sources file naming it (one source, its start URL at `start_path`)."""
    server = LoopbackServer(handler)
    server.start()
    sources.write_text(f'[[source]]\nid = "{source_id}"\nname = "{name}"\n'
                       f'start_urls = ["{server.base_url}{start_path}"]\n', encoding="utf-8")
    try:
        yield sources
    finally:
        server.stop()


def send_html(handler: BaseHTTPRequestHandler, body: str) -> None:
    """Answer the request with the page; a crawl the test killed meanwhile has closed the connection."""
    data = body.encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    try:
        handler.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        pass


def start_crawl(sources: Path, db: Path) -> subprocess.Popen:
    """`news-archive crawl` in a new session, so that a test may signal it alone."""
    return subprocess.Popen([sys.executable, "-m", "news_archive.archive.cli.main", "crawl", "--sources", str(sources),
                             "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
