"""A quiet threaded HTTP server on 127.0.0.1 that answers from a table of routes."""

import hashlib
import threading
import time
import traceback
from email.utils import format_datetime, parsedate_to_datetime
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str = HTML
    location: str | None = None
    last_modified: datetime | None = None  # sent as Last-Modified, and compared with If-Modified-Since

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'

    def not_modified_for(self, headers) -> bool:
        """True when a conditional GET names this very response: the client gets a bodiless 304."""
        if self.status != 200:
            return False
        if headers.get("If-None-Match"):
            return self.etag in {tag.strip() for tag in headers["If-None-Match"].split(",")}
        since = headers.get("If-Modified-Since")
        if since and self.last_modified:
            try:
                return self.last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False


def ok(text: str, content_type: str = HTML) -> Response:
    return Response(200, text.encode("utf-8"), content_type)


def redirect(location: str, status: int = 301) -> Response:
    return Response(status, b"", HTML, location)


@dataclass(frozen=True)
class RequestRecord:
    """One request a site answered: tests check what a crawler fetched and how it named itself."""

    method: str
    path: str  # path and query, as requested
    user_agent: str
    at: float = field(default_factory=time.monotonic)  # when it came: tests check a crawler's pace
    status: int = 0  # how the site answered: a redirect is a hop, not a fetch of the page


NOT_FOUND = Response(404, b"<!DOCTYPE html><title>404</title><h1>Sidan hittades inte</h1>")

Renderer = Callable[[dict[str, str]], Response | None]


class Router:
    """Maps paths to renderers; each page is rendered once per distinct relevant query.

    A renderer names the query parameters it reads; every other parameter (utm_*, fbclid...)
    is ignored, as real sites do. A path differing only by its trailing slash is redirected (`twin_status`:
    301, or 308 as Next.js answers).
    """

    def __init__(self, twin_status: int = 301) -> None:
        self.twin_status = twin_status
        self._routes: dict[str, tuple[Renderer, tuple[str, ...]]] = {}
        self._rendered: dict[tuple, Response] = {}

    def add(self, path: str, renderer: Renderer, params: tuple[str, ...] = ()) -> None:
        self._routes[path] = (renderer, params)

    def __contains__(self, path: str) -> bool:
        return path in self._routes

    def resolve(self, path: str, query: dict[str, str]) -> Response:
        if path not in self._routes:
            twin = path[:-1] if path.endswith("/") else path + "/"
            return redirect(twin, self.twin_status) if twin in self._routes and path != "/" else NOT_FOUND
        renderer, params = self._routes[path]
        key = (path, tuple(query.get(name) for name in params))
        if key not in self._rendered:
            self._rendered[key] = renderer({name: query[name] for name in params if name in query}) or NOT_FOUND
        return self._rendered[key]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    # Headers and body go out in two writes; with Nagle on, keep-alive clients wait ~40 ms each.
    disable_nagle_algorithm = True
    server: "SampleServer"

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        parts = urlsplit(self.path)
        record = RequestRecord(self.command, self.path, self.headers.get("User-Agent", ""))
        try:
            response = self.server.router.resolve(parts.path, dict(parse_qsl(parts.query, keep_blank_values=True)))
        except Exception:
            # A template or data bug: answer like a broken CMS would, with the cause in the body.
            response = Response(500, traceback.format_exc().encode("utf-8"), TEXT)
        not_modified = response.not_modified_for(self.headers)
        self.server.requests.append(replace(record, status=304 if not_modified else response.status))
        if not_modified:
            self.send_response(304)
            self.send_header("ETag", response.etag)
            self.end_headers()
            return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        if response.status == 200:  # as most CMSs and caches do: validators for conditional requests
            self.send_header("ETag", response.etag)
            if response.last_modified:
                self.send_header("Last-Modified", format_datetime(response.last_modified, usegmt=True))
        if response.location:
            self.send_header("Location", response.location)
        self.end_headers()
        if with_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args) -> None:
        """Stay quiet: tests and the demo print their own progress."""


class LoopbackServer(ThreadingHTTPServer):
    """A site on an ephemeral 127.0.0.1 port, each request in a daemon thread, that takes the crawler's whole burst
    of connections: the sample sites' server and the tests' own."""

    daemon_threads = True
    # The listen backlog: socketserver's 5 is overrun by the crawler's burst of up to 16 connections (a topic's or a
    # sitemap's links asked for at once) whenever a loaded machine is slow to accept them; the kernel then drops the
    # extra connections' SYNs, each tried again 1, 3, 7, 15 seconds on, and a page so delayed ran into the download
    # timeout.
    request_queue_size = 128

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread:
            self.shutdown()
        self.server_close()


class SampleServer(LoopbackServer):
    """One site host on an ephemeral loopback port, serving from a Router in a daemon thread."""

    def __init__(self) -> None:
        super().__init__(_Handler)
        self.router = Router()
        self.requests: list[RequestRecord] = []  # list.append is atomic: safe from handler threads
