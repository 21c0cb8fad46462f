"""A site's build time, stamped on many of its pages as their publication time: no publication date.

Some static-site generators (jekyll-seo-tag, for one) give every page without a date of its own, a glossary entry
or a tool's page, the time of the site's build in article:published_time and a BlogPosting's datePublished. One page
alone cannot tell that stamp from a post's own time: only its repetition does, to the second, on many of a source's
pages. So the pages dated only by their metadata, to a time of day, wait for the crawl's end; those sharing their
stamp with many others, and not showing its day to readers, are not articles; the rest are stored then. The stamps
found so are kept: a later crawl that meets one of them on a page alone (a page linked since, a `reprocess`) knows
it for the build's.

The pages stating no date at all wait too, for a second judgement at the crawl's end: a source whose news show
readers their day (beside the time in their metadata) may list, in the same grid, pages of other kinds (its
products, productions, podcasts) that show none. An address family of several pages none of which shows its
day, where another family of the source shows the day on most of its pages, is such a catalogue, not news. What the
pages judged so showed is kept (archive/page_families.py): a later crawl finding one new page of such a family judges it
beside the pages read before. A family whose pages the source's own feed or listing dates, to the day their metadata
states, is a section of posts laid out without a date line (a weekly digest beside the blog), not a catalogue: it is
judged as the pages dated beside their link alone are. A page dated only by a day its running text mentions (a fair's
days, a product's launch in its data table), which nothing of the site lists as an article, waits too and is judged
with the families as showing no day of its own.

So do the pages dated by no word of their own, only by the listing or feed beside their link: with the undated, they
are judged for a notice in place of content. A site that moved keeps its old addresses as pages saying "this page has
moved", and an archive whose issues could not be carried over shows "this newsletter could not be read" under each
issue's name: every line of such a page is one that many of the source's other pages, named otherwise, show as
theirs. What the pages judged so showed is kept too (archive/page_lines.py): a later crawl finding one new such page
judges it beside the pages read before.

A post of no words the site lists, which nothing dated when it was read, waits with the undated pages too: stored if
its feed or listing has dated it by the crawl's end (pipelines/textless_posts.py), not at all otherwise.

Every held page waits in the archive (archive/held_pages.py), not in memory: a crawl stopped before its end leaves them
to the source's next crawl or `reprocess`, which judges them with its own.
"""
from __future__ import annotations

import uuid
from collections import defaultdict

from news_archive.archive.clock import now
from news_archive.archive.held_pages import HeldPage, HeldPages
from news_archive.archive.page_families import earlier_pages, save_pages
from news_archive.archive.page_lines import earlier_lines, line_digest, save_lines
from news_archive.archive.record import FROM_FEED, FROM_LISTING, FROM_RUNNING_TEXT, ArticleItem
from news_archive.archive.storage import Archive
from news_archive.archive.urls import family_in_any_language, url_family
from news_archive.pipelines.dedupe import WORD
from news_archive.pipelines.extraction.entry_type import METADATA_SOURCES, metadata_moment
from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.pipelines.extraction.shown_days import shows_any_day
from news_archive.pipelines.textless_posts import undated_at_end

# A post and its translations share their moment (three languages, four); a build stamps every such page at once.
MIN_PAGES_SHARING = 6
# A family is judged by this many pages of its own, and so is the news family it is told apart from: two products
# beside a post say nothing yet.
MIN_FAMILY_PAGES = 3
# The held pages that state no date at all, keyed apart from the stamps.
UNDATED = ""
# The held pages dated only by their listing or feed, keyed apart too: they are judged for notices alone, not for
# catalogues (a section whose posts show no day, dated by its listing, is news).
DATED_BESIDE_LINK = "beside its link"
# The held pages only a day their running text mentions dates (a fair's days, a product's launch in its data table),
# which nothing of the site lists as articles: judged for catalogues as the undated are, showing no day of their own.
MENTIONED_DAY = "a day its text mentions"


def metadata_stamp(item: ArticleItem) -> str | None:
    """The item's publication time when only its metadata states it, to a time of day; None otherwise (a date
    without a time is a post's day, which many posts share)."""
    return metadata_moment(item.published, item.published_from)


def shows_day(html: str | bytes, stamp: str) -> bool:
    """True when the page shows readers the stamp's day, in a <time> element or a short line of its text: a post dated
    there (posts imported at one moment share it), whatever its metadata repeats."""
    root = parse_html(html)
    return root is not None and shows_any_day(root, {stamp[:10]})


class BuildStamps:
    """The items dated by their metadata alone, or by their listing or feed, or not at all: held per source and stamp
    until the crawl's end, in the archive (archive/held_pages.py), so a crawl stopped before its end loses none."""

    def __init__(self, archive: Archive, crawl: str | None = None):
        self.archive = archive
        # A crawl's id names its rows; without one (a test's), a name of this holder's own.
        self.held_pages = HeldPages(archive, crawl or uuid.uuid4().hex)
        self.showing: dict[int, bool] = {}  # id(page) -> whether it shows its metadata's day, once read
        # source -> the addresses of its pages stored at once, dated by their own page or address (_note_dated_here)
        self.dated_here: dict[str, set[str]] = defaultdict(set)

    def hold(self, item: ArticleItem) -> bool:
        """Keep the item back when its only date is a metadata stamp, its listing's or feed's, or a day its running text
        mentions that no listing or feed presents as an article, or when it has none; True when it was kept."""
        if not item.published:
            stamp = UNDATED
        elif item.published_from in (FROM_LISTING, FROM_FEED):
            stamp = DATED_BESIDE_LINK
        elif item.published_from == FROM_RUNNING_TEXT and not item.listed_as_article:
            stamp = MENTIONED_DAY
        else:
            stamp = metadata_stamp(item)
        if stamp is None:
            self._note_dated_here(item)
            return False
        self.held_pages.hold(item, stamp)
        item.html = ""  # read by no later stage
        return True

    def take_over(self, sources: list[str]) -> dict[str, int]:
        """Judge with this crawl's the pages of these sources a crawl stopped before its end left held; how many per
        source."""
        return self.held_pages.take_over(sources)

    def release(self) -> tuple[list[HeldPage], list[tuple[HeldPage, str]]]:
        """(the held pages to store, in the order they came; the build-stamped ones, the notices and the posts of no
        words still undated, each with why not stored). The pages to store stay in the archive until `stored_item`
        and `forget`."""
        held: dict[tuple[str, str], list[HeldPage]] = defaultdict(list)
        for page in self.held_pages.to_judge(bodies_for=frozenset({UNDATED, DATED_BESIDE_LINK})):
            held[(page.source, page.key)].append(page)
        stored, known, dated_beside_link = [], {}, []
        undated = [item for (_source, stamp), items in held.items() if stamp in (UNDATED, DATED_BESIDE_LINK)
                   for item in items]
        dropped = self._notice_pages(undated) | undated_at_end(self.archive, self.held_pages, undated)
        stamped = [(item, dropped[id(item)]) for item in undated if id(item) in dropped]
        for (source, stamp), items in held.items():
            if stamp == MENTIONED_DAY:
                stored += items
                continue
            if stamp in (UNDATED, DATED_BESIDE_LINK):
                kept = [item for item in items if id(item) not in dropped]
                if stamp == UNDATED:
                    stored += kept
                else:
                    dated_beside_link += kept
                continue
            if source not in known:
                known[source] = self.archive.build_stamps(source)
            shown = [item for item in items if self._shows_own_day(item)] \
                if len(items) >= MIN_PAGES_SHARING or stamp in known[source] else items
            unshown = [item for item in items if all(item is not other for other in shown)]
            stored += shown
            if len({item.url for item in unshown}) >= MIN_PAGES_SHARING:
                self.archive.save_build_stamp(source, stamp, len(unshown), now())
                why = f"dated only by the site's build time ({stamp}, the same on {len(unshown)} of its pages)"
            elif stamp in known[source]:
                why = f"dated only by the site's build time ({stamp}, found on many of its pages before)"
            else:
                stored += unshown
                continue
            stamped += [(item, why) for item in unshown]
        catalogues = self._catalogue_pages(stored)
        stamped += [(item, catalogues[id(item)]) for item in stored if id(item) in catalogues]
        stored = [item for item in stored if id(item) not in catalogues] + dated_beside_link
        stored.sort(key=lambda item: item.row)
        self.held_pages.judged(stored, [item for item, _why in stamped])
        self.showing.clear()
        return stored, stamped

    def stored_item(self, page: HeldPage) -> ArticleItem:
        """The held page's item, to store."""
        return self.held_pages.item(page)

    def forget(self, page: HeldPage) -> None:
        """Its article is stored: the page is held no more (in the transaction that stored it)."""
        self.held_pages.forget(page)

    def _note_dated_here(self, item: ArticleItem) -> None:
        """Keep the address of a page stored at once that its own page or address dates: its family shows its pages'
        days as much as a held one judged to (a news section whose posts carry their day in their text or address is
        stored, not held), beside which a family showing none is a catalogue. A page its metadata dates to a day, no
        moment to hold it for, counts when it shows readers that day too ("Published Tue 05 November 2019" beside a
        midnight article:published_time): its metadata was read first, the reader sees the same day (read by the
        extractor before pruning: extraction.entry_type.shows_metadata_day)."""
        if item.published and (item.published_from not in METADATA_SOURCES or item.shows_metadata_day):
            self.dated_here[item.source].add(item.url)

    def _shows_own_day(self, item: HeldPage) -> bool:
        """Whether the held page shows readers the day of its metadata date (its stamp): read once, for the build
        stamps and for the families."""
        if id(item) not in self.showing:
            self.showing[id(item)] = shows_day(self.held_pages.page(item), item.published)
        return self.showing[id(item)]

    def _notice_pages(self, items: list[HeldPage]) -> dict[int, str]:
        """id(item) -> why not stored, for the notices among the pages (_notice_pages), judged beside the pages the
        source's earlier crawls judged so, which this crawl's are kept with (archive/page_lines.py)."""
        lines = {id(item): _lines_of(item) for item in items}
        earlier, seen = {}, now()
        for source in {item.source for item in items}:
            judged_now = [(item.url, item.title or item.url, lines[id(item)]) for item in items if item.source == source]
            earlier[source] = earlier_lines(self.archive, source, {url for url, _title, _lines in judged_now})
            save_lines(self.archive, source, judged_now, seen)
        return _notice_pages(items, lines, earlier)

    def _catalogue_pages(self, items: list[HeldPage]) -> dict[int, str]:
        """id(item) -> why not stored, for the pages of each source's families that show readers no day where another
        of its families shows its pages' days; judged beside the pages the source's earlier crawls judged so, which
        this crawl's are kept with (archive/page_families.py). A family's pages in another language's folder are
        judged with it: the translations of posts whose builder layout shows no day are no catalogue of the folder."""
        families: dict[tuple[str, tuple[str, ...]], list[HeldPage]] = defaultdict(list)
        for item in items:
            families[(item.source, family_in_any_language(url_family(item.url)))].append(item)
        shown = {id(item): bool(item.published and item.key != MENTIONED_DAY and self._shows_own_day(item))
                 for item in items}
        pages: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)  # (source, family) -> its addresses
        showing: dict[tuple[str, tuple[str, ...]], int] = defaultdict(int)  # (source, family) -> pages showing a day
        seen = now()
        for source in {item.source for item in items}:
            # The pages stored at once first: where more than the kept evidence's share come, the held pages' rows
            # outlast theirs (archive/recent_evidence.py).
            judged_now = [(url, url_family(url), True) for url in sorted(self.dated_here[source])] \
                + [(item.url, url_family(item.url), shown[id(item)]) for item in items if item.source == source]
            for url, family, shows in earlier_pages(self.archive, source, {url for url, _family, _shows in judged_now}):
                pages[(source, family_in_any_language(family))].add(url)
                showing[(source, family_in_any_language(family))] += shows
            save_pages(self.archive, source, judged_now, seen)
        for key, members in families.items():
            pages[key] |= {item.url for item in members}
            showing[key] += sum(shown[id(item)] for item in members)
        for source in {item.source for item in items}:
            for url in self.dated_here[source]:
                key = (source, family_in_any_language(url_family(url)))
                if url not in pages[key]:
                    pages[key].add(url)
                    showing[key] += 1
        dated = {source for (source, family), urls in pages.items()
                 if len(urls) >= MIN_FAMILY_PAGES and showing[(source, family)] * 2 > len(urls)}
        why = {}
        for (source, family), members in families.items():
            count = len(pages[(source, family)])
            if source in dated and count >= MIN_FAMILY_PAGES and not showing[(source, family)] \
                    and not self._dated_beside_links(members):
                folder = "/" + "".join(f"{part}/" for part in family[1:])
                for item in members:
                    why[id(item)] = (f"shows no date, as none of the {count} pages of its address family ({folder}) "
                                     f"does, where the source's news show theirs")
        return why

    def _dated_beside_links(self, members: list[HeldPage]) -> bool:
        """Whether the source's feed or listing dates the family's pages (MIN_FAMILY_PAGES of them, or all of fewer)
        to the day their metadata states: the publisher lists them as its posts."""
        listed_on_their_day = 0
        for item in members:
            given = self.archive.feed_date(item.source, [item.url]) or self.archive.listing_date(item.source, [item.url])
            listed_on_their_day += bool(given and item.published and given[:10] == item.published[:10])
            if listed_on_their_day >= min(MIN_FAMILY_PAGES, len(members)):
                return True
        return False


def _lines_of(item: HeldPage) -> set[str]:
    """The page's lines of text, folded to their words (a notice's spacing, case and punctuation vary)."""
    return {" ".join(WORD.findall(line.casefold())) for line in item.body.split("\n\n")} - {""}


def _notice_pages(items: list[HeldPage], lines: dict[int, set[str]],
                  earlier: dict[str, list[tuple[str, set[str]]]]) -> dict[int, str]:
    """id(item) -> why not stored, for the pages whose every line of text is one that at least MIN_PAGES_SHARING pages
    of their source show, under as many other titles: a notice the site prints in place of content. A post's text is
    its own; pages showing no text at all (a listed video post) are not judged. `lines`: id(item) -> its lines
    (_lines_of); `earlier`: source -> (title, digests of its lines) of the pages its earlier crawls judged so
    (archive/page_lines.py)."""
    showing: dict[tuple[str, str], set[str]] = defaultdict(set)  # (source, line digest) -> the titles showing it
    for source, pages in earlier.items():
        for title, digests in pages:
            for digest in digests:
                showing[(source, digest)].add(title)
    digests = {id(item): {line_digest(line) for line in lines[id(item)]} for item in items}
    for item in items:
        for digest in digests[id(item)]:
            showing[(item.source, digest)].add(item.title or item.url)
    why = {}
    for item in items:
        shared = [len(showing[(item.source, digest)]) for digest in digests[id(item)]]
        if shared and min(shared) >= MIN_PAGES_SHARING:
            why[id(item)] = (f"its text is a notice the site shows in place of content: each of its lines stands on "
                             f"at least {min(shared)} of its pages, under other titles")
    return why
