"""Ghost-style blog (Casper theme): posts at the site root, `rel=next` only in the head, pages typed as articles."""

import json
from functools import cached_property

from ..body import body_items
from ..content import ArticleData, PageData, SiteData
from ..dates import iso_utc_millis, rfc822, stockholm_offset
from ..server import RSS, TEXT, XML, ok
from ..sitekit import SingleHostSite, SiteBuild, SiteContext, excerpt, ground_truth, teasers

UI = {
    "members_title": "Det här inlägget är för medlemmar",
    "members_text": "Bli medlem i föreningen för att läsa hela inlägget och få nya inlägg direkt i din inkorg.",
    "members_button": "Bli medlem",
    "members_signin": "Redan medlem? Logga in",
    "subscribe_title": "Prenumerera på",
    "subscribe_input": "Din e-postadress",
    "subscribe": "Prenumerera",
    "read_more": "Läs mer",
    "min_read": "min read",
    "powered": "Powered by Ghost",
    "join": "Bli medlem",
    "sign_in": "Logga in",
}
FEED_SIZE = 10
READ_MORE = 3


def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
    """`/{slug}/`: Ghost's default permalink, every post at the site root."""
    return site.host_for(article.language), f"/{article.slug}/"


def build(site: SiteData, context: SiteContext) -> SiteBuild:
    return GhostSite(site, context).build()


def ghost_date(moment) -> str:
    """`12 Mar 2024`: Casper's `D MMM YYYY`, in English month abbreviations whatever the site's language."""
    return f"{moment.day} {moment:%b} {moment.year}"


def utc_iso(moment) -> str:
    """Ghost stores and states every time in UTC: `2024-03-12T08:00:00.000Z` for 09:00 Swedish winter time."""
    return iso_utc_millis(moment, stockholm_offset(moment))


class GhostSite(SingleHostSite):
    """Builds the routes and ground truth of one Ghost-style blog.

    Traits of real Ghost sites: posts at `/{slug}/` beside the static pages; the home page is the post listing,
    its further pages `/page/N/` linked only by `<link rel=next>` in the head (Casper loads them as you scroll);
    static pages (about, the board, membership) typed exactly like posts (og:type article, JSON-LD Article,
    article:published_time) and told apart only by the `page-template` body class, the missing byline date, and
    their absence from the RSS feed and the posts sitemap; tag (`Series`) and author (`Person`) pages; one
    `<html lang>` for the whole site, English posts too; a members-only post cut at an upgrade box inside the
    content; a button card closing a post; "read more" cards and a subscribe box after the post; `/rss/` with the
    newest posts; a sitemap index of posts, pages, tags and authors, the posts sitemap naming a removed post (404).
    """

    default_page_size = 4
    locate = staticmethod(locate)

    @cached_property
    def posts(self) -> list[ArticleData]:
        return sorted(self.site.articles, key=lambda article: article.published, reverse=True)

    @cached_property
    def tags(self) -> dict[str, list[ArticleData]]:
        return {slug: [post for post in self.posts if slug in post.options["tags"]]
                for slug in self.site.options["tags"]}

    @cached_property
    def authors(self) -> dict[str, list[ArticleData]]:
        return {slug: [post for post in self.posts if self.author_slug(post) == slug]
                for slug in self.site.options["authors"]}

    def author_slug(self, post: ArticleData) -> str:
        return next(slug for slug, author in self.site.options["authors"].items() if author["name"] == post.author)

    def listing_url(self, path: str, number: int = 1) -> str:
        return self.url(path if number == 1 else f"{path}page/{number}/")

    def card(self, post: ArticleData) -> dict:
        tag = post.options["tags"][0]
        return {"title": post.title, "url": self.article_url(post), "excerpt": excerpt(post.lead, 24),
                "tag": self.site.options["tags"][tag]["name"], "tag_class": f"tag-{tag}",
                "date": ghost_date(post.published), "day": f"{post.published:%Y-%m-%d}",
                "minutes": self.minutes(post), "image": f"/content/images/{post.published:%Y/%m}/{post.slug[:20]}.jpg"}

    @staticmethod
    def minutes(post: ArticleData) -> int:
        return max(1, round(len(" ".join([post.lead, *(block.text for block in post.blocks)]).split()) / 200))

    def chrome(self, canonical: str, head_title: str, body_class: str) -> dict:
        options = self.site.options
        return {
            "site": self.site, "base": self.base, "ui": UI, "canonical": canonical, "head_title": head_title,
            "body_class": body_class, "language": options["html_lang"],
            "nav": [{"title": "Hem", "url": self.url("/"), "slug": "hem"}]
            + [{"title": page.title, "url": self.url(page.path), "slug": page.path.strip("/")}
               for page in self.site.pages if page.options.get("nav", True)],
            "footer_nav": [{"title": page.title, "url": self.url(page.path)}
                           for page in self.site.pages if not page.options.get("nav", True)],
            "description": options["description"], "rss": self.url("/rss/"),
            "prev_url": None, "next_url": None, "og_type": "website", "jsonld": None, "meta": {},
        }

    def jsonld(self, kind: str, **values) -> str:
        return json.dumps({"@context": "https://schema.org", "@type": kind,
                           "publisher": {"@type": "Organization", "name": self.site.name,
                                         "url": self.url("/")}, **values}, ensure_ascii=False)

    # --- routes ---------------------------------------------------------------------------------

    def build(self) -> SiteBuild:
        build = SiteBuild(source={"id": self.site.id, "name": self.site.name, "start_urls": [self.url("/")]},
                          routers={self.host: self.router})
        self.router.add("/robots.txt", lambda query: ok(self.robots(), TEXT))
        self.router.add("/rss/", lambda query: self.rss())
        self.router.add("/sitemap.xml", lambda query: self.sitemap_index())
        for name in ("posts", "pages", "tags", "authors"):
            self.router.add(f"/sitemap-{name}.xml", lambda query, name=name: self.sitemap(name))
        build.non_article_urls += self.add_listing("/", self.posts, "home")
        for slug, posts in self.tags.items():
            build.non_article_urls += self.add_listing(f"/tag/{slug}/", posts, "tag", slug)
        for slug, posts in self.authors.items():
            build.non_article_urls += self.add_listing(f"/author/{slug}/", posts, "author", slug)
        for post in self.posts:  # Casper's AMP version, named only by <link rel=amphtml>
            self.router.add(f"/{post.slug}/amp/", lambda query, post=post: self.render_amp(post))
        self.add_pages_and_articles(build)
        return build

    def add_listing(self, path: str, posts: list[ArticleData], kind: str, slug: str = "") -> list[str]:
        chunks = [posts[start : start + self.page_size] for start in range(0, len(posts), self.page_size)]
        urls = []
        for number, chunk in enumerate(chunks, start=1):
            url = self.listing_url(path, number)
            self.router.add(url[len(self.base) :], lambda query, number=number, chunk=chunk, url=url: self.render_listing(
                path, kind, slug, number, len(chunks), chunk, url))
            urls.append(url)
        return urls

    def render_listing(self, path: str, kind: str, slug: str, number: int, pages: int, chunk: list[ArticleData],
                       url: str):
        options = self.site.options
        if kind == "home":
            heading, text, body_class = self.site.name, options["description"], "home-template"
            data = self.jsonld("WebSite", url=self.url("/"), name=self.site.name, description=text)
        elif kind == "tag":
            heading, text = options["tags"][slug]["name"], options["tags"][slug]["description"]
            body_class = f"tag-template tag-{slug}"
            data = self.jsonld("Series", url=url, name=heading, description=text)
        else:
            author = options["authors"][slug]
            heading, text, body_class = author["name"], author["bio"], f"author-template author-{slug}"
            data = self.jsonld("Person", url=url, name=heading, description=text)
        if number > 1:
            body_class += " paged"
        chrome = self.chrome(url, heading if kind == "home" else f"{heading} - {self.site.name}", body_class)
        chrome |= {"jsonld": data,
                   "prev_url": self.listing_url(path, number - 1) if number > 1 else None,
                   "next_url": self.listing_url(path, number + 1) if number < pages else None}
        return self.context.render("ghost/listing.html", **chrome, kind=kind, heading=heading, text=text,
                                   cards=[self.card(post) for post in chunk], large_first=kind == "home" and number == 1)

    def truth(self, article: ArticleData):
        members = (UI["members_title"], UI["members_text"], UI["members_signin"]) \
            if article.options.get("members") else ()
        return ground_truth(
            self.site, article, self.article_url(article),
            boilerplate=(self.site.options["description"], article.caption, article.author,
                         f"{UI['subscribe_title']} {self.site.name}", UI["powered"], *members,
                         *(card.title for card in self.read_more(article))),
        )

    def read_more(self, article: ArticleData) -> list[ArticleData]:
        return teasers(self.posts, article, READ_MORE)

    def post_meta(self, url: str, title: str, description: str, published, updated) -> dict:
        """What Ghost's head states for a post or a page alike: og:type article and a dated JSON-LD Article."""
        published, updated = utc_iso(published), utc_iso(updated)
        return {"og_type": "article",
                "meta": {"article:published_time": published, "article:modified_time": updated},
                "jsonld": self.jsonld("Article", headline=title, url=url, datePublished=published,
                                      dateModified=updated, description=description)}

    def render_article(self, article: ArticleData):
        url = self.article_url(article)
        tags = article.options["tags"]
        chrome = self.chrome(url, article.title, f"post-template {' '.join('tag-' + tag for tag in tags)}")
        chrome |= self.post_meta(url, article.title, article.lead, article.published,
                                 article.updated or article.published)
        author_slug = self.author_slug(article)
        return self.context.render(
            "ghost/article.html", **chrome, article=article, amp=self.url(f"/{article.slug}/amp/"),
            post_class=f"post {' '.join('tag-' + tag for tag in tags)}",
            tag={"name": self.site.options["tags"][tags[0]]["name"], "url": self.url(f"/tag/{tags[0]}/")},
            author={"name": self.site.options["authors"][author_slug]["name"],
                    "url": self.url(f"/author/{author_slug}/")},
            date=ghost_date(article.published), day=f"{article.published:%Y-%m-%d}", minutes=self.minutes(article),
            items=body_items(article, self.context.linked_url(article)), members=article.options.get("members"),
            more=[self.card(post) for post in self.read_more(article)],
        )

    def render_amp(self, article: ArticleData):
        chrome = self.chrome(self.article_url(article), article.title, "amp-template")
        return self.context.render("ghost/amp.html", **chrome, article=article,
                                   items=body_items(article, self.context.linked_url(article)))

    def render_page(self, page: PageData):
        url = self.url(page.path)
        created = page.options["published"]
        chrome = self.chrome(url, page.title, f"page-template page-{page.path.strip('/')}")
        chrome |= self.post_meta(url, page.title, page.paragraphs[0], created, created)
        return self.context.render("ghost/page.html", **chrome, page=page)

    def robots(self) -> str:
        return (f"User-agent: *\nSitemap: {self.url('/sitemap.xml')}\nDisallow: /ghost/\nDisallow: /email/\n"
                "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n")

    def rss(self):
        tags = self.site.options["tags"]
        items = [{"title": post.title, "link": self.article_url(post), "guid": f"65f1{index:04x}c2a9e1b0017d3e4f",
                  "published": rfc822(post.published), "category": tags[post.options["tags"][0]]["name"],
                  "description": post.lead}
                 for index, post in enumerate(self.posts[:FEED_SIZE])]
        body = self.context.templates.get_template("rss.xml").render(
            title=self.site.name, link=self.url("/"), self_url=self.url("/rss/"),
            description=self.site.options["description"], language="sv", items=items)
        return ok(body, RSS)

    def sitemap_index(self):
        names = ("pages", "posts", "authors", "tags")
        index = self.context.templates.get_template("sitemap_index.xml").render(
            sitemaps=[self.url(f"/sitemap-{name}.xml") for name in names])
        return ok(index, XML)

    def sitemap(self, name: str):
        if name == "posts":
            urls = [self.article_url(post) for post in self.posts] + [self.url(self.site.options["removed_post"])]
        elif name == "pages":
            urls = [self.url(page.path) for page in self.site.pages]
        elif name == "tags":
            urls = [self.url(f"/tag/{slug}/") for slug in self.tags]
        else:
            urls = [self.url(f"/author/{slug}/") for slug in self.authors]
        entries = [{"loc": url, "lastmod": None} for url in urls]
        return ok(self.context.templates.get_template("urlset.xml").render(entries=entries), XML)
