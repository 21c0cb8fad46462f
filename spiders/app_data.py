"""Posts a listing's app carries in its page data but shows only after a click.

A static export of a JavaScript app (Next.js, Nuxt, SvelteKit, Gatsby...) prints the first cards of a news listing
and a "Show all 31 more" button or a pager its script runs; the other posts are in the data its scripts render from
(a flight payload, `__NEXT_DATA__`, a Nuxt payload, a JSON file the page preloads), as objects whose field (`slug`,
`path`) names each post. Where that field names the shown cards' own addresses, its other values name the hidden
posts: their addresses are the cards' with that value in its place.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from urllib.parse import unquote, urlsplit, urlunsplit

from news_archive.archive.urls import absolute_url, url_family

# `"key":"value"` in a script, bare (JSON) or escaped inside a string of it (`\"slug\":\"x\"`).
_PAIR = re.compile(r'\\*"([A-Za-z_][\w-]{0,40})\\*"\s*:\s*\\*"([^"\\\s]{1,300})\\*"')
# A value that can stand in an address's last segment.
_SEGMENT = re.compile(r"[\w%.~-]+")
# A script whose type says it holds JSON (`application/json` of __NEXT_DATA__, `application/ld+json`): read as data,
# each value under the field path it sits at, so a post's `slug` and its tags' `slug` are two fields.
_JSON_TYPE = re.compile(r"(^|[/+])json$", re.I)
# A field naming this many of the shown cards is the posts' name, not a chance match.
MIN_CARDS_NAMED = 2
MAX_ADDRESSES = 1000
MAX_VALUE_LENGTH = 300  # longer strings are texts (an excerpt, a post's HTML), no address
MAX_DATA_VALUES = 50_000  # strings read from one data file or script: a bound on a huge payload


def data_teasers(root, page_url: str, teasers: list[str]) -> list[str]:
    """Addresses of the posts the page's inline script data names in the field that names its shown `teasers`
    (their last path segment, or their path), the shown ones left out; [] when no field names two of them."""
    if len(teasers) < MIN_CARDS_NAMED:
        return []
    pairs = [pair for script in root.iter("script") if script.text and not script.get("src")
             for pair in _script_fields(script)]
    return named_posts(pairs, page_url, teasers)


def json_fields(data) -> list[tuple[str, str]]:
    """(field path, value) of every short string in parsed JSON: `posts/slug` for `{"posts": [{"slug": "a"}]}`; a
    list's items share their list's path."""
    fields: list[tuple[str, str]] = []
    stack = [("", data)]
    while stack and len(fields) < MAX_DATA_VALUES:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((f"{path}/{key}", item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((path, item) for item in reversed(value))
        elif isinstance(value, str) and 0 < len(value) <= MAX_VALUE_LENGTH:
            fields.append((path, value))
    return fields


def named_posts(pairs: list[tuple[str, str]], page_url: str, teasers: list[str], declared: bool = False) -> list[str]:
    """Addresses of the posts named by each field of `pairs` ((field, value), from a page's data) that names two or
    more of the listing's shown `teasers`, the shown ones left out. Only values in the named teasers' address
    families count, and only a field whose values mostly are: a site-wide list of every page (a generator's index of
    its markdown files, news, jobs and events alike) names the shown posts too, among far more that are no news.
    A data file the listing `declared` for its script (a "Load more" button's next batch) may name only the posts
    after the shown ones: there a field naming two or more addresses, most in the shown teasers' families, names posts
    too."""
    if len(teasers) < MIN_CARDS_NAMED or not pairs:
        return []
    values: dict[str, list[str]] = defaultdict(list)
    for key, value in pairs:
        values[key].append(value)
    by_segment = {_last_segment(url): url for url in teasers}
    by_path = {_plain_path(url): url for url in teasers}
    host, shown = urlsplit(page_url).netloc, set(by_path)
    found: list[str] = []
    for field_values in values.values():
        cards = [by_segment[value] for value in field_values if value in by_segment]
        # posts filed in several folders (a year's, a topic's): a bare slug does not say which one its post is in
        template = cards[0] if len({_folder(url) for url in cards}) == 1 else None
        addresses = [url for url in (_address(value, page_url, host, template) for value in field_values) if url]
        named = {by_path[_plain_path(url)] for url in addresses if _plain_path(url) in by_path} | set(cards)
        if len(named) >= MIN_CARDS_NAMED:
            families = {url_family(url) for url in named}
        elif declared:
            families = {url_family(url) for url in teasers}
        else:
            continue
        posts = [url for url in addresses if url_family(url) in families]
        if len(posts) < MIN_CARDS_NAMED or 2 * len(posts) < len(addresses):
            continue
        found += [url for url in dict.fromkeys(posts) if _plain_path(url) not in shown and url not in found]
        if len(found) >= MAX_ADDRESSES:
            break
    return found[:MAX_ADDRESSES]


def _script_fields(script) -> list[tuple[str, str]]:
    """(field, value) pairs of an inline script: by field path where it is JSON, else by key (a script's literals)."""
    if _JSON_TYPE.search((script.get("type") or "").strip()):
        try:
            return json_fields(json.loads(script.text))
        except (ValueError, RecursionError):  # a text no JSON, or nested past Python's stack
            pass
    return _PAIR.findall(script.text)


def _address(value: str, page_url: str, host: str, template: str | None) -> str | None:
    """The address on the page's site a value names: a path (`/news/a/`), a URL of the site, or a slug standing in
    the last segment of a shown teaser's address (`template`); else None."""
    if value.startswith(("/", "http://", "https://")) and not value.startswith("//"):
        url = absolute_url(page_url, value)
        return url if url and urlsplit(url).netloc == host else None
    if template and _SEGMENT.fullmatch(value):
        return _with_last_segment(template, value)
    return None


def _plain_path(url: str) -> str:
    """An address's path decoded, without its closing slash: `/news/Spring%20fair/` and `/news/Spring fair` agree."""
    return unquote(urlsplit(url).path).rstrip("/")


def _last_segment(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def _folder(url: str) -> str:
    """An address's path without its last segment: `/results/2019` of `/results/2019/beach-weekend/`."""
    return urlsplit(url).path.rstrip("/").rpartition("/")[0]


def _with_last_segment(url: str, segment: str) -> str:
    parts = urlsplit(url)
    path = f"{_folder(url)}/{segment}" + ("/" if parts.path.endswith("/") else "")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
