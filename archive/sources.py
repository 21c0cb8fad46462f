"""Load and validate the sources file: one `[[source]]` table per partner."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KNOWN_FIELDS = {"id", "name", "start_urls", "languages", "article_pattern"}


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file, source and field."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    start_urls: tuple[str, ...]
    languages: tuple[str, ...] = ()
    article_pattern: str | None = None
    allowed_hosts: frozenset[str] = field(default=frozenset())

    def matches_article_pattern(self, url: str) -> bool:
        return self.article_pattern is None or re.search(self.article_pattern, url) is not None


def default_sources_path() -> Path | Traversable:
    """The bundled partner list: a file, or an entry in a zipped egg (Scrapyd), read through importlib.resources."""
    return resources.files("news_archive.archive") / "default_sources.toml"


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Parse and check a sources file (the bundled partner list when `path` is None)."""
    path = Path(path) if path else default_sources_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    tables = data.get("source")
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{path}: no [[source]] tables found")
    sources, seen = [], set()
    for position, table in enumerate(tables, 1):
        source = _parse_source(path, position, table)
        if source.id in seen:
            raise SourcesError(f"{path}: source {source.id!r}: field 'id' is used twice")
        seen.add(source.id)
        sources.append(source)
    return sources


def crawler_contact(path: str | Path | None = None) -> str | None:
    """The `[crawler] contact` of a sources file: a URL or address partners can reach us at, named in the User-Agent."""
    path = Path(path) if path else default_sources_path()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("crawler", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None  # load_sources says what is wrong with the file
    contact = table.get("contact") if isinstance(table, dict) else None
    if contact is None:
        return None
    if not isinstance(contact, str) or not re.match(r"(https?://|mailto:)\S+$", contact):
        raise SourcesError(f"{path}: [crawler] contact must be an http(s) or mailto: URL, like \"https://example.org/crawler\"")
    return contact


def select_sources(sources: list[Source], ids: tuple[str, ...] | list[str], path: str | Path | None) -> list[Source]:
    """The named sources, in the order given; all of them when no id is named."""
    if not ids:
        return sources
    by_id = {source.id: source for source in sources}
    unknown = [source_id for source_id in ids if source_id not in by_id]
    if unknown:
        where = path or default_sources_path()
        raise SourcesError(f"{where}: no source with id {', '.join(map(repr, unknown))}")
    return [by_id[source_id] for source_id in ids]


def _parse_source(path: Path, position: int, table: dict) -> Source:
    label = f"source #{position}" if not isinstance(table.get("id"), str) else f"source {table['id']!r}"

    def fail(field_name: str, problem: str) -> SourcesError:
        return SourcesError(f"{path}: {label}: field '{field_name}' {problem}")

    for name in ("id", "name", "start_urls"):
        if name not in table:
            raise fail(name, "is required")
    unknown = sorted(set(table) - KNOWN_FIELDS)
    if unknown:
        raise fail(unknown[0], f"is not a known field (known: {', '.join(sorted(KNOWN_FIELDS))})")
    source_id, name, start_urls = table["id"], table["name"], table["start_urls"]
    if not isinstance(source_id, str) or not SLUG.match(source_id):
        raise fail("id", "must be a lowercase slug like 'ki-news'")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "must be a non-empty string")
    if isinstance(start_urls, str):
        start_urls = [start_urls]
    if not isinstance(start_urls, list) or not start_urls:
        raise fail("start_urls", "must be a non-empty list of URLs")
    for url in start_urls:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise fail("start_urls", f"has {url!r}, which is not an http(s) URL")
    languages = table.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(code, str) and re.fullmatch(r"[a-z]{2}", code) for code in languages):
        raise fail("languages", "must be a list of two-letter language codes like [\"sv\", \"en\"]")
    pattern = table.get("article_pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise fail("article_pattern", f"is not a valid regular expression: {exc}") from None
    return Source(
        id=source_id,
        name=name.strip(),
        start_urls=tuple(start_urls),
        languages=tuple(languages),
        article_pattern=pattern,
        allowed_hosts=source_hosts(start_urls),
    )


def source_hosts(start_urls) -> frozenset[str]:
    """The hosts a source's pages may be on: those of its start URLs."""
    return frozenset(urlsplit(url).netloc.lower() for url in start_urls)
