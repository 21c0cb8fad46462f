"""Hugo style with two news sections: a blog and a news archive, each its own listing and feed, no page naming either."""

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import day_month_year, iso_utc, rfc822
from ..server import RSS, ok
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth

SECTIONS = {"blogg": "Blogg", "nyheter": "Nyheter"}  # the folder of each section and its listing's heading


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    return site.host_for(article.language), f"/{article.options['section']}/{article.slug}/"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return HugoSite(site, context).build()


class HugoSite(SingleHostSite):
    """Builds the routes and ground truth of one Hugo site with two sections.

    Traits of a real public body's Hugo site: the source names both sections' listings as its start pages; each
    section has its own RSS at `<section>/index.xml` (Hugo's default), which no page's head or menu names, and no
    sitemap or robots.txt says anything; the listings show their posts as cards in a design system's
    `navigation-card` component (one `<a>` around date, headline and excerpt), BEM classes a crawler may read as a
    menu. One section's feed lists none of the other's.
    """

    locate = staticmethod(locate)

    def posts(self, section: str) -> list[ArticleData]:
        return [article for article in self.site.articles_in("sv") if article.options["section"] == section]

    def chrome(self) -> dict:
        return {
            "site": self.site,
            "nav": [{"title": title, "url": self.url(f"/{folder}/")} for folder, title in SECTIONS.items()]
            + [{"title": page.title, "url": self.url(page.path)} for page in self.site.pages],
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={"id": self.site.id, "name": self.site.name,
                    "start_urls": [self.url(f"/{folder}/") for folder in SECTIONS]},
            routers={self.host: self.router},
        )
        for folder, heading in SECTIONS.items():
            posts = self.posts(folder)
            self.router.add(f"/{folder}/", lambda query, heading=heading, posts=posts, folder=folder: self.context.render(
                "hugo/listing.html", **self.chrome(), head_title=heading, canonical=self.url(f"/{folder}/"),
                teasers=[self.teaser(article) for article in posts]))
            self.router.add(f"/{folder}/index.xml", lambda query, folder=folder: self.feed(folder))
            build.non_article_urls.append(self.url(f"/{folder}/"))
        self.add_pages_and_articles(build)
        return build

    def teaser(self, article: ArticleData) -> dict:
        return {"title": article.title, "url": self.article_url(article), "excerpt": excerpt(article.lead, 20),
                "date": day_month_year(article.published, "sv")}

    def truth(self, article: ArticleData):
        return ground_truth(self.site, article, self.article_url(article), boilerplate=(self.site.options["footer"],))

    def render_article(self, article: ArticleData):
        return self.context.render(
            "hugo/article.html", **self.chrome(), head_title=article.title, canonical=self.article_url(article),
            article=article, published=iso_utc(article.published), date=day_month_year(article.published, "sv"),
            items=body_items(article, self.context.linked_url(article)),
        )

    def render_page(self, page: PageData):
        return self.context.render("hugo/page.html", **self.chrome(), head_title=page.title,
                                   canonical=self.url(page.path), page=page)

    def feed(self, folder: str):
        items = [{"title": article.title, "link": self.article_url(article), "guid": self.article_url(article),
                  "published": rfc822(article.published), "description": excerpt(article.lead, 40), "category": None}
                 for article in self.posts(folder)]
        body = self.context.templates.get_template("rss.xml").render(
            title=f"{SECTIONS[folder]} på {self.site.name}", link=self.url(f"/{folder}/"),
            self_url=self.url(f"/{folder}/index.xml"), description=self.site.options["footer"], language="sv",
            items=items)
        return ok(body, RSS)
