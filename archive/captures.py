"""Fetched article pages kept as they came: WARC files (ISO 28500, gzipped) written and read with warcio.

Each captured page is three records: the `response` as fetched, the `request` that fetched it, and a
`metadata` record (application/warc-fields) with what the archive needs to store it again with no
network: the source, when it was fetched, every link form that led to it and the date the source's feed gave
it when its page states none (or, no feed dating it, the date its listing showed), and whether its rel=canonical
answered as gone or nothing of its source presented it as news. The `warcinfo` record opening
each crawl's part of a file lists that crawl's sources, so a WARC file is enough to `ingest`. A crawl that meets more
link forms of a page, or its feed's or listing's date, after fetching it adds a `metadata` record for that URL alone. ETag and Last-Modified stay in the response
headers, for revisits with conditional requests.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from isal import isal_zlib
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from news_archive.archive.sources import Source, source_hosts

FILE_PREFIX = "news-archive"
MAX_FILE_BYTES = 1_000_000_000
# The body is stored decoded (Scrapy decompresses and de-chunks it): headers saying otherwise would make
# WARC readers decode it a second time.
TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
FILE_NUMBER = re.compile(r"-(\d{5})\.warc\.gz$")
# ISA-L's best level: on the bench's HTML 2% larger than zlib's default level 6, in a third of the time.
GZIP_LEVEL = 3
FEED_PUBLISHED = "feed-published"  # the metadata field of a feed's date
LISTING_PUBLISHED = "listing-published"  # the metadata field of the date a listing showed beside the page's link
# The metadata field marking a page whose rel=canonical answered as gone, judged at its own address: a rebuild
# would otherwise file it under the dead canonical.
CANONICAL_GONE = "canonical-gone"
# The metadata field marking a page no feed, teaser or article family of its source presented as news.
OUTSIDE_NEWS = "outside-news"
# The metadata field marking a page only its address at the site root presented as news.
ADDRESS_ONLY = "address-only"
# The metadata field marking a page only a listing's running text linked, typed no post by its markup.
RUNNING_TEXT_ONLY = "running-text-only"
# The metadata field marking a page the crawler found where its source lists its articles (a listing's teaser, a
# feed): a rebuild judges a short or undated post by it as the crawl did.
LISTED_AS_ARTICLE = "listed-as-article"


class CaptureError(ValueError):
    """A file that is not a readable WARC; the message names it."""


@dataclass
class Capture:
    """One fetched article page."""

    source: str
    url: str  # where the page was fetched (after redirects)
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str  # ISO 8601, UTC
    seen_urls: list[str] = field(default_factory=list)
    feed_published: str | None = None  # the date the source's feed gave the page, which states none
    listing_published: str | None = None  # the date its listing showed beside its link, for a page no feed dates
    canonical_gone: bool = False  # its rel=canonical answered 404/410: stored at the address it was fetched at
    outside_news: bool = False  # nothing of its source presented it as news (record.ArticleItem.outside_news)
    address_only: bool = False  # only its address at the site root did (record.ArticleItem.address_only)
    running_text_only: bool = False  # only a listing's running text linked it (record.ArticleItem.running_text_only)
    listed_as_article: bool = False  # its source listed it as an article (record.ArticleItem.listed_as_article)
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    payload_digest: str = ""  # WARC-Payload-Digest, when read back


@dataclass(frozen=True)
class LinkForms:
    """Link forms of a captured page met after it was fetched, or the date its source's feed or listing gave it since."""

    source: str
    url: str
    forms: tuple[str, ...]
    feed_published: str | None = None
    listing_published: str | None = None


def warc_date(iso: str) -> str:
    """A WARC-Date (UTC, `Z`) from an ISO 8601 time."""
    return datetime.fromisoformat(iso).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_time(warc_date_value: str) -> str:
    return datetime.strptime(warc_date_value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).isoformat()


class CaptureWriter:
    """Append captures to the WARC files in a folder: one series per month, a new file past `max_bytes`."""

    def __init__(self, folder: str | Path, sources: Iterable[Source], max_bytes: int = MAX_FILE_BYTES,
                 software: str = "news-archive"):
        self.folder = Path(folder)
        self.sources = list(sources)
        self.max_bytes = max_bytes
        self.software = software
        self._file = None
        self._month = None
        self._writer: WARCWriter | None = None

    def write(self, capture: Capture) -> None:
        writer = self._writer_for(capture.fetched_at[:7])
        date = warc_date(capture.fetched_at)
        http_headers = StatusAndHeaders(
            f"{capture.status} {_reason(capture.status)}",
            [(name, value) for name, value in capture.headers if name.lower() not in TRANSPORT_HEADERS]
            + [("Content-Length", str(len(capture.body)))],
            protocol="HTTP/1.1",
        )
        # Each record is given its length: warcio otherwise copies the payload to a temporary file to measure it,
        # and digests it again when writing.
        response = writer.create_warc_record(capture.url, "response", payload=BytesIO(capture.body),
                                             length=len(capture.body), http_headers=http_headers,
                                             warc_headers_dict={"WARC-Date": date})
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        request = writer.create_warc_record(
            capture.url, "request", payload=BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"GET {_request_target(capture.url)} HTTP/1.1", capture.request_headers,
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response_id},
        )
        fields = [("source", capture.source), ("fetched-at", capture.fetched_at)] + [("via", url) for url in capture.seen_urls]
        fields += [(FEED_PUBLISHED, capture.feed_published)] if capture.feed_published else []
        fields += [(LISTING_PUBLISHED, capture.listing_published)] if capture.listing_published else []
        fields += [(CANONICAL_GONE, "yes")] if capture.canonical_gone else []
        fields += [(OUTSIDE_NEWS, "yes")] if capture.outside_news else []
        fields += [(ADDRESS_ONLY, "yes")] if capture.address_only else []
        fields += [(RUNNING_TEXT_ONLY, "yes")] if capture.running_text_only else []
        fields += [(LISTED_AS_ARTICLE, "yes")] if capture.listed_as_article else []
        metadata = self._metadata(capture.url, fields, {"WARC-Date": date, "WARC-Concurrent-To": response_id})
        for record in (response, request, metadata):
            writer.write_record(record)
        self._file.flush()
        if self._file.tell() >= self.max_bytes:
            self._close_file()

    def write_link_forms(self, forms: LinkForms, seen: str) -> None:
        writer = self._writer_for(seen[:7])
        fields = [("source", forms.source)] + [("via", url) for url in forms.forms]
        fields += [(FEED_PUBLISHED, forms.feed_published)] if forms.feed_published else []
        fields += [(LISTING_PUBLISHED, forms.listing_published)] if forms.listing_published else []
        writer.write_record(self._metadata(forms.url, fields, {"WARC-Date": warc_date(seen)}))

    def close(self) -> None:
        self._close_file()

    def _metadata(self, url: str, fields: list[tuple[str, str]], headers: dict):
        payload = "".join(f"{name}: {value}\r\n" for name, value in fields).encode("utf-8")
        return self._writer.create_warc_record(url, "metadata", payload=BytesIO(payload), length=len(payload),
                                               warc_content_type="application/warc-fields", warc_headers_dict=headers)

    def _writer_for(self, month: str) -> WARCWriter:
        if self._writer is None or month != self._month:
            self._close_file()
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self._current_file(month)
            self._file, self._month = open(path, "ab"), month
            self._writer = WARCWriter(GzipMembers(self._file), gzip=False, warc_version="WARC/1.1")
            info = {"software": self.software, "format": "WARC File Format 1.1"}
            # Each source as the crawl knew it, so a replay elsewhere crawls the same partners.
            info.update({f"source-{n}": json.dumps({"id": s.id, "name": s.name, "start_urls": list(s.start_urls),
                                                    "languages": list(s.languages)}, ensure_ascii=False)
                         for n, s in enumerate(self.sources)})
            self._writer.write_record(self._writer.create_warcinfo_record(path.name, info))
        return self._writer

    def _current_file(self, month: str) -> Path:
        """The month's newest file while it has room, else the next one."""
        existing = sorted(self.folder.glob(f"{FILE_PREFIX}-{month}-*.warc.gz"))
        if existing and existing[-1].stat().st_size < self.max_bytes:
            return existing[-1]
        number = int(FILE_NUMBER.search(existing[-1].name).group(1)) + 1 if existing else 1
        return self.folder / f"{FILE_PREFIX}-{month}-{number:05d}.warc.gz"

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = self._writer = self._month = None


class GzipMembers:
    """The stream warcio writes WARC records to: each record (warcio flushes after each) becomes one gzip member,
    as with its own `gzip=True`, compressed by ISA-L (isal) rather than zlib.

    Compressing the pages cost more than the rest of writing them: zlib at its default level took about 0.23 ms
    per captured page on the bench's site, ISA-L 0.07 ms. The members are plain gzip (RFC 1952), which warcio
    and every other WARC reader decompress with zlib.
    """

    def __init__(self, file):
        self.file = file
        self._record: list[bytes] = []

    def write(self, data: bytes) -> None:
        self._record.append(data)

    def flush(self) -> None:
        record = b"".join(self._record)
        self._record.clear()
        if record:
            self.file.write(isal_zlib.compress(record, GZIP_LEVEL, wbits=16 + isal_zlib.MAX_WBITS))


def warc_files(folder: str | Path) -> list[Path]:
    """Every WARC file under a folder, oldest first (file names start with the month and count up)."""
    folder = Path(folder)
    return sorted(folder.rglob("*.warc.gz"), key=lambda path: (path.name, str(path))) if folder.is_dir() else []


def captured_sources(paths: Iterable[str | Path]) -> dict[str, Source]:
    """The sources the crawls that wrote these files knew, by id (the latest description wins)."""
    sources = {}
    for _path, record in _records(paths, {"warcinfo"}):
        for name, value in _fields(record):
            if name.startswith("source-"):
                data = json.loads(value)
                start_urls = tuple(data["start_urls"])
                sources[data["id"]] = Source(data["id"], data["name"], start_urls, tuple(data.get("languages", ())),
                                             allowed_hosts=source_hosts(start_urls))
    return sources


def read_captures(paths: Iterable[str | Path]) -> Iterator[Capture | LinkForms]:
    """Every capture and late link forms in these files, in the order they were written."""
    pending: dict[str, Capture] = {}
    for _path, record in _records(paths, {"response", "metadata"}):
        headers = record.rec_headers
        url = headers.get_header("WARC-Target-URI")
        if record.rec_type == "response":
            http = record.http_headers
            pending[headers.get_header("WARC-Record-ID")] = Capture(
                source="", url=url, status=int(http.get_statuscode() or 200), headers=list(http.headers),
                body=record.content_stream().read(), fetched_at=iso_time(headers.get_header("WARC-Date")),
                payload_digest=headers.get_header("WARC-Payload-Digest") or "")
            continue
        fields = _fields(record)
        values = dict(fields)
        vias = [value for name, value in fields if name == "via"]
        capture = pending.pop(headers.get_header("WARC-Concurrent-To") or "", None)
        if capture is not None:
            capture.source, capture.seen_urls = values.get("source", ""), vias
            capture.fetched_at = values.get("fetched-at", capture.fetched_at)
            capture.feed_published = values.get(FEED_PUBLISHED)
            capture.listing_published = values.get(LISTING_PUBLISHED)
            capture.canonical_gone = values.get(CANONICAL_GONE) == "yes"
            capture.outside_news = values.get(OUTSIDE_NEWS) == "yes"
            capture.address_only = values.get(ADDRESS_ONLY) == "yes"
            capture.running_text_only = values.get(RUNNING_TEXT_ONLY) == "yes"
            capture.listed_as_article = values.get(LISTED_AS_ARTICLE) == "yes"
            yield capture
        elif "source" in values:
            yield LinkForms(values["source"], url, tuple(vias), values.get(FEED_PUBLISHED),
                            values.get(LISTING_PUBLISHED))


def without_repeats(paths: list[str | Path]) -> Iterator[Capture | LinkForms]:
    """The captures a rebuild needs, in order: of each series of identical captures of a page (an unchanged
    article fetched night after night), the first and the last, so that first and last seen stay right."""
    series: dict[tuple[str, str], list[tuple[int, tuple]]] = defaultdict(list)
    captures = (record for record in read_captures(paths) if isinstance(record, Capture))
    for number, capture in enumerate(captures):
        series[(capture.source, capture.url)].append((number, (capture.payload_digest, tuple(capture.seen_urls))))
    needed = set()
    for fetches in series.values():
        for position, (number, identity) in enumerate(fetches):
            before = fetches[position - 1][1] if position else None
            after = fetches[position + 1][1] if position + 1 < len(fetches) else None
            if identity != before or identity != after:
                needed.add(number)
    number = -1
    for record in read_captures(paths):
        if isinstance(record, Capture):
            number += 1
            if number not in needed:
                continue
        yield record


def _records(paths: Iterable[str | Path], types: set[str]):
    for path in paths:
        try:
            with open(path, "rb") as stream:
                for record in ArchiveIterator(stream):
                    if record.rec_type in types:
                        yield path, record
        except (OSError, ArchiveLoadFailed) as exc:
            raise CaptureError(f"{path}: not a readable WARC file: {exc}") from None


def _fields(record) -> list[tuple[str, str]]:
    text = record.content_stream().read().decode("utf-8")
    return [(name.strip(), value.strip()) for name, _, value in (line.partition(":") for line in text.splitlines()) if name]


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
