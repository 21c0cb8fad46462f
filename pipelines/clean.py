"""Clean stage: turn a fetched page into title, text and metadata; drop pages that are not articles."""
from __future__ import annotations

import copy

from news_archive.archive.crawl_signals import NotAnArticle
from news_archive.archive.record import ArticleItem, dated_weakly, fields_set_by
from news_archive.archive.urls import is_site_root
from news_archive.pipelines.archive_connection import crawl_archive
from news_archive.archive.days_ahead import source_of_shown_day
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.entry_type import shows_no_own_date
from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.archive.cms_classes import marks_blog_post
from news_archive.pipelines.extraction.page_type import LISTED_ONLY, STORED_TYPES, TEXTLESS_POST
from news_archive.pipelines.feed_dates import FeedDates
from news_archive.pipelines.listing_dates import ListingDates
from news_archive.pipelines.running_text_pages import shows_itself_a_post
from news_archive.pipelines.site_boilerplate import SiteBoilerplate
from news_archive.pipelines.translation_twins import TranslationTwins

EXTRACTED_FIELDS = fields_set_by("clean")


def clean_item(item: ArticleItem, twins: TranslationTwins | None = None,
               listing_day: str | None = None, listing_order: bool | None = None) -> ArticleItem:
    """Fill the item's article fields from its HTML; raises NotAnArticle (a DropItem) when the page is not a news article. `twins`: the
    crawl's stored articles, which present the pages they name as their translations (pipelines/translation_twins.py).
    `listing_day`: the day the source's feed gave the page or its listing showed beside a link to it
    (pipelines/feed_dates.py, pipelines/listing_dates.py). `listing_order`: whether the source's listings print slashed
    dates month first (ListingDates.printed_order)."""
    extracted = fill_item(item, listing_day, listing_order)
    if is_site_root(item.url):
        # The site's front page at its own address, whatever it shows: a welcome text under its own headline, dated by
        # the newest post beside it.
        raise NotAnArticle(item.source, item.url, "the site's start page", "other")
    no_text = not extracted.body.strip() and not extracted.bare_post and extracted.page_reason != TEXTLESS_POST
    # A listed post of no words that nothing dates yet goes on to wait for its feed's date (textless_posts.py).
    if (extracted.page_type not in STORED_TYPES or no_text) and not extracted.awaits_date:
        raise NotAnArticle(item.source, item.url, extracted.page_reason, extracted.page_type)
    unpresented = item.outside_news and dated_weakly(item.published, item.published_from)
    # Only its address, in the folder holding every page of the site, presents it, and only a day its text mentions
    # dates it: an old blog's static page at the root beside the posts, which their text links ("past actions",
    # "minutes of the meetings": a log of dated entries). An undated one is judged by its markup.
    mentioned_only = item.address_only and bool(item.published) and dated_weakly(item.published, item.published_from)
    if unpresented or mentioned_only or (item.address_only and _undated_unmarked(item, extracted.page_reason)) \
            or ((item.outside_news or item.address_only) and _dated_unseen(item)):
        # A day its text mentions (a season's "from 11 September to 26 June") dates no publication; nor does the
        # article type a generator stamps on every page make a page nothing presents as news one, nor the day its
        # metadata alone gives (a generator that makes every page a post dates the contact page too), however many
        # other days it shows (a life's, a course's evenings). A stored article naming it as its translation
        # presents it.
        if twins is not None and twins.twin_date(item)[0]:
            return item
        raise NotAnArticle(item.source, item.url, "no feed, listing or article family presents it as news, and it "
                           "shows no date line of its own", "page")
    if item.running_text_only and not shows_itself_a_post(item.url, item.published, item.published_from, listing_day):
        # Release notes, a product's page or an FAQ that a listing printing its posts whole links in their text: a date
        # and some text make no post of a page nothing presents as news (pipelines/running_text_pages.py).
        if twins is not None and twins.twin_date(item)[0]:
            return item
        raise NotAnArticle(item.source, item.url, "only a listing's running text links it, and neither its markup nor "
                           "its address shows it a post", "page")
    # Judged by the day the page shows; a day still ahead when its feed or listing gave the post (an event's) is only
    # mentioned, and that feed's or listing's day dates it (CleanPipeline.process_item).
    item.published_from = source_of_shown_day(item.published, item.published_from, listing_day)
    return item


def _undated_unmarked(item: ArticleItem, page_reason: str) -> bool:
    """The page shows no date and nothing in its markup says it is a post (og:type, a post type, its CMS's post
    classes): the family its address is in, which is all that presents it, made it an article. That family is the site root's,
    where a blog's static pages sit beside its posts, so it says nothing. Read from the unpruned tree."""
    if item.published or page_reason != LISTED_ONLY:
        return False
    tree = item.tree if item.tree is not None else parse_html(item.html)
    return tree is not None and not marks_blog_post(tree)


def _dated_unseen(item: ArticleItem) -> bool:
    """The page's date is in its metadata only; readers see no line stating that day. Read from the unpruned tree
    fill_item leaves."""
    tree = item.tree if item.tree is not None else parse_html(item.html)
    return tree is not None and shows_no_own_date(tree, item.url, item.title, item.published, item.published_from)


def fill_item(item: ArticleItem, listing_day: str | None = None, listing_order: bool | None = None):
    """Set the item's article fields from its HTML, whatever the page is; return the extractor's verdict too."""
    # The extractor prunes the tree it is given; the boilerplate stage reads the page's text elements whole from a
    # copy, which costs a third of parsing the page again.
    tree, item.tree = item.tree, None if item.tree is None else copy.deepcopy(item.tree)
    extracted = extract_article(item.html if tree is None else tree, item.url,
                                listed_as_article=item.listed_as_article, fetched_at=item.fetched_at,
                                listing_day=listing_day, listing_order=listing_order)
    for name in EXTRACTED_FIELDS:
        setattr(item, name, getattr(extracted, name))
    item.canonical_url = extracted.canonical_url or ""
    return extracted


class CleanPipeline:
    """Also removes what each source repeats on most of its pages (see pipelines/site_boilerplate.py), and dates a
    page that states no date by its source's feed (pipelines/feed_dates.py), or else by its listing
    (pipelines/listing_dates.py), or else by its twin: the article naming it as its translation, which presents a
    page nothing else presents too (pipelines/translation_twins.py)."""

    def __init__(self, boilerplate: SiteBoilerplate, feed_dates: FeedDates, listing_dates: ListingDates,
                 twins: TranslationTwins):
        self.boilerplate = boilerplate
        self.feed_dates = feed_dates
        self.listing_dates = listing_dates
        self.twins = twins

    @classmethod
    def from_crawler(cls, crawler):
        crawl = crawl_archive(crawler)
        return cls(crawl.boilerplate, crawl.feed_dates, crawl.listing_dates, TranslationTwins(crawl.archive))

    def process_item(self, item: ArticleItem) -> ArticleItem:
        # The feed's or the listing's day is read before extraction, not only to date the page after it: a short post
        # the site's feed dates, or its listing shows as a dated card, is judged as a dated post (its lines, its
        # picture alone, a line announcing what it links), which the page stating no day of its own would otherwise
        # not be. The feed and the listing are read before the links they lead to.
        shown_day = self.feed_dates.shown_day(item) or self.listing_dates.shown_day(item)
        cleaned = clean_item(item, self.twins, shown_day, self.listing_dates.printed_order(item.source))
        item = self.twins.date(self.listing_dates.date(self.feed_dates.date(cleaned)))
        self.twins.note(item)
        return self.boilerplate.clean(item)
