"""Next.js-style site (a React front end rendered to HTML): utility classes only, whole-card links, JSON-LD dates."""

import json
from functools import cached_property
from urllib.parse import quote

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import (day_month_year, iso_utc_millis, iso_with_offset, relative_age, stockholm_offset)
from ..server import TEXT, XML, Router, ok, redirect
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, teasers, translations

UI = {
    "sv": {
        "skip": "Hoppa till innehållet",
        "news": "Aktuellt",
        "all": "Alla",
        "load_more": "Visa fler",
        "back": "← Tillbaka till Aktuellt",
        "read_more": "Läs mer",
        "read_time": "min läsning",
        "share": "Dela",
        "more_news": "Mer från parken",
        "newsletter": "Prenumerera på vårt nyhetsbrev",
        "newsletter_text": "Få nyheter och inbjudningar från parken en gång i månaden.",
        "email": "E-postadress",
        "subscribe": "Prenumerera",
        "accept": "Godkänn alla",
        "necessary": "Endast nödvändiga",
        "event": "Evenemang",
        "when": "När:",
        "where": "Var:",
        "register": "Anmäl dig",
        "other_language": "English",
    },
    "en": {
        "skip": "Skip to content",
        "news": "News & events",
        "all": "All",
        "load_more": "Load more",
        "back": "← Back to News & events",
        "read_more": "Read more",
        "read_time": "min read",
        "share": "Share",
        "more_news": "More from the park",
        "newsletter": "Subscribe to our newsletter",
        "newsletter_text": "Get news and invitations from the park once a month.",
        "email": "Email address",
        "subscribe": "Subscribe",
        "accept": "Accept all",
        "necessary": "Necessary only",
        "event": "Event",
        "when": "When:",
        "where": "Where:",
        "register": "Register",
        "other_language": "Svenska",
    },
}
MORE_COUNT = 3


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    """`/sv/aktuellt/{slug}`, `/en/news/{slug}`: no trailing slash, as Next.js routes are written."""
    return site.host_for(article.language), f"{site.options['sections'][article.language]}/{article.slug}"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return NextSite(site, context).build()


class NextSite(SingleHostSite):
    """Builds the routes and ground truth of one Next.js-style site.

    Traits of real React front ends: utility classes (Tailwind) and no class that names what a block is, only
    `<header>`, `<nav>`, `<main>`, `<article>`, `<section>`, `<footer>`; cards that are one link wrapping picture,
    label, headline, excerpt and date; dates shown as "3 months ago" in a `<time>` whose `datetime` is UTC
    (`toISOString()`), the day stated only in JSON-LD; the page's data again in `__NEXT_DATA__`; news and events
    in one section at one address shape, events told apart by their JSON-LD `Event`; a "Load more" button with
    no link (older items only through category filter links and the sitemap); related cards with excerpts, an
    author box, a newsletter form inside `<main>`; a sitemap index whose sitemap writes every address with a
    trailing slash the site answers with 308 redirects, and names a removed post.
    """

    default_page_size = 7  # the news page's first screen: a featured card and six more
    locate = staticmethod(locate)

    def __init__(self, site: SiteData, context: SiteContext) -> None:
        super().__init__(site, context)
        self.router = Router(twin_status=308)  # Next.js redirects the other trailing-slash form with a 308

    @cached_property
    def sections(self) -> dict[str, str]:
        return self.site.options["sections"]

    @cached_property
    def events(self) -> dict[str, list[PageData]]:
        return {language: [page for page in self.site.pages_in(language) if page.key == "event"]
                for language in self.sections}

    @cached_property
    def items(self) -> dict[str, list[ArticleData | PageData]]:
        """What each language's news section lists, newest first: articles and events in one stream."""
        return {language: sorted([*self.site.articles_in(language), *self.events[language]],
                                 key=self.published, reverse=True)
                for language in self.sections}

    @staticmethod
    def published(item: ArticleData | PageData):
        return item.published if isinstance(item, ArticleData) else item.options["published"]

    def category(self, item: ArticleData | PageData) -> str:
        return item.options["category"]

    def category_url(self, language: str, category: str) -> str:
        return self.url(f"{self.sections[language]}?category={category}")

    def item_url(self, item: ArticleData | PageData) -> str:
        return self.article_url(item) if isinstance(item, ArticleData) else self.url(item.path)

    def card(self, item: ArticleData | PageData) -> dict:
        language = item.language
        moment = self.published(item)
        if isinstance(item, ArticleData):
            shown, text = relative_age(moment, self.site.options["build_time"], language), excerpt(item.lead, 18)
        else:  # an event card shows when it takes place
            moment = item.options["starts"]
            shown, text = f"{day_month_year(moment, language)} {moment:%H:%M}", item.paragraphs[0]
        return {"title": item.title, "url": self.item_url(item), "excerpt": text, "shown": shown,
                "datetime": iso_utc_millis(moment, stockholm_offset(moment)),
                "label": self.site.options["categories"][language][self.category(item)],
                "image": self.image(item.title)}

    def image(self, name: str) -> str:
        file = quote(f"/images/{name.lower().replace(' ', '-')[:24]}.jpg", safe="")
        return f"/_next/image?url={file}&w=1080&q=75"

    def chrome(self, language: str, canonical: str, head_title: str, other_language_url: str | None = None) -> dict:
        homes = self.site.options["homes"]
        other = next(other for other in homes if other != language)
        return {
            "site": self.site,
            "base": self.base,
            "language": language,
            "ui": UI[language],
            "canonical": canonical,
            "head_title": head_title,
            "home_url": self.url(homes[language]),
            "news_url": self.url(self.sections[language]),
            "nav": [{"title": page.title, "url": self.url(page.path)} for page in self.site.pages_in(language)
                    if page.key != "event"],
            "other_language": {"title": UI[language]["other_language"],
                               "url": other_language_url or self.url(homes[other])},
            "cookie": self.site.options[f"cookie_{language}"],
            "footer": self.site.options[f"footer_{language}"],
            "build_id": self.site.options["build_id"],
            "alternates": [],
            "jsonld": None,
            "og_type": "website",
        }

    def next_data(self, page: str, language: str, props: dict) -> str:
        """The `__NEXT_DATA__` script's JSON, `<` escaped as React escapes it."""
        data = {"props": {"pageProps": props, "__N_SSG": True}, "page": page, "query": {},
                "buildId": self.site.options["build_id"], "isFallback": False, "gsp": True, "locale": language,
                "locales": list(self.sections), "defaultLocale": "sv", "scriptLoader": []}
        return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")

    # --- routes ---------------------------------------------------------------------------------

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={"id": self.site.id, "name": self.site.name,
                    "start_urls": [self.url(path) for path in self.sections.values()]},
            routers={self.host: self.router},
        )
        self.router.add("/", lambda query: redirect(self.site.options["homes"]["sv"], 307))
        self.router.add("/robots.txt", lambda query: ok(self.robots(), TEXT))
        self.router.add("/sitemap.xml", lambda query: self.sitemap_index())
        self.router.add("/sitemap-0.xml", lambda query: self.sitemap())
        for language, home in self.site.options["homes"].items():
            self.router.add(home, lambda query, language=language: self.render_home(language))
            build.non_article_urls.append(self.url(home))
        for language, path in self.sections.items():
            self.router.add(path, lambda query, language=language: self.render_listing(language, query),
                            ("category",))
            build.non_article_urls.append(self.url(path))
            build.non_article_urls += [self.category_url(language, category)
                                       for category in self.site.options["categories"][language]]
        self.add_pages_and_articles(build)
        return build

    def render_listing(self, language: str, query: dict):
        category = query.get("category")
        names = self.site.options["categories"][language]
        if category is not None and category not in names:
            return None
        chosen = [item for item in self.items[language] if category in (None, self.category(item))]
        # The first screen only: "Load more" fetches the rest as JSON; a category shows all of its items.
        shown = chosen if category else chosen[: self.page_size]
        cards = [self.card(item) for item in shown]
        heading = UI[language]["news"]
        return self.context.render(
            "nextjs/listing.html",
            **self.chrome(language, self.url(self.sections[language]) if category is None
                          else self.category_url(language, category), heading),
            heading=heading, intro=self.site.options[f"intro_{language}"],
            filters=[{"title": UI[language]["all"], "url": self.url(self.sections[language]), "current": category is None}]
            + [{"title": title, "url": self.category_url(language, key), "current": key == category}
               for key, title in names.items()],
            featured=cards[0] if cards and category is None else None,
            cards=cards[1:] if category is None else cards,
            load_more=category is None and len(chosen) > len(shown),
            next_data=self.next_data("/[locale]/news", language,
                                     {"items": [{"title": c["title"], "href": c["url"], "date": c["datetime"]}
                                                for c in cards], "total": len(chosen)}),
        )

    def truth(self, article: ArticleData):
        ui = UI[article.language]
        author = self.site.options["authors"][article.author] if article.author else {}
        return ground_truth(
            self.site, article, self.article_url(article),
            boilerplate=(ui["skip"], ui["back"], ui["more_news"], ui["newsletter"], ui["newsletter_text"],
                         self.site.options[f"cookie_{article.language}"],
                         self.site.options[f"footer_{article.language}"],
                         article.caption, author.get(f"role_{article.language}"),
                         *(item.title for item in self.more(article)),
                         *(excerpt(item.lead, 18) for item in self.more(article))),
        )

    def more(self, article: ArticleData) -> list[ArticleData]:
        return teasers(self.site.articles_in(article.language), article, MORE_COUNT)

    def render_article(self, article: ArticleData):
        language = article.language
        url = self.article_url(article)
        others = translations(self.site, article)
        chrome = self.chrome(language, url, article.title,
                             self.article_url(others["en" if language == "sv" else "sv"]) if others else None)
        offset = stockholm_offset(article.published)
        updated = article.updated or article.published
        author = self.site.options["authors"][article.author] if article.author else None
        jsonld = {
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "description": article.lead, "image": [self.url(self.image(article.title))],
            "datePublished": iso_with_offset(article.published, offset),
            "dateModified": iso_with_offset(updated, stockholm_offset(updated)),
            "author": [{"@type": "Person", "name": article.author}] if article.author else [],
            "publisher": {"@type": "Organization", "name": self.site.name, "logo": self.url("/logo.svg")},
            "mainEntityOfPage": url, "inLanguage": language,
        }
        chrome |= {
            # next-seo names every locale's version, this one too, and the default locale's as x-default.
            "alternates": [{"language": language, "url": url}]
            + [{"language": other.language, "url": self.article_url(other)} for other in others.values()]
            + [{"language": "x-default", "url": url if language == "sv" else self.article_url(others["sv"])}]
            if others else [],
            "jsonld": json.dumps(jsonld, ensure_ascii=False).replace("<", "\\u003c"),
            "og_type": "article",
        }
        words = len(" ".join([article.lead, *(block.text for block in article.blocks)]).split())
        return self.context.render(
            "nextjs/article.html", **chrome, article=article,
            datetime=iso_utc_millis(article.published, offset),
            day=day_month_year(article.published, language),
            shown=relative_age(article.published, self.site.options["build_time"], language),
            minutes=max(1, round(words / 200)),
            category={"title": self.site.options["categories"][language][self.category(article)],
                      "url": self.category_url(language, self.category(article))},
            image=self.image(article.title), author=author,
            items=body_items(article, self.context.linked_url(article)),
            more=[self.card(other) for other in self.more(article)],
            next_data=self.next_data(f"/[locale]/{self.sections[language].split('/')[-1]}/[slug]", language, {
                "post": {"title": article.title, "slug": article.slug, "excerpt": article.lead,
                         "publishedAt": iso_utc_millis(article.published, offset),
                         "body": [block.text for block in article.blocks], "author": article.author}}),
        )

    def render_page(self, page: PageData):
        chrome = self.chrome(page.language, self.url(page.path), page.title)
        if page.key == "event":
            starts, ends = page.options["starts"], page.options["ends"]
            chrome["jsonld"] = json.dumps({
                "@context": "https://schema.org", "@type": "Event", "name": page.title,
                "startDate": iso_with_offset(starts, stockholm_offset(starts)),
                "endDate": iso_with_offset(ends, stockholm_offset(ends)),
                "location": {"@type": "Place", "name": page.options["place"]},
                "organizer": {"@type": "Organization", "name": self.site.name}}, ensure_ascii=False)
            return self.context.render(
                "nextjs/event.html", **chrome, page=page,
                when=f"{day_month_year(starts, page.language)} {starts:%H:%M}–{ends:%H:%M}",
                datetime=iso_utc_millis(starts, stockholm_offset(starts)),
                category={"title": self.site.options["categories"][page.language][page.options["category"]],
                          "url": self.category_url(page.language, page.options["category"])},
                next_data=self.next_data("/[locale]/news/[slug]", page.language, {"event": {"title": page.title}}))
        if page.key == "job":
            chrome["jsonld"] = json.dumps({
                "@context": "https://schema.org", "@type": "JobPosting", "title": page.title,
                "datePosted": page.options["posted"].isoformat(), "validThrough": page.options["closes"].isoformat(),
                "hiringOrganization": {"@type": "Organization", "name": self.site.name}}, ensure_ascii=False)
        return self.context.render("nextjs/page.html", **chrome, page=page,
                                   next_data=self.next_data("/[locale]/[page]", page.language, {"title": page.title}))

    def render_home(self, language: str):
        chrome = self.chrome(language, self.url(self.site.options["homes"][language]), self.site.name)
        page = {"title": self.site.name, "paragraphs": [self.site.options[f"intro_{language}"]]}
        return self.context.render(
            "nextjs/page.html", **chrome, page=page,
            latest=[self.card(item) for item in self.items[language][:3]],
            next_data=self.next_data("/[locale]", language, {"title": self.site.name}))

    def robots(self) -> str:
        return f"User-agent: *\nAllow: /\nDisallow: /api/\n\nHost: {self.base}\nSitemap: {self.url('/sitemap.xml')}\n"

    def sitemap_index(self):
        index = self.context.templates.get_template("sitemap_index.xml").render(sitemaps=[self.url("/sitemap-0.xml")])
        return ok(index, XML)

    def sitemap(self):
        """next-sitemap's list of every route, each written with a trailing slash the site does not use, a post
        removed since among them."""
        urls = [self.url(home) for home in self.site.options["homes"].values()]
        urls += [self.url(path) for path in self.sections.values()]
        urls += [self.item_url(item) for language in self.sections for item in self.items[language]]
        urls.append(self.url(self.site.options["removed_article"]))
        urls += [self.url(page.path) for page in self.site.pages if page.key != "event"]
        entries = [{"loc": url + "/", "lastmod": f"{self.site.options['build_time']:%Y-%m-%dT%H:%M:%S}.000Z"}
                   for url in urls]
        return ok(self.context.templates.get_template("urlset.xml").render(entries=entries), XML)
