"""KI-style news: one host per language with its own flat slugs, ?page=N archive, RSS, DD-MM-YYYY dates."""

from functools import cached_property

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import rfc822
from ..server import RSS, TEXT, Router, ok
from ..sitekit import SiteBuild, SiteContext, excerpt, ground_truth, teasers, translations

ARCHIVES = {"en": "/page/news-archive", "sv": "/page/nyhetsarkiv"}
UI = {
    "en": {
        "skip": "Skip to main content",
        "site": "KI News",
        "archive": "News archive",
        "more_news": "More news",
        "feedback": "Was this information helpful?",
        "yes": "Yes",
        "no": "No",
        "reviewer": "Content reviewer",
        "other_version": "Swedish version >>",
        "cookie": "Karolinska Institutet uses cookies to improve your experience of ki.se. "
        "Read more about how we use cookies and how you can change your settings.",
        "accept": "Accept all cookies",
        "next": "Next ›",
        "previous": "‹ Previous",
        "footer": "Karolinska Institutet – a medical university, SE-171 77 Stockholm, Sweden",
    },
    "sv": {
        "skip": "Hoppa till huvudinnehåll",
        "site": "KI Nyheter",
        "archive": "Nyhetsarkiv",
        "more_news": "Fler nyheter",
        "feedback": "Var informationen till hjälp?",
        "yes": "Ja",
        "no": "Nej",
        "reviewer": "Innehållsansvarig",
        "other_version": "English version >>",
        "cookie": "Karolinska Institutet använder kakor för att förbättra din upplevelse av ki.se. "
        "Läs mer om hur vi använder kakor och hur du ändrar dina inställningar.",
        "accept": "Godkänn alla kakor",
        "next": "Nästa ›",
        "previous": "‹ Föregående",
        "footer": "Karolinska Institutet – ett medicinskt universitet, 171 77 Stockholm",
    },
}


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    return site.host_for(article.language), f"/{article.slug}"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return KiNewsSite(site, context).build()


def date_line(article: ArticleData) -> str:
    """`Published: 12-07-2023 17:35 | Updated: 09-01-2024 15:52` (DD-MM-YYYY) or the Swedish ISO form."""
    if article.language == "en":
        line = f"Published: {article.published:%d-%m-%Y %H:%M}"
        return line + (f" | Updated: {article.updated:%d-%m-%Y %H:%M}" if article.updated else "")
    line = f"Publicerad: {article.published:%Y-%m-%d %H:%M}"
    return line + (f" | Uppdaterad: {article.updated:%Y-%m-%d %H:%M}" if article.updated else "")


class KiNewsSite:
    """Builds both language hosts of the KI-style news site."""

    def __init__(self, site: SiteData, context: SiteContext) -> None:
        self.site = site
        self.context = context
        self.page_size = site.options.get("page_size", 4)
        self.routers = {site.host_for(language): Router() for language in site.languages}

    def url(self, language: str, path: str) -> str:
        return self.context.bases[self.site.host_for(language)] + path

    def router(self, language: str) -> Router:
        return self.routers[self.site.host_for(language)]

    def article_url(self, article: ArticleData) -> str:
        return self.url(article.language, locate(self.site, article)[1])

    @cached_property
    def newest(self) -> dict[str, list[ArticleData]]:
        return {language: self.site.articles_in(language) for language in self.site.languages}

    def chrome(self, language: str) -> dict:
        pages = self.site.pages_in(language)
        return {
            "site": self.site,
            "base": self.url(language, ""),
            "language": language,
            "ui": UI[language],
            "home_url": self.url(language, "/"),
            "nav": [{"title": UI[language]["archive"], "url": self.url(language, ARCHIVES[language])}]
            + [{"title": page.title, "url": self.url(language, page.path)} for page in pages if page.key != "privacy"],
            "footer_links": [{"title": page.title, "url": self.url(language, page.path)} for page in pages],
            "other_site": {
                "label": "Svenska" if language == "en" else "English",
                "url": self.url(other(language), "/"),
            },
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={
                "id": self.site.id,
                "name": self.site.name,
                "start_urls": [self.url(language, ARCHIVES[language]) for language in ("en", "sv")],
            },
            routers=self.routers,
        )
        for language in self.site.languages:
            router = self.router(language)
            router.add("/", lambda query, language=language: self.render_home(language))
            router.add("/robots.txt", lambda query: ok(ROBOTS, TEXT))
            router.add("/rss.xml", lambda query, language=language: self.feed(language))
            router.add(
                ARCHIVES[language],
                lambda query, language=language: self.render_archive(language, query.get("page", "0")),
                ("page",),
            )
            pages = -(-len(self.newest[language]) // self.page_size)
            build.non_article_urls.append(self.url(language, "/"))
            build.non_article_urls += [self.archive_url(language, number) for number in range(pages)]
        for page in self.site.pages:
            self.router(page.language).add(page.path, lambda query, page=page: self.render_page(page))
            build.non_article_urls.append(self.url(page.language, page.path))
        for article in self.site.articles:
            self.router(article.language).add(
                locate(self.site, article)[1], lambda query, article=article: self.render_article(article)
            )
            build.articles.append(self.truth(article))
        return build

    def archive_url(self, language: str, number: int) -> str:
        return self.url(language, ARCHIVES[language] + (f"?page={number}" if number else ""))

    def truth(self, article: ArticleData):
        ui = UI[article.language]
        return ground_truth(
            self.site,
            article,
            self.article_url(article),
            boilerplate=(
                ui["skip"],
                ui["feedback"],
                ui["cookie"],
                ui["more_news"],
                ui["footer"],
                ui["other_version"] if translations(self.site, article) else None,
                f"{ui['reviewer']}: {article.options['reviewer']}" if "reviewer" in article.options else None,
                article.caption,
                *(other.title for other in self.more_news(article)),
            ),
        )

    def more_news(self, article: ArticleData) -> list[ArticleData]:
        return teasers(self.newest[article.language], article, 3)

    def teaser(self, article: ArticleData) -> dict:
        return {
            "title": article.title,
            "url": self.article_url(article),
            "excerpt": excerpt(article.lead, 30),
            "date": article.published.strftime("%d-%m-%Y" if article.language == "en" else "%Y-%m-%d"),
        }

    def render_article(self, article: ArticleData):
        versions = translations(self.site, article)
        alternates = [{"language": article.language, "url": self.article_url(article)}] + [
            {"language": language, "url": self.article_url(version)} for language, version in versions.items()
        ]
        return self.context.render(
            "ki/article.html",
            **self.chrome(article.language),
            head_title=article.title,
            canonical=self.article_url(article),
            alternates=alternates if versions else [],
            other_version=alternates[1]["url"] if versions else None,
            article=article,
            date_line=date_line(article),
            reviewer=article.options.get("reviewer"),
            items=body_items(article, self.context.linked_url(article)),
            more=[self.teaser(other) for other in self.more_news(article)],
        )

    def render_archive(self, language: str, page_param: str):
        if not page_param.isdigit():
            return None
        number = int(page_param)
        posts = self.newest[language]
        last = (len(posts) - 1) // self.page_size
        if number > last:
            return None
        chunk = posts[number * self.page_size : (number + 1) * self.page_size]
        return self.context.render(
            "ki/archive.html",
            **self.chrome(language),
            head_title=UI[language]["archive"],
            canonical=self.archive_url(language, number),
            alternates=[],
            teasers=[self.teaser(article) for article in chunk],
            next_url=self.archive_url(language, number + 1) if number < last else None,
            previous_url=self.archive_url(language, number - 1) if number > 0 else None,
        )

    def render_home(self, language: str):
        return self.context.render(
            "ki/archive.html",
            **self.chrome(language),
            head_title=UI[language]["site"],
            canonical=self.url(language, "/"),
            alternates=[],
            teasers=[self.teaser(article) for article in self.newest[language][:3]],
            next_url=self.archive_url(language, 0),
            previous_url=None,
        )

    def render_page(self, page: PageData):
        return self.context.render(
            "ki/page.html",
            **self.chrome(page.language),
            head_title=page.title,
            canonical=self.url(page.language, page.path),
            alternates=[],
            page=page,
        )

    def feed(self, language: str):
        items = [
            {
                "title": article.title,
                "link": self.article_url(article),
                "guid": self.article_url(article),
                "published": rfc822(article.published),
                "description": excerpt(article.lead, 40),
                "category": None,
            }
            for article in self.newest[language][:6]
        ]
        body = self.context.templates.get_template("rss.xml").render(
            title=UI[language]["site"],
            link=self.url(language, "/"),
            self_url=self.url(language, "/rss.xml"),
            description=UI[language]["footer"],
            language=language,
            items=items,
        )
        return ok(body, RSS)


def other(language: str) -> str:
    return "sv" if language == "en" else "en"


ROBOTS = """User-agent: *
Disallow: /search
Disallow: /user/
Disallow: /node/add/
"""
