"""Tell a rel=canonical that names another language's version of a page from one that names the page itself.

Language plugins of static-site generators (jekyll-polyglot, multi-language plugins) print the root language's
address as every translation's canonical: `/de/2020/09/15/post/` names `/2020/09/15/post/`, and a Cyrillic slug's
root address does not even exist. Taken on trust, the translation is never archived or is filed under the original.
Such a page is its own article: the archive's copy check (archive/near_copies.py) still folds an untranslated copy.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from news_archive.archive.urls import LANGUAGE_FOLDER, folder_path, page_key

# The hreflang a page's tags name the version for any other language by: no language of its own.
ANY_LANGUAGE = "x-default"


def html_lang(root) -> str | None:
    """The lang (or xml:lang) of a page's <html> element (`root`: its lxml tree), or None."""
    if root.tag != "html":
        return None
    return (root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
            or "").strip() or None


def language_folder(url: str) -> str | None:
    """The language folder an address starts with (`/de/...` -> `de`), or None."""
    segments = [segment for segment in folder_path(urlsplit(url).path).split("/") if segment]
    first = segments[0].lower() if len(segments) > 1 else ""
    return first if LANGUAGE_FOLDER.match(first) else None


def primary_language(tag: str | None) -> str | None:
    """A language tag's primary subtag (`de-AT` -> `de`); None for none or x-default."""
    primary = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if primary.isalpha() and primary != "x" else None


def canonical_in_other_language(url: str, canonical: str, html_lang: str | None = None,
                                alternates: dict[str, str] | None = None, canonical_lang: str | None = None) -> bool:
    """Whether the page at `url` names as its canonical a version of itself in another language: its address has a
    language folder the canonical's lacks or differs in, the canonical page's known html lang (`canonical_lang`)
    differs from its own, or its hreflang `alternates` (hreflang -> URL) name the canonical as another language's."""
    folder = language_folder(url)
    if folder and folder != language_folder(canonical):
        return True
    alternates = alternates or {}
    own = primary_language(html_lang) or next(
        (primary_language(tag) for tag, other in alternates.items() if page_key(other) == page_key(url)), None)
    if not own:
        return False
    if primary_language(canonical_lang) not in (None, own):
        return True
    return any(page_key(other) == page_key(canonical) and primary_language(tag) not in (None, own)
               for tag, other in alternates.items())
