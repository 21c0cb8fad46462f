"""Read a page's machine-readable metadata: <meta> tags, <link> tags and schema.org JSON-LD."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "socialmediaposting",
    "liveblogposting", "posting", "report", "pressrelease", "satiricalarticle", "advertisercontentarticle",
})
# Page types that say "not a news article" (Organization and Person ride along on every page, so not those).
NON_ARTICLE_TYPES = frozenset({"event", "product", "jobposting", "collectionpage", "searchresultspage", "profilepage",
                               "contactpage", "aboutpage"})
# What the type test of XPath 1.0 lowercases ("application/LD+JSON"): these letters only.
_ASCII_LOWER_LD_JSON = str.maketrans("LDJSON", "ldjson")
_TRAILING_COMMAS = re.compile(r",\s*([}\]])")
# Some CMSs wrap the JSON in a CDATA section (commented out or not) as if the page were XHTML.
_CDATA = re.compile(r"^\s*(?://|/\*)?\s*<!\[CDATA\[|(?://|/\*)?\s*\]\]>\s*(?:\*/)?\s*$")


@dataclass
class PageMetadata:
    """Everything the page states about itself outside the visible text."""

    meta: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict] = field(default_factory=list)
    article: dict | None = None

    def first(self, *names: str) -> str | None:
        for name in names:
            value = self.meta.get(name)
            if value:
                return value
        return None

    @property
    def declares_article(self) -> bool:
        return self.has_type(ARTICLE_TYPES)

    def has_type(self, types: frozenset[str]) -> bool:
        return any(_types(obj) & types for obj in self.jsonld)

    @staticmethod
    def types_of(obj: dict) -> set[str]:
        """One JSON-LD object's @types, lowercased."""
        return _types(obj)

    def types(self) -> set[str]:
        """Every JSON-LD @type on the page, lowercased."""
        return {kind for obj in self.jsonld for kind in _types(obj)}


def read_metadata(root) -> PageMetadata:
    meta: dict[str, str] = {}
    pasted = _pasted_documents(root)
    for element in root.iter("meta"):
        if element.get("content") is None:
            continue
        if pasted and any(ancestor in pasted for ancestor in element.iterancestors()):
            continue
        # <meta http-equiv="content-language" content="hr"> states the page's language as a named meta states the rest.
        key = (element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
               or "").strip().lower()
        value = (element.get("content") or element.get("datetime") or "").strip()
        if key and value and key not in meta:
            meta[key] = value
    objects = list(_jsonld_objects(root))
    return PageMetadata(meta=meta, jsonld=objects, article=_main_article(objects))


def _pasted_documents(root) -> set:
    """The elements of the body holding an HTML document pasted whole (an email campaign's, with its own <title>,
    <meta> and styles), where the page's <head> has its own <title>: their <meta> tags state the pasted document's
    title and type, not the page's."""
    head = root.find("head")
    if head is None or head.find("title") is None:
        return set()
    body = root.find("body")
    if body is None:
        return set()
    return {title.getparent() for title in body.iter("title")
            if title.getparent() is not body and not any(a.tag == "svg" for a in title.iterancestors())}


def _jsonld_objects(root):
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").translate(_ASCII_LOWER_LD_JSON):
            continue
        raw = _CDATA.sub("", script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(_TRAILING_COMMAS.sub(r"\1", raw.replace("\n", " ")), strict=False)
            except ValueError:
                continue
        yield from _flatten(data, depth=0)


def _flatten(data, depth: int):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten(data["@graph"], depth + 1)
        if "@type" in data:
            yield data
            main = data.get("mainEntity")
            if isinstance(main, (dict, list)):
                yield from _flatten(main, depth + 1)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _main_article(objects: list[dict]) -> dict | None:
    articles = [obj for obj in objects if _types(obj) & ARTICLE_TYPES]
    if articles:
        # Pages that list teasers also carry their JSON-LD; the page's own article has the most to say.
        return max(articles, key=lambda obj: (bool(obj.get("articleBody")), bool(obj.get("datePublished")), len(obj)))
    pages = [obj for obj in objects if "webpage" in _types(obj) and obj.get("datePublished")]
    return pages[0] if pages else None


def stated_language(meta: PageMetadata) -> str | None:
    """The language the page's metadata states besides html lang and og:locale: JSON-LD inLanguage (its article's
    first, else the first object stating one), else <meta http-equiv="content-language">."""
    objects = ([meta.article] if meta.article else []) + meta.jsonld
    return next((found for obj in objects if (found := text_value(obj.get("inLanguage")))), None) \
        or meta.first("content-language")


def text_value(value) -> str | None:
    """A JSON-LD property as one string: names of objects, first of lists."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return text_value(value.get("name") or value.get("url") or value.get("@value"))
    if isinstance(value, list):
        for item in value:
            found = text_value(item)
            if found:
                return found
    return None


def names(value) -> list[str]:
    """Every person name in a JSON-LD author/creator property."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return names(name) if name else []
    if isinstance(value, list):
        return [name for item in value for name in names(item)]
    return []
