"""Which address an article met at two is archived under: the one the pages say is its own, not the one met first.

A source may publish one text twice: a language plugin serves an untranslated copy of a post under another
language's folder, a press office files one release under two departments. The archive keeps one article and the
other address as an alias; which address the article keeps must not depend on the order a crawl met them, or two
runs of one crawl archive it differently. The better address, in this order:
1. one whose page is declared in the language its text is written in, where an untranslated copy's is declared in
   another (`<html lang="zh-CN">`, a `/zh-CN/` folder, over English text). Both addresses are judged by the same
   evidence, whichever the crawl met first: the hreflang tag naming it, else its row's `declared_language`;
2. the one the other's hreflang names the version for any language (`x-default`);
3. one whose path names the article's day (`/2018/06/28/`, `/2018-06-28-slug/` for a post of 28 June), then one
   naming no day, then one naming another (an older `/2018/06/27/`): a dated permalink is the post's own;
4. where both pages date the text and their days differ, the earlier: a site that publishes a text again weeks later
   (a `-2` address) reposts a story, which dates from its first publication and lives at the address that carried it;
5. the shallower path, then the shorter address, then the first in alphabetical order: a rule, whatever it favours.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from news_archive.archive.language_versions import ANY_LANGUAGE, language_folder, primary_language
from news_archive.archive.urls import url_key

# A day in a path: /2018/06/28/ or /2018-06-28-slug/.
_DATE_PATH = re.compile(r"/(\d{4})[/-](\d{2})[/-](\d{2})(?=[/-])")
# The archive reports Bokmål and Nynorsk as Norwegian.
_REPORTED_AS = {"nb": "no", "nn": "no"}


@dataclass(frozen=True)
class AddressClaims:
    """What one page says of the addresses of its text: the language of each (its own from its <html lang>, its
    versions' from their hreflang), by url_key, and the url_key of the version hreflang names for any language."""

    languages: dict[str, str] = field(default_factory=dict)
    any_language: str | None = None


def address_claims(alternates: dict[str, str], own: list[str]) -> AddressClaims:
    """The claims of the hreflang `alternates` (tag -> URL) of the page at the `own` addresses. Its own <html lang> is
    not one, nor an x-default naming the page itself: the address stored already has only its row to speak for its
    page (whose x-default likely named itself as well), so the page in hand speaks by its row too."""
    languages = {url_key(other): language for tag, other in alternates.items() if (language := _language(tag))}
    default = alternates.get(ANY_LANGUAGE)
    named_elsewhere = default and url_key(default) not in {url_key(url) for url in own if url}
    return AddressClaims(languages, url_key(default) if named_elsewhere else None)


def is_better_address(url: str, article: dict, than: str, than_article: dict, claims: AddressClaims) -> bool:
    """Whether `url` is a better address of the text than `than`; `article` and `than_article` are the rows (their
    `language` and `published`) read from the page at each."""
    rank, than_rank = _rank(url, article, claims), _rank(than, than_article, claims)
    if rank[:_BY_PAGES] != than_rank[:_BY_PAGES]:
        return rank < than_rank
    day, than_day = _day(article), _day(than_article)
    if day and than_day and day != than_day:
        return day < than_day  # an undated copy says nothing of which came first: the addresses decide
    return rank[_BY_PAGES:] < than_rank[_BY_PAGES:]


def declared_in_another_language(url: str, article: dict, claims: AddressClaims) -> bool:
    """Whether the page at `url` is declared in another language than its text (`article`'s) is written in: an
    untranslated copy's address. Each address is judged by the same evidence, whichever the crawl met first: the
    hreflang tag naming it, else what its page declared (its row's `declared_language`: <html lang>, og:locale and
    a language folder where they agree), else its language folder."""
    text_language = _language(article.get("language"))
    if text_language is None:
        return False
    declared = claims.languages.get(url_key(url)) or _language(article.get("declared_language"))
    folder = _language(language_folder(url))
    if declared is None and folder is not None and article.get("declared_language") is None:
        # A page under a language folder that declared no one language: its <html lang> said another than its folder
        # (a static generator's `/en/` alternative of a German post, `<html lang="de">`), a copy's mark whatever the
        # text's language.
        return True
    declared = declared or folder
    return declared is not None and declared != text_language


# How many of `_rank`'s criteria come before the first publication's day (rules 1-3 of the module's docstring).
_BY_PAGES = 3


def _day(article: dict) -> str:
    return (article.get("published") or "")[:10]


def _rank(url: str, article: dict, claims: AddressClaims) -> tuple:
    """The address's rank by every rule of the module's docstring but the publication day's (rule 4), which compares
    two dated copies only."""
    key = url_key(url)
    path = urlsplit(url).path
    day = _DATE_PATH.search(path)
    return (declared_in_another_language(url, article, claims),
            claims.any_language is not None and key != claims.any_language,
            1 if day is None else 0 if "-".join(day.groups()) == _day(article) else 2,
            len([segment for segment in path.split("/") if segment]), len(url), url)


def _language(tag: str | None) -> str | None:
    primary = primary_language(tag)
    return _REPORTED_AS.get(primary, primary) if primary else None
