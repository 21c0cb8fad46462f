"""The HTTP server the tests' own partner sites run on: one loopback port, each request in a daemon thread."""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer(ThreadingHTTPServer):
    """A site on an ephemeral 127.0.0.1 port that takes the crawler's whole burst of connections."""

    daemon_threads = True
    # The listen backlog: socketserver's 5 is overrun by the crawler's burst of up to 16 connections (a topic's or a
    # sitemap's links asked for at once) whenever a loaded machine is slow to accept them; the kernel then drops the
    # extra connections' SYNs, each tried again 1, 3, 7, 15 seconds on, and a page so delayed ran into the download
    # timeout.
    request_queue_size = 128

    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        super().__init__(("127.0.0.1", 0), handler)
