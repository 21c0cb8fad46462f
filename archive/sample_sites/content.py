"""Load the sample sites' articles and pages from the TOML files under data/."""

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property
from importlib import resources
from typing import Any

SITE_FILES = (
    "flemingsberg-science.toml",
    "campus-flemingsberg.toml",
    "ssci.toml",
    "ki-news.toml",
    "region-stockholm.toml",
    "akademiska-hus.toml",
    "pressrum-ssci.toml",
    "nordlab-blogg.toml",
    "sodervik-kommun.toml",
    "sundby-hogskola.toml",
    "havslund-park.toml",
    "kustlabbets-vanner.toml",
    "lansdata-devops.toml",
)


@dataclass(frozen=True)
class Block:
    """One body element: a paragraph ("p"), a subheading ("h2"), a bullet item ("li"), a note box ("note") or a
    captioned picture ("picture", `text` its caption, `src` its file)."""

    kind: str
    text: str
    src: str = ""


@dataclass(frozen=True)
class ArticleData:
    """An article as written in a data file, before a CMS gives it a URL and a page."""

    slug: str
    language: str
    published: datetime
    updated: datetime | None
    title: str
    lead: str
    blocks: tuple[Block, ...]
    story: str
    author: str | None = None
    caption: str | None = None
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class PageData:
    """A non-article page (about, contact, privacy, events...) in one language."""

    key: str
    language: str
    path: str
    title: str
    paragraphs: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class SiteData:
    """One partner site: its CMS style, hosts (one per language or a shared one), content."""

    id: str
    name: str
    cms: str
    hosts: dict[str, str]
    articles: tuple[ArticleData, ...]
    pages: tuple[PageData, ...]
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def host_for(self, language: str) -> str:
        """The host id serving pages in `language`."""
        return self.hosts.get(language) or self.hosts["*"]

    def pages_in(self, language: str) -> list[PageData]:
        return [page for page in self.pages if page.language == language]

    def articles_in(self, language: str) -> list[ArticleData]:
        """Articles in `language`, newest first, as listings show them."""
        chosen = [article for article in self.articles if article.language == language]
        return sorted(chosen, key=lambda article: article.published, reverse=True)

    @cached_property
    def stories(self) -> dict[str, list[ArticleData]]:
        """Story key -> the site's articles telling it."""
        grouped: dict[str, list[ArticleData]] = {}
        for article in self.articles:
            grouped.setdefault(article.story, []).append(article)
        return grouped

    @property
    def languages(self) -> list[str]:
        return sorted({article.language for article in self.articles}, reverse=True)


def load_sites() -> list[SiteData]:
    """Every bundled sample site, in a fixed order."""
    folder = resources.files("news_archive.archive.sample_sites") / "data"
    return [parse_site(tomllib.loads((folder / name).read_text("utf-8"))) for name in SITE_FILES]


def parse_site(raw: dict[str, Any]) -> SiteData:
    site = dict(raw["site"])
    site_id = site.pop("id")
    slug_style = site.get("slug_style", "ascii")
    articles = tuple(parse_article(entry, site_id, slug_style) for entry in raw.get("article", []))
    pages = tuple(parse_page(entry) for entry in raw.get("page", []))
    return SiteData(
        id=site_id,
        name=site.pop("name"),
        cms=site.pop("cms"),
        hosts=site.pop("hosts", {"*": site_id}),
        articles=articles,
        pages=pages,
        options=site,
    )


def parse_article(entry: dict[str, Any], site_id: str, slug_style: str) -> ArticleData:
    entry = dict(entry)
    title = entry.pop("title")
    slug = entry.pop("slug", None) or slugify(title, slug_style)
    return ArticleData(
        slug=slug,
        language=entry.pop("language"),
        published=as_datetime(entry.pop("published")),
        updated=as_datetime(entry.pop("updated")) if "updated" in entry else None,
        title=title,
        lead=entry.pop("lead"),
        blocks=tuple(parse_block(text) for text in entry.pop("body")),
        story=entry.pop("story", None) or f"{site_id}:{slug}",
        author=entry.pop("author", None),
        caption=entry.pop("caption", None),
        options=entry,
    )


def parse_page(entry: dict[str, Any]) -> PageData:
    entry = dict(entry)
    return PageData(
        key=entry.pop("key"),
        language=entry.pop("language"),
        path=entry.pop("path"),
        title=entry.pop("title"),
        paragraphs=tuple(entry.pop("body")),
        options=entry,
    )


_PICTURE = re.compile(r"!\[(.+)\]\((\S+)\)")


def parse_block(text: str) -> Block:
    """Markdown-like syntax in the data files: "## " subheading, "- " bullet item, "> " a highlighted note box (a
    callout; Ghost style only), "![caption](file)" a picture with its caption. Inside a paragraph or item,
    "<https://...>" is a link showing its address and a newline a <br>."""
    if picture := _PICTURE.fullmatch(text):
        return Block("picture", picture[1], picture[2])
    if text.startswith("## "):
        return Block("h2", text[3:])
    if text.startswith("- "):
        return Block("li", text[2:])
    if text.startswith("> "):
        return Block("note", text[2:])
    return Block("p", text)


def as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(9, 0))


def slugify(title: str, style: str = "ascii") -> str:
    """A URL slug the way the site's CMS makes one.

    "ascii" transliterates å/ä/ö (WordPress, Episerver); "unicode" keeps them (Hugo, Jekyll); "drupal" turns every non-ASCII
    letter into a hyphen (`möjlighet` -> `m-jlighet`); "cut45" is ascii cut at 45 characters
    like a press-room service.
    """
    lowered = title.lower()
    if style == "unicode":  # static generators keep å/ä/ö in the slug
        return re.sub(r"[^\w]+", "-", lowered).strip("-")
    if style == "drupal":
        return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if style == "cut45":
        slug = slug[:45].rstrip("-")
    return slug
