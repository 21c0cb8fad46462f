"""Article extraction: one call turns a fetched page into its title, dates, author, lead and clean body."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from news_archive.archive.cms_classes import marks_archive, marks_blog_post, marks_media_file_page, marks_static_page
from news_archive.archive.entry_markup import PageEntries
from news_archive.archive.page_title import document_title
from news_archive.archive.record import FROM_LISTING, FROM_RUNNING_TEXT, FROM_UPDATED

from . import (article_title, body, comments, metadata, own_headline, page_dates, permalinks, prune, reference_text,
               script_payload, structured)
from .blocks import PREFORMATTED, is_quoted
from .boilerplate import BoilerplateMemory
from .builder_documents import own_document
from .dates import reads_month_first
from .entry_type import entry_dated_in_metadata_only, metadata_day_shown, shows_metadata_day
from .event_page import event_day
from .hints import ClassIndex
from .html_input import parse_html
from .language_links import find_language_links
from .lead_heading import headline_over_dateline, permalinked_headings
from .listing_cards import LinkBoxes
from .own_post import media_entry_alone, shows_own_media
from .page_type import (ARTICLE, ARTICLE_TEXT_TYPES, EMPTY, TEXTLESS_POST_AWAITING_DATE, PageEvidence,
                        decide_page_type)
from .sanitise import render_blocks
from .shown_titles import shows_title
from .password_form import only_password_form, password_forms
from .stamp_lines import says_nothing_of_the_text
from .text import fold
from .translation_notice import only_untranslated_notice

_log = logging.getLogger(__name__)

__all__ = ["Extracted", "extract_article", "BoilerplateMemory"]

# A page's HTML holds no article when its body is shorter than this: then the text its script payload holds is read.
# Not when it is longer: a page showing its article carries more in its payload too (related stories, the whole
# page's markup again), which no share of lengths tells from a text the HTML shows only in part.
_MIN_SCRIPT_BODY_CHARS = 200


@dataclass
class Extracted:
    """What a page says about its article; empty strings and None where it says nothing.

    The body is the page's main text whatever the page is; `comments` what readers wrote below it, kept apart. `page_type` says what the page is
    (see page_type.py: only "article" pages are stored by a crawl) and `page_reason` on what evidence;
    `is_article` is True when the body is one article's text ("article", or an undated "page").
    """

    title: str = ""
    lead: str = ""
    body: str = ""
    body_html: str = ""
    comments: str = ""
    published: str | None = None
    published_from: str | None = None
    updated: str | None = None
    author: str | None = None
    # Where `author` was read from <meta name="author"> alone: that tag as stated, and the author the page names
    # without it (see metadata.author_beside_site_meta).
    site_meta_author: str | None = None
    author_beside_meta: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    html_lang: str | None = None
    og_locale: str | None = None
    stated_language: str | None = None  # JSON-LD inLanguage or <meta http-equiv="content-language">
    alternates: dict[str, str] = field(default_factory=dict)
    language_links: list[str] = field(default_factory=list)
    # The body's paragraphs that are preformatted text (<pre>: code, program output, a traceback): written in no
    # reader's language, so the language stage leaves them out.
    code_paragraphs: list[str] = field(default_factory=list)
    # The body's paragraphs in a <blockquote>: words the writer quotes, which may be in another language than theirs.
    quoted_paragraphs: list[str] = field(default_factory=list)
    is_article: bool = False
    page_type: str = EMPTY
    page_reason: str = ""
    # The post's own wrapper holds no text (a picture or a player alone): stored with no body when listed as a post.
    bare_post: bool = False
    # A listed post of no words that nothing dates yet (page_type.TEXTLESS_POST_AWAITING_DATE).
    awaits_date: bool = False
    # Its metadata alone dates it to a day, which a line of the page shows readers too (entry_type.shows_metadata_day).
    shows_metadata_day: bool = False


def extract_article(html, url: str, *, boilerplate: BoilerplateMemory | None = None,
                    listed_as_article: bool = False, fetched_at: str | None = None,
                    listing_day: str | None = None, listing_order: bool | None = None) -> Extracted:
    """Extract the article on one page (`html`: str, bytes, or an lxml tree parsed already, which is pruned in
    place). Never raises: unusable input gives an empty Extracted.

    With `boilerplate` (one memory per source), paragraphs this source repeats on other pages are dropped.
    `listed_as_article`: the crawler found the page where the site lists its articles, which stands in for a
    date or og:type the page itself does not give. `fetched_at` (ISO 8601, from a crawl): when the page was
    fetched, which dates "2 hours ago" and bounds the year of a day printed without one ("Mar 3"). `listing_day`
    (ISO 8601): the day the site's feed gives the page or its listing shows beside the page's link; a listed page
    stating no date of its own is read as a post of that day (a short post's lines, a picture alone), though dated by
    it only after extraction (pipelines/feed_dates.py, listing_dates.py). `listing_order`: whether the site's listings
    print slashed dates month first, for a page whose locale names no country (pipelines/listing_dates.py).
    """
    try:
        return _extract(html, url or "", boilerplate, listed_as_article, _moment(fetched_at), listing_day,
                        listing_order)
    except Exception as error:  # noqa: BLE001 - one malformed page must never stop a crawl
        # Said in one line, so a fault of ours is seen rather than passed off as a page without text.
        _log.warning("%s: the extractor failed (%s: %s); the page is read as one without text",
                     url, type(error).__name__, error)
        return Extracted()


def _rather_from_scripts(main_text: body.Body, scripts: list[str], title: str, url: str, page_days) -> body.Body:
    """The body the page's Next.js payload holds when its HTML shows none, read and cleaned as HTML is."""
    if _text_chars(main_text) >= _MIN_SCRIPT_BODY_CHARS:
        return main_text
    root = parse_html(script_payload.payload_html(scripts))
    if root is None:
        return main_text
    furniture_texts = prune.prune_tree(root, ClassIndex(root), title=title, url=url)
    from_scripts = body.extract_body(root, title, furniture_texts, url, page_days)
    return from_scripts if _text_chars(from_scripts) >= _MIN_SCRIPT_BODY_CHARS else main_text


def _text_chars(found: body.Body) -> int:
    return sum(b.chars for b in found.blocks)


def _moment(value: str | None) -> dt.datetime | None:
    """An ISO 8601 moment, in UTC when it names no zone; None for anything else."""
    try:
        moment = dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=moment.tzinfo or dt.timezone.utc) if moment else None


def _extract(html, url: str, boilerplate: BoilerplateMemory | None, listed_as_article: bool,
             fetched: dt.datetime | None, listing_day: str | None = None,
             listing_order: bool | None = None) -> Extracted:
    root = parse_html("" if html is None else html)
    if root is None:
        return Extracted()
    permalinks.drop_permalink_marks(root)
    meta = structured.read_metadata(root)
    classes = ClassIndex(root)
    html_lang = metadata.find_html_lang(root)
    home_names = metadata.home_headings(root, url)
    names = metadata.site_names(meta, url, home_names, metadata.home_link_labels(root, url))
    title = article_title.find_title(root, meta, names, home_names, url)
    month_first = reads_month_first(url, html_lang, meta.first("og:locale"),
                                    structured.text_value((meta.article or {}).get("inLanguage")),
                                    meta.first("content-language", "language", "dc.language"), printed=listing_order)
    published, published_from, updated = page_dates.find_dates(root, meta, url, classes, title,
                                                                month_first=month_first, fetched=fetched)
    if updated and not published and listing_day:
        # A post whose byline shows only the day it was updated, which its listing's card shows beside the link too:
        # the site dates the entry by that day. An update line alone vouches for no article (a policy page's "Last
        # updated"); the listing's dated card does.
        byline_update = page_dates.shown_update(root, url, title, month_first=month_first, under_headline=True)
        if byline_update and byline_update[:10] == listing_day[:10]:
            published, published_from = byline_update, FROM_LISTING
    # Read before pruning, which may take the line's box: an article showing only its update is dated by it, and so
    # is one whose other day is only named in a sentence of its text (an event's: "On 1 January ... merged") when the
    # update line is its byline, under the headline.
    update_shown = None
    if updated and not published:
        update_shown = page_dates.shown_update(root, url, title, month_first=month_first)
    elif updated and published_from == FROM_RUNNING_TEXT:
        update_shown = page_dates.shown_update(root, url, title, month_first=month_first, in_byline=True)
    undated_entry = entry_dated_in_metadata_only(root, url, title, published_from, month_first, fetched)
    # Read before pruning, which may take the date line; it only vouches for a listed post (page_type.TEXTLESS_POST).
    day_shown = listed_as_article and metadata_day_shown(root, published, published_from)
    metadata_day_seen = shows_metadata_day(root, published, published_from)
    # Read before pruning, which may take the facts' table under the headline.
    facts_day = event_day(root, title, month_first=month_first) if published else None
    byline_day = {"title": title, "published": published, "month_first": month_first}
    author = metadata.find_authors(root, meta, names, classes, **byline_day)
    site_meta_author, author_beside_meta = metadata.author_beside_site_meta(root, meta, names, classes, author,
                                                                            **byline_day)
    page_days = {day[:10] for day in (published, updated) if day}
    lead = metadata.find_lead(root, meta, classes, title, page_days)
    result = Extracted(
        title=title, lead=lead, published=published, published_from=published_from, updated=updated,
        author=author, site_meta_author=site_meta_author, author_beside_meta=author_beside_meta,
        image=metadata.find_image(meta, url), canonical_url=metadata.find_canonical(root, meta, url),
        html_lang=html_lang, og_locale=meta.first("og:locale"), stated_language=structured.stated_language(meta),
        shows_metadata_day=metadata_day_seen,
        alternates=metadata.find_alternates(root, url),
        language_links=find_language_links(root, url))

    # Pruning drops the comment section with the rest of the furniture, and may drop teasers' <article>s: read first.
    page_entries = PageEntries(root, url)
    entry_list = page_entries.lists_other_entries()
    beside = page_entries.cards_beside_headline()
    shows_media = shows_own_media(root, title, beside_cards=bool(beside))
    picture_entry = media_entry_alone(root)
    # The headline over the post's date line (read before pruning, which may take the line), or linked to the page's
    # own address (a theme's post-title widget): a headline of its own.
    # The page builder's document of the post the <body> names (builder_documents.py): the post's own element, read
    # before pruning, which may take it whole when it shows only a picture.
    own_builder_document = own_document(root) is not None
    own_header = headline_over_dateline(root, title) or title in permalinked_headings(root, url) \
        or own_headline.headline_left_empty(root, title, home_names)
    readers = comments.find_comments(root, classes, url)
    protected_forms = password_forms(root)
    scripts = script_payload.payload_scripts(root)
    # Pruning may take the headline's box (a theme's title widget): whether the page showed the title is read first.
    headline_shown = shows_title(root, title, fold)
    # Pruning takes the <head>'s <title>, which tells a post's own headline from a theme's shell: read first.
    stated_title = document_title(root)
    page_links = LinkBoxes(root, url)
    furniture_texts = prune.prune_tree(root, classes, readers.elements, title, url)
    # Other posts' cards in a box beside the text under the page's <h1> are none of its text, however short that is
    # (read before pruning, dropped after: furniture that held them went with its texts noted).
    for box in beside:
        if any(ancestor is root for ancestor in box.iterancestors()):
            box.drop_tree()
    # A page stating no day of its own shows readers its listing's card's: the day the body's short-post rules read.
    listing_dated = bool(listed_as_article and listing_day and not published)
    if listing_dated:
        page_days = {listing_day[:10]}
    main_text = body.extract_body(root, title, furniture_texts, url, page_days, headline_shown, page_links,
                                  result.canonical_url)
    if scripts:
        main_text = _rather_from_scripts(main_text, scripts, title, url, page_days)
    stated_body = reference_text.clean_reference(structured.text_value((meta.article or {}).get("articleBody")))
    found = reference_text.reconcile(main_text.blocks, stated_body)
    if boilerplate is not None:
        page = result.canonical_url or url
        boilerplate.observe(page, (b.text for b in found))
        found = [b for b in found if not boilerplate.is_boilerplate(page, b.text)]
    own_post = own_headline.shows_own_headline(root, meta, title, home_names, stated_title) \
        or main_text.in_post_wrapper \
        or own_header or own_builder_document
    verdict = decide_page_type(PageEvidence(
        sum(b.chars for b in found), main_text, meta, url, published, published_from,
        listed_as_article=listed_as_article, marked_static=marks_static_page(root),
        marked_media_file=marks_media_file_page(root), lists_other_entries=entry_list,
        cards_beside_headline=bool(beside), own_post=own_post,
        untranslated=only_untranslated_notice([b.text for b in found]), undated_entry=undated_entry,
        marked_archive=marks_archive(root), password_only=only_password_form(found, protected_forms),
        marked_post=marks_blog_post(root), shows_media=shows_media, media_entry_alone=picture_entry,
        listing_dated=listing_dated,
        metadata_day_shown=day_shown, stamped_by_readers=comments.stamped_by_readers(readers), event_day=facts_day))
    result.page_type, result.page_reason = verdict.kind, verdict.reason
    result.bare_post = main_text.bare_post
    result.awaits_date = verdict.reason == TEXTLESS_POST_AWAITING_DATE
    if verdict.kind == ARTICLE and update_shown:
        # An article showing only when it was last updated is dated by that day (record.FROM_UPDATED); judged first,
        # as that date vouches for no page being an article.
        result.published, result.published_from = update_shown, FROM_UPDATED
    result.is_article = verdict.kind in ARTICLE_TEXT_TYPES
    result.body = "\n\n".join(b.text for b in found)
    result.code_paragraphs = [b.text for b in found if b.kind == PREFORMATTED]
    result.quoted_paragraphs = [b.text for b in found if is_quoted(b)]
    result.body_html = render_blocks(found, url)
    result.comments = comments.comments_text(readers.blocks, meta, found)
    if not result.lead:
        result.lead = next((b.text for b in found if b.kind != "heading" and not says_nothing_of_the_text(b.text)), "")
    return result
