"""The text's own closing link: a lone listed link, or a link naming the post, to its report or its recording."""
from __future__ import annotations

from urllib.parse import urlsplit

from .blocks import Block
from .line_rules import CLOSING_LINKS, FURNITURE_LINE, WORD, host_of, leads_to_social_network, lines_after_text
from .links import absolute, links_to_page
from .text import text_of

# A link naming what it leads to says so in a few words ("Report from the meeting"); "Report" or "here" alone is a
# button or a pointer.
_LINK_WORDS = 2
# A link naming the post repeats its headline: this share of the link's words at least, and a few of them, are the
# headline's ("<headline> - the recording"); a teaser of another story on the subject shares a word or two with it.
_HEADLINE_SHARE = 0.5
_HEADLINE_WORDS = 2


def own_closing_link(blocks: list[Block], title: str | None, page_url: str) -> list[Block]:
    """The line closing the run of the text's paragraphs when it is one link, in words of its own, to another page
    than the page itself or a listing above it: a list of that one link ("<li><a>Recording of the talk</a></li>"), or
    a line whose link repeats the post's headline (linked to the full report or the recording). Sites list other
    stories a few at a time, or name them in their own headlines, and close on "Read more" or the way back."""
    lines, _ = lines_after_text(blocks)
    if not lines:
        return []
    line = lines[-1]
    link = _only_link(line, page_url)
    if link is None or line.link_density <= 0.5 or FURNITURE_LINE.search(line.text):
        return []
    if line.kind == "item" and len(line.element.getparent()) == 1:
        return [line]
    if line.kind in ("p", "text") and _repeats_headline(link, title):
        return [line]
    return []


def _only_link(line: Block, page_url: str) -> str | None:
    """The text of the line's one link, when it names its page in a few words and leads elsewhere on the web."""
    links = [a for a in line.element.iter("a") if text_of(a).strip()] if line.element is not None else []
    if len(links) != 1:
        return None
    href = links[0].get("href") or ""
    target = absolute(href, page_url) if page_url and not href.startswith(("#", *CLOSING_LINKS)) else None
    shown = " ".join(text_of(links[0]).split())
    if target is None or len(WORD.findall(shown)) < _LINK_WORDS or leads_to_social_network(target) \
            or links_to_page(target, page_url) or _lists_page(target, page_url):
        return None
    return shown


def _lists_page(target: str, page_url: str) -> bool:
    """The target is a folder above the page on its site (the news listing, the year's archive, the home page)."""
    if host_of(target) != host_of(page_url):
        return False
    folder = urlsplit(target).path.rstrip("/") + "/"
    return urlsplit(page_url).path.startswith(folder)


def _repeats_headline(shown: str, title: str | None) -> bool:
    words = {w.casefold() for w in WORD.findall(shown)}
    repeated = words & {w.casefold() for w in WORD.findall(title or "")}
    return len(repeated) >= _HEADLINE_WORDS and len(repeated) >= _HEADLINE_SHARE * len(words)
