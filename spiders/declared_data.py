"""The data files a listing page declares its script renders from: what its pager or "Load more" button would show.

A listing whose pager runs in the browser (Gatsby's `/news&page=2`, a "Load more" button) prints its newest posts and
names, in its own markup, the JSON it renders them from: a `<link rel="preload" as="fetch">` (Gatsby's page-data,
Nuxt's `_payload.json`) or a button's `data-*` attribute naming a JSON file. Reading that file finds the posts no
link leads to, without running the script (app_data.named_posts says which of its values are posts).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import absolute_url

# Data the page asks its browser to fetch ahead, for its script: any address (an API endpoint may have no `.json`).
PRELOADED_DATA = etree.XPath(
    "//link[translate(@as, 'FETCH', 'fetch') = 'fetch']"
    "[contains(concat(' ', translate(@rel, 'PRELOADFETCH', 'preloadfetch'), ' '), ' preload ')"
    " or contains(concat(' ', translate(@rel, 'PRELOADFETCH', 'preloadfetch'), ' '), ' prefetch ')]/@href")
# A `data-*` attribute of the body's elements (a "Load more" button's `data-url`, `data-next`, `data-source`): only one
# naming a `.json` file is data; the others name pictures, posts or endpoints of every kind.
DATA_ATTRIBUTES = etree.XPath("//body//*/@*[starts-with(name(), 'data-')][contains(., '.json')]")
JSON_FILE_SUFFIX = ".json"
MAX_DATA_FILES = 6  # a listing declares its own data and the site's (Gatsby: page-data, app-data, a static query's)
MAX_DATA_BYTES = 2 * 1024 * 1024  # a listing's data names its posts in kilobytes; a bigger file is the whole site's


def declared_data(root: etree._Element, page_url: str) -> list[str]:
    """Addresses on the page's own site of the data files it declares for its script, in document order, bounded."""
    host = urlsplit(page_url).netloc
    found: list[str] = []
    candidates = [*PRELOADED_DATA(root),
                  *(value for value in DATA_ATTRIBUTES(root) if _names_json_file(value.strip()))]
    for value in candidates:
        url = absolute_url(page_url, value)
        if url and urlsplit(url).netloc == host and url not in found:
            found.append(url)
            if len(found) >= MAX_DATA_FILES:
                break
    return found


def _names_json_file(value: str) -> bool:
    """A relative or absolute address whose path is a `.json` file (not a JSON text in the attribute itself)."""
    return not value.startswith(("{", "[")) and urlsplit(value).path.lower().endswith(JSON_FILE_SUFFIX)
