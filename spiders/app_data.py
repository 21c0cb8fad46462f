"""Posts a listing's app carries in its page data but shows only after a click.

A static export of a JavaScript app (Next.js, Nuxt, SvelteKit...) prints the first cards of a news listing and a "Show
all 31 more" button; the other posts are in the data its scripts render from (a flight payload, `__NEXT_DATA__`, a
Nuxt payload), as objects whose field (`slug`, `path`) names each post. Where that field names the shown cards' own
addresses, its other values name the hidden posts: their addresses are the cards' with that value in its place.
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit, urlunsplit

from news_archive.archive.urls import absolute_url

# `"key":"value"` in a script, bare (JSON) or escaped inside a string of it (`\"slug\":\"x\"`).
_PAIR = re.compile(r'\\*"([A-Za-z_][\w-]{0,40})\\*"\s*:\s*\\*"([^"\\\s]{1,300})\\*"')
# A value that can stand in an address's last segment.
_SEGMENT = re.compile(r"[\w%.~-]+")
# A field naming this many of the shown cards is the posts' name, not a chance match.
MIN_CARDS_NAMED = 2
MAX_ADDRESSES = 1000


def data_teasers(root, page_url: str, teasers: list[str]) -> list[str]:
    """Addresses of the posts the page's inline script data names in the field that names its shown `teasers`
    (their last path segment, or their path), the shown ones left out; [] when no field names two of them."""
    scripts = [script.text for script in root.iter("script") if script.text and not script.get("src")]
    if len(teasers) < MIN_CARDS_NAMED or not scripts:
        return []
    pairs = [pair for text in scripts for pair in _PAIR.findall(text)]
    by_segment = {_last_segment(url): url for url in teasers}
    by_path = {urlsplit(url).path.rstrip("/"): url for url in teasers}
    named = Counter(key for key, value in set(pairs) if value in by_segment or value.rstrip("/") in by_path)
    fields = {key for key, n in named.items() if n >= MIN_CARDS_NAMED}
    if not fields:
        return []
    shown = {url.rstrip("/") for url in teasers}
    named_values = {value for key, value in pairs if key in fields}
    template = next((url for url in teasers if _last_segment(url) in named_values), None)
    found: list[str] = []
    for key, value in pairs:
        if key not in fields:
            continue
        if value.startswith("/"):
            url = absolute_url(page_url, value)
        elif template and _SEGMENT.fullmatch(value):
            url = _with_last_segment(template, value)
        else:
            continue
        if url and url.rstrip("/") not in shown and url not in found \
                and urlsplit(url).netloc == urlsplit(page_url).netloc:
            found.append(url)
            if len(found) >= MAX_ADDRESSES:
                break
    return found


def _last_segment(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def _with_last_segment(url: str, segment: str) -> str:
    parts = urlsplit(url)
    head, _, _ = parts.path.rstrip("/").rpartition("/")
    path = f"{head}/{segment}" + ("/" if parts.path.endswith("/") else "")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
