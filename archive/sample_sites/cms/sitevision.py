"""Sitevision-style site (municipalities, universities): portlet layout, a latest-news portlet on every page."""

from functools import cached_property

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import day_month_year, short_english_date
from ..server import TEXT, XML, ok
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, translations

UI = {
    "sv": {
        "skip": "Hoppa till huvudinnehåll",
        "you_are_here": "Du är här:",
        "home": "Startsida",
        "news": "Nyheter",
        "latest": "Senaste nyheter",
        "all_news": "Alla nyheter",
        "published": "Publicerad",
        "updated": "Uppdaterad",
        "topic": "Ämne:",
        "text_by": "Text:",
        "share": "Dela sidan",
        "accept": "Jag godkänner kakor",
        "settings": "Läs mer om kakor",
        "previous": "Föregående",
        "next": "Nästa",
        "other_language": "In English",
    },
    "en": {
        "skip": "Skip to main content",
        "you_are_here": "You are here:",
        "home": "Home",
        "news": "News",
        "latest": "Latest news",
        "all_news": "All news",
        "published": "Published",
        "updated": "Updated",
        "topic": "Topic:",
        "text_by": "Text:",
        "share": "Share this page",
        "accept": "I accept cookies",
        "settings": "Read more about cookies",
        "previous": "Previous",
        "next": "Next",
        "other_language": "På svenska",
    },
}
LATEST_COUNT = 4


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    """The site's article path template filled in: `/nyheter/{topic}/{year}/{slug}/`,
    `/{unit}/nyheter/{slug}-1.{id}`."""
    template = site.options["article_paths"][article.language]
    fields = {"year": article.published.year, "slug": article.slug, **article.options}
    return site.host_for(article.language), template.format(**fields)


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return SitevisionSite(site, context).build()


class SitevisionSite(SingleHostSite):
    """Builds the routes and ground truth of one Sitevision-style site.

    Traits of real Sitevision sites: `sv-` classes on nested portlets and no `<main>`; a "latest news" portlet beside
    every page, the articles included; pictures and settings pages at decoration ids (`/images/18.…`, `/2.…html`);
    `?page=N` pagination; topic or author listings that the generated sitemap names; a cookie banner; a "Du är här"
    breadcrumb; the publication date in the site's own short form, the update date spelt out at the foot.
    """

    default_page_size = 4
    locate = staticmethod(locate)

    @cached_property
    def listings(self) -> dict[str, str]:
        return self.site.options["listings"]

    @cached_property
    def newest(self) -> dict[str, list[ArticleData]]:
        return {language: self.site.articles_in(language) for language in self.listings}

    @cached_property
    def groups(self) -> dict[str, tuple[str, list[ArticleData]]]:
        """Topic and author listings: path -> (heading, articles), as the sitemap names them."""
        grouped: dict[str, tuple[str, list[ArticleData]]] = {}
        for language in self.listings:
            for article in self.newest[language]:
                for path, heading in self.group_links(article):
                    grouped.setdefault(path, (heading, []))[1].append(article)
        return grouped

    def group_links(self, article: ArticleData) -> list[tuple[str, str]]:
        links = []
        if "topic" in article.options:
            topic = article.options["topic"]
            links.append((f"{self.listings[article.language]}{topic}/", self.site.options["topics"][topic]))
        if article.author:
            links.append((self.author_path(article), article.author))
        return links

    def author_path(self, article: ArticleData) -> str:
        slug = "-".join(article.author.lower().split())
        return f"{self.site.options['author_paths'][article.language]}{slug}/"

    def date(self, article: ArticleData) -> str:
        """The date as the site prints it: `24-03-12` (YY-MM-DD), or `Publicerad 2024-03-12` /
        `Published Mar 12, 2024`."""
        if self.site.options["date_style"] == "yy-mm-dd":
            return f"{article.published:%y-%m-%d}"
        if article.language == "en":
            return f"{UI['en']['published']} {short_english_date(article.published)}"
        return f"{UI['sv']['published']} {article.published:%Y-%m-%d}"

    def teaser(self, article: ArticleData) -> dict:
        return {"title": article.title, "url": self.article_url(article), "excerpt": excerpt(article.lead, 14),
                "date": self.date(article)}

    def chrome(self, language: str, canonical: str, breadcrumb: list[dict], alternates: list[dict] = ()) -> dict:
        pages = self.site.pages_in(language)
        other = [home for other, home in self.site.options["homes"].items() if other != language]
        return {
            "site": self.site,
            "base": self.base,
            "language": language,
            "ui": UI[language],
            "canonical": canonical,
            "home_url": self.url(self.site.options["homes"][language]),
            "news_url": self.url(self.listings[language]),
            "nav": [{"title": page.title, "url": self.url(page.path)} for page in pages],
            "other_language": self.url(other[0]) if other else None,
            "cookie": self.site.options[f"cookie_{language}"],
            "cookie_page": self.url(self.site.options["cookie_pages"][language]),
            "footer": self.site.options[f"footer_{language}"],
            "breadcrumb": [{"title": UI[language]["home"], "url": self.url(self.site.options["homes"][language])}]
            + breadcrumb,
            "latest": [self.teaser(article) for article in self.newest[language][:LATEST_COUNT]],
            "alternates": list(alternates),
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={"id": self.site.id, "name": self.site.name,
                    "start_urls": [self.url(path) for path in self.listings.values()]},
            routers={self.host: self.router},
        )
        self.router.add("/robots.txt", lambda query: ok(self.robots(), TEXT))
        self.router.add("/sitemap.xml", lambda query: self.sitemap())
        for language, home in self.site.options["homes"].items():
            self.router.add(home, lambda query, language=language: self.render_home(language))
            build.non_article_urls.append(self.url(home))
        for language, path in self.listings.items():
            build.non_article_urls += self.add_listing(path, language, UI[language]["news"], self.newest[language])
        for path, (heading, articles) in self.groups.items():
            build.non_article_urls += self.add_listing(path, articles[0].language, heading, articles)
        self.add_pages_and_articles(build)
        return build

    def add_listing(self, path: str, language: str, heading: str, articles: list[ArticleData]) -> list[str]:
        pages = max(1, -(-len(articles) // self.page_size))
        self.router.add(path, lambda query: self.render_listing(path, language, heading, articles, query), ("page",))
        return [self.page_url(path, number) for number in range(1, pages + 1)]

    def page_url(self, path: str, number: int) -> str:
        return self.url(path if number == 1 else f"{path}?page={number}")

    def render_listing(self, path: str, language: str, heading: str, articles: list[ArticleData], query: dict):
        number = query.get("page", "1")
        pages = max(1, -(-len(articles) // self.page_size))
        if not number.isdigit() or not 1 <= int(number) <= pages or query.get("page") == "1":
            return None
        number = int(number)
        chunk = articles[(number - 1) * self.page_size : number * self.page_size]
        return self.context.render(
            "sitevision/listing.html",
            **self.chrome(language, self.page_url(path, number), [{"title": heading, "url": self.url(path)}]),
            head_title=heading, heading=heading,
            teasers=[self.teaser(article) for article in chunk],
            previous_url=self.page_url(path, number - 1) if number > 1 else None,
            next_url=self.page_url(path, number + 1) if number < pages else None,
            page_links=[{"number": n, "url": self.page_url(path, n), "current": n == number}
                        for n in range(1, pages + 1)],
        )

    def truth(self, article: ArticleData):
        ui = UI[article.language]
        latest = self.newest[article.language][:LATEST_COUNT]
        return ground_truth(
            self.site, article, self.article_url(article),
            boilerplate=(ui["skip"], ui["you_are_here"], ui["latest"], ui["all_news"], ui["share"],
                         self.site.options[f"cookie_{article.language}"],
                         self.site.options[f"footer_{article.language}"],
                         *(other.title for other in latest if other is not article)),
        )

    def render_article(self, article: ArticleData):
        language = article.language
        updated = article.updated or article.published
        crumbs = [{"title": UI[language]["news"], "url": self.url(self.listings[language])}]
        alternates = [{"language": other.language, "url": self.article_url(other)}
                      for other in translations(self.site, article).values()]
        return self.context.render(
            "sitevision/article.html",
            **self.chrome(language, self.article_url(article), crumbs, alternates),
            head_title=article.title, article=article,
            label=self.site.options.get(f"label_{language}"),
            date=self.date(article),
            updated=f"{UI[language]['updated']} {day_month_year(updated, language)}"
            if self.site.options["date_style"] == "yy-mm-dd" else None,
            groups=[{"title": heading, "url": self.url(path)} for path, heading in self.group_links(article)],
            items=body_items(article, self.context.linked_url(article)),
        )

    def render_home(self, language: str):
        return self.context.render(
            "sitevision/page.html", **self.chrome(language, self.url(self.site.options["homes"][language]), []),
            head_title=self.site.name, page={"title": self.site.name,
                                             "paragraphs": [self.site.options[f"intro_{language}"]]},
        )

    def render_page(self, page: PageData):
        return self.context.render(
            "sitevision/page.html",
            **self.chrome(page.language, self.url(page.path), [{"title": page.title, "url": self.url(page.path)}]),
            head_title=page.title, page=page,
        )

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /sok/\nDisallow: /4.\n\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap(self):
        """Sitevision's generated sitemap: every page of the tree, topic and author listings and a news item removed
        since (the site's own dead link) among them."""
        urls = [self.url(home) for home in self.site.options["homes"].values()]
        urls += [self.url(path) for path in self.listings.values()] + [self.url(path) for path in self.groups]
        urls += [self.article_url(article) for language in self.listings for article in self.newest[language]]
        urls.append(self.url(self.site.options["removed_article"]))
        urls += [self.url(page.path) for page in self.site.pages]
        entries = [{"loc": url, "lastmod": None} for url in urls]
        return ok(self.context.templates.get_template("urlset.xml").render(entries=entries), XML)
