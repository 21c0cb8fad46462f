"""Drupal-style site (Stockholm Science City): /en/news/slug and /sv/aktuellt/slug, ?page=N pagers."""

from functools import cached_property
from zlib import crc32

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import day_month_year, event_time_span
from ..server import TEXT, ok, redirect
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, teasers, translations

SECTIONS = {"sv": "aktuellt", "en": "news"}
CALENDARS = {"sv": "kalender", "en": "calendar"}
UI = {
    "sv": {
        "skip": "Hoppa till huvudinnehåll",
        "you_are_here": "Du är här",
        "home": "Start",
        "section": "Aktuellt",
        "calendar": "Kalender",
        "more_news": "Fler nyheter",
        "read_more": "Läs mer",
        "share": "Dela sidan",
        "pager": "Sidnumrering",
        "next": "Nästa sida ›",
        "previous": "‹ Föregående sida",
        "first": "« Första sidan",
        "last": "Sista sidan »",
        "cookie": "Vi använder kakor på den här webbplatsen för att förbättra din användarupplevelse. "
        "Genom att klicka på en länk på sidan godkänner du att vi sätter kakor.",
        "accept": "Jag godkänner",
        "more_info": "Mer information",
        "switch": "English",
        "newsletter": "Prenumerera på Stockholm Science Citys nyhetsbrev",
    },
    "en": {
        "skip": "Skip to main content",
        "you_are_here": "You are here",
        "home": "Home",
        "section": "News",
        "calendar": "Calendar",
        "more_news": "More news",
        "read_more": "Read more",
        "share": "Share this page",
        "pager": "Pagination",
        "next": "Next page ›",
        "previous": "‹ Previous page",
        "first": "« First page",
        "last": "Last page »",
        "cookie": "We use cookies on this site to enhance your user experience. "
        "By clicking any link on this page you are giving your consent for us to set cookies.",
        "accept": "OK, I agree",
        "more_info": "More info",
        "switch": "Svenska",
        "newsletter": "Subscribe to the Stockholm Science City newsletter",
    },
}


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    return site.host_for(article.language), f"/{article.language}/{SECTIONS[article.language]}/{article.slug}"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return DrupalSite(site, context).build()


def lead_of(article: ArticleData) -> str:
    """Press-style articles open with a dateline instead of printing a date."""
    if article.options.get("dateline"):
        return f"Stockholm, {day_month_year(article.published, article.language)} – {article.lead}"
    return article.lead


class DrupalSite(SingleHostSite):
    """Builds the routes and ground truth of one Drupal-style site."""

    default_page_size = 4
    locate = staticmethod(locate)

    @cached_property
    def newest(self) -> dict[str, list[ArticleData]]:
        return {language: self.site.articles_in(language) for language in self.site.languages}

    def events(self, language: str) -> list[PageData]:
        return [page for page in self.site.pages_in(language) if page.key == "event"]

    def chrome(self, language: str, switch_url: str | None = None) -> dict:
        pages = [page for page in self.site.pages_in(language) if page.key != "event"]
        other = "en" if language == "sv" else "sv"
        return {
            "site": self.site,
            "base": self.base,
            "language": language,
            "ui": UI[language],
            "home_url": self.url(f"/{language}"),
            "nav": [
                {"title": UI[language]["section"], "url": self.url(f"/{language}/{SECTIONS[language]}")},
                {"title": UI[language]["calendar"], "url": self.url(f"/{language}/{CALENDARS[language]}")},
            ]
            + [{"title": page.title, "url": self.url(page.path)} for page in pages if page.key != "privacy"],
            "footer_links": [{"title": page.title, "url": self.url(page.path)} for page in pages],
            "switch": {"label": UI[language]["switch"], "url": switch_url or self.url(f"/{other}")},
            "address": self.site.options[f"address_{language}"],
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={
                "id": self.site.id,
                "name": self.site.name,
                "start_urls": [self.url(f"/{language}/{SECTIONS[language]}") for language in ("en", "sv")],
            },
            routers={self.host: self.router},
        )
        self.router.add("/", lambda query: redirect(self.url("/sv"), 302))
        self.router.add("/robots.txt", lambda query: ok(ROBOTS, TEXT))
        for language in self.site.languages:
            self.add_language(language, build)
        for page in self.site.pages:
            self.router.add(page.path, lambda query, page=page: self.render_page(page))
            build.non_article_urls.append(self.url(page.path))
        for article in self.site.articles:
            build.articles.append(self.add_article(article))
        return build

    def add_language(self, language: str, build: SiteBuild) -> None:
        home = f"/{language}"
        listing, calendar = f"{home}/{SECTIONS[language]}", f"{home}/{CALENDARS[language]}"
        self.router.add(home, lambda query: self.render_home(language))
        self.router.add(listing, lambda query: self.render_listing(language, query.get("page", "0")), ("page",))
        self.router.add(calendar, lambda query: self.render_calendar(language))
        pages = -(-len(self.newest[language]) // self.page_size)
        build.non_article_urls += [self.url(home), self.url(calendar), self.url(listing)]
        # The pager links the first page as ?page=0 too.
        build.non_article_urls += [self.url(f"{listing}?page={number}") for number in range(pages)]

    def add_article(self, article: ArticleData):
        self.router.add(locate(self.site, article)[1], lambda query: self.render_article(article))
        aliases = ()
        if "node_alias" in article.options:
            self.router.add(article.options["node_alias"], lambda query: self.render_article(article))
            aliases = (self.url(article.options["node_alias"]),)
        ui = UI[article.language]
        return ground_truth(
            self.site,
            article,
            self.article_url(article),
            lead=lead_of(article),
            aliases=aliases,
            boilerplate=(
                ui["skip"],
                ui["you_are_here"],
                ui["cookie"],
                ui["share"],
                ui["newsletter"],
                ui["more_news"],
                article.caption,
                self.site.options[f"address_{article.language}"],
                *(other.title for other in self.more_news(article)),
            ),
        )

    def more_news(self, article: ArticleData) -> list[ArticleData]:
        return teasers(self.newest[article.language], article, 3)

    def teaser(self, article: ArticleData) -> dict:
        return {"title": article.title, "url": self.article_url(article), "excerpt": excerpt(article.lead, 30)}

    def render_article(self, article: ArticleData):
        versions = translations(self.site, article)
        alternates = [{"language": article.language, "url": self.article_url(article)}] + [
            {"language": language, "url": self.article_url(other)} for language, other in versions.items()
        ]
        language = article.language
        return self.context.render(
            "drupal/article.html",
            **self.chrome(language, alternates[1]["url"] if versions else None),
            head_title=article.title,
            canonical=self.article_url(article),
            alternates=alternates if versions else [],
            node_id=crc32(article.slug.encode()) % 900 + 100,
            article=article,
            lead=lead_of(article),
            date=None if article.options.get("dateline") else day_month_year(article.published, language),
            image_name=f"{article.slug[:24]}.jpg",
            items=body_items(article, self.context.linked_url(article)),
            breadcrumb=[
                {"title": UI[language]["home"], "url": self.url(f"/{language}")},
                {"title": UI[language]["section"], "url": self.url(f"/{language}/{SECTIONS[language]}")},
            ],
            more=[self.teaser(other) for other in self.more_news(article)],
        )

    def render_listing(self, language: str, page_param: str):
        if not page_param.isdigit():
            return None
        number = int(page_param)
        posts = self.newest[language]
        last = (len(posts) - 1) // self.page_size
        if number > last:
            return None
        chunk = posts[number * self.page_size : (number + 1) * self.page_size]
        listing = self.url(f"/{language}/{SECTIONS[language]}")
        return self.context.render(
            "drupal/listing.html",
            **self.chrome(language),
            head_title=UI[language]["section"],
            canonical=listing if number == 0 else f"{listing}?page={number}",
            alternates=[],
            breadcrumb=[{"title": UI[language]["home"], "url": self.url(f"/{language}")}],
            teasers=[self.teaser(article) for article in chunk],
            featured=self.featured(language) if number == 0 else [],
            current=number,
            last=last,
        )

    def render_home(self, language: str):
        return self.context.render(
            "drupal/home.html",
            **self.chrome(language),
            head_title=self.site.name,
            canonical=self.url(f"/{language}"),
            alternates=[],
            intro=self.site.options[f"intro_{language}"],
            teasers=[self.teaser(article) for article in self.newest[language][:3]],
            featured=self.featured(language),
        )

    def featured(self, language: str) -> list[dict]:
        """Promoted stories, linked by their `/node/N` system path as Drupal blocks often do."""
        return [
            {"title": article.title, "url": self.url(article.options["node_alias"])}
            for article in self.site.articles
            if "node_alias" in article.options and article.language == language
        ]

    def render_calendar(self, language: str):
        return self.context.render(
            "drupal/calendar.html",
            **self.chrome(language),
            head_title=UI[language]["calendar"],
            canonical=self.url(f"/{language}/{CALENDARS[language]}"),
            alternates=[],
            breadcrumb=[{"title": UI[language]["home"], "url": self.url(f"/{language}")}],
            events=[
                {"title": page.title, "url": self.url(page.path), "when": self.event_when(page)}
                for page in self.events(language)
            ],
        )

    def event_when(self, page: PageData) -> str | None:
        if page.key != "event":
            return None
        return event_time_span(page.options["starts"], page.options["ends"], page.language)

    def render_page(self, page: PageData):
        return self.context.render(
            "drupal/page.html",
            **self.chrome(page.language),
            head_title=page.title,
            canonical=self.url(page.path),
            alternates=[],
            breadcrumb=[{"title": UI[page.language]["home"], "url": self.url(f"/{page.language}")}],
            page=page,
            when=self.event_when(page),
        )


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /search/
Disallow: /user/login/
Disallow: /sv/search/
Disallow: /en/search/
"""
