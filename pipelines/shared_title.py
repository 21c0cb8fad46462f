"""A title a source states alike on many of its pages (its tagline in <title>) is no page's title.

Extraction sees one page at a time: a page that shows no heading keeps the <title> it states. When the crawl ends,
the titles a source's pages state are compared: one stated on many of them names the site, and an article titled
from it takes its own headline instead: the page's first <h1> that is neither a heading of its text nor shown alike
on many of the source's pages (the site's name in its banner); else the short bold line that opens its text standing
alone as a paragraph (the headline an editor typed as bold text), which then leaves the body. A page showing its
headline as an <h1> may open its text with a bold line of another kind (a talk's speaker and hour). An app's static
export sets its site-wide <title> on every page and the post's headline as an <h1> in a box of its own, away from the
text. A source whose pages show their headline as their one <h1> (it is the title read on two in three of them) is titled by
that <h1> on every page: where a page's <title> and og:title differ from it (an editor's search-engine title with a
kicker, "Digitale: " or a changed word), the headline a reader sees wins.
"""
from __future__ import annotations

import html as html_escapes
import re
from collections import Counter

import lxml.html

from news_archive.pipelines.dedupe import content_fingerprint
from news_archive.pipelines.extraction.lead_heading import permalinked_headings
from news_archive.pipelines.extraction.article_title import without_markup_as_text
from news_archive.pipelines.extraction.headline_trimmings import headline_text
from news_archive.pipelines.extraction.title_site_names import TITLE_SEPARATORS
from news_archive.pipelines.extraction.text import spaced_text

# A <title>, or a style sheet or script to pass over whole: a static-site builder inlines the site's whole style sheet
# (hundreds of kilobytes) into each page's <head> before its <title>.
_OPENING = re.compile(r"<(style|script|title)\b[^>]*>", re.IGNORECASE)
_CLOSING = {tag: re.compile(f"</{tag}\\s*>", re.IGNORECASE) for tag in ("style", "script", "title")}
# Where <title> sits: the head, in a page's first bytes of markup other than style sheets and scripts.
_HEAD_CHARS = 20000
# A title stated on this many of a crawl's pages of a source, and on at least this share of them, names the site.
MIN_PAGES = 3
MIN_SHARE = 0.5
# A headline typed as a bold line: a line's length, not a sentence ending in a full stop.
_HEADLINE_CHARS = (12, 200)
_BOLD = ("strong", "b")
_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w+")
# A source shows its headline as its pages' one <h1> when that <h1> is the title read on two in three of those pages.
HEADLINE_H1_SHARE = 2 / 3
# A name set before a colon that follows it directly, "example.org: Headline": titles state a site's name so, though
# no separator of the extractor's (a colon with a space before it) stands there. A kicker is written so too
# ("Interview: ..."): only one that opens many of a source's titles alike names the site.
_NAME_COLON = re.compile(r"([^:\s][^:]*?[^:\s]):\s+(?=\S)")


def stated_title(page_html: str | bytes) -> str:
    """The text of the page's <title>, whitespace collapsed; "" when none."""
    if isinstance(page_html, bytes):
        page_html = page_html.decode("utf-8", "replace")
    markup_chars, position = 0, 0
    while (found := _OPENING.search(page_html, position)) is not None:
        markup_chars += found.start() - position
        tag = found.group(1).lower()
        closing = _CLOSING[tag].search(page_html, found.end())
        if markup_chars > _HEAD_CHARS or closing is None:
            return ""
        if tag == "title":
            title = page_html[found.end():closing.start()]
            return " ".join(without_markup_as_text(html_escapes.unescape(title)).split())
        position = closing.end()
    return ""


def page_headings(markup) -> tuple[str, ...]:
    """The texts of the page's <h1>s as a reader sees them, less a byline a theme sets inside one after the headline
    (`markup`: its HTML, or its parsed tree)."""
    root = _parsed(markup)
    if root is None:
        return ()
    return tuple(text for text in (headline_text(h1) for h1 in root.iter("h1")) if text)


def titles_linked_here(markup, url: str) -> frozenset[str]:
    """The folded texts of the page's headings below <h1> that link to the page itself and nowhere else: a theme's
    title bar showing the post's title over it (see lead_heading.permalinked_headings)."""
    root = _parsed(markup)
    return frozenset() if root is None else frozenset(_fold(text) for text in permalinked_headings(root, url))


def _parsed(markup):
    """The page's tree (`markup`: its HTML, or the tree itself); None when it has none."""
    try:
        root = lxml.html.fromstring(markup) if isinstance(markup, (str, bytes)) else markup
    except (ValueError, lxml.etree.ParserError):
        return None
    return root if root is not None and hasattr(root, "iter") else None


def banner_headings(per_page: list[tuple[str, ...]]) -> set[str]:
    """The <h1>s shown on many of these pages alike: the site's name in its banner."""
    counts = Counter(heading for headings in per_page for heading in set(headings))
    return {heading for heading, n in counts.items() if n >= MIN_PAGES and n >= MIN_SHARE * len(per_page)}


def site_wide(stated: list[str]) -> set[str]:
    """The titles stated on many of these pages (one title a page) alike."""
    counts = Counter(title for title in stated if title)
    return {title for title, n in counts.items() if n >= MIN_PAGES and n >= MIN_SHARE * len(stated)}


def site_name_pieces(stated: list[str]) -> set[str]:
    """The pieces that end (or open) many of these pages' titles alike, after (before) a separator or before a colon
    set right after them: the site's name ("Annual report | Coastal Research Network", "network.org: Annual report"),
    however short the headline beside it."""
    counts = Counter()
    for title in stated:
        parts = [part.strip() for part in TITLE_SEPARATORS.split(title)]
        pieces = {parts[0], parts[-1]} if len(parts) > 1 else set()
        named = _NAME_COLON.match(title)
        counts.update((pieces | ({named.group(1)} if named else set())) - {""})
    return {piece for piece, n in counts.items() if n >= MIN_PAGES and n >= MIN_SHARE * len(stated)}


def headline_less_site_name(article: dict, stated: str, pieces: set[str], headings: tuple[str, ...]) -> dict | None:
    """The changed columns (`title`, `content_hash`) of an article whose title, read from the <title> it states,
    kept the site's name (`pieces`, see `site_name_pieces`) for its headline or part of it: that <title> less the
    name. A headline the page shows as an <h1> stays, and so does one read elsewhere (a heading naming the company,
    beside an editor's search-engine <title>): no piece of the <title>. None otherwise."""
    title = article["title"] or ""
    separators = list(TITLE_SEPARATORS.finditer(stated))
    named = _NAME_COLON.match(stated)
    if not title or not (separators or named) or title in headings \
            or not any(_holds_words(title, p) for p in pieces) or _fold(title) not in _fold(stated):
        return None
    if separators and stated[separators[-1].end():].strip() in pieces:
        headline = stated[:separators[-1].start()].strip()
    elif separators and stated[:separators[0].start()].strip() in pieces:
        headline = stated[separators[0].end():].strip()
    elif named and named.group(1) in pieces:
        headline = stated[named.end():].strip()
    else:
        return None
    # A title the rest of the <title> opens with is that headline already, the name's words its own ("Harvard
    # University Announces ..." before " - Department - Harvard University"): the rest adds the site's pieces.
    if not headline or headline in pieces or _fold(headline).startswith(_fold(title)):
        return None
    return {"title": headline, "content_hash": content_fingerprint(headline, article["body"] or "")}


def own_headline(article: dict, stated: str) -> dict | None:
    """The changed columns (`title`, `body`, `body_html`, `content_hash`, maybe `lead`) of an article titled from the site-wide
    title it states, when its text opens with a bold line of its own; None otherwise."""
    title, body = article["title"] or "", article["body"] or ""
    if not title or _fold(title) not in _fold(stated) or not (article["body_html"] or "").strip():
        return None
    fragment = lxml.html.fragment_fromstring(article["body_html"], create_parent="div")
    first = next((child for child in fragment if isinstance(child.tag, str)), None)
    if first is None or (fragment.text or "").strip() or not _bold_line(first):
        return None
    headline = spaced_text(first)
    paragraphs = body.split("\n\n")
    if len(paragraphs) < 2 or " ".join(paragraphs[0].split()) != headline \
            or not _HEADLINE_CHARS[0] <= len(headline) <= _HEADLINE_CHARS[1] or headline.endswith("."):
        return None
    first.drop_tree()
    rest = "\n\n".join(paragraphs[1:])
    body_html = (fragment.text or "") + "".join(lxml.html.tostring(c, encoding="unicode") for c in fragment)
    changes = {"title": headline, "body": rest, "body_html": body_html, "content_hash": content_fingerprint(headline, rest)}
    if " ".join((article.get("lead") or "").split()) == headline:
        changes["lead"] = paragraphs[1]  # the lead was the headline: the text's opening now
    return changes


def headline_of_page(article: dict, stated: str, headings: tuple[str, ...], banners: set[str]) -> dict | None:
    """The changed columns (`title`, `content_hash`) of an article titled from the site-wide title it states, when
    its page shows an <h1> of its own (`headings`, see `page_headings`), neither a banner's nor a heading of its
    text: the first; None otherwise."""
    title, body = article["title"] or "", article["body"] or ""
    if not title or _fold(title) not in _fold(stated):
        return None
    in_text = {_fold(paragraph) for paragraph in body.split("\n\n")}
    # The headline comes first: an <h1> after it heads a part of the text (a post's Markdown "# Agenda").
    headline = next((heading for heading in headings if heading not in banners and _fold(heading) not in in_text), "")
    if not headline or _fold(headline) == _fold(title):
        return None
    return {"title": headline, "content_hash": content_fingerprint(headline, body)}


def own_heading(headings: tuple[str, ...], banners: set[str], shown: Counter) -> str:
    """The page's one <h1> of its own: not a banner's, shown on no other page of the source (`shown`: on how many
    pages each <h1> stands; a section's name stands on several); "" when it shows none or more than one."""
    own = [heading for heading in dict.fromkeys(headings) if heading not in banners]
    return own[0] if len(own) == 1 and shown[own[0]] == 1 else ""


def headlines_shown_as_h1(titles: list[str], per_page: list[tuple[str, ...]], banners: set[str]) -> bool:
    """The source sets each page's headline as its one <h1>: of its pages (at least `MIN_PAGES`) showing one <h1> of
    their own, on two in three (`HEADLINE_H1_SHARE`) that <h1> is the title read (`titles`, as `per_page`)."""
    shown = Counter(heading for headings in per_page for heading in set(headings))
    owns = [(title, own_heading(headings, banners, shown)) for title, headings in zip(titles, per_page)]
    owns = [(title, heading) for title, heading in owns if heading]
    same = sum(_fold(title) == _fold(heading) for title, heading in owns)
    return len(owns) >= MIN_PAGES and same >= HEADLINE_H1_SHARE * len(owns)


def headline_of_h1(article: dict, heading: str, linked: frozenset[str] = frozenset()) -> dict | None:
    """The changed columns (`title`, `content_hash`) of an article of a source that shows its headlines as <h1>s
    (`headlines_shown_as_h1`), titled otherwise than its page's own <h1> (`heading`, see `own_heading`): that <h1>,
    unless it heads a part of the text, or the page shows the title read as a heading linking to the page itself
    (`linked`, see `titles_linked_here`: a title bar over a post a page builder laid out, its <h1> a heading of the
    text); None otherwise."""
    title, body = article["title"] or "", article["body"] or ""
    if not heading or _fold(heading) == _fold(title) or _fold(heading) in {_fold(p) for p in body.split("\n\n")} \
            or _fold(title) in linked:
        return None
    return {"title": heading, "content_hash": content_fingerprint(heading, body)}


def _bold_line(element) -> bool:
    """A paragraph that is wholly one bold run (<p><strong>...</strong></p>), no link."""
    children = [child for child in element if isinstance(child.tag, str)]
    return element.tag == "p" and len(children) == 1 and children[0].tag in _BOLD \
        and not (element.text or "").strip() and not (children[0].tail or "").strip() \
        and not any(True for _ in element.iter("a"))


def _fold(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())


def _holds_words(title: str, piece: str) -> bool:
    """The title holds the piece's words, whole and in a row: a language code ending every title ("... - NL") is not
    in "Nieuwe website online" for its letters inside "online"."""
    words, wanted = _WORD.findall(title.casefold()), _WORD.findall(piece.casefold())
    return bool(wanted) and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))
