"""A page's dates where machines read them: meta tags, JSON-LD, <time> and publication-classed elements, date-named
data attributes, script data, analytics tags and a video's upload date."""
from __future__ import annotations

import re

from . import xpaths
from .hints import ClassIndex, names_post_metadata
from .date_lines import DATE_HINT, OTHER_LABEL, UPDATED_LABEL, unlabelled_date
from .dates import epoch_date, parse_date_value
from .event_fields import is_event_field
from .header_texts import SHORT_TEXT_CHARS
from .structured import PageMetadata, text_value
from .teaser_dates import in_teaser_link, is_comments_container
from .text import spaced_text, text_of

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "published_time", "published-date", "publish-date", "publish_date", "publishdate",
    "pubdate", "article.published", "article_date_original", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "citation_publication_date",
    "cxenseparse:recs:publishtime", "published_date", "publication_date", "date_published", "publish_time",
    "publisheddate", "og:publish_date", "og:datepublished", "article:published_date", "article:publicationdate",
    "dc.date.publication", "rnews:datepublished", "analyticsattributes.articledate",
    "shareaholic:article_published_time", "twt-published-at", "pdate",
    "displaydate", "date", "dc.date", "dcterms.date", "dc:date", "og:pubdate", "article:post_date",
    "datecreated", "date_created", "dc.created", "dc:created", "article.created", "created", "bt:pubdate",
    # Older American newspaper CMSs and analytics tags.
    "originalpublicationdate", "dateposted", "mediator_published_time",
    "content_create_date", "vr:published_time", "rbpubdate",
)
# Site-search indexers' tags ("published_at" for Swiftype): a moment in UTC that a scheduled release may have gone
# out after the day it shows, so trusted only where the page shows no date.
SEARCH_INDEX_META = ("published_at",)
# Tags that name no kind of date: CMSs fill them with the publication or with the last save.
GENERIC_META = frozenset({"date", "dc.date", "dcterms.date", "dc:date"})
UPDATED_META = (
    "article:modified_time", "og:updated_time", "article:modified", "datemodified", "last-modified",
    "dcterms.modified", "modified_time", "lastmod", "og:article:modified_time", "og:modified_time",
    "article:modified_date", "updated_time", "lastmodified", "dc.modified",
)

ASIDE_TAGS = frozenset({"nav", "aside"})
# The value is a date text or a Unix timestamp, quoted or not.
_SCRIPT_VALUE = r'\s*:\s*(?:"([^"]{8,40})"|(\d{10}(?:\d{3})?)(?![\d.]))'
_SCRIPT_PUBLISHED = re.compile(
    r'"(?:datePublished|published_at|publishedAt|publishDate|publish_date|date_published|firstPublished)"' + _SCRIPT_VALUE)
_SCRIPT_CREATED = re.compile(r'"(?:dateCreated|created_at|createdAt)"' + _SCRIPT_VALUE)
_DATE_ATTRIBUTE = re.compile(r"time|date|publish|epoch", re.IGNORECASE)
_OTHER_ATTRIBUTE = re.compile(r"modif|updat|last|edit|expir|now|current|server|render|load|sort|start|end|until|base",
                          re.IGNORECASE)
_PARSELY_PUB_DATE = re.compile(r'"pub_date"\s*:\s*"([^"]{8,40})"')


def from_script_data(root, month_first: bool) -> str | None:
    """A publication date in the page's own data (shop and app frameworks ship it as JSON in a <script>)."""
    scripts = [script.text for script in root.iter("script") if script.text]
    for pattern in (_SCRIPT_PUBLISHED, _SCRIPT_CREATED):
        for text in scripts:
            match = pattern.search(text)
            found = stated_date(match.group(1) or match.group(2), month_first) if match else None
            if found:
                return found
    return None


def from_video(meta: PageMetadata, month_first: bool) -> str | None:
    """The upload date a news site's video page states in its JSON-LD VideoObject; only where the page states no
    article, whose embedded video may be older than the article."""
    if meta.article is not None:
        return None
    video = next((obj for obj in meta.jsonld if "videoobject" in meta.types_of(obj)), None)
    return stated_date(video.get("uploadDate"), month_first) if video else None


def from_analytics_tag(meta: PageMetadata, month_first: bool) -> str | None:
    """The publication that Parse.ly's analytics tag states in JSON ("pub_date"), on many American news sites;
    in UTC and less tended than the page's own dates, so trusted only where the page shows none."""
    found = _PARSELY_PUB_DATE.search(meta.meta.get("parsely-page") or "")
    return date_value(found.group(1), month_first) if found else None


def date_value(raw: str | None, month_first: bool) -> str | None:
    """The date in a machine-readable value: a date text, or a Unix timestamp in seconds or milliseconds, which
    some CMSs state in their meta tags and JSON-LD."""
    return (parse_date_value(raw, month_first=month_first) or epoch_date(raw.strip())) if raw else None


def stated_date(value, month_first: bool) -> str | None:
    """A JSON-LD date, a text or a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return epoch_date(str(int(value)))
    return date_value(text_value(value), month_first)


def from_time_elements(root, classes: ClassIndex, month_first: bool, url: str) -> tuple[str | None, str | None]:
    """The first publication date in a <time>, a datePublished item or a publication-classed element (its
    machine-readable value, its text, else a date-named data attribute), and apart the first in a <nav> or
    <aside> (another article's teaser, a "today" clock: trusted less than the text; a breadcrumb trail is no such
    <nav>); failing the first, one there
    marked as the post's publication."""
    candidates = classes.published + [element for element in classes.with_class(xpaths.PUBLISHED_CLASSES)
                                      if _names_publication(element)]
    aside = marked = None
    for element in candidates + list(root.iter("time")):
        if not_a_publication(element) or in_teaser_link(element, url):
            continue
        # hAtom microformats state the moment in an <abbr>'s title ("<abbr class=published title=...>").
        raw = (element.get("datetime") or element.get("content") or element.get("data-published")
               or (element.get("title") if element.tag == "abbr" else None))
        found = date_value(raw, month_first) if raw else None
        if not found:
            text = text_of(element)
            found = unlabelled_date([text], month_first) if len(text) < SHORT_TEXT_CHARS else None
        found = found or date_attribute(element, month_first)
        if not found:
            continue
        if not any(a.tag in ASIDE_TAGS and not _is_breadcrumb(a) for a in element.iterancestors()):
            return found, aside
        marked = marked or (found if _marked_published(element) else None)
        aside = aside or found
    return marked, aside


def _names_publication(element) -> bool:
    """A class word of the element names a publication date, not only the post's wrapper: WordPress gives every
    entry it prints, a related post's card as much as the post itself, the word of the post's state
    (`status-publish`), which dates nothing."""
    return any(word not in xpaths.POST_CLASSES and any(part in word for part in xpaths.PUBLISHED_CLASSES)
               for word in (element.get("class") or "").lower().split())


def _is_breadcrumb(element) -> bool:
    """The element is a breadcrumb trail ("All news › Blog › March 19, 2020"): the page's own path, a <time> in it the
    post's day (a Drupal theme's only date of the post), not a teaser's or a clock's as elsewhere in a <nav>."""
    names = f"{element.get('class', '')} {element.get('id', '')} {element.get('aria-label', '')}".lower()
    return xpaths.BREADCRUMB_WORD in names


def lone_time(root, found: str, month_first: bool) -> bool:
    """The page's only machine-readable <time> states `found`."""
    stated = [element.get("datetime") for element in root.iter("time") if element.get("datetime")]
    return len(stated) == 1 and date_value(stated[0], month_first) == found


def _marked_published(element) -> bool:
    """A date marked as the post's publication ("entry-date published", itemprop datePublished) outside any list, or
    the one <time> of the theme's box of the post's own fields (its "post meta": a documentation theme's blog lists
    the post's day, author and reading time in a side column's <nav>): the post's own wherever the theme sets it, also
    in a side column beside the text, above a changelog's dated entries or an update stamp under the text. A box of
    more dates lists other posts' too."""
    classes = (element.get("class") or "").split()
    marked = "published" in classes or element.get("itemprop") == "datePublished"
    if marked and next(element.iterancestors("li"), None) is None:
        return True
    box = next((parent for parent in element.iterancestors() if names_post_metadata(parent.get("class") or "")), None)
    return box is not None and sum(1 for _ in box.iter("time")) == 1


def date_attribute(element, month_first: bool) -> str | None:
    """A date or a Unix timestamp (its UTC moment) in a data attribute named for a time, a date or the
    publication ("data-timestamp", "data-publish-date"): scripts render it as "2 hours ago" and leave the text
    no date. Only the element's own date, never an update's or the page's clock ("data-last-modified",
    "data-now")."""
    for name, value in element.items():
        if name.startswith("data-") and _DATE_ATTRIBUTE.search(name) and not _OTHER_ATTRIBUTE.search(name):
            found = date_value(value, month_first)
            if found:
                return found
    return None


def not_a_publication(element) -> bool:
    """An update date, a date another label claims ("Registriert:"), a reader comment's date, or the date of a post
    the text quotes (an embedded social-media post is a <blockquote> stamped with its own day)."""
    if any(is_comments_container(a) or a.tag == "blockquote" for a in element.iterancestors()):
        return True
    previous, parent = element.getprevious(), element.getparent()
    if _names_update(f"{element.get('class', '')} {element.get('itemprop', '')}".lower()):
        return True
    # A theme sets the update's <time> in a box of its own ("timestamp--updated").
    if parent is not None and _names_update((parent.get("class") or "").lower()):
        return True
    label = (text_of(previous) if previous is not None else "") + ((parent.text or "") if parent is not None else "")
    label = label[-40:]
    # A label before the element, unless a date of its own follows it ("Updated: Mar 4, 2020" set beside).
    updated = [m.end() for m in UPDATED_LABEL.finditer(label)]
    if (updated and not DATE_HINT.search(label, updated[-1])) or OTHER_LABEL.search(label):
        return True
    # An event's day set in its field ("When: <time>...</time>").
    if parent is not None and is_event_field(spaced_text(parent)):
        return True
    # Or the label opens the element's own text ("<time datetime=...>Updated Mar 4, 2020</time>").
    return bool(UPDATED_LABEL.match(text_of(element)[:40].lstrip()))


def _names_update(hints: str) -> bool:
    """Classes or itemprop that name an update; WordPress themes class a never-edited post's one date
    "published updated", and that is its publication."""
    return ("modif" in hints or "updat" in hints) and "publish" not in hints
