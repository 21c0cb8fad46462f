"""A page's <title> that names only the site (and its section), not the post: its words stand in the site's chrome.

A theme may fill a post's <title> with the site's name alone ("Greenplot", "Greenplot - News") and show the post's
headline only as its <h1>. Where no heading shows the stated title and no text opens under another heading, that
title would stand as the post's: but a title of a name's few words, every one of which the page shows in its
header, menu, footer or side column (the site's name by its logo and in the footer's address line, "News" in the
menu), names the site, however short the <h1> beside it ("Workshop ahead", a date). The <h1> outside that chrome is
the post's headline.
"""
from __future__ import annotations

import re

from .heading_reading import heading_text
from .lead_heading import is_chrome
from .links import links_to_page

_WORDS = re.compile(r"[^\W\d_]{2,}")
_UNREAD = frozenset({"script", "style", "template"})
# A site's or section's name runs to a few words ("Coastal Research Network"); a stated title of more is a headline,
# whose words a side column's lists of posts may well show too.
_NAME_WORDS = 3


def headline_beside_site_title(root, headlines: list[str], titles: list[str], url: str) -> str:
    """The first of the page's <h1>s (`headlines`, their texts as the title reader keeps them) set outside its
    chrome, where the chrome shows every word of every stated title (`titles`, less a known site name); ""
    otherwise. Such a title runs to a few words (`_NAME_WORDS`). A link to the page itself (a side column's "recent
    posts" naming this post) shows no site word."""
    title_words = [set(_WORDS.findall(title.casefold())) for title in titles]
    if not headlines or not titles \
            or any(not words or len(_WORDS.findall(title)) > _NAME_WORDS for title, words in zip(titles, title_words)):
        return ""
    # Gathered only for a title of a name's few words: the walk reads every element's ancestry.
    chrome = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _UNREAD:
            continue
        lineage = (element, *element.iterancestors())
        if any(is_chrome(a) for a in lineage) \
                and not any(a.tag == "a" and links_to_page(a.get("href"), url) for a in lineage):
            own = [element.text or ""] + [child.tail or "" for child in element]
            chrome |= set(_WORDS.findall(" ".join(own).casefold()))
    if not all(words <= chrome for words in title_words):
        return ""
    return next((heading_text(h) for h in root.iter("h1") if heading_text(h) in headlines
                 and not any(is_chrome(a) for a in (h, *h.iterancestors()))), "")
