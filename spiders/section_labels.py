"""The label a page prints right above its headline to name its section ("News", "Aktuellt", "Kunskap & aktuellt"),
and the headings of the news listings read at depth 0 it is compared with (other_sections.another_section).

A site filing its posts by category folder gives each post a breadcrumb trail through its category ("Home ›
Swimming halls"), a page often no listing at all; its template still labels every post with the news section's name
over the headline, as the news listing heads itself. A forum topic or a product page in the posts' template is labelled
"Forum" or with its product line: its own section's name."""
from __future__ import annotations

import unicodedata

from lxml import etree

from news_archive.spiders.breadcrumb_sections import names_a_trail

# A section's name is a few words; a longer line above the headline is a standfirst or a notice.
MAX_LABEL_WORDS = 6


def _folded(element: etree._Element) -> str:
    return " ".join(unicodedata.normalize("NFKC", element.text_content()).split()).casefold()


def _headline(root: etree._Element) -> etree._Element | None:
    return next(root.iter("h1"), None)


def headline_label(root: etree._Element) -> str | None:
    """The text of the element just before the page's first h1, a breadcrumb trail and empty elements passed over,
    when it is a few words and no link: the section label a template prints over the headline."""
    headline = _headline(root)
    if headline is None:
        return None
    sibling = headline.getprevious()
    while sibling is not None and (not isinstance(sibling.tag, str) or names_a_trail(sibling) or not _folded(sibling)):
        sibling = sibling.getprevious()
    # A linked line there (the site's name linking home, a parent page) is navigation, no label of the template's.
    if sibling is None or sibling.tag == "a" or next(sibling.iter("a"), None) is not None:
        return None
    label = _folded(sibling)
    return label if len(label.split()) <= MAX_LABEL_WORDS else None


class NewsHeadings:
    """The headings (first h1, folded) of the news listings read at depth 0."""

    def __init__(self):
        self.headings: set[str] = set()

    def note(self, root: etree._Element) -> None:
        headline = _headline(root)
        heading = _folded(headline) if headline is not None else ""
        if heading and len(heading.split()) <= MAX_LABEL_WORDS:
            self.headings.add(heading)

    def labels_as_news(self, root: etree._Element) -> bool:
        """True when the label over the page's headline is a news listing's heading, not the page's own headline."""
        label = headline_label(root)
        headline = _headline(root)
        return bool(label) and label in self.headings and label != _folded(headline)
