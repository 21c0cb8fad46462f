"""How the source presents a fetched page: as news (its feed, its listings' teasers, its families, its own markup),
as a static page, or as a copy whose rel=canonical names another article page."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from news_archive.archive.cms_classes import (POST_TYPE, entry_post_type, filed_as_page, marks_blog_post,
                                              marks_cms_entry, marks_static_page, own_entry_id, typed_basic_page)
from news_archive.archive.language_versions import canonical_in_other_language, html_lang
from news_archive.archive.page_title import document_title
from news_archive.archive.urls import folder_path, is_start_page, page_key
from news_archive.spiders.contents_menus import contents_menu_siblings
from news_archive.spiders.discovery import PageLinks, links_alone_to
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.pagetype import declared_type

WORD = re.compile(r"\w+")
# A teaser headline shortened or reworded a little still holds most of the page's title words.
TEASER_TITLE_SHARE = 2 / 3
# Roles a page is requested in (spiders/news.py): pages whose rel=canonical may send the crawler elsewhere.
ARTICLE_ROLES = ("candidate", "canonical")
# A page only a post's prev/next links lead to is one of the posts when its contents menu lists it beside this many
# pages the news listings' teasers present (a book's newest posts, shown on its landing page).
MENU_MIN_LISTED_POSTS = 2


class PagePresentation:
    """SourceDecisions' calls on what a fetched page is by the site's own word, from what it learnt (set by
    SourceDecisions): the news `feed_items`, its `families`, the news listings' `teasers` and `teaser_entries`, a CMS
    archive's `archive_teasers`, the `featured` cards, the `start_keys` and `section_start_keys`, the pages reached
    by `neighbours_only` or `listing_linked`, the `running_text` links, the `roles` pages were requested in and the
    article pages' `languages`.
    """

    def presents_as_article(self, url: str) -> bool:
        return page_key(url) in self.feed_items or self.families.holds(url)

    def static_page(self, root: etree._Element, url: str) -> bool:
        """True when the CMS marks the page a static page and no listing or feed of the source presents it as news:
        a blog's about or membership page, dated and typed an Article like its posts, that a sitemap led to.
        A post kept as a page is shown by its teaser; an address in a family only counts when the family is more
        than a language folder, which holds the static pages' translations too. A page its generator files with the
        pages (cms_classes.filed_as_page), or one its CMS types a basic page where every type shares the posts'
        addresses (cms_classes.typed_basic_page), may sit in the posts' family: only a teaser or feed item counts."""
        if self.named_as_news(root, url):
            return False
        return filed_as_page(root) or typed_basic_page(root) \
            or (not self.families.shapes(url) and marks_static_page(root))

    def named_as_news(self, root: etree._Element, url: str) -> bool:
        """The page is a feed item, or a news listing's teaser links it and names it: the site's own word that it is
        news, which outweighs what the CMS's classes say of it."""
        key = page_key(url)
        return key in self.feed_items or self._teaser_names(root, key)

    def listed_as_article(self, root: etree._Element, url: str) -> bool:
        """The site's own word that the page is an article: a feed item, an address in an article family its
        listings show, a page marking itself as a single entry, or a post kept as a page, a blog post or a Drupal node
        filed at an address of its own (its CMS's <body> classes say which) that a news listing's teaser shows (one
        teaser alone is weak word: a menu beside the listing can look like one). Blog engines mark every entry of every
        post type so (og:type article, a shortlink): an entry of another type than the posts (a sponsor, a speaker) is
        not an article by its own mark. A blog post its breadcrumb trail files where the teased posts' trails file
        them is the section's post too, though no news listing the crawl could read shows it (its pager page gone)."""
        own_mark = declared_type(root) == "article" and entry_post_type(root) in (None, POST_TYPE)
        return self.presents_as_article(url) or own_mark \
            or (self._teaser_names(root, page_key(url)) and marks_cms_entry(root)) \
            or (marks_blog_post(root) and self.filed_with_teased_posts(root, url))

    def outside_news(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """Nothing of the site presents the page as news: no feed lists it, no listing's teaser names it, and its
        address is in none of the article families the listings and feeds taught (a registration page that posts
        link to in their text), or only a post's prev/next links led to it (presented_by_neighbours_only). Its own
        article markup is stamped on every page by some generators."""
        return (self.families.outside_every_family(url) or self.presented_by_neighbours_only(root, url, regions)) \
            and not self._presented_as_news(root, url, regions)

    def presented_by_neighbours_only(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """Only a post's prev/next links led to the page (from_article), no listing's link, and its contents menu lists
        it beside fewer than MENU_MIN_LISTED_POSTS pages the news listings' teasers present: the book's about, imprint
        or tool page at the end of its reading order, not one of the posts its menu lists beside those the listing
        shows."""
        key = page_key(url)
        if key not in self.neighbours_only or key in self.listing_linked:
            return False
        siblings = contents_menu_siblings(root, url, regions)
        return sum(page_key(sibling) in self.teasers for sibling in siblings) < MENU_MIN_LISTED_POSTS

    def presented_by_address_only(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """No feed lists the page and no listing's teaser names it; only its address is in an article family, and
        that at the site root or a language folder, where the site's other pages sit too (a generator that makes
        every page a post files "The team" beside the posts)."""
        return self.families.only_in_site_wide_folder(url) and not self._presented_as_news(root, url, regions)

    def _presented_as_news(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """A feed lists the page, a listing's teaser names it, or it files itself under a news listing the sources
        file names, other than the site's start page: a link of its own to it, alone on its line (a post's tag list,
        which only the sitemap may lead to when no listing card shows the post). A card the listings show apart from
        their posts' cards (featured_cards.py) presents a page outside every learnt family as featured, not as news:
        a post in a site-wide folder the listing happens to show apart stays presented."""
        key = page_key(url)
        featured = self.featured.apart(key) and self.families.outside_every_family(url)
        return key in self.feed_items or (self._named_by_any_teaser(root, key) and not featured) \
            or (key not in self.start_keys and links_alone_to(root, url, self.section_start_keys, regions))

    def presented_by_running_text_only(self, root: etree._Element, url: str) -> bool:
        """Only the running text of a listing's entries presents the page (running_text_links.py), no feed lists it,
        its address is in no start page's folder, and its own markup types it no post (og:type, JSON-LD, its CMS's
        post classes). A teaser inside a sentence ("see the <a>release notes</a>") and its family count for nothing."""
        return self.running_text.only(url) and page_key(url) not in self.feed_items \
            and not self.families.in_named_section(url) and declared_type(root) != "article" \
            and not marks_blog_post(root)

    def _named_by_any_teaser(self, root: etree._Element, key: str) -> bool:
        """A news listing's teaser, or a CMS archive's read as the section's (note_archive_teasers), names the page."""
        return self._teaser_names(root, key) or self._teaser_names(root, key, self.archive_teasers)

    def _teaser_names(self, root: etree._Element, key: str, teasers: dict[str, str] | None = None) -> bool:
        """A news listing's teaser headline links the page and names it: most of its words are in the page's own
        title, or a whole-card teaser shows the page's headline. A listing showing whole posts also shows the links
        in their text ("The trial started well!" linking a page of pupils' feedback), which present no page as news.
        `teasers`: other teasers than the news listings' (page_key -> headline)."""
        teasers = self.teasers if teasers is None else teasers
        if key not in teasers:
            return False
        # A teaser whose post declares another id than the page's own is another entry linking the page (a post
        # pointing to a static page).
        teaser_id, own_id = self.teaser_entries.get(key), own_entry_id(root)
        if teaser_id and own_id and teaser_id != own_id:
            return False
        words = set(WORD.findall(teasers[key].casefold()))
        if not words:  # a card's picture link: its headline is not known
            return True
        # A walk in place of an XPath, which lxml compiles anew at each call: the same og:titles, in document order.
        og_titles = (meta.get("content") for meta in root.iter("meta") if meta.get("property") == "og:title")
        headlines = [set(WORD.findall(" ".join(h1.itertext()).casefold())) for h1 in root.iter("h1")]
        titles = [document_title(root), *(title for title in og_titles if title is not None)]
        own = set(WORD.findall(" ".join(titles).casefold())).union(*headlines)
        words = _headline_words(words, own)
        if len(words & own) >= TEASER_TITLE_SHARE * len(words):
            return True
        # A whole-card link (date, headline and excerpt inside one <a>) names the page when it shows the page's
        # headline: most words of its <h1>, two words at least, so a label ("Contact") names nothing.
        return any(len(headline) >= 2 and len(words & headline) >= TEASER_TITLE_SHARE * len(headline)
                   for headline in headlines)

    def canonical_elsewhere(self, head: PageLinks, url: str, root: etree._Element | None = None) -> str | None:
        """The other article page the page's rel=canonical (`head`: its head_links) names as its own (a `?p=N`
        shortlink, a print view), or None. A canonical naming a start page (the site's root or a language's, even
        one not crawled as a start), a listing or a folder above is a site-wide mistake, and one naming the page's
        version in another language (`root`: the page's tree) a language plugin's (archive/language_versions.py)."""
        canonical = head.canonical
        if not canonical or page_key(canonical) == page_key(url):
            return None
        if is_start_page(canonical):
            return canonical if _start_page_under_query(url, canonical) else None
        if self.roles.get(page_key(canonical), "candidate") not in ARTICLE_ROLES:
            return None
        above = urlsplit(canonical).path.rstrip("/") + "/"
        if urlsplit(url).path.startswith(above):
            return None
        if root is not None and canonical_in_other_language(
                url, canonical, html_lang(root), head.languages, self.languages.get(page_key(canonical))):
            return None
        return canonical

    def note_language(self, url: str, root: etree._Element) -> None:
        """Remember an article page's html lang: a translation naming it as its canonical is told apart by it."""
        language = html_lang(root)
        if language:
            self.languages[page_key(url)] = language


def _headline_words(words: set[str], own: set[str]) -> set[str]:
    """The words of a teaser's text (`words`) that may name its page, whose title and headlines hold the words `own`.
    A whole card's link holds the day the card prints beside the headline (`Annual results 09/11/2022`): figures of no
    word of the page's title, which would leave a short headline's words short of the share. A number the page's own
    title or headline holds stays (`Yearbook 2015`: half the headline's words). A teaser of figures alone keeps them."""
    return {word for word in words if not word.isdigit() or word in own} or words


def _start_page_under_query(url: str, start_page: str) -> bool:
    """Whether the page is the start page its canonical names, asked for with a query a static host ignores (a
    `/?p=N` shortlink left in a mirror answers with the site's root page)."""
    parts, named = urlsplit(url), urlsplit(start_page)
    return bool(parts.query) and folder_path(parts.path) == folder_path(named.path)
