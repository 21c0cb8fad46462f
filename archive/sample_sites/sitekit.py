"""What every CMS style shares: the build context, the build result and small helpers."""

from dataclasses import dataclass, field
from typing import Any

import jinja2

from .body import body_paragraphs
from .content import ArticleData, SiteData
from .server import Response, Router, ok
from .truth import SampleArticle


@dataclass(frozen=True)
class SiteContext:
    """What a CMS style needs to build a site: running base URLs, templates, all article URLs.

    `article_urls` maps (source id, language, slug) to the canonical URL of every article.
    """

    bases: dict[str, str]
    templates: jinja2.Environment
    article_urls: dict[tuple[str, str, str], str]

    def render(self, template: str, **values: Any) -> Response:
        return ok(self.templates.get_template(template).render(**values))

    def linked_url(self, article: ArticleData) -> str | None:
        """The URL of the article another site's cross-post links to, if it links to one."""
        target = article.options.get("link_to")
        return self.article_urls[(target["source"], target["language"], target["slug"])] if target else None


@dataclass
class SiteBuild:
    """A site ready to serve: one router per host, its source entry and its ground truth."""

    source: dict[str, Any]
    routers: dict[str, Router]
    articles: list[SampleArticle] = field(default_factory=list)
    non_article_urls: list[str] = field(default_factory=list)
    # Of those, the pages only the crawl's view of the whole site tells from articles (a build time they all share).
    site_level_non_article_urls: list[str] = field(default_factory=list)


def template_environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("news_archive.archive.sample_sites", "templates"),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def translations(site: SiteData, article: ArticleData) -> dict[str, ArticleData]:
    """The article's versions in other languages on the same site that hreflang links join."""
    if not article.options.get("hreflang", True):
        return {}
    return {
        other.language: other
        for other in site.stories[article.story]
        if other.language != article.language
        and other.options.get("hreflang", True)
    }


def teasers(candidates: list[ArticleData], article: ArticleData, count: int) -> list[ArticleData]:
    """Up to `count` other stories to show next to `article` (never its own story)."""
    return [other for other in candidates if other.story != article.story][:count]


def excerpt(text: str, words: int = 22) -> str:
    """A teaser excerpt cut the WordPress way."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " […]"


def ground_truth(
    site: SiteData,
    article: ArticleData,
    url: str,
    *,
    lead: str | None = None,
    aliases: tuple[str, ...] = (),
    boilerplate: tuple[str, ...] = (),
    site_boilerplate: tuple[str, ...] = (),
    comments: tuple[str, ...] = (),
    dated_by_feed: bool = False,
) -> SampleArticle:
    lead = lead or article.lead
    paragraphs = body_paragraphs(article, lead)
    body = "\n\n".join(paragraphs)
    return SampleArticle(
        source=site.id,
        url=url,
        aliases=aliases,
        title=article.title,
        published=article.published.date().isoformat(),
        updated=article.updated.date().isoformat() if article.updated else None,
        language=article.language,
        author=article.author,
        lead=lead,
        paragraphs=paragraphs,
        story=article.story,
        # A name in a contact block may also be quoted in the text: only what the body lacks counts.
        boilerplate=tuple(dict.fromkeys(text for text in boilerplate if text and text not in body)),
        site_boilerplate=tuple(text for text in site_boilerplate if text),
        comments=comments,
        dated_by_feed=dated_by_feed,
    )


class SingleHostSite:
    """What every one-host sample CMS shares: its host and base URL, a router, article URLs.

    A subclass names its CMS's `locate(site, article) -> (host, path)` and default page size.
    """

    default_page_size = 5

    def __init__(self, site: SiteData, context: "SiteContext") -> None:
        self.site = site
        self.context = context
        self.host = site.host_for("*")
        self.base = context.bases[self.host]
        self.page_size = site.options.get("page_size", self.default_page_size)
        self.router = Router()

    @staticmethod
    def locate(site: SiteData, article: ArticleData) -> tuple[str, str]:
        raise NotImplementedError

    def url(self, path: str) -> str:
        return self.base + path

    def article_url(self, article: ArticleData) -> str:
        return self.url(self.locate(self.site, article)[1])

    def add_pages_and_articles(self, build: "SiteBuild") -> None:
        """Route the site's plain pages and its articles; a subclass renders them (`render_page`, `render_article`)."""
        for page in self.site.pages:
            self.router.add(page.path, lambda query, page=page: self.render_page(page))
            build.non_article_urls.append(self.url(page.path))
            if page.options.get("build_stamped"):
                build.site_level_non_article_urls.append(self.url(page.path))
        for article in self.site.articles:
            self.router.add(self.locate(self.site, article)[1], lambda query, article=article: self.render_article(article))
            build.articles.append(self.truth(article))
