"""URL normal forms: what makes two links the same article, page or listing."""
from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Parameters that never change what a page says: tracking, and WordPress' `replytocom`, which a comment's "Reply"
# link adds only to open the reply form under that comment (the same article again, once per comment).
SAME_PAGE_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid|ref_src|replytocom)$", re.I)
PAGE_PARAMS = re.compile(r"^(page|paged|p|pg|skip|offset|start|from|pagenumber|sida)$", re.I)
# A folder's index file is the folder: mirror tools (wget -k, HTTrack) and static exports write every link to a
# folder as `…/index.html`, pager links too (`/news/page/2/index.html`).
DIRECTORY_INDEX = re.compile(r"/index\.(?:html?|php)$", re.I)
PAGE_SUFFIX = re.compile(r"/page/(\d+)(?:/(?:index\.(?:html?|php))?)?$", re.I)
# Later pages of a listing as static generators name them: Pelican `index2.html`, Jekyll `page2/`, others
# `index-2.html`, `page-2.html`. Never a post's address, so only listings read them (an article keeps its own).
LISTING_PAGE_SUFFIX = re.compile(
    r"/(?:(?:index|page)[-_]?\d+\.(?:html?|php)|page[-_]?\d+/?(?:index\.(?:html?|php))?)$", re.I)
# wget's Windows-safe file names (`--restrict-file-names=windows`, the default on Windows) save a page's query in its
# file name, `?` written as `@`: a mirror's `actus@page=2.html` is the live `actus?page=2`, beside `actus.html`.
# Only a name whose part after the `@` is `key=value` pairs counts (`logo@2x.png`, `/@user` are no queries).
SAVED_QUERY = re.compile(r"^(?P<name>[^/@]+)@(?P<query>[A-Za-z_][\w.-]*=[^/@]*?)(?P<ext>\.html?)$", re.I)
# WordPress names a post by its id with `?p=N` as often as a listing's page with it: a page number only when the
# link shows pager evidence too.
POST_ID_PARAM = "p"
# A language folder (`/en/`, `/pt-br/`): multilingual plugins put a translation of every page, posts and static
# pages alike, under it; its bare folder is that language's start page.
LANGUAGE_FOLDER = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$")
NUMBER = re.compile(r"^\d+$")
WHITE_SPACE = re.compile(r"\s")
# A folder named by a day (`/blog/2021-10-11/slug/`): a date path written in one segment, as numbers are in three.
DATE_FOLDER = re.compile(r"^(?:19|20)\d{2}-[01]\d-[0-3]\d$")
NON_HTML_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|gz|mp[34]|mov|avi|css|js|woff2?|ttf|eot)$", re.I
)


# Links a site repeats on page after page (navigation, teasers) resolve the same on each: only the origin of
# the page matters for a root-relative or absolute link, so those are resolved once per site. A crawl asks for
# an article's keys when a listing shows it and again when the page arrives, after the rest of the listings:
# the caches hold a 5000-article crawl's URLs, or the second ask finds the first long gone.
KEY_CACHE_SIZE = 8192
ORIGIN_ONLY_LINK = re.compile(r"(?:https?:)?//[^/?#\\]|/(?![/\\])", re.I)


def cached(function):
    """functools.lru_cache, on plain strings: an lxml "smart" string would keep its whole page alive in the cache."""
    remembered = functools.lru_cache(maxsize=KEY_CACHE_SIZE)(function)
    # Called for every link of every page: passing the URLs through `*args` and map() took three times the lookup.
    if function.__code__.co_argcount == 1:
        @functools.wraps(function)
        def call(url: str):
            return remembered(str(url))
    else:
        @functools.wraps(function)
        def call(base: str, href: str):
            return remembered(str(base), str(href))
    return call


def absolute_url(base: str, href: str) -> str | None:
    """An http(s) URL for `href` on the page at `base`, without its fragment; None for mailto:, javascript: etc."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    return _joined(_origin(base) if ORIGIN_ONLY_LINK.match(href) else base, href)


@cached
def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else url


@cached
def _joined(base: str, href: str) -> str | None:
    try:
        parts = urlsplit(urljoin(base, href))
        parts.port  # noqa: B018 - reading it raises for `host:80x`, or `host:8080 /x` (a template's stray space)
    except ValueError:  # `http://[placeholder]` in a real site's menu: no address at all
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or WHITE_SPACE.search(parts.netloc):
        return None
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))


@cached
def without_tracking(url: str) -> str:
    """The URL without `utm_*`, `fbclid`, `replytocom` and similar parameters, which never change what a page says."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not SAME_PAGE_PARAMS.match(key)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


@cached
def canonical_url(url: str) -> str:
    """An article's URL in normal form: no tracking parameters, no `/page/N` suffix, no fragment.

    WordPress serves every article again at `.../slug/page/N/` with unrelated teasers appended;
    those are the same article. The trailing slash is kept as the site wrote it; `url_key`
    ignores it when comparing.
    """
    url = without_tracking(url)
    parts = urlsplit(url)
    path = PAGE_SUFFIX.sub("/", parts.path) if PAGE_SUFFIX.search(parts.path) else parts.path
    return urlunsplit((parts.scheme, parts.netloc.lower(), path or "/", parts.query, ""))


# A crawl asks for the keys of the same navigation and teaser links on page after page; w3lib's canonical
# form costs tens of microseconds a URL.
@cached
def url_key(url: str) -> str:
    """A key equal for URLs that name the same article: canonical form, scheme, `www.` and trailing slash ignored."""
    return _key(canonical_url(url))


@cached
def page_key(url: str) -> str:
    """A key equal for links to the same page (tracking parameters, `www.` and trailing slash ignored)."""
    return _key(without_tracking(url))


def folder_path(path: str) -> str:
    """The path with a folder's index file taken off (`/slug/index.html` -> `/slug/`)."""
    return DIRECTORY_INDEX.sub("/", path)


def page_name(url: str) -> str:
    """The last part of an address, its folder's index file and extension left out: `/en/news/meeting-sp/`,
    `/en/meetings/meeting-sp/index.html` and `/meeting-sp.html` -> 'meeting-sp'."""
    segments = [segment for segment in folder_path(urlsplit(url).path).split("/") if segment]
    return unquote(segments[-1]).rsplit(".", 1)[0].casefold() if segments else ""


def page_folder(path: str) -> str:
    """The folder a path names or a page sits in: `/a/news/`, `/a/news/index.html`, `/a/news/latest.html` -> `/a/news/`
    (empty segments dropped)."""
    segments = [segment for segment in path.split("/") if segment]
    if not path.endswith("/") and segments:
        segments.pop()
    return "/" + "".join(f"{segment}/" for segment in segments)


def is_start_page(url: str) -> bool:
    """Whether the URL names a site's start page: its root or a language's (`/`, `/en/`, `/index.html`), no query."""
    parts = urlsplit(url)
    segments = [segment for segment in folder_path(parts.path).split("/") if segment]
    if parts.query or len(segments) > 1:
        return False
    return not segments or LANGUAGE_FOLDER.match(segments[0].lower()) is not None


def is_site_root(url: str) -> bool:
    """Whether the URL names a site's root page (`/`, `/index.html`), no query: its front page. A single folder shaped
    like a language's (`/en/`) may as well be a post's slug (`/mi-pyt/`)."""
    parts = urlsplit(url)
    return not parts.query and folder_path(parts.path or "/") == "/"


def sole_canonical(urls: list[str]) -> str | None:
    """The page a page's rel=canonical links name, or None when they disagree: a theme printing its own canonical
    (the site root) beside the CMS's names two pages, and search engines then ignore every one of them."""
    return urls[0] if urls and len({page_key(url) for url in urls}) == 1 else None


@cached
def with_saved_query(url: str) -> str:
    """The address with a query a mirror saved in its file name put back as a query: `/actus@page=2.html` ->
    `/actus.html?page=2` (the bare listing was saved as `/actus.html`)."""
    parts = urlsplit(url)
    folder, _, name = parts.path.rpartition("/")
    saved = SAVED_QUERY.match(name)
    if not saved:
        return url
    query = "&".join(part for part in (saved["query"], parts.query) if part)
    return urlunsplit((parts.scheme, parts.netloc, f"{folder}/{saved['name']}{saved['ext']}", query, parts.fragment))


@cached
def listing_key(url: str) -> str:
    """The listing a page of results belongs to: the URL without its page number or offset."""
    parts = urlsplit(with_saved_query(without_tracking(url)))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not PAGE_PARAMS.match(k)]
    path = LISTING_PAGE_SUFFIX.sub("/", PAGE_SUFFIX.sub("/", parts.path))
    host_and_path, _, query = _key(urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))).partition("?")
    return f"{host_and_path}?{query}"


def _key(url: str) -> str:
    """Host without `www.`, path without trailing slash, and sorted query, in w3lib's canonical form.

    w3lib percent-encodes one way whatever the page wrote, so `/h%C3%A5r` and `/hår` are one key.
    """
    try:
        url = canonicalize_url(url)
    except ValueError:  # a malformed port or host: compared as written
        pass
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    path = folder_path(parts.path)
    return f"{host}{path.rstrip('/') or '/'}" + (f"?{parts.query}" if parts.query else "")


def is_paged_path(path: str) -> bool:
    """True for a path naming a later page of a listing: `/page/N/`, `indexN.html`, `page-2/`."""
    return bool(PAGE_SUFFIX.search(path) or LISTING_PAGE_SUFFIX.search(path))


def is_paginated_url(url: str) -> bool:
    """True for `/page/N/`, `indexN.html` and `?page=N`-style URLs (a mirror's `@page=N.html` too): later pages of a
    listing."""
    parts = urlsplit(with_saved_query(url))
    if is_paged_path(parts.path):
        return True
    return any(PAGE_PARAMS.match(k) and v.strip("0") for k, v in parse_qsl(parts.query))


def paged_only_by_post_id(url: str) -> bool:
    """True when the URL's only page number is a `?p=N`, which WordPress uses for a post's id too."""
    parts = urlsplit(with_saved_query(url))
    if is_paged_path(parts.path):
        return False
    numbers = [key.lower() for key, value in parse_qsl(parts.query) if PAGE_PARAMS.match(key) and value.strip("0")]
    return numbers == [POST_ID_PARAM]


@cached
def is_probably_html(url: str) -> bool:
    return not NON_HTML_EXTENSIONS.search(urlsplit(url).path)


def family_in_any_language(family: tuple[str, ...]) -> tuple[str, ...]:
    """A url_family less the language folder opening its path: `/it/slug/` and `/slug/` (`(host, 'it')` and
    `(host,)`) are one family, a site's pages of one kind in two languages."""
    return (family[0], *family[2:]) if len(family) > 1 and LANGUAGE_FOLDER.match(family[1]) else family


@cached  # asked of each page several times (a family's folder? in a family? admitted?) and of its links
def url_family(url: str) -> tuple[str, ...]:
    """The folder an address sits in, numbers and days generalised: `/2011/03/23/slug/` -> (host, '#', '#', '#'),
    `/blog/2021-10-11/slug/` -> (host, 'blog', '#'): each post in a day's folder of its own is still one family."""
    parts = urlsplit(url)
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    if segments and segments[-1].startswith("index."):
        segments.pop()  # `/slug/index.html` is the folder `/slug/`
    folders = ["#" if NUMBER.match(segment) or DATE_FOLDER.match(segment) else segment.lower()
               for segment in segments[:-1]]
    return (parts.netloc.lower().removeprefix("www."), *folders)
