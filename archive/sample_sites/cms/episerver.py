"""Episerver-style site (Region Stockholm, Akademiska Hus): /YYYY/MM/slug/ URLs, skip/take paging."""

from functools import cached_property

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import day_month_year, weekday_date
from ..server import TEXT, ok
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, teasers

UI = {
    "sv": {
        "skip": "Gå direkt till innehållet",
        "you_are_here": "Du är här:",
        "home": "Startsida",
        "news": "Nyheter",
        "show_more": "Visa fler nyheter",
        "more_news": "Fler nyheter",
        "contact": "Kontaktperson",
        "share": "Dela sidan",
        "published": "Publicerad",
        "updated": "Senast uppdaterad",
        "accept": "Godkänn kakor",
        "settings": "Inställningar för kakor",
    },
    "en": {
        "skip": "Go to content",
        "you_are_here": "You are here:",
        "home": "Home",
        "news": "News room",
        "show_more": "Show more news",
        "more_news": "More news",
        "contact": "Contact person",
        "share": "Share this page",
        "published": "Published",
        "updated": "Last updated",
        "accept": "Accept cookies",
        "settings": "Cookie settings",
    },
}
PAGING = "?query=&orderBy=Published&skip={skip}&take={take}"


def listing_path(site: SiteData, language: str) -> str:
    listings = site.options["listings"]
    return listings.get(language) or listings["*"]


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    path = f"{listing_path(site, article.language)}{article.published:%Y/%m}/{article.slug}/"
    return site.host_for(article.language), path


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return EpiserverSite(site, context).build()


class EpiserverSite(SingleHostSite):
    """Builds the routes and ground truth of one Episerver-style site.

    Its listings page by `skip`/`take` links, or (`paging = "years"`) show the newest few with a "show more" button
    that only a script serves, beside one filter link per year (`?year=2023`) showing that year's news.
    """

    locate = staticmethod(locate)

    def __init__(self, site: SiteData, context: SiteContext) -> None:
        super().__init__(site, context)
        self.take = site.options.get("take", 5)
        self.by_years = site.options.get("paging") == "years"

    @cached_property
    def listings(self) -> dict[str, list[ArticleData]]:
        """Listing path -> its articles, newest first (a listing may mix languages)."""
        grouped: dict[str, list[ArticleData]] = {}
        for article in sorted(self.site.articles, key=lambda article: article.published, reverse=True):
            grouped.setdefault(listing_path(self.site, article.language), []).append(article)
        return grouped

    def listing_language(self, path: str) -> str:
        named = {listing: language for language, listing in self.site.options["listings"].items() if language != "*"}
        return named.get(path, "sv")

    def page_language(self, language: str) -> str:
        """Sites with one Swedish frame keep `lang="sv"` on every page, English articles included."""
        return self.site.options.get("frame_language", language)

    def chrome(self, language: str) -> dict:
        frame = self.page_language(language)
        pages = self.site.pages_in(frame)
        return {
            "site": self.site,
            "base": self.base,
            "language": frame,
            "ui": UI[frame],
            "home_url": self.url(self.site.options["homes"][frame]),
            "nav": [{"title": UI[frame]["news"], "url": self.url(listing_path(self.site, frame))}]
            + [{"title": page.title, "url": self.url(page.path)} for page in pages if page.key != "privacy"],
            "footer_links": [{"title": page.title, "url": self.url(page.path)} for page in pages],
            "cookie": self.site.options[f"cookie_{frame}"],
            "footer": self.site.options[f"footer_{frame}"],
            "other_language": [
                {"label": "English" if other == "en" else "Svenska", "url": self.url(home)}
                for other, home in self.site.options["homes"].items()
                if other != frame
            ],
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={
                "id": self.site.id,
                "name": self.site.name,
                "start_urls": [self.url(path) for path in self.listings],
            },
            routers={self.host: self.router},
        )
        self.router.add("/robots.txt", lambda query: ok(self.site.options["robots"], TEXT))
        for language, home in self.site.options["homes"].items():
            self.router.add(home, lambda query, language=language: self.render_home(language))
            build.non_article_urls.append(self.url(home))
        for path, articles in self.listings.items():
            self.router.add(path, lambda query, path=path: self.render_listing(path, query), ("skip", "take", "year"))
            build.non_article_urls.append(self.url(path))
            if self.by_years:
                build.non_article_urls += [self.url(f"{path}?year={year}") for year in self.years(articles)]
            else:
                build.non_article_urls += [
                    self.url(path + PAGING.format(skip=skip, take=self.take))
                    for skip in range(self.take, len(articles), self.take)
                ]
        self.add_pages_and_articles(build)
        return build

    def contact(self, article: ArticleData) -> dict:
        contact = dict(self.site.options["contact"], **article.options.get("contact", {}))
        contact["role"] = contact.pop(f"role_{article.language}", contact.get("role"))
        return contact

    def truth(self, article: ArticleData):
        frame = self.page_language(article.language)
        contact = self.contact(article)
        return ground_truth(
            self.site,
            article,
            self.article_url(article),
            boilerplate=(
                UI[frame]["skip"],
                UI[frame]["you_are_here"],
                UI[frame]["share"],
                UI[frame]["more_news"],
                self.site.options[f"cookie_{frame}"],
                self.site.options[f"footer_{frame}"],
                contact["name"],
                contact["phone"],
                contact["email"],
                article.caption,
                *(other.title for other in self.more_news(article)),
            ),
        )

    def more_news(self, article: ArticleData) -> list[ArticleData]:
        return teasers(self.listings[listing_path(self.site, article.language)], article, 3)

    def date_line(self, moment, language: str) -> str:
        if self.site.options.get("date_style") == "weekday":
            return weekday_date(moment, language)
        return day_month_year(moment, language)

    def teaser(self, article: ArticleData) -> dict:
        return {
            "title": article.title,
            "url": self.article_url(article),
            "excerpt": excerpt(article.lead, 26),
            "date": f"{article.published:%Y-%m-%d}",
        }

    def render_article(self, article: ArticleData):
        frame = self.page_language(article.language)
        return self.context.render(
            "episerver/article.html",
            **self.chrome(article.language),
            head_title=article.title,
            canonical=self.article_url(article),
            article=article,
            article_language=article.language if article.language != frame else None,
            published=self.date_line(article.published, article.language),
            updated=self.date_line(article.updated, article.language) if article.updated else None,
            date_ui=UI[article.language],
            weekday_style=self.site.options.get("date_style") == "weekday",
            contact=self.contact(article),
            contact_first=self.site.options.get("contact_position") == "before",
            items=body_items(article, self.context.linked_url(article)),
            breadcrumb=[
                {"title": UI[frame]["home"], "url": self.url(self.site.options["homes"][frame])},
                {"title": UI[frame]["news"], "url": self.url(listing_path(self.site, article.language))},
            ],
            more=[self.teaser(other) for other in self.more_news(article)],
        )

    @staticmethod
    def years(articles: list[ArticleData]) -> list[int]:
        return sorted({article.published.year for article in articles}, reverse=True)

    def render_listing(self, path: str, query: dict[str, str]):
        if self.by_years:
            return self.render_years_listing(path, query.get("year"))
        skip, take = query.get("skip", "0"), query.get("take", str(self.take))
        if not (skip.isdigit() and take.isdigit() and 0 < int(take) <= 50):
            return None
        skip, take = int(skip), int(take)
        articles = self.listings[path]
        if skip and skip >= len(articles):
            return None
        chunk = articles[skip : skip + take]
        more = path + PAGING.format(skip=skip + take, take=take) if skip + take < len(articles) else None
        language = self.listing_language(path)
        return self.context.render(
            "episerver/listing.html",
            **self.chrome(language),
            head_title=UI[language]["news"],
            canonical=self.url(path if not skip else path + PAGING.format(skip=skip, take=take)),
            teasers=[self.teaser(article) for article in chunk],
            more_url=self.url(more) if more else None,
            years=[],
            load_more=False,
            breadcrumb=[{"title": UI[language]["home"], "url": self.url(self.site.options["homes"][language])}],
        )

    def render_years_listing(self, path: str, year: str | None):
        articles, language = self.listings[path], self.listing_language(path)
        years = self.years(articles)
        if year is not None and not (year.isdigit() and int(year) in years):
            return None
        shown = [article for article in articles if article.published.year == int(year)] if year else articles[: self.take]
        return self.context.render(
            "episerver/listing.html",
            **self.chrome(language),
            head_title=UI[language]["news"] + (f" {year}" if year else ""),
            canonical=self.url(f"{path}?year={year}" if year else path),
            teasers=[self.teaser(article) for article in shown],
            years=[{"label": str(each), "url": self.url(f"{path}?year={each}")} for each in years],
            more_url=None,
            load_more=year is None and len(articles) > self.take,
            breadcrumb=[{"title": UI[language]["home"], "url": self.url(self.site.options["homes"][language])}],
        )

    def render_home(self, language: str):
        newest = self.listings[listing_path(self.site, language)][:3]
        return self.context.render(
            "episerver/page.html",
            **self.chrome(language),
            head_title=self.site.name,
            canonical=self.url(self.site.options["homes"][language]),
            page={"title": self.site.name, "paragraphs": [self.site.options[f"intro_{language}"]]},
            teasers=[self.teaser(article) for article in newest],
            breadcrumb=None,
        )

    def render_page(self, page: PageData):
        return self.context.render(
            "episerver/page.html",
            **self.chrome(page.language),
            head_title=page.title,
            canonical=self.url(page.path),
            page=page,
            teasers=[],
            breadcrumb=[
                {"title": UI[page.language]["home"], "url": self.url(self.site.options["homes"][page.language])}
            ],
        )
