"""Press-room-style site (Mynewsdesk-like): /posts/pressreleases/slug, date glued to the type label."""

from functools import cached_property

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..server import TEXT, ok
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, teasers

KINDS = {
    "pressreleases": {"sv": "Pressmeddelande", "en": "Press release", "plural_sv": "Pressmeddelanden"},
    "news": {"sv": "Nyhet", "en": "News", "plural_sv": "Nyheter"},
}
UI = {
    "sv": {"related": "Relaterade nyheter", "topics": "Ämnen", "share": "Dela", "press_contact": "Presskontakt",
           "about": "Om"},
    "en": {"related": "Related news", "topics": "Topics", "share": "Share", "press_contact": "Press contact",
           "about": "About"},
}
COOKIE = (
    "Vi använder cookies för att förbättra din upplevelse av pressrummet och för att analysera trafiken. "
    "Läs mer i vår cookiepolicy."
)
ROBOTS = """User-agent: *
Disallow: /search
Disallow: /subscribe
"""


def kind_of(article: ArticleData) -> str:
    return article.options.get("kind", "pressreleases")


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    return site.host_for(article.language), f"/posts/{kind_of(article)}/{article.slug}"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return PressRoomSite(site, context).build()


class PressRoomSite(SingleHostSite):
    """Builds the routes and ground truth of one press-room-style site."""

    default_page_size = 4
    locate = staticmethod(locate)

    @cached_property
    def newest(self) -> list[ArticleData]:
        return sorted(self.site.articles, key=lambda article: article.published, reverse=True)

    def posts_url(self, number: int) -> str:
        return self.url("/posts" + (f"?page={number}" if number > 1 else ""))

    def chrome(self) -> dict:
        pages = self.site.pages
        return {
            "site": self.site,
            "base": self.base,
            "cookie": COOKIE,
            "home_url": self.url("/"),
            "nav": [
                {"title": "Alla nyheter", "url": self.url("/posts")},
                {"title": KINDS["pressreleases"]["plural_sv"], "url": self.url("/posts/pressreleases")},
                {"title": KINDS["news"]["plural_sv"], "url": self.url("/posts/news")},
            ]
            + [{"title": page.title, "url": self.url(page.path)} for page in pages if page.key != "privacy"],
            "footer_links": [{"title": page.title, "url": self.url(page.path)} for page in pages],
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={"id": self.site.id, "name": self.site.name, "start_urls": [self.url("/posts")]},
            routers={self.host: self.router},
        )
        self.router.add("/robots.txt", lambda query: ok(ROBOTS, TEXT))
        self.router.add("/", lambda query: self.render_list(self.site.name, self.newest[:3], self.url("/")))
        self.router.add("/posts", lambda query: self.render_posts(query.get("page", "1")), ("page",))
        # Search results: linked from every list, disallowed by robots.txt.
        self.router.add("/search", lambda query: self.render_list("Sökresultat", self.newest, self.url("/search")), ("q", "type"))
        build.non_article_urls.append(self.url("/search?q=cellterapi&type=pressreleases"))
        pages = -(-len(self.newest) // self.page_size)
        build.non_article_urls += [self.url("/")] + [self.posts_url(number) for number in range(1, pages + 1)]
        for kind, labels in KINDS.items():
            chosen = [article for article in self.newest if kind_of(article) == kind]
            path = f"/posts/{kind}"
            self.router.add(
                path,
                lambda query, heading=labels["plural_sv"], chosen=chosen, path=path: self.render_list(
                    heading, chosen, self.url(path)
                ),
            )
            build.non_article_urls.append(self.url(path))
        self.add_pages_and_articles(build)
        return build

    def truth(self, article: ArticleData):
        ui = UI[article.language]
        contact = self.site.options["contact"]
        return ground_truth(
            self.site,
            article,
            self.article_url(article),
            boilerplate=(
                ui["related"],
                f"{ui['about']} {self.site.options['company']}",
                self.site.options[f"about_{article.language}"],
                COOKIE,
                contact["name"],
                contact["phone"],
                article.caption,
                *(other.title for other in self.related(article)),
            ),
        )

    def related(self, article: ArticleData) -> list[ArticleData]:
        return teasers(self.newest, article, 3)

    def teaser(self, article: ArticleData) -> dict:
        return {
            "title": article.title,
            "url": self.article_url(article),
            "excerpt": excerpt(article.lead, 24),
            "type": KINDS[kind_of(article)][article.language],
            "date": f"{article.published:%Y-%m-%d %H:%M}",
        }

    def render_article(self, article: ArticleData):
        return self.context.render(
            "pressroom/article.html",
            **self.chrome(),
            language=article.language,
            head_title=article.title,
            canonical=self.article_url(article),
            article=article,
            type_label=KINDS[kind_of(article)][article.language],
            stamp=f"{article.published:%Y-%m-%d %H:%M}",
            ui=UI[article.language],
            company=self.site.options["company"],
            about=self.site.options[f"about_{article.language}"],
            contact=self.site.options["contact"],
            topics=article.options.get("topics", []),
            items=body_items(article, self.context.linked_url(article)),
            related=[self.teaser(other) for other in self.related(article)],
        )

    def render_posts(self, page_param: str):
        if not page_param.isdigit() or int(page_param) < 1:
            return None
        number = int(page_param)
        chunk = self.newest[(number - 1) * self.page_size : number * self.page_size]
        if not chunk:
            return None
        more = self.posts_url(number + 1) if number * self.page_size < len(self.newest) else None
        return self.render_list("Alla nyheter", chunk, self.posts_url(number), more)

    def render_list(self, heading: str, articles: list[ArticleData], canonical: str, more_url: str | None = None):
        return self.context.render(
            "pressroom/list.html",
            **self.chrome(),
            language="sv",
            head_title=heading,
            canonical=canonical,
            teasers=[self.teaser(article) for article in articles],
            more_url=more_url,
        )

    def render_page(self, page: PageData):
        return self.context.render(
            "pressroom/page.html",
            **self.chrome(),
            language=page.language,
            head_title=page.title,
            canonical=self.url(page.path),
            page=page,
        )
