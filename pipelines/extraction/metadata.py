"""Read an article's author, lead, image, canonical URL and language signals from its page, and the names its site
goes by (article_title.py finds its title)."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from news_archive.archive.cms_classes import in_other_entry, own_entry_id
from news_archive.archive.page_title import document_title
from news_archive.archive.urls import folder_path, is_site_root, is_start_page, sole_canonical

from . import xpaths
from .article_title import fold_unspaced
from .author_names import MIN_SITE_NAME, clean_names, dated_headline_bylines, headline_bylines, lines_of, marked_texts
from .description_spacing import spaced_as_shown
from .hints import ClassIndex, class_words
from .lead_text import lead_text
from .links import absolute, clean_text, links_to_page
from .own_pages import lists_page
from .shortened_standfirst import standfirst_shortened_to
from .stamp_lines import says_nothing_of_the_text
from .structured import PageMetadata, names, text_value
from .text import fold, text_of
from .title_site_names import TITLE_SEPARATORS, without_prefix, without_suffix

_XPATH_SPACES = str.maketrans("\t\r\n", "   ")
# An XHTML page's xml:lang: lxml's HTML parser keeps it as "xml:lang", its XML parser names it by namespace.
_LANG_ATTRIBUTES = frozenset({"lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang"})
# A byline is a few lines; an element classed so holding more is a wrapper ("<body class='single-author'>").
_MAX_BYLINE_CHARS = 400


# The meta tags naming a page's writers, the generic one first; `<meta name="author">` alone is no post's own: a
# template may print the site's owner in it on every page (see `author_beside_site_meta`).
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")


def find_authors(root, meta: PageMetadata, site_names: set[str], classes: ClassIndex, *,
                 with_site_meta: bool = True, title: str | None = None, published: str | None = None,
                 month_first: bool | None = None) -> str | None:
    """Author names joined by ", ", from JSON-LD, meta tags or a byline; None when only junk is found.
    `with_site_meta` False: `<meta name="author">` left aside. `title`, `published` and `month_first` (how the page
    reads its slashed dates) find a byline in plain words under the headline, naming the page's day."""
    article = meta.article or {}
    stated = [names(article.get("author")), [meta.first(*(_AUTHOR_META if with_site_meta else _AUTHOR_META[1:])) or ""]]
    for raw in stated:
        people = clean_names(raw, site_names, from_byline=False)
        if people:
            return ", ".join(people)
    bylines = [el for el in classes.authors + classes.with_class(xpaths.BYLINE_CLASSES)
               if _may_be_byline(el) and not _in_comments_or_form(el, classes)][:3] \
        or headline_bylines(root) or dated_headline_bylines(root, title, published, month_first)
    marked = marked_texts(bylines)
    lines = [clean_text(line) for el in bylines for line in lines_of(el)]
    # A writer's name set on a line of its own by markup (<strong>Ada Lind</strong><br>Senior Editor): the box's
    # other lines describe the writer (role, affiliation), they name no one.
    people = clean_names([line for line in lines if line in marked], site_names, from_byline=True, marked=marked) \
        or clean_names([" ".join(lines_of(el)) for el in bylines], site_names, from_byline=True, marked=marked) \
        or clean_names(lines, site_names, from_byline=True, marked=marked)
    return ", ".join(people) if people else None


def author_beside_site_meta(root, meta: PageMetadata, site_names: set[str], classes: ClassIndex,
                            author: str | None, **byline_day) -> tuple[str | None, str | None]:
    """(`<meta name="author">` as stated, the author the page names without it) when the author was read from that
    tag alone: no JSON-LD article author, `article:author` or byline names the same; (None, None) otherwise.

    Whether the tag names the post's writer or the site's owner, which the template prints on every page, only the
    source's other pages tell (pipelines/site_author.py). `byline_day`: find_authors' title, published, month_first."""
    stated = clean_text(meta.first("author") or "")
    if not author or not stated or ", ".join(clean_names([stated], site_names, from_byline=False)) != author \
            or clean_names(names((meta.article or {}).get("author")), site_names, from_byline=False):
        return None, None
    beside = find_authors(root, meta, site_names, classes, with_site_meta=False, **byline_day)
    return (None, None) if beside == author else (stated, beside)


def _may_be_byline(element) -> bool:
    """A byline is a few lines beside the headline; an element classed so that holds the headline, or more text, is
    a wrapper ("<body class='single-author'>")."""
    return element.find(".//h1") is None and len(clean_text(text_of(element))) <= _MAX_BYLINE_CHARS


def _in_comments_or_form(element, classes: ClassIndex) -> bool:
    """The element sits in a form or the readers' comments: a comment form's "Name *" field (class
    "comment-form-author") or a commenter's name ("comment-author") is no byline of the post."""
    sections = classes.comments_and_forms()
    return any(el in sections for el in (element, *element.iterancestors()))


def site_names(meta: PageMetadata, url: str, home_names: set[str] = frozenset(),
               home_labels: set[str] = frozenset()) -> set[str]:
    """The names the site goes by (lower case): stated ones, its headings that link home (`home_names`), the words a
    link home is labelled with (`home_labels`, see `home_link_labels`), the host."""
    article = meta.article or {}
    found = {clean_text(n).lower() for n in (meta.first("og:site_name", "application-name"),
                                             text_value(article.get("publisher"))) if n} | set(home_names) \
        | set(home_labels)
    # "Project | News & Analyses": each piece names the site too.
    found |= {piece.strip() for name in found for piece in TITLE_SEPARATORS.split(name) if len(piece.strip()) >= MIN_SITE_NAME}
    host = re.sub(r"^www\.", "", (url.split("/")[2] if url.count("/") >= 2 else "")).lower()
    if host:
        # "news.ki.se" names the site "ki" as much as "news.ki.se"
        found.update({host, host.rsplit(".", 2)[-2] if host.count(".") else host})
    return found


def home_headings(root, url: str) -> set[str]:
    """The text (lower case) of headings that are wholly a link to the site's home page, or wholly the text of one:
    the site's name in the header, which themes print as an <h1> ("<h1 id=site-title><a href=/ rel=home>", or in the
    logo's link beside its image) even above a post's own <h1>.

    The home page is what rel=home names, or the host's root; on the root page itself a heading linking there may be
    that page's own headline, so only rel=home counts there."""
    on_root = urlsplit(url).path in ("", "/")
    page_title = clean_text(document_title(root)).lower()
    found = set()
    for heading in root.iter(xpaths.HEADING_TAGS):
        links = [a for a in heading.iter("a") if a.get("href") is not None]
        # A logo's link may hold the heading (an image and the site's name beside it) rather than sit inside it.
        links = links or [a for a in heading.iterancestors("a") if a.get("href") is not None][:1]
        if len(links) != 1:
            continue
        link = links[0]
        text = clean_text(text_of(heading))
        if not text or fold_unspaced(clean_text(text_of(link))) != fold_unspaced(text):
            continue
        if "home" in _rel_names(link) or (not on_root and _is_root(absolute(link.get("href"), url), url)) \
                or _names_blog_above(heading, absolute(link.get("href"), url), url, text, page_title):
            found.add(text.lower())
    return found


def _names_blog_above(heading, target: str | None, url: str, text: str, page_title: str) -> bool:
    """A blog hosted in a folder of its host ("/news-blog/") names itself in the banner's <h1>, linked to its front
    page, the folder above the post, and opens or closes every page's <title> with that name ("Team Blog: <post>")."""
    if heading.tag != "h1" or not target or links_to_page(target, url) or not lists_page(target, url) \
            or urlsplit(target).path.strip("/") == "":
        return False
    name = text.lower()
    return len(name) >= MIN_SITE_NAME and page_title != name \
        and (page_title.startswith(name) or page_title.endswith(name))


def home_link_labels(root, url: str) -> set[str]:
    """The title or aria-label (lower case) of links to the site's home page that the page's <title> opens or ends
    with as a piece of its own: a logo's link, an image without words, is labelled with the site's name ("2042 | Play
    Well"), which <title> appends to every page's headline. A label <title> does not show so is a slogan or "Home".
    So is the whole <title> where a link home says it in words (a footer's "© Site" linked home): a theme printing
    only the site's name in every page's <title>.

    A label only one link home carries that a heading of the page shows as plain text is the post's headline: a
    teaser of the post itself, its link mangled to "/" by a saved copy, labels its link with the post's title."""
    title = clean_text(document_title(root)).lower()
    carried: dict[str, int] = {}
    for link in root.iter("a"):
        labels = {clean_text(link.get(name)).lower() for name in ("title", "aria-label")} - {"", title}
        labels = {label for label in labels if len(label) >= MIN_SITE_NAME and label in title}
        if labels and ("home" in _rel_names(link) or _is_root(absolute(link.get("href"), url), url)):
            for label in labels:
                if without_suffix(title, label) or without_prefix(title, label):
                    carried[label] = carried.get(label, 0) + 1
        if len(title) >= MIN_SITE_NAME and _says(link, title) \
                and ("home" in _rel_names(link) or _is_root(absolute(link.get("href"), url), url)):
            carried[title] = carried.get(title, 0) + 1
    once = {label for label, links in carried.items() if links == 1}
    return set(carried) - (_unlinked_headings(root) & once if once else set())


def _says(link, text: str) -> bool:
    """The link's words are text (lower case), as they stand."""
    words = link.text_content()  # lxml's, at C speed: most links are far longer or shorter than the text
    return len(text) <= len(words) <= 2 * len(text) + 40 and clean_text(words).lower() == text


def _unlinked_headings(root) -> set[str]:
    """The text (lower case) of the page's headings that neither hold nor sit in a link: its own headlines, not a
    banner's name linked home."""
    return {clean_text(text_of(heading)).lower() for heading in root.iter(xpaths.HEADING_TAGS)
            if next(heading.iter("a"), None) is None and next(heading.iterancestors("a"), None) is None}


def _is_root(target: str | None, url: str) -> bool:
    """The link leads to the host's start page ("/", or "/index.html" in a site saved as files)."""
    if not target:
        return False
    parts, page = urlsplit(target), urlsplit(url)
    return folder_path(parts.path) in ("", "/") and not parts.query and \
        parts.netloc.lower().removeprefix("www.") == page.netloc.lower().removeprefix("www.")


# A box classed as the lead showing less is a site's tagline, a section's heading, a label or a prompt more often than
# a standfirst: it is the lead only where the description shortens it (shortened_standfirst.py).
_MIN_LEAD_CHARS = 40


def find_lead(root, meta: PageMetadata, classes: ClassIndex, title: str | None = None,
              page_days: frozenset[str] | set[str] = frozenset()) -> str:
    hidden = set(classes.hidden)
    # The headline said again, in a box classed as the lead or in a description a CMS fills with the title, is no lead.
    headline = fold(title or "")
    own_id = own_entry_id(root)
    shown: list[str] = []  # the texts of the boxes classed as the lead, too long for one: a description's source
    short: list[tuple[object, str]] = []  # the boxes too short for one: a description may shorten one of them
    for element in classes.leads(xpaths.LEAD_TAGS):
        # Another post's excerpt, in its card among the related posts under the text, is that post's lead.
        if own_id and in_other_entry(element, own_id):
            continue
        # A closed tab's or collapsed box's subtitles (a sidebar calendar of every post's) are none readers see.
        if hidden and any(part in hidden for part in (element, *element.iterancestors())):
            continue
        if _in_writers_card(element):
            continue
        text = lead_text(element, title, page_days)
        if _MIN_LEAD_CHARS <= len(text) <= 1000 and fold(text) != headline:
            return text
        shown.append(text)
        if 0 < len(text) < _MIN_LEAD_CHARS and fold(text) != headline:
            short.append((element, text))
    article = meta.article or {}
    stated = [meta.first(name) for name in ("og:description", "description", "twitter:description")]
    # A description naming only the post's writer or a label (a theme's excerpt of a post opening on its byline)
    # says nothing of the text; one cut from the post's source says it in its words, not its tags.
    descriptions = [text for text in dict.fromkeys(_words_of(clean_text(text or "")) for text in
                                                   (*stated, text_value(article.get("description"))))
                    if text and not says_nothing_of_the_text(text) and fold(text) != headline]
    if not descriptions:
        return ""
    # A description the page also shows in its footer, sidebar or menu is the site's tagline, no lead.
    furniture = _site_furniture_texts(root)
    own = [text for text in descriptions if fold_unspaced(text) not in furniture]
    if not own:
        return ""
    description = own[0]
    if len(own) > 1:
        # A site-wide description beside the article's own (its JSON-LD's): the one the page shows is the lead.
        parts = {fold_unspaced(text_of(part)) for part in root.iter(xpaths.LEAD_TAGS)}
        description = next((text for text in own if fold_unspaced(text) in parts), own[0])
    return standfirst_shortened_to(description, short, title) or spaced_as_shown(description, shown)


# A tag of HTML source written out as text, or one cut off where an excerpt of the source ends ("<img src=... ...").
_SOURCE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?(?:>|$)")
_MIN_DESCRIPTION_WORDS = 3


def _words_of(description: str) -> str:
    """A description some generators cut from the post's HTML source, not its text, without the tags it shows as
    text; one left with no line of words (a picture's tag, "...") describes nothing."""
    if "<" not in description or _SOURCE_TAG.search(description) is None:
        return description
    words = clean_text(_SOURCE_TAG.sub(" ", description))
    return words if len(re.findall(r"\w+", words)) >= _MIN_DESCRIPTION_WORDS else ""


# Class words of a writer's card, whose "intro" introduces the writer (their name over their job), not the text.
_WRITERS_CARD_WORDS = (*xpaths.BYLINE_CLASSES, "avatar")


def _in_writers_card(element) -> bool:
    """The element or its holder is classed as the writer's card ("avatar__intro", "authorDetails")."""
    return any(holder is not None and any(word.startswith(_WRITERS_CARD_WORDS)
                                          for word in class_words(holder.get("class") or ""))
               for holder in (element, element.getparent()))


def _site_furniture_texts(root) -> set[str]:
    return {fold_unspaced(text_of(part)) for box in root.iter("footer", "aside", "nav")
            for part in box.iter("p", "div", "span")}


_IMAGE_NAMES = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")


def find_image(meta: PageMetadata, base_url: str) -> str | None:
    """The page's picture, the first the metadata names. One naming the site's root is a theme's default for a post
    without a picture (the site's address in og:image), not a picture: the next is taken."""
    article = meta.article or {}
    named = [meta.first(name) for name in _IMAGE_NAMES] \
        + [text_value(article.get("image")), text_value(article.get("thumbnailUrl"))]
    urls = (absolute(raw, base_url) for raw in named if raw)
    return next((url for url in urls if url and not is_site_root(url)), None)


def find_canonical(root, meta: PageMetadata, base_url: str) -> str | None:
    """The page's rel=canonical, or its og:url when it has none or its canonical links disagree.

    A start page (the site's root, a language's) named by any other page is a template's constant, not that page's
    address: taken, it would archive every post of the site under the home page, one over the other."""
    declared = [absolute(link.get("href"), base_url) for link in root.iter("link")
                if link.get("href") is not None and "canonical" in _rel_names(link)]
    named = (sole_canonical([url for url in declared if url]), absolute(meta.first("og:url"), base_url))
    return next((url for url in named if url and (is_start_page(base_url) or not is_start_page(url))), None)


def find_alternates(root, base_url: str) -> dict[str, str]:
    alternates: dict[str, str] = {}
    for link in root.iter("link"):
        if link.get("hreflang") is None or link.get("href") is None or "alternate" not in _rel_names(link):
            continue
        language = link.get("hreflang", "").strip()
        url = absolute(link.get("href"), base_url)
        if language and url and language not in alternates:
            alternates[language] = url
    return alternates


def _rel_names(link) -> list[str]:
    """The words of a link's rel, split at the whitespace XPath's normalize-space() knows (not at no-break spaces)."""
    return (link.get("rel") or "").translate(_XPATH_SPACES).split(" ")


def find_html_lang(root) -> str | None:
    """The <html> element's lang (or xml:lang, whichever it states first)."""
    value = next((value for name, value in root.items() if name in _LANG_ATTRIBUTES), None) \
        if root.tag == "html" else None
    return clean_text(value) or None if value else None
