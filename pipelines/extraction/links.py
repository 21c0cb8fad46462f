"""Where a page's links lead: an address made absolute, whether a link leads to the page itself or to a document."""
from __future__ import annotations

import re
from urllib.parse import urljoin

from news_archive.archive.urls import is_start_page, page_key

_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt)(?:[?#]|$)", re.IGNORECASE)
# A recording linked as a file (the evening's video, the talk's audio): a thing the writer points to, as a document is.
_RECORDING = re.compile(r"\.(?:mp4|m4v|webm|mov|mp3|m4a|ogg|oga|wav)(?:[?#]|$)", re.IGNORECASE)
# A video's own page on a video site (a watch page, a short link to one): a still linking there stands in for the
# player the writer did not embed, as a linked recording file does.
_VIDEO_PAGE = re.compile(r"^(?:https?:)?//(?:www\.|m\.)?(?:youtube\.com/(?:watch|shorts/|live/)|youtu\.be/|vimeo\.com/\d)",
                         re.IGNORECASE)
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]|$)", re.IGNORECASE)
# A link written as the address is read, without its scheme ("www.club.example/signup/"): the writer means the
# other site, though a browser would look for a page of that name on this one.
_SCHEMELESS_ADDRESS = re.compile(r"^www\.[^\s/?#:]+\.[a-z]{2,}(?=[/?#:]|$)", re.IGNORECASE)
# An address pasted after the root's slash ("/https://www.agency.example/news/", "/www.agency.example/"), as an
# editor's link box or a Markdown generator's base path makes of it: the writer means the other site too.
_ADDRESS_AFTER_ROOT = re.compile(r"^/(?=(?:https?://|www\.)[^\s/?#:]+\.[a-z]{2,}(?:[/?#:]|$))", re.IGNORECASE)


def clean_text(text: str | None) -> str:
    return " ".join((text or "").split())


def leads_to_document(href: str) -> bool:
    return _DOCUMENT.search(href) is not None


def all_lead_to_documents(hrefs) -> bool:
    """There are links, and every one leads to a document (the post's PDF): a download of the post's, where a site's
    box or a teaser links pages."""
    hrefs = list(hrefs)
    return bool(hrefs) and all(leads_to_document(href) for href in hrefs)


def leads_to_recording(href: str) -> bool:
    return _RECORDING.search(href) is not None


def leads_to_video(href: str) -> bool:
    """A link to a recording: its file, or its page on a video site."""
    return leads_to_recording(href) or _VIDEO_PAGE.match(href.strip()) is not None


def leads_to_picture(href: str) -> bool:
    """A link to an image file: blog editors link a picture (and the words beside it) to its full size."""
    return _PICTURE.search(href) is not None


def links_to_page(href: str | None, page_url: str) -> bool:
    """True when a link (relative or absolute) leads to the page itself, as the crawl's page keys compare pages
    (scheme, www., fragment, trailing slash, tracking and reply parameters ignored)."""
    target = absolute(href, page_url) if page_url else None
    return bool(target) and page_key(target) == page_key(page_url)


def heads_another_page(heading, page_url: str) -> bool:
    """A heading wrapped in or holding a link to another page: a teaser's headline, an <h1> too (themes head each
    card of a "Related posts" box inside the post with one), never the page's own. A heading linking to the site's
    start page is its name in the masthead, no teaser's."""
    if not page_url:
        return False
    targets = [absolute(a.get("href"), page_url) for a in (*heading.iterancestors("a"), *heading.iter("a"))]
    return any(target and not links_to_page(target, page_url) and not is_start_page(target) for target in targets)


def with_scheme(href: str) -> str:
    """The link's address, "http://" put before one written from "www." on, the root's slash taken from one pasted
    after it."""
    href = _ADDRESS_AFTER_ROOT.sub("", href)
    return "http://" + href if _SCHEMELESS_ADDRESS.match(href) else href


def absolute(raw: str | None, base_url: str) -> str | None:
    raw = with_scheme(clean_text(raw))
    if not raw or raw.lower().startswith(("javascript:", "data:")):
        return None
    try:
        url = urljoin(base_url, raw)
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None
