"""The heading that opens a page's main text, for pages whose headline is not an <h1>.

Some themes print the site's name as the only <h1> (or none at all) and the post's headline as an <h2> at the top of
the content, while <title> and og:title name the section or the site on every page. The headline is then the first
<h2>/<h3> outside the page's chrome that text follows. An article's first <h1> opens its text the same way when the
stated titles are an editor's search-engine title no heading shows."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .ancestry import within
from .builder_documents import in_other_document, own_document
from .comment_lines import heads_comments
from .dates import find_date, typed_date
from .heading_reading import UNREAD, heading_readings, heading_text
from .hints import is_side_column
from .links import absolute, links_to_page
from .shown_media import shows_media
from .shown_titles import titled_elements
from .xpaths import POST_CLASSES

_CHROME_TAGS = frozenset({"nav", "footer", "aside", "a", "form", "menu", "button"})
_OPENING_TAGS = ("h2", "h3")
_RANKS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Text a headline opens: a paragraph's worth, so that a sidebar's heading over a list of links does not count.
_MIN_TEXT_AFTER = 80
# A paragraph this long before a heading is text the heading does not open.
_PARAGRAPH_CHARS = 150
# The ids a page's own header box goes by, the site's name and menu in it.
_PAGE_HEADER_IDS = frozenset({"header", "masthead", "site-header"})
_LEVELS_UP = 3
# A theme builder's post template nests the headline in boxes within boxes, the text in a box beside theirs: inside
# the post's own wrapper (an <article>, a post's classes) text may follow as far up as the wrapper, if this near.
_WRAPPER_LEVELS_UP = 8
_MIN_CHARS, _MAX_CHARS = 3, 300
# A heading that is a date and at most this many words more is a day's heading over a blog's posts, not a headline.
_DATE_HEADING_WORDS = 1
_WORD = re.compile(r"[^\W\d_]{2,}")
# A date line under a headline: a date and a few words (a section's name, "Posted by" and an author's), no more.
_DATELINE_CHARS = 120
_DATELINE_WORDS = 8
# A heading whose text opens with Markdown's heading marks ("## Part two") is a line of the text's source the
# generator left unrendered inside a heading: a part of the text, never the page's headline.
_MARKDOWN_HEADING_MARKS = re.compile(r"#{1,6}\s")


def lead_heading(root, url: str, excluded: set[str], tags: tuple[str, ...] = _OPENING_TAGS,
                 stated: list[str] = ()) -> str:
    """The text of the first <h2>/<h3> (or other `tags`) outside the page's header, navigation, footer and
    sidebars, linking nowhere but to the page itself, and followed by text or by the post's date line; "" when none.
    `excluded`: texts (lower case) that name the site. Of <h1>s only the first such counts: a later one is a section
    of the text; a bare one opening the main content counts unless it rewords a `stated` title."""
    # A side column's block titles head its boxes beside the text: the headings outside side columns are read first,
    # and only where none opens the text are those in them (a wrapper named for both columns is no side column).
    return _lead_heading(root, url, excluded, tags, stated, beside_side_columns=False) \
        or _lead_heading(root, url, excluded, tags, stated, beside_side_columns=True)


def _lead_heading(root, url: str, excluded: set[str], tags: tuple[str, ...], stated: list[str],
                  beside_side_columns: bool) -> str:
    subheadings = _below_empty_headline(root)
    own = own_document(root)
    for heading in root.iter(tags):
        if heading in subheadings:
            return ""
        if any(is_chrome(a) or (not beside_side_columns and is_side_column(a)) for a in heading.iterancestors()):
            continue
        if in_other_document(heading, own):  # a page builder's header or footer, beside the post's own document
            continue
        # A bare <h1> (no headline class, no <article>) counts where it opens the main content.
        opens_main = heading.tag == "h1" and not _in_article(heading) and _opens_main(heading)
        if heading.tag == "h1" and not (_in_article(heading) or opens_main):
            return ""
        text = _headline_text(heading, url, excluded)
        if not text:
            continue
        if opens_main and _rewords(text, stated):
            return ""
        if (_text_follows(heading) or _dateline_follows(heading) or opens_main or _opens_lone_article(root, heading)) \
                and not _text_precedes(root, heading):
            return text
        if heading.tag == "h1":
            return ""
    return _lone_dated_heading(root, url, excluded, tags, subheadings)


def _lone_dated_heading(root, url: str, excluded: set[str], tags: tuple[str, ...], subheadings: set) -> str:
    """The text of the one heading of `tags` outside the page's chrome set right above a date line, that no text
    precedes: a post's headline over its date line with no paragraph of text under them (its recordings and slides,
    a press release: links). A listing sets a date line under each of its teasers' headings: none is the page's."""
    dated = [heading for heading in root.iter(tags) if heading not in subheadings
             and not any(is_chrome(a) for a in heading.iterancestors()) and dateline_after(heading) is not None]
    if len(dated) != 1 or dated[0].tag == "h1" or _text_precedes(root, dated[0]):
        return ""
    return _headline_text(dated[0], url, excluded)


def dated_heading(root, url: str, excluded: set[str]) -> str:
    """The text of the first <h2>/<h3> that `lead_heading` would take and that a date line follows: the post's
    headline even where the text under it has an <h1> of its own (an editor's heading inside the post)."""
    subheadings = _below_empty_headline(root)
    for heading in root.iter(_OPENING_TAGS):
        if heading in subheadings:
            return ""
        if any(is_chrome(a) for a in heading.iterancestors()):
            continue
        text = _headline_text(heading, url, excluded)
        if text and _dateline_follows(heading) and not _text_precedes(root, heading):
            return text
    return ""


def _below_empty_headline(root) -> set:
    """The headings after an empty headline <h1> (one named a title or headline, or in an <article>, holding neither
    text nor a logo): the theme left the post's headline slot unfilled, so the title is only stated (<title>,
    og:title), and the headings below are the text's own sections ("Introduction"), not its headline."""
    below, found = set(), False
    for heading in root.iter(_RANKS):
        if found:
            below.add(heading)
        elif heading.tag == "h1" and not heading_text(heading) and _in_article(heading) \
                and not any(isinstance(child.tag, str) for child in heading):
            found = True
    return below


def links_here(root, text: str, url: str) -> bool:
    """A heading with this text links to the page itself and nowhere else: a post's headline linked to its permalink,
    which a site's or its owner's name, printed the same on every page, is not."""
    for heading in root.iter(_RANKS):
        if heading_text(heading) == text:
            links = [a.get("href") for a in heading.iter("a") if a.get("href")]
            return bool(links) and all(_links_to(href, url) for href in links)
    return False


def permalinked_headings(root, url: str) -> list[str]:
    """The texts of the headings below <h1> outside the page's chrome that link to the page itself and nowhere else:
    a theme's post-title widget sets the post's headline so, linked to its permalink."""
    return [heading_text(heading) for heading in root.iter(_RANKS[1:])
            if not any(is_chrome(a) for a in heading.iterancestors()) and _links_only_here(heading, url)]


def permalinked_titles(root, url: str) -> list[str]:
    """The texts of the headings and the elements named a title or headline (shown_titles.titled_elements) outside the
    page's chrome that link to the page itself and nowhere else: a theme's headline set in a `<div class="title">`
    linked to its permalink, no heading, shows the post's title as its CMS holds it."""
    return [heading_text(element) for element in titled_elements(root)
            if not any(is_chrome(a) for a in element.iterancestors()) and _links_only_here(element, url)]


def _links_only_here(element, url: str) -> bool:
    """The element holds links, all of them to the page itself."""
    links = [a.get("href") for a in element.iter("a") if a.get("href")]
    return bool(links) and all(_links_to(href, url) for href in links)


def permalinked_before(root, url: str, heading) -> str:
    """The text of the one heading below <h1>, outside the page's chrome, linking to the page itself and nowhere else
    (`permalinked_headings`) that stands before `heading`: a theme's title bar over the post. "" when there is none,
    or more than one."""
    linked = []
    for element in root.iter(_RANKS):
        if element is heading:
            break
        if element.tag == "h1" or any(is_chrome(a) for a in element.iterancestors()):
            continue
        if _links_only_here(element, url):
            linked.append(heading_text(element))
    return linked[0] if len(linked) == 1 else ""


def permalinked_above(root, url: str, shown: str) -> str:
    """The text of the one heading below <h1> linking to the page itself and nowhere else (`permalinked_headings`)
    that stands above the first heading showing `shown`, which links nowhere: the post's headline over a section of
    its text. "" when there is none, or more than one, or the page has an <h1>."""
    if next(root.iter("h1"), None) is not None:
        return ""
    linked = []
    for heading in root.iter(_RANKS[1:]):
        if any(is_chrome(a) for a in heading.iterancestors()):
            continue
        links = [a.get("href") for a in heading.iter("a") if a.get("href")]
        if links and all(_links_to(href, url) for href in links):
            linked.append(heading_text(heading))
        elif heading_text(heading) == shown:
            return linked[0] if len(linked) == 1 and not links else ""
    return ""


def _headline_text(heading, url: str, excluded: set[str]) -> str:
    """The heading's text when it links nowhere but to the page itself, has a headline's length and names neither
    the site (`excluded`) nor only a day, nor the comments under the post; "" otherwise."""
    if any(not _links_to(a.get("href"), url) for a in heading.iter("a")):
        return ""
    text = heading_text(heading)
    if not _MIN_CHARS <= len(text) <= _MAX_CHARS or text.lower() in excluded or _is_date(text) \
            or is_unrendered_markdown(text) or heads_comments(text):
        return ""
    return text


def is_unrendered_markdown(text: str) -> bool:
    """The heading's text opens with Markdown's heading marks: a line of unrendered source, not a headline."""
    return bool(_MARKDOWN_HEADING_MARKS.match(text))


def heading_showing(root, url: str, titles: set[str], excluded: set[str], fold) -> str:
    """The text of a heading below <h1>, outside the page's chrome and linking nowhere but to the page itself, that is
    wholly one of the stated `titles` (folded with `fold`): the headline a theme sets as an <h2> while its <h1>s name
    the site or the posts a sidebar lists, read with its subtitle or without (heading_readings). "" when none."""
    for heading in root.iter(_RANKS[1:]):
        if any(is_chrome(a) for a in heading.iterancestors()) \
                or any(not _links_to(a.get("href"), url) for a in heading.iter("a")):
            continue
        for text in reversed(heading_readings(heading)):  # the headline alone first
            if _MIN_CHARS <= len(text) <= _MAX_CHARS and text.lower() not in excluded and fold(text) in titles:
                return text
    return ""


def headline_over_dateline(root, title: str) -> bool:
    """The page's headline (`title`) is a heading outside the page's chrome right above a date line: the post's own
    headline, however little text follows it (a notice of one line), where the stated titles name only the site or
    the section."""
    return bool(title) and any(
        heading_text(heading) == title and not any(is_chrome(a) for a in heading.iterancestors())
        and dateline_after(heading) is not None for heading in root.iter(_RANKS))


def _dateline_follows(heading) -> bool:
    """A date line follows the heading (`_dateline_after`) and text follows it: the post's date line, which a
    headline sits right above."""
    line = dateline_after(heading)
    if line is None:
        return False
    return _unlinked_text_after(line) >= _MIN_TEXT_AFTER


def _unlinked_text_after(element) -> int:
    """The characters of text, not of links, after the element among its siblings. The text may be loose between the
    blocks (a CMS's body field pasted without paragraphs): their tails count."""
    chars = len((element.tail or "").strip())
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str):
            text, linked, _ = _text_before_section(sibling, frozenset())
            chars += text - linked
        chars += len((sibling.tail or "").strip())
    return chars


def dateline_after(heading):
    """The element right after the heading (or after the box the heading ends) when it is a short line giving a date
    (a day and a few words: a section's name, "Posted by" and an author's); None otherwise."""
    element = heading
    for _ in range(_LEVELS_UP):
        line = next((s for s in element.itersiblings() if isinstance(s.tag, str) and s.tag not in ("br", "hr")
                     and (s.tag == "time" or heading_text(s))), None)
        if line is not None or (element.tail or "").strip():
            break
        element = element.getparent()
        if element is None or element.tag == "body":
            return None
    if line is None or (element.tail or "").strip():
        return None
    text = heading_text(line) or (line.get("datetime") or "")
    # A short line under a heading is where a date belongs: a slip typing it ("July 28,2008") still makes it one.
    found = typed_date(text) if len(text) <= _DATELINE_CHARS else None
    if not found or len(_WORD.findall(text[:found[1]] + " " + text[found[2]:])) > _DATELINE_WORDS:
        return None
    return line


def _text_precedes(root, heading) -> bool:
    """A run of text (a paragraph's, not a link's) comes before the heading, outside the page's chrome: the
    heading closes or sits beside the text ("Comments", "About the author"), it does not open it. A notice set above
    the page's own header (an archived copy's "You are viewing a snapshot ..." banner) is above the whole page."""
    preceded = False
    stack = [root]
    while stack:
        element = stack.pop()
        if element is heading:
            return preceded
        # A side column stands beside the text, not before it, however early the markup sets it; the <head> (a long
        # <title>) is not shown at all.
        if not isinstance(element.tag, str) or element.tag in ("head", "script", "style", "noscript", "template") \
                or is_chrome(element) or (is_side_column(element) and not within(heading, element)):
            if len((element.tail or "").strip()) >= _PARAGRAPH_CHARS:
                preceded = True
            continue
        if _is_page_header(element) and not within(heading, element):
            preceded = False
        if any(len((text or "").strip()) >= _PARAGRAPH_CHARS for text in (element.text, element.tail)):
            preceded = True
        stack.extend(reversed(element))
    return preceded


def _is_page_header(element) -> bool:
    """The page's own header box, named so by its id (`<div id="header">`, "masthead"): what stands above it is
    above the page, not text of it."""
    return (element.get("id") or "").lower() in _PAGE_HEADER_IDS


def _in_article(heading) -> bool:
    """The heading is named a title or headline, or sits in an <article>: an <h1> elsewhere may be a section's, a
    search box's or a skip link's."""
    names = (heading.get("class") or "").lower() + " " + (heading.get("itemprop") or "").lower()
    return "title" in names or "headline" in names or any(a.tag == "article" for a in heading.iterancestors())


def _opens_main(heading) -> bool:
    """The <h1> is the first thing in the page's main content (<main>, role=main or #content), and text (or a picture
    or document alone) follows it among its own siblings: the page's headline, which a theme may set bare in <main>
    with no headline class. A site's name or logo sits in the header, above the main content; a search box's heading
    heads a box of its own."""
    box = next((a for a in heading.iterancestors()
                if a.tag == "main" or a.get("role") == "main" or a.get("id") == "content"), None)
    if box is None:
        return False
    above = set(heading.iterancestors())
    for node in box.iter():
        if node is heading:
            break
        if not isinstance(node.tag, str) or node.tag in UNREAD or node.tag == "noscript":
            continue
        if node.tag in _RANKS or (node.text or "").strip() or (node not in above and (node.tail or "").strip()):
            return False  # a heading or text above it: it does not open the content
    # A post of a picture or a document alone (a flyer, the yearly report's PDF) shows it under its headline.
    return _unlinked_text_after(heading) >= _MIN_TEXT_AFTER \
        or any(shows_media(sibling) for sibling in heading.itersiblings() if isinstance(sibling.tag, str))


def _opens_lone_article(root, heading) -> bool:
    """The heading is the first thing in the page's one <article>, whose text follows it: the post's headline, though
    only a greeting stands under it before the text's first section heading of its rank ("Hello!" over "## News")."""
    article = heading.getparent()
    if article is None or article.tag != "article" or (article.text or "").strip():
        return False
    first = next((child for child in article if isinstance(child.tag, str) and child.tag not in UNREAD), None)
    if first is not heading or sum(1 for _ in root.iter("article")) != 1:
        return False
    return _unlinked_text_after(heading) >= _MIN_TEXT_AFTER


def _rewords(heading: str, stated: list[str]) -> bool:
    """Most of the heading's words are a stated title's: the page's own fuller title of it ("Make your X your own"
    under "X — Customize and make it your own"), which stands; a tagline every page states shares few of them."""
    words = set(_WORD.findall(heading.casefold()))
    return any(len(words & set(_WORD.findall(title.casefold()))) * 2 > len(words) for title in stated)


def _is_date(text: str) -> bool:
    found = find_date(text)
    return bool(found) and len(_WORD.findall(text[:found[1]] + " " + text[found[2]:])) <= _DATE_HEADING_WORDS


def is_chrome(element) -> bool:
    """Navigation, a footer, a sidebar, a form, a link, or the page's <header> (not an article's own)."""
    if element.tag == "header":
        return not any(a.tag in ("article", "main") for a in element.iterancestors()) and not _post_header(element)
    return element.tag in _CHROME_TAGS


def _post_header(header) -> bool:
    """A <header> after the page's first (its banner) that holds no menu: the box a theme sets the post's headline in
    beside its <article>, not inside it ("<header><h2>Title</h2></header><article>text</article>")."""
    return next(header.getroottree().getroot().iter("header"), header) is not header \
        and next(header.iter("nav", "ul", "ol", "menu"), None) is None


def _text_follows(heading) -> bool:
    """Text (not links) follows the heading before the next heading of its rank or above, among its siblings or,
    when it sits in a header box, its box's siblings."""
    sections = frozenset(_RANKS[:_RANKS.index(heading.tag) + 1])
    element, chars = heading, len((heading.tail or "").strip())
    for _ in range(_levels_up(heading)):
        for sibling in element.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in sections:
                return chars >= _MIN_TEXT_AFTER
            text, linked, closed = _text_before_section(sibling, sections)
            if linked * 2 < text:
                chars += text
            if closed:
                return chars >= _MIN_TEXT_AFTER
            chars += len((sibling.tail or "").strip())
            if chars >= _MIN_TEXT_AFTER:
                return True
        element = element.getparent()
        if element is None or element.tag == "body":
            break
    return chars >= _MIN_TEXT_AFTER


def _levels_up(heading) -> int:
    """How many boxes up text may follow the heading: a few, or as far as the post's own wrapper a lower heading
    standing in for a missing <h1> sits in. An <h1> is weighed against the stated titles by find_title's rules."""
    if heading.tag == "h1":
        return _LEVELS_UP
    for level, ancestor in enumerate(heading.iterancestors(), 1):
        if level > _WRAPPER_LEVELS_UP or ancestor.tag == "body":
            break
        if ancestor.tag == "article" or not POST_CLASSES.isdisjoint((ancestor.get("class") or "").split()):
            return max(level, _LEVELS_UP)
    return _LEVELS_UP


def _text_before_section(element, sections: frozenset[str]) -> tuple[int, int, bool]:
    """Characters of the element's text up to a section heading inside it, how many of them are links' text, and
    whether it holds such a heading."""
    chars = linked = 0
    for node in element.iter():
        if node is not element and node.tag in sections:
            return chars, linked, True
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        own = len((node.text or "").strip())
        chars += own
        if node.tag == "a" or any(a.tag == "a" for a in node.iterancestors()):
            linked += own
        if node is not element:
            chars += len((node.tail or "").strip())
    return chars, linked, False


def _links_to(href: str | None, url: str) -> bool:
    """The link leads to the page itself (a headline linked to its own permalink), whatever parameters it adds (a
    CMS's own address for the page, "?option=...&id=...", in a copy saved as files)."""
    if links_to_page(href, url):
        return True
    target = absolute(href, url) if url else None
    return bool(target) and _without_query(target) == _without_query(url)


def _without_query(url: str) -> str:
    return urlsplit(url)._replace(query="", fragment="").geturl()




