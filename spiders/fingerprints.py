"""Request fingerprints by page: the dupefilter then treats `/a`, `/a/`, `www.` and tracking-parameter forms as one."""
from __future__ import annotations

import hashlib

from news_archive.archive.urls import page_key


class PageFingerprinter:
    """REQUEST_FINGERPRINTER_CLASS: one fingerprint per method and `page_key` of the URL."""

    def fingerprint(self, request) -> bytes:
        return hashlib.sha1(f"{request.method} {page_key(request.url)}".encode()).digest()
