"""Whether a fetched page is a listing of the source's posts, by what the crawl learnt of the source, and whether that
call waits for the links the source repeats on most of its pages (held_judgements.py)."""
from __future__ import annotations

from lxml import etree

from news_archive.archive.cms_classes import marks_archive, marks_blog_post, marks_front_page, marks_static_page
from news_archive.archive.entry_markup import lists_other_entries, lists_post_entries, shows_entries_whole
from news_archive.archive.urls import page_key
from news_archive.spiders.headline_listings import shows_linked_headlines_alone
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.pagetype import (EVERY_LINK_REPEATED, NO_LINK_REPEATED, RepeatedLinks, declared_type,
                                          is_listing, leads_to_its_next_page, one_dated_entry, shows_teasers_alone)


class ListingJudgement:
    """SourceDecisions' listing calls, from its `repeated` links, learnt `families`, `feed_items`, the news listings'
    `listing_intros` (listing_intros.py), presents_as_article and named_as_news."""

    def is_listing(self, root: etree._Element, url: str, role: str, regions: NavigationRegions | None = None,
                   depth: int = 0, found: dict[str, int] | None = None, repeated: RepeatedLinks | None = None) -> bool:
        """`regions`: the page's NavigationRegions, shared with the caller, who may harvest the page's links next.
        `depth`: the page's steps from the start listings. `found`: the page's teaser-like links when the source's
        count of them (self.repeated) took them already (waits_for_repeats). `repeated`: the count a held page is
        judged against (HeldJudgements), else the source's as it stands."""
        regions = NavigationRegions(root) if regions is None else regions
        found = self.repeated.observe(root, url, regions) if found is None else found
        return self._judged_listing(root, url, role, regions, depth, found,
                                    self.repeated if repeated is None else repeated)

    def waits_for_repeats(self, root: etree._Element, url: str, role: str, regions: NavigationRegions, depth: int,
                          found: dict[str, int]) -> bool:
        """True when the page (`found`: its teaser-like links, counted) must wait to be judged until the crawl has read
        every page it can reach without it: it is a listing or not by which of its links the source shows on most of
        its pages, and the count of them as it stands would judge it by the order the pages were fetched in. A post
        or a forum's page read before the "latest posts" block they show was seen on most pages is a listing of it;
        read after, it is not. A start page never waits: its teasers lead to the rest."""
        return role != "start" \
            and self._judged_listing(root, url, role, regions, depth, found, NO_LINK_REPEATED) \
            and not self._judged_listing(root, url, role, regions, depth, found, EVERY_LINK_REPEATED)

    def _judged_listing(self, root: etree._Element, url: str, role: str, regions: NavigationRegions, depth: int,
                        found: dict[str, int], repeated: RepeatedLinks) -> bool:
        if role == "start":
            # A start page typed an article is one, unless its text lies in <article> blocks each headed by a link to
            # another page, or in a run of them under its own <h1> (posts printed whole), or it leads to its own next
            # page: SEO plugins type a WordPress blog's posts page og:type article like its posts, some themes every
            # page JSON-LD Article. A post's related posts hold less text than the post, and a post has no page 2 of
            # its own address. A start page the CMS marks one of its static pages is the page the news listing is
            # shown on (a WordPress page with a news template, typed an entry by its shortlink): by the sources file
            # it is the listing, never a static page whose links are dropped. So is a start page that shows teasers
            # and next to no text of its own, however they are set (whole-card links of <div>s, no headings): a
            # post's own text outweighs the cards of related posts under it. A start page is judged as a crawl's first
            # pages are, by the links of this crawl's pages alone: the posts' own "latest posts" blocks, which earlier
            # crawls read, show the listing's newest teasers too.
            return declared_type(root) != "article" or lists_other_entries(root, url) or shows_entries_whole(root) \
                or leads_to_its_next_page(root, url) or marks_static_page(root) \
                or shows_teasers_alone(root, url, repeated.this_crawl(), regions, found)
        if marks_archive(root) or (marks_front_page(root) and not self.named_as_news(root, url)):
            # A page its CMS marks an archive of posts by topic, author or day, however few it shows, is one: the
            # clean stage judges it so, and its teasers and pager lead to older posts. So is the site's front page
            # (a language's, reached from a post's logo link): its welcome text over one teaser is no post. Unless a
            # news listing's teaser or the feed names it: some themes class every page's body `home` (Pelican's
            # default one), posts too.
            return True
        if marks_blog_post(root):
            # So is a page its CMS marks one blog post (`single-post postid-12`) that post, however short its text
            # beside the related posts' and previous/next posts' cards under it.
            return False
        if role == "listing":
            # Away from the news listings, a "next page" whose address the listings or feed show as an article's is
            # the next post, linked by a post taken for a listing (a roundup, related-post cards): judged as it is
            # when a listing's teaser asks for it first, whichever answers first. So is a news listing's "next page"
            # that one of its own teasers names by its headline: a book-like site (Sphinx, Jupyter Book, MkDocs) names
            # the next document of its reading order `rel=next`, and a landing page's next document is its newest post.
            if not (depth > 0 and self.presents_as_article(url)) and not self._teaser_names(root, page_key(url)):
                return True
        if marks_static_page(root) and lists_post_entries(root, url):
            # A static page whose text is the blog's posts as entries (a page builder's post grid on a "News" page the
            # menu or a button links) is a listing, though its SEO plugin types it an article like every page.
            return True
        if self.families.indexes(url):
            # The folder an article family sits in is that family's listing, unless the page shows itself one dated
            # post: a blog engine's post without a slug sits at its bare date folder.
            return not one_dated_entry(root, url, repeated, regions, found, in_feed=page_key(url) in self.feed_items)
        if self.lists_news_listing_headlines(root, url, regions, depth):
            return True
        if self.presents_as_article(url):
            # Its listings or feed present it as an article: a "latest news" block or many links in the
            # text do not make it a listing; only the page's own declaration does.
            return declared_type(root) == "listing"
        if declared_type(root) is None and self.listing_intros.narrowed_listing(root, url, regions, found, repeated):
            # A topic's page printing a news listing's introduction over one to three of its cards: that listing
            # narrowed, though it shows too few teasers to be one by their number.
            return True
        return is_listing(root, url, repeated, regions, found)

    def lists_news_listing_headlines(self, root: etree._Element, url: str, regions: NavigationRegions,
                                     depth: int) -> bool:
        """A page a news listing's teaser links that shows nothing but linked headlines of other pages and no text of
        its own (headline_listings.py): a month's or year's page of a date archive whose index is the news listing,
        read as the news listing it continues, not an article with no text at all."""
        return depth > 0 and page_key(url) in self.news_listed and shows_linked_headlines_alone(root, url, regions)
