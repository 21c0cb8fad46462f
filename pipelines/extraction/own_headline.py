"""Whether a page shows a headline of its own, or its theme leaves the headline's element empty by a stated title."""
from __future__ import annotations

from news_archive.archive.page_title import document_title

from . import xpaths
from .article_title import fold_unspaced, without_markup_as_text
from .heading_reading import heading_readings, heading_text
from .links import clean_text
from .shown_titles import titled_elements
from .structured import PageMetadata, text_value


def shows_own_headline(root, meta: PageMetadata, title: str, home_names: set[str] = frozenset(),
                       document_title_text: str | None = None) -> bool:
    """The page shows a headline of its own: an <h1> other than the site's name, or a heading showing the title the
    page states (in its <title> or metadata). A page with neither, its title the site's name that no heading shows
    or taken from a box of the footer, is an empty shell of the theme. `document_title_text`: the page's <title> as
    read before pruning, which takes the <head>'s elements."""
    if any(3 <= len(text) <= 300 and text.lower() not in home_names for text in map(heading_text, root.iter("h1"))):
        return True
    article = meta.article or {}
    stated = (meta.first("og:title", "twitter:title"), text_value(article.get("headline")),
              without_markup_as_text(document_title(root) if document_title_text is None else document_title_text))
    wanted = fold_unspaced(title)
    if not wanted or not any(wanted in fold_unspaced(clean_text(value)) for value in stated if value):
        return False
    return any(fold_unspaced(text) == wanted for h in root.iter(xpaths.HEADING_TAGS) for text in heading_readings(h)) \
        or any(_unlinked_title_showing(element, wanted, home_names) for element in titled_elements(root))


def headline_left_empty(root, title: str, home_names: set[str] = frozenset()) -> bool:
    """The theme prints the headline's element empty (`<h1></h1>` in its banner) and the page's <title> states the
    post's title beside the site's name ("Save the date - Sea Ice Lab"): a post's page whose theme shows its title
    nowhere, not a template's shell, whose stated title is the site's name alone. Read before pruning, which takes
    an empty banner."""
    h1s = list(root.iter("h1"))
    if not h1s or any(heading_text(h1) for h1 in h1s) or not title or title.lower() in home_names:
        return False
    stated, wanted = fold_unspaced(clean_text(without_markup_as_text(document_title(root)))), fold_unspaced(title)
    return bool(wanted) and wanted in stated and wanted != stated


def _unlinked_title_showing(element, wanted: str, home_names: set[str]) -> bool:
    """Some themes set the headline in an element named a title (`<p class="title">`), no heading: it counts when it
    shows the stated title (folded: `wanted`) whole, linking nowhere (a site's linked name is its logo) and naming no
    home page."""
    text = heading_text(element)
    return fold_unspaced(text) == wanted and text.lower() not in home_names \
        and next(element.iterancestors("a"), None) is None and next(element.iter("a"), None) is None
