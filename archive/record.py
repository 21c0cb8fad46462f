"""The item a spider yields for each fetched article page, filled in stage by stage by the pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    # set by the spider
    source: str
    url: str  # where the page was fetched (after redirects)
    html: str | bytes
    fetched_at: str
    tree: object = field(default=None, repr=False, compare=False)  # the spider's parsed page, handed to the clean stage
    seen_urls: list[str] = field(default_factory=list)  # every link form that led here
    source_languages: tuple[str, ...] = ()
    listed_as_article: bool = False  # the site presents the page as one of its articles (feed item, teaser, shortlink)
    # set by the clean stage
    title: str = ""
    lead: str = ""
    body: str = ""
    body_html: str = ""
    published: str | None = None
    published_from: str | None = None
    updated: str | None = None
    author: str | None = None
    image: str | None = None
    canonical_url: str = ""
    alternates: dict[str, str] = field(default_factory=dict)
    html_lang: str | None = None
    og_locale: str | None = None
    # set by the language stage
    language: str | None = None
    language_confidence: float | None = None
    # set by the dedupe stage
    content_hash: str = ""
    urls: list[str] = field(default_factory=list)  # all URL forms to record in article_urls
    story_id: int | None = None
