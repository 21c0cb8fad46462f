"""A news listing's versions in the site's other languages, where the site lists its posts' translations.

A multilingual site lists each language's posts on that language's own listing (`/blog/`, `/it/blog/`, `/es/blog/`)
and links them by hreflang alternates or by a language switcher on the listing. Posts whose page names no translation
(no hreflang, no switcher on the post) are reached only through their language's listing: a partner's news in every
language it publishes is read from the one start listing it names."""
from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.language_versions import language_folder
from news_archive.archive.urls import absolute_url, folder_path, page_key
from news_archive.spiders.discovery import PageLinks


class TranslationListing(NamedTuple):
    """A listing page another listing's switcher or hreflang named as its version in another language: the `depth` it
    is read at, and the url_keys of the links the naming listing showed. Its pager is read when it shows links the
    naming listing does not (its own language's posts), not when it lists that listing's posts again: judged against
    the one listing that named it, the answer is the same whichever language's pages answered first."""
    depth: int
    named_by_links: frozenset[str]

    def shows_its_own(self, link_keys: set[str]) -> bool:
        return bool(link_keys - self.named_by_links)


def listing_translations(root: etree._Element, page_url: str, links: PageLinks) -> list[str]:
    """The listing's hreflang alternates, and the links to its own address under another language folder
    (`/blog` -> `/it/blog`, `/de/news/` -> `/news/`): a language switcher's entries. `links`: the page's
    page_links (its head's alternates among them). None for a site's start page
    (`/` beside `/it/`): a language's start page is no news listing."""
    found = list(links.alternates)
    own_language, own_rest = _language_and_rest(page_url)
    if own_rest:
        host = urlsplit(page_url).netloc
        for anchor in root.iter("a"):
            url = absolute_url(page_url, anchor.get("href", ""))
            if not url or urlsplit(url).netloc != host or url in found:
                continue
            language, rest = _language_and_rest(url)
            if rest == own_rest and language != own_language:
                found.append(url)
    own_key = page_key(page_url)
    return [url for url in dict.fromkeys(found) if page_key(url) != own_key]


def _language_and_rest(url: str) -> tuple[str | None, str]:
    """(`it`, `/blog`) for `/it/blog/`; (None, `/blog`) for `/blog`."""
    path = folder_path(urlsplit(url).path).rstrip("/")
    language = language_folder(url)
    return language, path[len(language) + 1:] if language else path
