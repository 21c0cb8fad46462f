"""Which address an article met at two is archived under: the one the pages say is its own, not the one met first.

A source may publish one text twice: a language plugin serves an untranslated copy of a post under another
language's folder, a press office files one release under two departments. The archive keeps one article and the
other address as an alias; which address the article keeps must not depend on the order a crawl met them, or two
runs of one crawl archive it differently. The better address, in this order:
1. one whose page is declared in the language its text is written in (an untranslated copy's is declared in another:
   `<html lang="zh-CN">`, a `/zh-CN/` folder, its hreflang tag, over English text);
2. the one hreflang names the version for any language (`x-default`);
3. the shallower path, then the shorter address, then the first in alphabetical order: a rule, whatever it favours.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from news_archive.archive.language_versions import ANY_LANGUAGE, language_folder, primary_language
from news_archive.archive.urls import url_key

# The archive reports Bokmål and Nynorsk as Norwegian.
_REPORTED_AS = {"nb": "no", "nn": "no"}


@dataclass(frozen=True)
class AddressClaims:
    """What one page says of the addresses of its text: the language of each (its own from its <html lang>, its
    versions' from their hreflang), by url_key, and the url_key of the version hreflang names for any language."""

    languages: dict[str, str] = field(default_factory=dict)
    any_language: str | None = None


def address_claims(url: str, html_lang: str | None, alternates: dict[str, str]) -> AddressClaims:
    """The claims of the page at `url` declaring `html_lang`, with hreflang `alternates` (tag -> URL)."""
    languages = {url_key(other): language for tag, other in alternates.items() if (language := _language(tag))}
    if own := _language(html_lang):
        languages[url_key(url)] = own
    default = alternates.get(ANY_LANGUAGE)
    return AddressClaims(languages, url_key(default) if default else None)


def is_better_address(url: str, language: str | None, than: str, than_language: str | None,
                      claims: AddressClaims) -> bool:
    """Whether `url`, whose text is in `language`, is a better address of the text than `than` (in `than_language`)."""
    return _rank(url, language, claims) < _rank(than, than_language, claims)


def _rank(url: str, text_language: str | None, claims: AddressClaims) -> tuple:
    key = url_key(url)
    declared = claims.languages.get(key) or _language(language_folder(url))
    path = urlsplit(url).path
    return (declared is not None and text_language is not None and declared != _language(text_language),
            claims.any_language is not None and key != claims.any_language,
            len([segment for segment in path.split("/") if segment]), len(url), url)


def _language(tag: str | None) -> str | None:
    primary = primary_language(tag)
    return _REPORTED_AS.get(primary, primary) if primary else None
