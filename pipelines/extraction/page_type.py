"""Decide what kind of page the extracted text came from: a news article, a plain page, a listing, or neither."""
from __future__ import annotations

import re
from dataclasses import dataclass

from news_archive.archive.record import FROM_SEARCH_INDEX, FROM_URL_PATH, WEAK_DATE_SOURCES
from .body import Body
from .structured import NON_ARTICLE_TYPES, PageMetadata, text_value

# Calendar words: a site's events, or (with its own word for it) dated posts it files there (see _CALENDAR_SEGMENT).
# "Events" in the languages of the sites we crawl: a WordPress events type is named in the site's language
# (/evento/slug/, /eventi/, /evenements/, /veranstaltungen/, /tapahtumat/, /arrangementer/).
_CALENDAR_WORDS = (r"event|events|evenemang|kalender|kalendarium|calendar|evento|eventos|eventi|evenements?|"
                   r"evenementen|veranstaltungen?|tapahtumat|arrangementer")
# Path segments of pages that are not news articles even when they hold prose, also as a file (`/contact.html`).
_NON_ARTICLE_PATH = re.compile(
    rf"/(?:about|about[-_]us|om[-_]oss|om|contact|kontakt|kontakta[-_]oss|{_CALENDAR_WORDS}|"
    r"login|sitemap|faq)(?:\.(?:html?|php))?(?:/|$)"
    # Privacy and legal pages, also as "privacy-policy", "cookie-notice", "datenschutzerklaerung", and the French and
    # Dutch ones, alone or joined ("mentions-legales-politique-confidentialite", "privacyverklaring").
    r"|/(?:privacy|cookies?|integritetspolicy|personuppgifter|dataskydd|personvern|tietosuoja|datenschutz|"
    r"impressum|imprint|terms|mentions[-_]l[eé]gales|politique[-_](?:de[-_](?:la[-_])?)?confidentialit[eé]|"
    r"privacyverklaring|privacybeleid|cookiebeleid)"
    r"(?:[-_]?(?:policy|notice|statement|erklaerung|erklärung|hinweise|of[-_]use)"
    r"|[-_](?:et[-_])?politique[-_](?:de[-_](?:la[-_])?)?confidentialit[eé])?(?:\.(?:html?|php))?(?:/|$)",
    re.IGNORECASE)
# The calendar words of those segments: a site files dated posts under them too (a chronicle, "kalendarium", of the
# events a campaign went through), which its listings present as posts and the pages declare blog posts.
_CALENDAR_SEGMENT = re.compile(rf"/(?:{_CALENDAR_WORDS})(?:\.(?:html?|php))?/?$", re.IGNORECASE)
# A news section below such a segment holds articles: `/om-oss/centrala-nyheter/2024/05/slug/`, `/about/news/slug`
# (hospitals and universities keep their news under "about us").
# Words in a segment are joined by `-` or `_` (`news-events`, `news_events`).
_NEWS_SECTION = re.compile(
    r"/(?:[^/?#]*[-_])?(?:news|nyheter|nyhet|aktuellt|press|pressmeddelanden|press[-_]?releases?|blogg?|uutiset|"
    r"nachrichten|aktuelles|nyheder|nyheiter)(?:[-_][^/?#]*)?/", re.IGNORECASE)
# Path segments of pages that list articles: believed unless the page shows one dated article's long text.
_LISTING_PATH = re.compile(r"/(?:tag|tags|category|kategori|categories|author|search|sok|sök)(?:/|$)", re.IGNORECASE)
MIN_ARTICLE_CHARS = 150
MIN_DATED_ARTICLE_CHARS = 25
VISIBLE_DATE_SOURCES = FROM_URL_PATH | {"time", "text"} | WEAK_DATE_SOURCES
# A tag or category address showing one dated text this long is that article (blog engines do that).
_SINGLE_ARTICLE_RUN = 1000
# A listing shows a run of linked teaser headlines, its prose cut into short teasers between them; an
# article's own text runs on for longer than any teaser even when related links sit inside its container.
_LISTING_LINKED_HEADINGS = 3
_LISTING_LONGEST_RUN = 400
# Fewer suffice on a page typed a website with no date: a section's index of its two pages.
_SECTION_INDEX_HEADINGS = 2

ARTICLE = "article"  # a news article: stored by the crawl
PAGE = "page"  # one text, but no date or article markup says it is news: the crawl needs other evidence
LISTING = "listing"
OTHER = "other"  # about, contact, event, privacy... pages, by their address or their stated type
EMPTY = "empty"  # too little text to be an article
STORED_TYPES = frozenset({ARTICLE})
# The one article stored with no text (decide_page_type says when).
TEXTLESS_POST = "a post the site lists, dated, under its own headline, with no text"
# The verdict on such a post that states no date and no listing or feed has dated yet: the crawl stores it at its end
# only when its feed or listing dates it by then (pipelines/textless_posts.py); `extract` calls it none.
TEXTLESS_POST_AWAITING_DATE = "a post the site lists, under its own headline, with no text, awaiting its feed's date"
# The verdict on a page nothing but the crawl's word that the site lists it makes an article (decide_page_type).
LISTED_ONLY = "listed by the site as an article"
ARTICLE_TEXT_TYPES = frozenset({ARTICLE, PAGE})


@dataclass(frozen=True)
class PageType:
    """The verdict and the evidence it rests on, in words an operator can check."""

    kind: str
    reason: str


@dataclass(frozen=True)
class PageEvidence:
    """What the page and the crawl say about a page, weighed together by decide_page_type."""

    chars: int  # the body's text length
    # The body as extract_body found it: its teaser headlines and longest run of prose, and what kind of text it is (a
    # pointer line alone, a teaser under another page's headline, a bare post: body.Body says each).
    text: Body
    meta: PageMetadata
    url: str
    published: str | None
    # Where the date was found (page_dates.py).
    published_from: str | None = None
    # The crawler found the page where the site lists its articles, which stands in for a date the page does not give.
    listed_as_article: bool = False
    # The page's CMS marks it a static page in its <body> classes.
    marked_static: bool = False
    # The page's CMS marks it the page of an uploaded file (an image's), dated the day of the upload.
    marked_media_file: bool = False
    # The page's <article> blocks each open with a link to another page of the site and hold its text
    # (archive/entry_markup.py): a tag or archive page repeating whole posts, which no listing that links to it makes
    # an article.
    lists_other_entries: bool = False
    # Those teasers are boxes beside the text under the page's own <h1> (PageEntries.cards_beside_headline): a column
    # of the latest news beside a short post, which a listing of the site shows as an article.
    cards_beside_headline: bool = False
    # The page shows a headline of its own (own_headline.shows_own_headline) or its text lies in a post's own wrapper.
    own_post: bool = True
    # The text is a translation plugin's notice that the post is not in this language, beside a byline at most
    # (translation_notice.py).
    untranslated: bool = False
    # The blog engine's post type of a page that is none of its posts and shows readers no date, only its metadata
    # dates it (entry_type.py).
    undated_entry: str | None = None
    # The page's CMS marks it an archive of posts by tag, category, author or day in its <body> classes
    # (cms_classes.marks_archive): a listing even when it shows one post whole.
    marked_archive: bool = False
    # The text is the form asking for a protected post's password, alone (password_form.py).
    password_only: bool = False
    # The page's CMS marks it a blog post in its <body> classes (cms_classes.marks_blog_post).
    marked_post: bool = False
    # The post's own element shows a picture, a player or a document after its headline (own_post.shows_own_media).
    shows_media: bool = False
    # The entry the page's <body> classes name its own shows a picture, a player or a document and no linked headline
    # (own_post.media_entry_alone), wherever the theme sets the headline.
    media_entry_alone: bool = False
    # The page states no date, and the site's listing shows a day beside its link (a dated card): the date readers see,
    # where this site shows it.
    listing_dated: bool = False
    # The page's date comes from its metadata, and a line of the page shows that day (entry_type.metadata_day_shown).
    metadata_day_shown: bool = False
    # Readers' comments under the text say when they wrote (comments.stamped_by_readers): the page was out for readers
    # to answer, so its short text is a post's, as a date line vouches, though their stamps never date the page.
    stamped_by_readers: bool = False
    # The day an event's facts under the page's headline name, labelled ("Datum: 07.06.2024" beside "Uhrzeit: 18:30",
    # "Ort: ..."; event_page.py).
    event_day: str | None = None


def decide_page_type(page: PageEvidence) -> PageType:
    """Weigh the page's own text, its structured data and its address (PageEvidence says what each signal is)."""
    # A page its CMS marks one blog post is that post, however short its text beside the <article> cards of the
    # related and previous/next posts under it (a post of linked headlines alone is still a listing, below).
    if page.lists_other_entries and not page.marked_post \
            and not (page.cards_beside_headline and page.listed_as_article and page.own_post):
        return PageType(LISTING, "its <article> blocks each open with a link to another page")
    if page.marked_archive:
        return PageType(LISTING, "the CMS marks it an archive of posts")
    # A post of a picture alone the site lists and its CMS marks its post, in the entry the <body> names its own: the
    # cards of other posts the theme sets after that entry are none of it.
    picture_post = page.media_entry_alone and page.marked_post and page.listed_as_article and not page.chars
    if page.text.linked_headings >= _LISTING_LINKED_HEADINGS and page.text.longest_run < _LISTING_LONGEST_RUN \
            and not (page.text.post_card_apart_from_teasers and page.own_post) and not picture_post:
        return PageType(LISTING, f"{page.text.linked_headings} linked headlines over short teasers")
    # A listing's page showing one teaser (its last page, a person's or a section's list of one post): the text is an
    # excerpt under a headline linking to the post's own page. A page the site lists as a post is that post.
    if page.text.teaser_under_other_headline and page.text.longest_run < _LISTING_LONGEST_RUN \
            and not page.listed_as_article:
        return PageType(LISTING, "its text is a teaser under a headline linking to another page")
    # A listing's card, however long its text and however the site links the page: its box points to the post's own
    # page again under the text (a person's blog showing their one post whole, "1 comment" under it).
    if page.text.lone_card:
        return PageType(LISTING, "its text is a post's card linking twice to the post's page, under the page's heading")
    # No text but posts' cards, each pointing to its post's page again ("Read more"): a listing showing its posts whole
    # or cut, never a post of a picture alone, however the site lists the page.
    if page.text.cards_linking_twice and not page.chars and not picture_post:
        return PageType(LISTING,
                        f"no text but {page.text.cards_linking_twice} cards each linking twice to another page")
    # However listed or dated: the post's text is on its other language's page.
    if page.untranslated:
        return PageType(EMPTY, "only a notice that the post is not available in this language")
    if page.password_only:  # however listed or dated: readers see no text without the password
        return PageType(EMPTY, "only the form asking for the post's password")
    # However listed or dated: a file's own page shows the file and the post it belongs to, which is the article.
    if page.marked_media_file:
        return PageType(OTHER, "the CMS marks it an uploaded file's page")
    # A post dated where readers see it (its address, its byline), or dated and typed an article, may be two
    # lines: a notice, a link to a video. A date in the metadata alone is no such sign: some generators stamp
    # every page with the build time.
    short_post = page.published and (page.published_from in VISIBLE_DATE_SOURCES or page.meta.declares_article
                                     or page.meta.first("og:type") == "article") \
        or (page.listed_as_article and page.listing_dated)
    # A one-line post counts when the crawler found it listed as an article, and so does a visibly dated post of a
    # picture and the line pointing to where it goes on, or of a video and its caption.
    least = 1 if page.listed_as_article or (short_post and page.text.pointer_only) \
        else MIN_DATED_ARTICLE_CHARS if short_post or page.stamped_by_readers else MIN_ARTICLE_CHARS
    # A listing or a date vouches for a short post's text, not for a page with neither a headline of its own nor a
    # post's wrapper around its text: that holds a footer's lines at most, the theme's shell of a post not there.
    shell = "" if page.own_post or least >= MIN_ARTICLE_CHARS else "no headline of its own and "
    least = MIN_ARTICLE_CHARS if shell else least
    # A post the site lists and its CMS marks a post (its <body> classes, or a static generator's JSON-LD Article
    # where the body has none), dated and under its own headline, may show no text at all (a picture, an embed): it is
    # stored with its title and an empty body; so is one whose own element shows the picture, player or document it
    # is of, where the generator marks nothing. Its date may be the metadata's where its date line shows that day. A
    # page cut short before its text, showing nothing, is none.
    if page.listed_as_article and (page.marked_post or page.meta.declares_article or page.shows_media) \
            and page.own_post and not page.chars:
        if short_post or page.metadata_day_shown:
            return PageType(ARTICLE, TEXTLESS_POST)
        # Dated by nothing yet: its feed, read after the page (found at a usual address, or through another
        # listing), may date it before the crawl's end, which decides. A post's bare wrapper beside the site's
        # lines is judged below.
        if not page.published and not page.text.bare_post:
            return PageType(EMPTY, TEXTLESS_POST_AWAITING_DATE)
    if page.chars < least and not (page.text.bare_post and page.listed_as_article):
        return PageType(EMPTY, f"{shell}less than {least} characters of text")
    # The address is asked first: some themes type every page, contact and privacy pages too, an article.
    path = "/" + (page.url.split("?", 1)[0].split("#", 1)[0].split("/", 3)[-1] if page.url.count("/") >= 3 else "")
    match = _last_match(_NON_ARTICLE_PATH, path)
    news = _last_match(_NEWS_SECTION, path)
    # A section inside the news section (its events) whose pages the news listing shows as news: the stream's items.
    if match and not (news and (news.start() > match.start() or page.listed_as_article)) \
            and not (_CALENDAR_SEGMENT.match(match.group(0)) and _declared_listed_post(page, short_post)):
        return PageType(OTHER, f"address segment {match.group(0).rstrip('/')}")
    match = _LISTING_PATH.search(path)
    # An author or tag page showing one post whole heads it with a link to the post's own page. One showing a post's
    # teaser under the site's own long text (the home page's "About" block, repeated over each author's posts) holds
    # that text outside any post's wrapper, beside a headline linking elsewhere: the post is not the page's.
    if match and not _shows_one_post_whole(page):
        return PageType(LISTING, f"address segment {match.group(0).rstrip('/')}")
    # Blog engines type their static pages (about, the board) like posts; only the body's classes tell them apart.
    if page.marked_static and not page.listed_as_article:
        return PageType(PAGE, "the CMS marks it a static page")
    # A page dated on the day its own event facts name is the event's page, which a blog engine made a post of (typed
    # a BlogPosting, in the feed beside the news); a post announcing the event went out before that day.
    if page.event_day and page.published and page.published[:10] == page.event_day:
        return PageType(OTHER, "dated on the day of the event its labelled facts set out: the event's page")
    # JSON-LD Article types are deliberate; og:type "article" is stamped on every page by some CMSs.
    if page.meta.declares_article:
        return PageType(ARTICLE, "JSON-LD article type")
    stated = sorted(t for t in page.meta.types() if t in NON_ARTICLE_TYPES)
    if stated and not (stated == ["event"] and _announces_event(page.meta, page.published, page.published_from,
                                                                page.metadata_day_shown)):
        return PageType(OTHER, f"JSON-LD type {stated[0]}")
    # A blog engine dates every entry in its metadata; an entry of a type other than its posts (a sponsor, a
    # speaker) that shows readers no date is one of the site's pages, unless the site lists it with its articles.
    if page.undated_entry and not page.listed_as_article:
        return PageType(PAGE, f"a {page.undated_entry!r} entry, dated in its metadata only")
    if page.published and page.published_from != FROM_SEARCH_INDEX:
        return PageType(ARTICLE, "publication date")
    # The page's own markup first, then the crawl's word alone (clean.py weighs that word by what presented the page).
    if page.meta.first("og:type") == "article":
        return PageType(ARTICLE, "og:type article")
    # An undated page whose own markup calls it a website, not an article, and whose short text heads linked
    # headlines over teasers is a section's index (a documentation section listing its pages), whatever listed it.
    if page.listed_as_article and page.meta.first("og:type") == "website" \
            and page.text.linked_headings >= _SECTION_INDEX_HEADINGS and page.text.longest_run < _LISTING_LONGEST_RUN:
        return PageType(LISTING, f"undated, typed a website, {page.text.linked_headings} linked headlines over teasers")
    if page.listed_as_article:
        return PageType(ARTICLE, LISTED_ONLY)
    return PageType(PAGE, "no date or article markup")


def _shows_one_post_whole(page: PageEvidence) -> bool:
    """A dated page whose text runs long in one piece, under no headline linking elsewhere, and whose linked
    headings, if any, stand in a post's wrapper: an author or tag page showing one post whole."""
    return bool(page.published) and page.text.longest_run >= _SINGLE_ARTICLE_RUN and not page.text.headed_elsewhere \
        and not (page.text.linked_headings and not page.text.in_post_wrapper)


def _declared_listed_post(page: PageEvidence, visibly_dated: bool) -> bool:
    """A page under a calendar's address that the site lists as a post, that declares itself a blog post (in JSON-LD,
    or its CMS in the <body> classes where the page carries no metadata; an event declares an Event, an events
    plugin's page its own type) and shows its date is a post the site files there, not an event's page."""
    return page.listed_as_article and (page.meta.declares_article or page.marked_post) and visibly_dated \
        and not page.meta.has_type(frozenset({"event"}))


def _announces_event(meta: PageMetadata, published: str | None, published_from: str | None,
                     metadata_day_shown: bool = False) -> bool:
    """A post dated before the events it describes start is the news stream's announcement of them. Its address
    dates it (blog engines date every post's address; a calendar's address, when dated, names the event's day), or
    the site lists it as a post and its date line shows the day its metadata states (`metadata_day_shown`): an
    event's page shows the event's days, not the day someone entered it."""
    if not (published_from in FROM_URL_PATH or metadata_day_shown) or not published:
        return False
    starts = [text_value(obj.get("startDate")) or "" for obj in meta.jsonld if "event" in meta.types_of(obj)]
    return bool(starts) and all(start[:10] > published[:10] for start in starts)


def _last_match(pattern: re.Pattern, path: str) -> re.Match | None:
    """The deepest segment of a path that `pattern` names: a page belongs to the innermost section."""
    last = None
    for match in pattern.finditer(path):
        last = match
    return last
