"""The crawler's calls about one source: which links to fetch now, later or not at all, and what a fetched page is."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.urls import canonical_url, is_start_page, page_key, url_key
from news_archive.spiders.breadcrumb_sections import PageTrails
from news_archive.spiders.categories import Categories
from news_archive.spiders.discovery import PageLinks, text_links
from news_archive.spiders.families import UrlFamilies, leaf_shape, url_family
from news_archive.spiders.featured_cards import FeaturedCards
from news_archive.spiders.listing_intros import ListingIntros
from news_archive.spiders.listing_judgement import ListingJudgement
from news_archive.spiders.menu_listings import CardMake, continues_listing
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.other_sections import OtherSections
from news_archive.spiders.page_presentation import PagePresentation
from news_archive.spiders.picked_posts import PickedPosts
from news_archive.spiders.running_text_links import RunningTextLinks
from news_archive.spiders.section_labels import NewsHeadings
from news_archive.spiders.waiting_links import WaitingLinks
from news_archive.archive.cms_classes import own_entry_id
from news_archive.spiders.pagetype import RepeatedLinks

# A side list is a widget of posts when this many of its links, and at least half, are the news listing's own posts.
POST_LIST_MIN_KNOWN = 2
# A start listing's menu names a few sections of its own; past this many the menu is a documentation tree.
MAX_SECTION_LISTINGS = 12
# A topic's listing that this many of the posts name as their own is one the section files its posts under, not one
# post's tag.
TOPIC_MIN_POSTS = 2


class SourceDecisions(ListingJudgement, WaitingLinks, OtherSections, PagePresentation):
    """What the crawl has learnt about one source, and the decisions it makes from that.

    The source's news listings (its start pages and their pages) and their own feed show which address
    families hold its articles. Links met anywhere else (sitemaps, category and author pages, category
    feeds) wait until then, and only those in a learnt family are fetched: sitemaps also list contact,
    privacy, tag and author pages, and a category's feed lists publications and tools.
    `pass_over(url, reason)` records every page the crawl leaves out and why. The folders of the source's
    `start_urls` are news sections by its own word: their pages count as in a learnt family while none is learnt
    inside them (families.UrlFamilies.admits). Whether a page is a listing is ListingJudgement's call
    (listing_judgement.py); the links kept waiting are released by WaitingLinks (waiting_links.py); whether a post
    is another category's or section's is OtherSections' (other_sections.py); what a fetched page is by the site's
    own word (news, a static page, a copy of another) is PagePresentation's (page_presentation.py).
    """

    def __init__(self, pass_over: Callable[[str, str], None], start_urls: list[str] = ()):
        self.pass_over = pass_over
        self.families = UrlFamilies(start_urls)
        self.repeated = RepeatedLinks()
        self.listing_intros = ListingIntros()  # what the news listings read at depth 0 say of their section
        self.feed_items: set[str] = set()  # page_keys of the news feed's items
        self.feed_items_gone: set[str] = set()  # page_keys of those that answered 404 or 410 (feed_item_gone)
        self.teasers: dict[str, str] = {}  # page_key -> text of the news listings' teaser headline linking it
        self.teaser_entries: dict[str, str] = {}  # page_key -> the post id the teaser's wrapper declares
        self.waiting: list[tuple[str, str]] = []  # (url, as linked) until the listings are read
        self.labels_waiting: list[tuple[str, str]] = []  # (url, as linked) of labels outside the families known so far
        self.feed_waiting: list[str] = []  # a found feed's items outside the families known when it was read
        self.roles: dict[str, str] = {}  # page_key -> the role the page was first requested in
        self.languages: dict[str, str] = {}  # page_key -> the html lang of an article page fetched
        self.sections: set[str] = set()  # page_keys of the sections a start listing's menus name
        self.newest_only = False  # a start listing showed no pager nor filters: only the newest posts
        self.topic_posts: Counter[str] = Counter()  # page_key of a topic's listing -> the posts naming it
        self.topic_urls: dict[str, str] = {}  # page_key of a topic's listing -> its address as first linked
        self.topics_read: set[str] = set()
        self.archive_teasers: dict[str, str] = {}  # page_key -> headline of a CMS archive's teaser (note_archive_teasers)
        self.card_makes: set[CardMake] = set()  # the makes of a start listing's teaser cards (from_top_menu)
        self.featured = FeaturedCards()  # the news listings' teasers shown apart from their posts' cards
        self.menu_shown: list[set[str]] = []  # page_keys of the posts each such listing shows (from_top_menu)
        # page_key of a menu page's pager page tried (pager_probe) -> those to try after it, and the start listings'
        # posts the pages before it showed
        self.pager_probes: dict[str, tuple[list[str], set[str]]] = {}
        self.menu_listings: set[str] = set()  # page_keys of the top menu's pages read as listings (note_menu_listing)
        # The categories of the news listings read at depth 0 (note_news_listing); None once one was no category's
        # archive (a blog's whole news listing): then every category's posts are the source's.
        self.news_categories: Categories | None = Categories()
        # The rule holds once every start URL was read as a category's archive: a post judged before a whole news
        # listing among them answered would be left out by a rule that listing turns off.
        self.start_keys = {page_key(url) for url in start_urls}
        # The start listings a post may file itself under by a link of its own (_presented_as_news): a link to the
        # site's start page is every page's way home, no filing.
        self.section_start_keys = {page_key(url) for url in start_urls if not is_start_page(url)}
        self.start_pages = len(self.start_keys)
        self.category_start_pages = 0
        # The news listings that are static pages showing picked posts, and their posts' categories (picked_posts.py).
        self.picked = PickedPosts()
        self.settled = False  # the crawl ran out of pages once: every news listing's posts are read (settle)
        self.declared_of: tuple = (None, None)  # (page tree, the categories it declares) (other_sections.py)
        self.news_listed: dict[str, str | None] = {}  # page_key of a news listing's (depth 0) teaser -> its entry id
        self.running_text = RunningTextLinks()  # the pages listings link from their entries' text (note in _harvest)
        self.neighbours_only: set[str] = set()  # page_keys followed from a post's prev/next links (from_article)
        self.listing_linked: set[str] = set()  # page_keys an author's or category's page links (from_listing)
        self.trails = PageTrails()  # the sections each page's breadcrumb trail names (another_section)
        self.teased_translations: set[str] = set()  # page_keys of the translations of teased posts (note_post)
        # page_key of a section -> the teased posts whose breadcrumb trail files them under it (note_post)
        self.teased_trail_sections: Counter[str] = Counter()
        self.news_headings = NewsHeadings()  # the news listings' headings, which label their posts (another_section)

    def note_request(self, url: str, role: str) -> bool:
        """Remember the role the page is first requested in; False when it was requested before."""
        key = page_key(url)
        if key in self.roles:
            return False
        self.roles[key] = role
        return True

    def requested(self, url: str) -> bool:
        return page_key(url) in self.roles

    def note_archived(self, urls: list[str]) -> None:
        """The source's articles archived by earlier crawls teach its families as its listings' teasers did: a listing
        answering "unchanged" (304) shows none, and a feed or sitemap read that night must not bring in every page."""
        for url in urls:
            self.families.learn(url)

    # --- links ----------------------------------------------------------------------------------

    def from_listing(self, links: PageLinks, depth: int, page_url: str | None = None) -> Iterator[tuple[str, str]]:
        """The content links of a listing (at `page_url`) to fetch now, as (url, as linked); the rest wait or are left
        out. A section the start listing's menu names (from_section_menu) that shows no teaser we can tell tells no
        label from a post: its links all go, whether or not a feed read before it taught families, which its posts,
        kept in a folder of their own, are in none of."""
        menu_page = page_url is not None and page_key(page_url) in self.menu_listings
        if menu_page:
            # A top menu's page showing the listing's cards shows the site's people or projects in cards as readily:
            # only its cards at the posts' addresses are teasers, and they present pages as a CMS archive's do, bar
            # a page its CMS marks a static one.
            links.teasers = [url for url in links.teasers if self.families.admits(url)]
            self.note_archive_teasers(links)
        labels_known = bool(links.teasers) or page_url is None or page_key(page_url) not in self.sections
        if depth == 0:  # its teasers, each with the post id its wrapper declares
            for url in links.teasers:
                self.news_listed.setdefault(page_key(url), links.entries.get(url))
            if page_url is not None:
                self.picked.note_teasers(page_url, links.teasers)
        if depth == 0 and not menu_page:  # the news listings themselves, not the category and tag pages they lead to
            for url in links.teasers:
                self.families.learn(url)
                self.teasers.setdefault(page_key(url), links.headlines.get(url, ""))
                if url in links.entries:
                    self.teaser_entries.setdefault(page_key(url), links.entries[url])
        teasers = set(links.teasers)
        for url, _text in links.content:
            if labels_known and url not in teasers and self.may_be_label(url) and (self.families.known or depth == 0):
                # A label ("Contact", "Privacy") outside every family the teasers show: site furniture, unless a family
                # the listings show holds it (release). Judged then, when every listing is read, and a news listing's
                # even while no family is learnt yet, whose links would go at once: a listing with no teasers of its
                # own read before or after the one that teaches them leads to the same pages. (An author's or
                # category's page's links wait for the release anyway.)
                self.labels_waiting.append((canonical_url(url), url))
            elif depth == 0:
                yield canonical_url(url), url
            else:  # an author's or category's page also links publications, tools, events
                self.waiting.append((canonical_url(url), url))
                self.listing_linked.add(page_key(url))

    def from_feed(self, urls: list[str], depth: int, sitemap: bool, named: bool = False) -> list[str]:
        """The items of a feed or sitemap to fetch now: the news section's own feed (found on a start page), bar
        the items of its comments feed. A feed a listing links may be the site's whole feed, every page of the site
        typed and dated like a post (about, team, docs): only its items in the families the listings show, or in a
        start page's folder, are taken at once; the others wait for every listing to be read (release). A feed the
        sources file names (`named`) is the source's own word."""
        if sitemap or depth > 0:
            self.waiting += [(url, url) for url in urls]
            return []
        now = []
        for url in urls:
            if urlsplit(url).fragment:
                # A place within a page (`/about/#comment-12`): a comments feed's item, on a static page as readily
                # as on a post; it presents no page as news. It waits like a sitemap's link.
                self.waiting.append((url, url))
            elif named or self.families.in_named_section(url) or (self.families.known and self.families.admits(url)):
                now.append(self._take_feed_item(url))
            else:
                self.feed_waiting.append(url)
        return now

    def feed_item_gone(self, url: str) -> None:
        """A feed item taken answered 404 or 410 (an old item filed in the news page's folder, its page gone): it
        teaches no family, which would shut out the feed's other items at release."""
        key = page_key(url)
        if key in self.feed_items and key not in self.feed_items_gone:
            self.feed_items_gone.add(key)
            self.families.forget(url)

    def _take_feed_item(self, url: str) -> str:
        self.families.learn(url)
        self.feed_items.add(page_key(url))
        return url

    def from_article(self, urls: list[str]) -> Iterator[str]:
        """An article's links to the posts beside it (discovery.neighbour_links) to fetch: those in a learnt article
        family, which the news listings or feed showed. The listing's own pages need not lead to every post."""
        for url in urls:
            if self.families.known and self.families.admits(url):
                yield canonical_url(url)
            elif not self.families.known and self.teasers:
                # Each post in a folder of its own (a docs-style generator's book of posts, reached through its
                # contents menu): no family is ever learnt, and the reading order is the one way to the posts no
                # listing shows. Taken once the listings are read, so that their teasers and links are known when
                # the pages are judged; a page only the chain reaches is judged by presented_by_neighbours_only.
                self.neighbours_only.add(page_key(url))
                if self.settled:
                    yield canonical_url(url)
                else:
                    self.waiting.append((canonical_url(url), url))

    def from_article_text(self, root: etree._Element, url: str, regions: NavigationRegions,
                          repeated: RepeatedLinks | None = None) -> Iterator[str]:
        """The links in an article's own text to pages shaped like the source's articles in a folder beside theirs
        (`/news/reports/7.html` from an event at `/news/events/3.html`): a section's second kind of article, which
        no listing shows, only the articles it belongs to ("Event report"). Fetched for the page to say what it is.
        A link the source repeats on most pages (a side column's) is furniture, not the article's (`repeated`: the
        count a held page is judged against, else the source's as it stands)."""
        repeated = self.repeated if repeated is None else repeated
        sections = self.families.section_families()
        if not sections:
            return
        for link in text_links(root, url, regions):
            if self.families.beside(link, sections) and url_key(link) not in repeated:
                yield canonical_url(link)

    def from_section_menu(self, urls: list[str], links: PageLinks) -> list[str]:
        """The sections of a start listing's own section its menus name (section_listings.section_menu_links) to read
        as listings: bounded, never stored. A link the listing shows as a post, an address shaped as the learnt posts'
        or in their folders, or a feed item is a post, judged as one when its turn comes."""
        teasers = {page_key(url) for url in links.teasers} | {page_key(url) for url, _text in links.content}
        shapes = {_place_and_shape(url) for url in links.teasers}
        sections = [url for url in urls
                    if page_key(url) not in teasers and _place_and_shape(url) not in shapes
                    and not self.families.holds(url) and not self.presents_as_article(url)][:MAX_SECTION_LISTINGS]
        self.sections.update(page_key(url) for url in sections)
        return sections

    def from_top_menu(self, urls: list[str], links: PageLinks, card_makes: set[CardMake]) -> list[str]:
        """The pages a start listing's top menu names (menu_listings.top_menu_links) to fetch and look at, when the
        listing shows its newest posts alone: a page of them showing the listing's own cards (`card_makes`) lists
        older posts. Bounded; a link the listing shows, or a section read already, is judged as it is."""
        if not self.newest_only or not card_makes:
            return []
        self.card_makes |= card_makes
        self.menu_shown.append({page_key(url) for url in links.teasers})
        shown = {page_key(url) for url, _text in links.content} | self.sections
        return [url for url in urls if page_key(url) not in shown and not self.presents_as_article(url)][
            :MAX_SECTION_LISTINGS]

    def continues_start_listing(self, url: str, links: PageLinks) -> bool:
        """A page the top menu names (`url`, `links`: its links), or a page of its pager, lists most of the posts a
        start listing shows (with the pages of that pager before it) and posts it does not, at the posts' addresses:
        the news archive of which the start listing shows the newest posts (menu_listings.continues_listing)."""
        shown_before = self.pager_probes.get(page_key(url), ([], set()))[1]
        return continues_listing(self._post_teasers(links), self.menu_shown, shown_before)

    def pager_probe(self, url: str, links: PageLinks, years: bool) -> list[str]:
        """The page of a menu page's pager (`links`: that page's) to look at next for the posts older than the start
        listing's, when the page continues no listing itself: an archive's index links its year pages alone
        (`years`: its pager is a menu of years), and its newest years (or its own first page) show only posts the
        start listing shows too. The first is tried when the page is such an index or shows some of the listing's
        posts (a documentation page's pager of versions is neither), then each next while the one before it showed
        some of the listing's posts and none besides, so no more than the listing's posts span; one showing none of
        them and no older posts (an events calendar's year) ends the try. One page at a time."""
        key = page_key(url)
        shown = self._post_teasers(links) & set().union(*self.menu_shown)
        if key in self.pager_probes:
            pages, shown_before = self.pager_probes.pop(key)
            pages = pages if shown else []
        else:
            pages, shown_before = (links.pagination if shown or years else []), set()
        pages = [page for page in pages if not self.requested(page)]
        if not pages:
            return []
        self.pager_probes[page_key(pages[0])] = (pages[1:], shown_before | shown)
        return pages[:1]

    def _post_teasers(self, links: PageLinks) -> set[str]:
        return {page_key(url) for url in links.teasers if self.families.admits(url)}

    def note_menu_listing(self, url: str) -> list[str]:
        """A page the top menu names (or a page of its pager) shows the start listing's cards at the posts' addresses,
        or continues the listing: read as a listing. The pages of its menu page's pager not tried yet are the
        archive's older ones (pager_probe), read as listings too: a year's page need not link the others."""
        self.menu_listings.add(page_key(url))
        return self.pager_probes.pop(page_key(url), ([], set()))[0]

    def note_headline_listing(self, url: str) -> None:
        """A news listing's teaser proved a listing of headlines (lists_news_listing_headlines): its address teaches no
        article family, which would keep the posts it lists, in folders of their own, for pages beside it."""
        if self.teasers.pop(page_key(url), None) is not None:
            self.families.forget(url)

    def note_news_listing(self, role: str, categories: Categories | None, url: str | None = None,
                          static_page: bool = False) -> None:
        """A news listing read at depth 0 (at `url`), with the category it is an archive of (categories.archive_categories):
        a start listing that is none is the whole news, whose posts of every category are the source's, unless its CMS
        marks it a static page (`static_page`): a page showing the posts a grid picks, whose categories its posts tell
        (picked_posts.py)."""
        if self.news_categories is None:
            return
        if categories is None and static_page and url is not None:
            self.picked.note_page(url)
            self.category_start_pages += role == "start"
        elif categories is not None:
            self.category_start_pages += role == "start"
            self.news_categories = Categories(self.news_categories.slugs | categories.slugs,
                                              self.news_categories.listings | categories.listings)
        elif role == "start":
            self.news_categories = None

    def note_post(self, root: etree._Element, url: str, regions: NavigationRegions, translations: list[str] = ()) -> None:
        """A post judged an article: its categories, when a static news page shows it; its `translations` (hreflang
        alternates), when a news listing's teaser shows it: the same post in other languages, whichever section a
        breadcrumb of theirs files them under (another_section), as a language plugin files them under the
        translated section's own pages; and, then, the section its breadcrumb trail files it under, which is the news
        section's own (a blog's category archive over its posts, the listing a page template)."""
        self.note_picked_post(root, url, regions)
        if not self._named_by_any_teaser(root, page_key(url)):
            return
        self.teased_translations.update(page_key(translation) for translation in translations)
        sections = self.trails.sections(root, url)
        if sections:  # the section it is filed under itself: the one above may hold other sections' posts too
            self.teased_trail_sections[page_key(sections[-1])] += 1

    def note_picked_post(self, root: etree._Element, url: str, regions: NavigationRegions) -> None:
        """A page a static news page shows, read: the categories it declares, which tell the page's (picked_posts.py).
        Noted as it is read, before it waits to be judged (held_judgements.py), and as it is judged (note_post), should
        the page showing it come later: the grid's posts and the posts of other categories reached meanwhile wait for
        the idle alike, and are judged then in no set order, each against every grid post read."""
        if self.picked.shows_post(url):
            self.picked.note_post(url, self._declared_categories(root, url, regions))

    def settle(self) -> None:
        """The crawl ran out of pages: the news listings and the posts they show are read."""
        self.settled = True

    def _listed_as_its_own_entry(self, root: etree._Element, url: str) -> bool:
        """A news listing's teaser links the page, and not from inside another post's entry (a listing printing whole
        posts shows the links in their text as headline-long lines, another category's posts among them)."""
        key = page_key(url)
        if key not in self.news_listed:
            return False
        teaser_id, own_id = self.news_listed[key], own_entry_id(root)
        return not (teaser_id and own_id and teaser_id != own_id)

    def note_start_listing(self, leads_on: bool) -> None:
        """A start listing read: `leads_on` when a pager or its filters lead to its older posts."""
        self.newest_only = self.newest_only or not leads_on

    def note_archive_teasers(self, links: PageLinks) -> None:
        """The teasers of a listing its CMS marks an archive of posts (a topic's, a month's), read when a start listing
        shows the newest posts alone: they present their pages as the section's posts, as the start listing's would, bar
        a page the CMS marks one of its static pages."""
        if not self.newest_only:
            return
        for url in links.teasers:
            self.archive_teasers.setdefault(page_key(url), links.headlines.get(url, ""))
            if url in links.entries:
                self.teaser_entries.setdefault(page_key(url), links.entries[url])

    def note_article_topics(self, urls: list[str]) -> None:
        """Count the listings of the topics a post files itself under (discovery.term_listing_links), read as the news
        section's when the crawl runs out of pages (topics_to_read): only when a start listing shows the newest posts
        alone (its pager a script's), as the older ones are reached through their topics' listings and the archives
        those link."""
        if not self.newest_only:
            return
        for url in urls:
            key = page_key(url)
            self.topic_posts[key] += 1
            self.topic_urls.setdefault(key, url)

    def topics_to_read(self) -> list[str]:
        """The topics two posts name at least, most named first, and a few in all, so a blog's many tags stay unread.
        Chosen once the posts read so far are all counted, not as each reaches two posts: which topics are read
        does not depend on the order the posts answered in."""
        room = MAX_SECTION_LISTINGS - len(self.topics_read)
        named = sorted((key for key, count in self.topic_posts.items()
                        if count >= TOPIC_MIN_POSTS and key not in self.topics_read),
                       key=lambda key: (-self.topic_posts[key], key))[:max(room, 0)]
        self.topics_read.update(named)
        return [self.topic_urls[key] for key in named]

    def from_post_lists(self, lists: list[list[tuple[str, str]]]) -> Iterator[tuple[str, str]]:
        """The links of a news listing's side lists (post_lists.chrome_link_lists) to fetch, as (url, as linked): in a
        list whose links are mostly the listing's own posts (a "Recent posts" widget), the others shaped like them
        (the same kind of last part) in a folder beside theirs: posts of the blog's other sections, which
        no listing read shows. A list of categories, tags or archive months shows no post, and a post's folder or
        a family's listing is no post. Fetched for the page to say what it is."""
        for entries in lists:
            known = [url for url, _text in entries if self._shown_as_post(url)]
            if len(known) < POST_LIST_MIN_KNOWN or 2 * len(known) < len(entries):
                continue
            shapes = {_place_and_shape(url) for url in known}
            for url, _text in entries:
                if url in known or self.families.indexes(url) or self.families.admits(url):
                    continue  # the listing's own posts and pages are fetched or judged as its links
                if _place_and_shape(url) in shapes:
                    yield canonical_url(url), url

    def from_article_post_lists(self, lists: list[list[tuple[str, str]]]) -> Iterator[str]:
        """The links of an article's side lists (post_lists.chrome_link_lists) to fetch: in a list whose links are
        mostly addresses in a learnt article family (a "Latest news" widget beside the text), those links. A listing
        without a pager shows only the newest posts; each post's widget shows others (the ones before it, related
        ones), which nothing else leads to. A family at the site root or in a language folder holds every page of the
        site, a menu's too: it vouches for no list (families.shapes)."""
        for entries in lists:
            posts = [url for url, _text in entries if self.families.shapes(url)]
            if len(posts) >= POST_LIST_MIN_KNOWN and 2 * len(posts) >= len(entries):
                yield from (canonical_url(url) for url in posts)

    def _shown_as_post(self, url: str) -> bool:
        """A post by the news feed's or the listings' word: a feed item, or an address in a learnt article family.
        A teaser alone is not enough: a listing showing whole posts shows the static pages their text links."""
        return page_key(url) in self.feed_items or self.families.holds(url)


def _place_and_shape(url: str) -> tuple[tuple[str, ...], tuple[str, str]]:
    """The folder above an address's own folder and the shape of its last part: `/news/spring-fair/` and
    `/races/autumn-race/` share them (folders side by side, a slug each), `/categories/2024/` does not."""
    return url_family(url)[:-1], leaf_shape(url)
