"""The ground truth for one sample article: what a perfect crawl and clean should produce."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SampleArticle:
    """One article as served by a sample site, with the values extraction should find.

    `paragraphs` is the whole body in reading order, the lead first, subheadings and list
    items as paragraphs of their own: `"\\n\\n".join(paragraphs)` is the ideal clean body.
    `aliases` are the other URLs linked on the sites that serve this same article: the
    exact-duplicate path, `/page/N/` variants and links carrying tracking parameters.
    `story` is shared by translations, cross-posts and duplicates of one news item.
    `boilerplate` holds strings shown on the article's pages that must not reach the body.
    `site_boilerplate` are blocks in plain markup that only their repetition on the source's other
    pages shows to be boilerplate: a single page's extraction keeps them, the crawl must not.
    `comments` are the readers' comments under the article as the clean stage should keep them apart from the body:
    each commenter's line, the comment's date and its paragraphs, in page order. `dated_by_feed`: see below.
    """

    source: str
    url: str
    aliases: tuple[str, ...]
    title: str
    published: str
    updated: str | None
    language: str
    author: str | None
    lead: str
    paragraphs: tuple[str, ...]
    story: str
    boilerplate: tuple[str, ...]
    site_boilerplate: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    # The page states no date: only its source's feed dates it, so a crawl stores `published` and an extraction of
    # the page alone finds none.
    dated_by_feed: bool = False

    @property
    def body(self) -> str:
        """The ideal clean body text: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)
