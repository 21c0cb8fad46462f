"""A side column holding another page's whole text (a CMS block featuring a node, a slideshow its script reveals): it
may hold the most text on the page, but the post is what the page shows under its own headline beside it. A side
column is named so in its class or id (hints.is_side_column), or is an <aside> beside the post's own wrapper."""
from __future__ import annotations

from news_archive.archive.page_title import document_title

from .ancestry import within
from .densest_text import densest_text_parent
from .hints import is_side_column
from .own_post import wraps_own_post
from .text import fold, text_of
from .title_site_names import TITLE_SEPARATORS
from .xpaths import HEADING_TAGS

# The headings that may show the page's own headline (a theme printing the node's title as <h2> under the site's <h1>).
_HEADLINE_TAGS = HEADING_TAGS[:3]


def text_beside_side_column(page, densest, left_out, title: str | None):
    """(element, chars, side columns) for the densest text of the page's own column, when the densest text of all lies
    in a side column. The column is the widest element around the page's headline that holds no side column: the
    headline is an unlinked heading in no side column showing `title`, or else a piece of the page's <title>. The
    column's text is the post's however short, or none (a player alone: the element is then None). The side columns
    are every one outside the headline's column: each may hold more text than the post (a featured node in the left
    column, a slideshow of quotes in the right one). None when the densest text stands in no side column, or no such
    heading shows the title (a theme's main column whose class names a sidebar layout holds the headline too)."""
    if not any(is_side_column(a) for a in (densest, *densest.iterancestors())):
        return None
    sides = _outermost(el for el in page.iter() if isinstance(el.tag, str) and is_side_column(el))
    headings = [(h, fold(text_of(h))) for h in page.iter(_HEADLINE_TAGS)
                if not any(within(h, side) for side in sides) and not _links_away(h)]
    # The title read so far may be the <title>'s wrong piece (the site's longer name beside a short headline): a heading
    # showing another piece of it heads the page's column where none shows that title.
    stated = document_title(page.getroottree().getroot())
    pieces = {fold(piece) for piece in TITLE_SEPARATORS.split(stated)} - {""}
    wanted = fold(title or "")
    headline = next((h for h, text in headings if wanted and text == wanted), None)
    if headline is None:
        headline = next((h for h, text in headings if text in pieces), None)
    if headline is None:
        after_colon = _after_name_and_colon(title or "")
        headline = next((h for h, text in headings if after_colon and text == after_colon), None)
    if headline is None:
        return None
    column = headline
    for ancestor in headline.iterancestors():
        if any(within(side, ancestor) for side in sides):
            break
        column = ancestor
    outside, chars = densest_text_parent(column, left_out)
    return (outside if chars else None), chars, sides


def text_beside_aside(page, densest, left_out, title: str | None):
    """(element, chars, [aside]) for the densest text of the post's own wrapper (<article>, WordPress' post classes)
    around the page's headline, when the densest text of all lies in an <aside> standing outside that wrapper: a
    widget beside a short post (a plugin's error notice, a contact box) may hold more text than the post, but the text
    the wrapper holds under the headline is the post's, however short. None when the wrapper holds no text of its own,
    or no such wrapper holds the headline (a theme's right-column <aside> may hold the article's own slideshow)."""
    aside = next((a for a in reversed([densest, *densest.iterancestors()]) if a.tag == "aside"), None)
    wanted = fold(title or "")
    if aside is None or not wanted:
        return None
    headline = next((h for h in page.iter(_HEADLINE_TAGS) if not within(h, aside) and not _links_away(h)
                     and fold(text_of(h)) == wanted), None)
    wrapper = next((a for a in headline.iterancestors() if wraps_own_post(a)), None) if headline is not None else None
    if wrapper is None or within(wrapper, aside) or within(aside, wrapper):
        return None
    outside, chars = densest_text_parent(wrapper, left_out | set(aside.iter()))
    return (outside, chars, [aside]) if chars else None


def shows_headline(element, title: str | None) -> bool:
    """The element holds a heading showing the page's title (or its words after a name and a colon): the post's own
    headline, whatever column holds it."""
    wanted = {fold(title or ""), _after_name_and_colon(title or "")} - {""}
    return any(fold(text_of(h)) in wanted for h in element.iter(_HEADLINE_TAGS))


def _after_name_and_colon(title: str) -> str:
    """The title's words after a name and a colon ("Anna's desk: Five posts of the week"), folded: an old blog
    template's <title>, the blog's name before the post's headline."""
    name, colon, rest = title.partition(":")
    return fold(rest) if colon and name.strip() else ""


def _links_away(heading) -> bool:
    """The heading links somewhere (a site's name linking home, a teaser's title): no headline of the page's own text
    by itself; a link to a place on the page is none."""
    return any(not (a.get("href") or "#").startswith("#") for a in heading.iter("a"))


def _outermost(elements) -> list:
    """The elements that lie in none of the others (in document order, an element's descendants follow it)."""
    found: list = []
    for element in elements:
        if not found or not within(element, found[-1]):
            found.append(element)
    return found
