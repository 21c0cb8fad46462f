"""`news-archive extract`: the pipeline's clean stage run on saved pages."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from news_archive.pipelines.clean import fill_item
from news_archive.pipelines.language import tag_language
from news_archive.archive.record import TEXT_FIELDS, ArticleItem


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" or data[:2] == b"\x1f\x8b" else data


def manifest_entries(lines: IO[str]) -> list[tuple[Path, str]]:
    """(file, url) pairs from manifest lines `{"file": ..., "url": ...}`; relative files are read beside the manifest."""
    base = Path(getattr(lines, "name", ".")).parent
    entries = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            path = Path(entry["file"])
            entries.append((path if path.is_absolute() else base / path, entry.get("url") or (base / path).resolve().as_uri()))
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"{getattr(lines, 'name', 'manifest')}: line {number}: expected {{\"file\": ..., \"url\": ...}}") from None
    return entries


def extract_pages(entries: Iterable[tuple[Path, str]]) -> Iterator[dict]:
    for path, url in entries:
        try:
            html = read_page(path)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield {"file": str(path), "url": url, "error": f"cannot read: {exc}"}
            continue
        yield {"file": str(path), "url": url, **clean_page(html, url)}


def clean_page(html: bytes, url: str) -> dict:
    """The clean and language stages on one page, as the crawl runs them, with the extractor's verdict.

    Every page gets its best title, body and date; `page_type` says whether a crawl would store it
    ("article") and `page_reason` why; `is_article` is True when the body is one article's text.
    """
    # A saved page's fetch time is unknown: now would date its "2 hours ago" and its year-less days wrongly.
    item = ArticleItem(source="", url=url, html=html, fetched_at="")
    extracted = fill_item(item)
    item = tag_language(item)
    return {"is_article": extracted.is_article, "page_type": extracted.page_type, "page_reason": extracted.page_reason,
            **{name: getattr(item, name) for name in TEXT_FIELDS}}
