"""WordPress-style site: dated post URLs, category listings paged /page/N/, a short feed."""

import re
from functools import cached_property
from itertools import count, islice
from zlib import crc32

from ..body import body_items
from ..content import ArticleData, SiteData
from ..dates import day_month_year, iso_utc, rfc822, wordpress_comment_time
from ..server import RSS, TEXT, XML, ok, redirect
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, translations

UI = {
    "sv": {
        "category": "Nyheter",
        "signup": "Vill du veta mer? Prenumerera på vårt nyhetsbrev.",
        "subscribe": "Prenumerera",
        "share": "Dela detta inlägg",
        "recent": "Senaste nytt",
        "more": "Fler inlägg",
        "read_more": "Läs mer",
        "cookie": "Vi använder kakor (cookies) för att webbplatsen ska fungera så bra som möjligt. "
        "Genom att fortsätta surfa godkänner du att vi använder kakor.",
        "accept": "Jag förstår",
        "archive": "Kategori: Nyheter",
        "switch": "English",
        "feed": "Flöde",
    },
    "en": {
        "category": "News",
        "signup": "Do you want to know more? Subscribe to our newsletter.",
        "subscribe": "Subscribe",
        "share": "Share this entry",
        "recent": "Recent news",
        "more": "More posts",
        "read_more": "Read more",
        "cookie": "We use cookies to give you the best possible experience on our website. "
        "By continuing to browse the site you accept our use of cookies.",
        "accept": "Got it",
        "archive": "Category: News",
        "switch": "Svenska",
        "feed": "Feed",
    },
}
GO_TO_TOP = "Go to Top"
# An old theme's comment section after the post, in WordPress' untranslated English (site option `comments`; such a
# theme predates <main>, so the post sits in a plain <div> beside it).
COMMENTS = {"none": "No Comments", "none_yet": "No comments yet.", "reply": "Leave a Reply"}
LISTING = "/{language}/category/news-eng/"
PAGE_VARIANTS = (2, 3)


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    """The post's permalink: dated, or by its name alone (article option `permalink = "post-name"`, WordPress'
    "Post name" setting)."""
    if article.options.get("permalink") == "post-name":
        return site.host_for(article.language), f"/{article.language}/{article.slug}/"
    return site.host_for(article.language), f"/{article.language}/{article.published:%Y/%m/%d}/{article.slug}/"


def reader_comments(article: ArticleData) -> list[dict]:
    """The post's readers' comments as the template shows them, replies nested under the comment they answer."""
    numbers = count(101)

    def shown(comment: dict) -> dict:
        return {"id": next(numbers), "author": comment["author"], "written": comment["written"].isoformat(),
                "time": wordpress_comment_time(comment["written"]), "text": comment["text"],
                "replies": [shown(reply) for reply in comment.get("replies", [])]}

    return [shown(comment) for comment in article.options.get("reader_comments", [])]


def comment_ids(comments: list[dict]) -> list[int]:
    """The ids of the comments and their replies, in page order: each has a "Reply" link `?replytocom=ID`."""
    return [number for comment in comments for number in (comment["id"], *comment_ids(comment["replies"]))]


def comment_lines(comments: list[dict]) -> tuple[str, ...]:
    """The comments as the clean stage keeps them: "Name says:", the date, the paragraphs; replies after theirs."""
    return tuple(line for comment in comments for line in (
        f"{comment['author']} says:", comment["time"], *comment["text"], *comment_lines(comment["replies"])))


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return WordPressSite(site, context).build()


class WordPressSite(SingleHostSite):
    """Builds the routes and ground truth of one WordPress-style site."""

    default_page_size = 5
    locate = staticmethod(locate)

    def teaser_url(self, article: ArticleData) -> str:
        """Where listings link an article: its URL, a /page/N/ or tracking-parameter variant, or its shortlink."""
        if article.options.get("teaser_link") == "shortlink":
            return self.shortlink(article)
        return self.article_url(article) + article.options.get("teaser_link", "")

    def shortlink(self, article: ArticleData) -> str:
        return self.url(f"/?p={self.post_ids[locate(self.site, article)[1]]}")

    def listing_url(self, language: str, number: int = 1) -> str:
        path = LISTING.format(language=language)
        return self.url(path if number == 1 else f"{path}page/{number}/")

    @cached_property
    def post_ids(self) -> dict[str, int]:
        return {locate(self.site, article)[1]: 1000 + number for number, article in enumerate(self.site.articles)}

    @cached_property
    def newest(self) -> dict[str, list[ArticleData]]:
        return {language: self.site.articles_in(language) for language in self.site.languages}

    def listing_chunks(self, language: str) -> list[list[ArticleData]]:
        posts = self.newest[language]
        return [posts[start : start + self.page_size] for start in range(0, len(posts), self.page_size)]

    def chrome(self, language: str, switch_url: str | None = None) -> dict:
        """Header, footer and strings every page in `language` shows."""
        pages = self.site.pages_in(language)
        other = "en" if language == "sv" else "sv"
        return {
            "site": self.site,
            "theme": self.site.options.get("theme", "enfold"),
            "logo_alt": self.site.options["logo_alt"],
            "tagline": self.site.options[f"tagline_{language}"],
            "notice": self.site.options.get(f"notice_{language}"),
            "base": self.base,
            "language": language,
            "ui": UI[language],
            "go_to_top": GO_TO_TOP,
            "home_url": self.url(f"/{language}/"),
            "listing_url": self.listing_url(language),
            "nav": [{"title": UI[language]["category"], "url": self.listing_url(language)}]
            + [{"title": page.title, "url": self.url(page.path)} for page in pages if page.key != "privacy"],
            "footer_links": [{"title": page.title, "url": self.url(page.path)} for page in pages],
            "switch": {"label": UI[language]["switch"], "url": switch_url or self.url(f"/{other}/")},
        }

    def build(self) -> SiteBuild:
        build = SiteBuild(
            source={
                "id": self.site.id,
                "name": self.site.name,
                "start_urls": [self.listing_url(language) for language in self.site.languages],
            },
            routers={self.host: self.router},
        )
        self.router.add("/", self.render_root, ("p",))
        self.router.add("/robots.txt", lambda query: ok(self.robots(), TEXT))
        self.router.add("/feed/", lambda query: self.feed())
        if self.site.options.get("sitemap"):
            self.add_sitemaps()
        for language in self.site.languages:
            self.add_listings(language, build)
        for page in self.site.pages:
            self.router.add(page.path, lambda query, page=page: self.render_page(page))
            build.non_article_urls.append(self.url(page.path))
        for article in self.site.articles:
            build.articles.append(self.add_article(article))
        return build

    def add_listings(self, language: str, build: SiteBuild) -> None:
        home = f"/{language}/"
        self.router.add(home, lambda query: self.render_home(language))
        build.non_article_urls.append(self.url(home))
        chunks = self.listing_chunks(language)
        for number, chunk in enumerate(chunks, start=1):
            self.router.add(
                self.listing_url(language, number)[len(self.base) :],
                lambda query, number=number, chunk=chunk: self.render_listing(language, number, chunk, len(chunks)),
            )
            build.non_article_urls.append(self.listing_url(language, number))

    def add_article(self, article: ArticleData):
        path = locate(self.site, article)[1]
        self.router.add(path, lambda query: self.render_article(article))
        variants = PAGE_VARIANTS if self.site.options.get("page_variants", True) else ()
        for number in variants:
            self.router.add(f"{path}page/{number}/", lambda query, n=number: self.render_article(article, n))
        aliases = []
        if "alias" in article.options:
            self.router.add(article.options["alias"], lambda query: self.render_article(article, alias=True))
            aliases.append(self.url(article.options["alias"]))
        if "teaser_link" in article.options:
            aliases.append(self.teaser_url(article))
        # WordPress' "Reply" link under each comment: the post again, with the reply form under that comment.
        if self.site.options.get("comments"):
            aliases += [f"{self.article_url(article)}?replytocom={number}"
                        for number in comment_ids(reader_comments(article))]
        sidebar = self.sidebar(article)
        linked_variant = re.fullmatch(r"page/(\d+)/", article.options.get("teaser_link", ""))
        variant_teasers = self.variant_teasers(article, int(linked_variant[1])) if linked_variant else []
        ui = UI[article.language]
        comments = reader_comments(article)
        return ground_truth(
            self.site,
            article,
            self.article_url(article),
            aliases=tuple(aliases),
            boilerplate=(
                ui["signup"],
                ui["share"],
                ui["cookie"],
                GO_TO_TOP,
                self.site.options["logo_alt"],
                self.site.options[f"tagline_{article.language}"],
                self.site.options.get(f"notice_{article.language}"),
                *(self.comment_section(comments) if self.site.options.get("comments") else ()),
                article.caption,
                self.image_name(article) if article.caption else None,
                *(other.title for other in sidebar),
                *(other.title for other in variant_teasers),
                *comment_lines(comments),
            ),
            site_boilerplate=(self.site.options.get(f"about_{article.language}"),),
            comments=comment_lines(comments),
            dated_by_feed=article.options.get("permalink") == "post-name",
        )

    @staticmethod
    def comment_section(comments: list[dict]) -> tuple[str, ...]:
        """What the old theme's comment section shows besides the comments: "No comments yet." when there are none."""
        return (COMMENTS["reply"],) if comments else tuple(COMMENTS.values())

    def sidebar(self, article: ArticleData) -> list[ArticleData]:
        others = (other for other in self.newest[article.language] if other.story != article.story)
        return list(islice(others, 4))

    def variant_teasers(self, article: ArticleData, number: int) -> list[ArticleData]:
        """Posts of listing page `number`: what WordPress appends to `.../slug/page/N/`."""
        chunks = self.listing_chunks(article.language)
        chunk = chunks[number - 1] if number <= len(chunks) else chunks[-1]
        return [other for other in chunk if other.story != article.story]

    def image_name(self, article: ArticleData) -> str:
        return f"IMG_{crc32(article.slug.encode()) % 9000 + 1000}"

    def date_line(self, article: ArticleData) -> str | None:
        if self.site.options.get("theme") == "avada":
            return f"Published On: {day_month_year(article.published, article.language)}"
        if article.published.year < self.site.options.get("timestamps_before", 0):
            return iso_utc(article.published)
        return None

    def render_article(self, article: ArticleData, page_number: int | None = None, alias: bool = False):
        canonical = self.article_url(article)
        if page_number:
            canonical += f"page/{page_number}/"
        if alias:
            canonical = self.url(article.options["alias"])
        versions = translations(self.site, article)
        alternates = [{"language": article.language, "url": self.article_url(article)}] + [
            {"language": language, "url": self.article_url(other)} for language, other in versions.items()
        ]
        switch = next((alternate["url"] for alternate in alternates[1:]), None)
        return self.context.render(
            "wordpress/article.html",
            **self.chrome(article.language, switch),
            head_title=article.title,
            canonical=canonical,
            permalink=self.article_url(article),
            alternates=alternates if versions else [],
            article=article,
            post_id=self.post_ids[locate(self.site, article)[1]],
            date_line=self.date_line(article),
            about=self.site.options.get(f"about_{article.language}"),
            comments=COMMENTS if self.site.options.get("comments") else None,
            reader_comments=reader_comments(article),
            image_name=self.image_name(article),
            items=body_items(article, self.context.linked_url(article)),
            sidebar=[{"title": other.title, "url": self.article_url(other)} for other in self.sidebar(article)],
            more=[self.teaser(other) for other in self.variant_teasers(article, page_number)] if page_number else [],
        )

    def teaser(self, article: ArticleData) -> dict:
        return {"title": article.title, "url": self.teaser_url(article), "excerpt": excerpt(article.lead)}

    def render_root(self, query: dict):
        """`/?p=ID` serves the post itself, naming its permalink as canonical; `/` goes to the first language."""
        if "p" not in query:
            return redirect(self.url(f"/{self.site.languages[0]}/"), 302)
        article = next((a for a in self.site.articles if self.shortlink(a) == self.url(f"/?p={query['p']}")), None)
        return self.render_article(article) if article else None

    def render_listing(self, language: str, number: int, chunk: list[ArticleData], last: int):
        return self.context.render(
            "wordpress/listing.html",
            **self.chrome(language),
            head_title=UI[language]["archive"],
            canonical=self.listing_url(language, number),
            alternates=[],
            teasers=[self.teaser(article) for article in chunk],
            pages=[{"number": n, "url": self.listing_url(language, n)} for n in range(1, last + 1)],
            current=number,
            next_url=self.listing_url(language, number + 1) if number < last else None,
            previous_url=self.listing_url(language, number - 1) if number > 1 else None,
        )

    def render_home(self, language: str):
        return self.context.render(
            "wordpress/home.html",
            **self.chrome(language),
            head_title=self.site.name,
            canonical=self.url(f"/{language}/"),
            alternates=[],
            teasers=[self.teaser(article) for article in self.newest[language][:3]],
        )

    def render_page(self, page):
        return self.context.render(
            "wordpress/page.html",
            **self.chrome(page.language),
            head_title=page.title,
            canonical=self.url(page.path),
            alternates=[],
            page=page,
        )

    def robots(self) -> str:
        lines = ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php", "Disallow: /?s="]
        if self.site.options.get("sitemap"):
            lines += ["", f"Sitemap: {self.url('/wp-sitemap.xml')}"]
        return "\n".join(lines) + "\n"

    def feed(self):
        newest = sorted(self.site.articles, key=lambda article: article.published, reverse=True)
        size = self.site.options.get("feed_size", 5)
        items = [
            {
                "title": article.title,
                "link": self.article_url(article),
                "guid": self.url(f"/?p={self.post_ids[locate(self.site, article)[1]]}"),
                "published": rfc822(article.published),
                "description": excerpt(article.lead, 40),
                "category": UI[article.language]["category"],
            }
            for article in newest[:size]
        ]
        body = self.context.templates.get_template("rss.xml").render(
            title=self.site.name,
            link=self.base + "/",
            self_url=self.url("/feed/"),
            description=self.site.options["tagline_sv"],
            language="sv-SE",
            items=items,
        )
        return ok(body, RSS)

    def add_sitemaps(self) -> None:
        sitemaps = {
            "/wp-sitemap-posts-post-1.xml": [
                {"loc": self.article_url(article), "lastmod": iso_utc(article.updated or article.published)}
                for article in self.site.articles
            ] + [  # an old permalink still answering, as migrated WordPress sites keep them
                {"loc": self.url(article.options["alias"]), "lastmod": None}
                for article in self.site.articles if "alias" in article.options
            ],
            "/wp-sitemap-posts-page-1.xml": [{"loc": self.url(page.path), "lastmod": None} for page in self.site.pages],
        }
        index = self.context.templates.get_template("sitemap_index.xml").render(
            sitemaps=[self.url(path) for path in sitemaps]
        )
        self.router.add("/wp-sitemap.xml", lambda query: ok(index, XML))
        for path, entries in sitemaps.items():
            text = self.context.templates.get_template("urlset.xml").render(entries=entries)
            self.router.add(path, lambda query, text=text: ok(text, XML))
