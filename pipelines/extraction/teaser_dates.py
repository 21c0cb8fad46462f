"""Dates that are other articles' or readers': in a teaser's link, card or list, beside another page's linked headline,
in readers' comments."""
from __future__ import annotations

import functools
import re
from itertools import islice

from .dates import find_date
from .links import heads_another_page, links_to_page
from .text import spaced_text, text_of
from .xpaths import HEADING_TAGS

# Classes some themes put on the whole post to say whether it takes comments.
_COMMENT_STATES = frozenset({"comments-open", "comments-closed", "comment-status-open", "comment-status-closed"})
_NAME_PARTS = re.compile(r"[-_]")
# A text that may hold a date: a digit. Lists of entries: header_texts reads both too.
DATE_HINT = re.compile(r"\d")
LIST_TAGS = frozenset({"ul", "ol"})
_TEASER_LIST_ITEMS = 2
# Elements a card of another post is set in, one beside the next: a listing's teaser, a related post's captioned picture.
_CARD_TAGS = ("article", "figure")
# Words of letters in a linked text beyond which it is a headline, not a date line ("Posted 14 April 2016").
_HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")
_DATED_HEADLINE_WORDS = 3
# Words of letters a subheading linking to another page shows at least to be that page's headline, not a label.
_LINKED_HEADLINE_WORDS = 2


def in_teaser_link(element, url: str) -> bool:
    """A date inside a link dates a teaser of another article, unless the link is the page's own permalink
    (WordPress themes link the post's date to the post); so does a date in a list of teasers or in a teaser card."""
    return any((a.tag == "a" and not links_to_page(a.get("href"), url)) or (a.tag in LIST_TAGS and _is_teaser_list(a))
               for a in element.iterancestors()) or _in_teaser_card(element, url)


def holds_teaser_card(element, url: str) -> bool:
    """The element sits in another article's card or shows one (a short row of cards is read as one text)."""
    return any(_in_teaser_card(part, url) for part in (element, *element.iterdescendants("a", "article")))


def _in_teaser_card(element, url: str) -> bool:
    """The element sits in another article's card: a link to another page that holds a headline too (a card set
    as one link), one of a row of <article>s headed by a link to another page (a listing's teasers), or a <figure>
    captioned with a headline linking another page (a post's "related posts" picture with its headline and date). An
    <article> holding an <h1> is the page's own, whatever its headline links to (its permalink, a video), unless it
    sits inside another <article>: there an <h1> linking to another page heads a related post's card."""
    for holder in (element, *element.iterancestors("a", *_CARD_TAGS)):
        if holder.tag == "a":
            if next(holder.iter(*HEADING_TAGS), None) is not None and not links_to_page(holder.get("href"), url):
                return True
        elif holder.tag in _CARD_TAGS:
            heading = next(holder.iter(*HEADING_TAGS), None)
            # A figure captioned with a headline linking elsewhere is a card alone too (one related post).
            in_a_row = holder.tag == "figure" or next(holder.itersiblings("article"), None) is not None \
                or next(holder.itersiblings("article", preceding=True), None) is not None
            nested = next(holder.iterancestors("article"), None) is not None
            own_h1 = any(not (nested and heads_another_page(h, url)) for h in holder.iter("h1"))
            if heading is None or not (in_a_row or nested) or own_h1:
                return False
            links = [*heading.iterancestors("a"), *heading.iter("a")]
            return any(not links_to_page(link.get("href"), url) for link in links)
    return False


def beside_linked_headline(element, url: str) -> bool:
    """The element sets a date beside another page's headline: a subheading wholly a link to another page, of a
    headline's words ("Refugio Ciclista 2017"), not a label's ("News"), or of any words ("¡CicloFest!") in a row like
    the one beside it that shows such a headline. A "Related posts" box built of plain rows (date, linked headline),
    no list and no card, dates those posts, not this one."""
    if _shows_linked_headline(element, url, _LINKED_HEADLINE_WORDS):
        return True
    if not _shows_linked_headline(element, url, 1):
        return False
    alike = [*element.itersiblings(element.tag), *element.itersiblings(element.tag, preceding=True)]
    return any(row.get("class") == element.get("class") and DATE_HINT.search(text_of(row))
               and _shows_linked_headline(row, url, _LINKED_HEADLINE_WORDS) for row in alike[:_TEASER_LIST_ITEMS])


def _shows_linked_headline(element, url: str, words: int) -> bool:
    return any(heads_another_page(heading, url) and _wholly_linked(heading)
               and len(_HEADLINE_WORD.findall(text_of(heading))) >= words
               for heading in element.iter(*HEADING_TAGS[1:]))


def _wholly_linked(heading) -> bool:
    """The heading's words are its link's (or it sits in a link): a headline set as a link, not a line naming one."""
    if next(heading.iterancestors("a"), None) is not None:
        return True
    return " ".join(spaced_text(link) for link in heading.iter("a")).split() == text_of(heading).split()


def in_teaser_list(element, judged: dict) -> bool:
    """The element shows a list of teasers or sits in one (`judged` remembers each list's verdict)."""
    for part in (*element.iter(*LIST_TAGS), *element.iterancestors(*LIST_TAGS)):
        if part not in judged:
            judged[part] = _is_teaser_list(part)
        if judged[part]:
            return True
    return False


def _is_teaser_list(element) -> bool:
    """A list whose items each show a link, or a heading of their own, and beside it a date: a "latest news" block,
    which sites set beside every page, about and contact pages too, or a player's playlist of dated episodes. A
    byline's list holds one date; a comment's permalink ("#comment-12") leads nowhere else, and readers' comments,
    which link their writers' sites, are no teasers."""
    # Teasers come in a row: the first items tell (a menu or an archive of months is judged without reading on).
    items = list(islice(element.iterchildren("li"), _TEASER_LIST_ITEMS))
    if len(items) < _TEASER_LIST_ITEMS:
        return False
    for item in items:
        text = text_of(item)
        if not DATE_HINT.search(text):
            return False
        links = [a for a in item.iter("a") if (a.get("href") or "#").partition("#")[0]]
        named = links or [h for h in item.iter(*HEADING_TAGS) if text_of(h).strip()]
        found = find_date(text) if named else None
        if not found or any(text[found[1]:found[2]] in text_of(part) for part in named):
            return False
    return not any(is_comments_container(part) for part in (*items, element, *element.iterancestors()))


def is_comments_container(element) -> bool:
    """A container of readers' comments ("comment-list", "comments-area"), not the page's body or article."""
    if element.tag in ("body", "html"):
        return False
    return _names_comment_section(f"{element.get('class', '')} {element.get('id', '')}")


# A page's dates are checked against every ancestor's names, and a site's templates repeat the same few: each is
# judged once per process.
@functools.lru_cache(maxsize=4096)
def _names_comment_section(names: str) -> bool:
    return any(part.startswith("comment") for name in names.lower().split() if name not in _COMMENT_STATES
               for part in _NAME_PARTS.split(name))


def links_dated_headline(element, url: str) -> bool:
    """The element holds a plain text link to another page whose words name a day and more than a date line's few
    words: that page's headline ("RESTful Drupal 8 - meetup - 14.4.2016"), which dates that page, not this one. A date
    line's link to a day's archive or to the post's own permalink is a date and a label at most; a link wrapping a box
    (an author's card with their picture, name and the post's day) is no headline."""
    links = [element] if element.tag == "a" else element.iter("a")
    return any(len(a) == 0 and find_date(words := text_of(a)) and not links_to_page(a.get("href"), url)
               and len(_HEADLINE_WORD.findall(words)) >= _DATED_HEADLINE_WORDS for a in links)
