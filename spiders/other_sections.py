"""Whether a post the crawl reached is another section's than the news listings': filed under categories none of
theirs (another_category), or by its breadcrumb trail under sections none of which is a news listing (another_section);
and whether it is judged only once the static news pages' posts or the news listings are read (waits_for_...)."""
from __future__ import annotations

from lxml import etree

from news_archive.archive.urls import page_key
from news_archive.spiders.categories import Categories, post_categories
from news_archive.spiders.navigation_regions import NavigationRegions

# A section the breadcrumb trails of this many posts the news listings' teasers show file them under is the news
# section's own (a blog's category archive, where the listing is a page template): one teased post may be filed
# under a section of other posts.
TEASED_TRAIL_MIN_POSTS = 2


class OtherSections:
    """SourceDecisions' calls on posts of other sections, from what it learnt (set by SourceDecisions): the start
    listings' categories (`news_categories`, `category_start_pages`, `picked`), the news `feed_items`, the sections its
    menus name (`sections`, `menu_listings`, `start_keys`, `families`), its teasers, the news listings' headings
    (`news_headings`), `settled`, the pages' `trails`, the `teased_translations` and the sections the teased posts'
    trails file them under (`teased_trail_sections`), and the last page's declared categories (`declared_of`).
    """

    def another_category(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """True when every start listing is a category's archive and the post, which no news listing's teaser shows,
        files itself under categories none of which is theirs: another section's post, reached through a side box of
        recent posts, a previous/next link or the site's whole feed (a category's own feed lists its posts, which
        file themselves under it). A post declaring no category is judged as ever."""
        if self.category_start_pages < self.start_pages or self._listed_as_its_own_entry(root, url):
            return False
        section = self._section_categories()
        if not section:
            return False
        declared = self._declared_categories(root, url, regions)
        return bool(declared) and not declared.shares_any(section)

    def _declared_categories(self, root: etree._Element, url: str, regions: NavigationRegions) -> Categories:
        """post_categories of the page, read once however many of the calls above ask while it is judged (a walk over
        its anchors): the last page's answer is kept, the page's tree with it until the next page's."""
        if self.declared_of[0] is not root:
            self.declared_of = (root, post_categories(root, url, regions))
        return self.declared_of[1]

    def _section_categories(self) -> Categories | None:
        """The categories of the start listings: those their archives list, and those the static news pages' posts
        share (picked_posts.py); None when a start listing is the whole news, or a static page tells none."""
        if self.news_categories is None or not self.picked:
            return self.news_categories
        picked = self.picked.categories()
        if picked is None:
            return None
        return Categories(self.news_categories.slugs | picked.slugs, self.news_categories.listings | picked.listings)

    def waits_for_picked_posts(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """True when the post, which no news listing's teaser shows and which files itself under categories, is to be
        judged once the crawl has read the posts of the static news pages (settle), whose categories say whether it is
        another category's: a post's previous/next link is followed before the grid's last posts are read."""
        return not self.settled and bool(self.picked) and self.news_categories is not None \
            and not self._listed_as_its_own_entry(root, url) and bool(self._declared_categories(root, url, regions))

    def another_section(self, root: etree._Element, url: str) -> bool:
        """True when the page's breadcrumb trail files it under sections none of which is a news listing (a start page,
        a page in a start page's folder, a section its menus name, one the teased posts' trails file them under), and no
        feed or news listing's teaser presents it: a forum topic or a book page in the posts' address family and
        template. A post the front page promotes is shown by its teaser, and its translation by the teased post naming
        it (note_post); a post whose trail names no section is judged as ever."""
        key = page_key(url)
        # Asked first: most posts of a site with a feed, spared the walk for a trail.
        if key in self.feed_items or key in self.teased_translations:
            return False
        sections = self.trails.sections(root, url)
        if not sections or any(self._news_listing(section) for section in sections):
            return False
        # A post its trail files under its category folder still names the news section over its headline.
        return not self._named_by_any_teaser(root, key) and not self.news_headings.labels_as_news(root)

    def filed_with_teased_posts(self, root: etree._Element, url: str) -> bool:
        """The page's breadcrumb trail runs through the section the trails of the posts the news listings' teasers show
        file them under (note_post): the news section's own post, which no news listing the crawl could read shows
        (its pager page gone), only that section's archive or the cards under other posts."""
        return any(self._teased_posts_section(section) for section in self.trails.sections(root, url))

    def _teased_posts_section(self, url: str) -> bool:
        return self.teased_trail_sections[page_key(url)] >= TEASED_TRAIL_MIN_POSTS

    def waits_for_listings(self, root: etree._Element, url: str, regions: NavigationRegions) -> bool:
        """True when another_section or another_category holds for the page while the crawl still reads listings,
        whose teasers may yet present it: it is judged once they are read (settle). A post a side box or a
        previous/next link reaches before the listing page teasing it answers is that listing's all the same."""
        return not self.settled and (self.another_section(root, url) or self.another_category(root, url, regions))

    def _news_listing(self, url: str) -> bool:
        key = page_key(url)
        return key in self.start_keys or key in self.sections or key in self.menu_listings \
            or self.families.in_named_section(url) or self._teased_posts_section(url)
