"""Static-site-generator style (Hugo/Jekyll): served under a sub-path, absolute card links, a sitemap of every page."""

from functools import cached_property
from urllib.parse import quote

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import day_month_year, iso_utc
from ..server import TEXT, XML, ok
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth

LATEST = "Senaste inläggen"
LATEST_COUNT = 4


def section_path(site: SiteData, article: ArticleData) -> str:
    """`/sub/blogg/<category>/` and, for an archived post, its year folder below that."""
    path = f"{site.options['sub_path']}/blogg/{article.options['category']}/"
    return path + (f"{article.published:%Y}/" if article.options.get("archived") else "")


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    # Slugs keep å/ä/ö; links carry them percent-encoded, as generators write them.
    return site.host_for(article.language), section_path(site, article) + quote(article.slug) + "/"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return StaticSite(site, context).build()


class StaticSite(SingleHostSite):
    """Builds the routes and ground truth of one static-generator site served under a sub-path.

    Traits of real generator sites: every page declares og:type article and a BlogPosting, contact and
    privacy pages dated with the build time; the content sits in a wrapper whose class names the menu
    (`nav-padding`); cards link their picture before their headline, with absolute URLs; a "latest
    posts" block on every page; robots.txt only in the sub-path; a sitemap naming tags, pages and a
    removed post; archived posts only on their category's listing.
    """

    default_page_size = 4
    locate = staticmethod(locate)

    @cached_property
    def sub(self) -> str:
        return self.site.options["sub_path"]

    @cached_property
    def newest(self) -> list[ArticleData]:
        return self.site.articles_in("sv")

    @cached_property
    def front(self) -> list[ArticleData]:
        """The posts the blog's own listing shows: archived posts only appear on their category's listing."""
        return [article for article in self.newest if not article.options.get("archived")]

    @cached_property
    def categories(self) -> dict[str, list[ArticleData]]:
        grouped: dict[str, list[ArticleData]] = {}
        for article in self.newest:
            grouped.setdefault(article.options["category"], []).append(article)
        return grouped

    @cached_property
    def tags(self) -> dict[str, list[ArticleData]]:
        grouped: dict[str, list[ArticleData]] = {}
        for article in self.newest:
            for tag in article.options.get("tags", []):
                grouped.setdefault(tag, []).append(article)
        return grouped

    def listing_url(self, path: str, number: int = 1) -> str:
        return self.url(path if number == 1 else f"{path}page/{number}/")

    def tag_url(self, tag: str) -> str:
        return self.url(f"{self.sub}/taggar/{quote(tag)}/")

    def chrome(self) -> dict:
        pages = self.site.pages
        return {
            "site": self.site,
            "base": self.base,
            "nav": [{"title": "Blogg", "url": self.url(f"{self.sub}/blogg/")}]
            + [{"title": page.title, "url": self.url(page.path)} for page in pages],
            "categories": [{"title": name.capitalize(), "url": self.url(f"{self.sub}/blogg/{name}/")}
                           for name in self.categories],
            "site_links": [{"title": page.title, "url": self.url(page.path)} for page in pages],
            "latest_heading": LATEST,
            "latest": [self.teaser(article) for article in self.front[:LATEST_COUNT]],
            "build_time": iso_utc(self.site.options["build_time"]),
        }

    def build(self) -> SiteBuild:
        blog = f"{self.sub}/blogg/"
        build = SiteBuild(
            source={"id": self.site.id, "name": self.site.name, "start_urls": [self.url(blog)]},
            routers={self.host: self.router},
        )
        self.router.add(f"{self.sub}/robots.txt", lambda query: ok(self.robots(), TEXT))
        self.router.add(f"{self.sub}/sitemap.xml", lambda query: self.sitemap())
        listings = {blog: ("Blogg", self.front)}
        listings |= {f"{blog}{name}/": (name.capitalize(), posts) for name, posts in self.categories.items()}
        listings |= {f"{self.sub}/taggar/{quote(tag)}/": (f"Tagg: {tag}", posts) for tag, posts in self.tags.items()}
        for path, (heading, posts) in listings.items():
            build.non_article_urls += self.add_listing(path, heading, posts)
        self.add_pages_and_articles(build)
        return build

    def add_listing(self, path: str, heading: str, posts: list[ArticleData]) -> list[str]:
        chunks = [posts[start : start + self.page_size] for start in range(0, len(posts), self.page_size)]
        urls = []
        for number, chunk in enumerate(chunks, start=1):
            url = self.listing_url(path, number)
            self.router.add(url[len(self.base) :], lambda query, number=number, chunk=chunk, url=url: self.context.render(
                "staticsite/listing.html", **self.chrome(), head_title=heading, canonical=url, published=None,
                teasers=[self.teaser(article) for article in chunk],
                next_url=self.listing_url(path, number + 1) if number < len(chunks) else None,
                last_url=self.listing_url(path, len(chunks)) if number < len(chunks) else None,
            ))
            urls.append(url)
        return urls

    def teaser(self, article: ArticleData) -> dict:
        return {"title": article.title, "url": self.article_url(article), "excerpt": excerpt(article.lead, 20),
                "date": day_month_year(article.published, "sv")}

    def truth(self, article: ArticleData):
        return ground_truth(
            self.site, article, self.article_url(article),
            boilerplate=(LATEST, self.site.options["footer"],
                         *(teaser["title"] for teaser in self.chrome()["latest"] if teaser["title"] != article.title)),
        )

    def render_article(self, article: ArticleData):
        return self.context.render(
            "staticsite/article.html", **self.chrome(), head_title=article.title, canonical=self.article_url(article),
            published=iso_utc(article.published), article=article, date=day_month_year(article.published, "sv"),
            tags=[{"title": tag, "url": self.tag_url(tag)} for tag in article.options.get("tags", [])],
            items=body_items(article, self.context.linked_url(article)),
        )

    def render_page(self, page: PageData):
        # Generators stamp every page with a date: here the build's, which says nothing about the page.
        return self.context.render("staticsite/page.html", **self.chrome(), head_title=page.title,
                                   canonical=self.url(page.path), published=None, page=page)

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: {self.sub}/sok/\n\nSitemap: {self.url(self.sub + '/sitemap.xml')}\n"

    def sitemap(self):
        urls = [self.article_url(article) for article in self.newest]
        # A post taken down after the last build of the sitemap: the site's own dead link.
        urls.append(self.url(f"{self.sub}/blogg/{self.site.options['removed_post']}/"))
        urls += [self.url(page.path) for page in self.site.pages] + [self.tag_url(tag) for tag in self.tags]
        urls += [self.url(f"{self.sub}/blogg/{name}/") for name in self.categories]
        entries = [{"loc": url, "lastmod": None} for url in urls]
        return ok(self.context.templates.get_template("urlset.xml").render(entries=entries), XML)
