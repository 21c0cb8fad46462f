"""Article extraction: one call turns a fetched page into its title, dates, author, lead and clean body."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import body, metadata, page_dates, prune, reference_text, structured
from .blocks import Block
from .boilerplate import BoilerplateMemory
from .hints import ClassIndex
from .html_input import parse_html
from .sanitise import render_blocks

__all__ = ["Extracted", "extract_article", "BoilerplateMemory"]

# Path segments of pages that are not news articles even when they hold prose.
_NON_ARTICLE_PATH = re.compile(
    r"/(?:about|about-us|om-oss|om|contact|kontakt|kontakta-oss|event|events|evenemang|kalender|kalendarium|"
    r"calendar|tag|tags|category|kategori|categories|author|search|sok|sök|login|privacy|cookies|"
    r"integritetspolicy|sitemap)(?:/|$)", re.IGNORECASE)
_MIN_ARTICLE_CHARS = 150
# Listing pages show a run of linked teaser headlines with little text under each.
_LISTING_LINKED_HEADINGS = 3
_LISTING_CHARS_PER_HEADING = 500


@dataclass
class Extracted:
    """What a page says about its article; empty strings and None where it says nothing."""

    title: str = ""
    lead: str = ""
    body: str = ""
    body_html: str = ""
    published: str | None = None
    published_from: str | None = None
    updated: str | None = None
    author: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    html_lang: str | None = None
    og_locale: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)
    is_article: bool = False


def extract_article(html: str | bytes, url: str, *, boilerplate: BoilerplateMemory | None = None,
                    listed_as_article: bool = False) -> Extracted:
    """Extract the article on one page. Never raises: unusable input gives an empty Extracted.

    With `boilerplate` (one memory per source), paragraphs this source repeats on other pages are dropped.
    `listed_as_article`: the crawler found the page where the site lists its articles, which stands in for a
    date or og:type the page itself does not give.
    """
    try:
        return _extract(html, url or "", boilerplate, listed_as_article)
    except Exception:  # noqa: BLE001 - one malformed page must never stop a crawl
        return Extracted()


def _extract(html: str | bytes, url: str, boilerplate: BoilerplateMemory | None, listed_as_article: bool) -> Extracted:
    root = parse_html(html or "")
    if root is None:
        return Extracted()
    meta = structured.read_metadata(root)
    classes = ClassIndex(root)
    html_lang = metadata.find_html_lang(root)
    names = metadata.site_names(meta, url)
    title = metadata.find_title(root, meta, names)
    month_first = (html_lang or "").lower().startswith("en-us")
    published, published_from, updated = page_dates.find_dates(root, meta, url, classes, title,
                                                                month_first=month_first)
    author = metadata.find_authors(root, meta, names, classes)
    lead = metadata.find_lead(meta, classes)
    result = Extracted(
        title=title, lead=lead, published=published, published_from=published_from, updated=updated,
        author=author, image=metadata.find_image(meta, url), canonical_url=metadata.find_canonical(root, meta, url),
        html_lang=html_lang, og_locale=meta.first("og:locale"), alternates=metadata.find_alternates(root, url))

    furniture_texts = prune.prune_tree(root, classes)
    main_text = body.extract_body(root, title, furniture_texts)
    stated_body = reference_text.clean_reference(structured.text_value((meta.article or {}).get("articleBody")))
    found = reference_text.reconcile(main_text.blocks, stated_body)
    if boilerplate is not None:
        page = result.canonical_url or url
        boilerplate.observe(page, (b.text for b in found))
        found = [b for b in found if not boilerplate.is_boilerplate(page, b.text)]
    result.is_article = _is_article(found, main_text.linked_headings, meta, url, listed_as_article or published)
    if result.is_article:
        result.body = "\n\n".join(b.text for b in found)
        result.body_html = render_blocks(found, url)
        if not result.lead:
            result.lead = next((b.text for b in found if b.kind != "heading"), "")
    return result


def _is_article(found: list[Block], linked_headings: int, meta: structured.PageMetadata, url: str,
                dated: str | bool | None) -> bool:
    chars = sum(b.chars for b in found)
    if chars == 0 or (chars < _MIN_ARTICLE_CHARS and dated is not True):
        return False  # a one-line post counts when the crawler found it listed as an article
    # JSON-LD Article types are deliberate; og:type "article" is stamped on every page by some CMSs.
    if meta.declares_article:
        return True
    if meta.has_type(structured.NON_ARTICLE_TYPES):
        return False
    path = url.split("?", 1)[0].split("/", 3)[-1] if url.count("/") >= 3 else ""
    if _NON_ARTICLE_PATH.search("/" + path):
        return False
    if linked_headings >= _LISTING_LINKED_HEADINGS and chars / linked_headings < _LISTING_CHARS_PER_HEADING:
        return False
    return bool(dated or meta.first("og:type") == "article")
