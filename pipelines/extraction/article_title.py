"""Find an article's title: the headline the page states (<title>, og:title, JSON-LD) less the site's name, weighed
against the headings the page shows."""
from __future__ import annotations

import re

from news_archive.archive.page_title import document_title

from . import xpaths
from .ancestry import in_navigation
from .comment_lines import heads_comments
from .dates import find_date
from .entity_name import article_entity_names
from .headline_trimmings import less_byline, less_date_badge, less_date_line
from .heading_reading import heading_text
from .lead_heading import (dated_heading, heading_showing, is_unrendered_markdown, lead_heading, links_here,
                           permalinked_above, permalinked_before, permalinked_headings, permalinked_titles)
from .links import clean_text
from .page_overlays import page_overlays
from .shown_titles import shown_alone_above, shown_as_headline, shown_form
from .site_titled import headline_beside_site_title
from .structured import PageMetadata, text_value
from .text import plain_letters, text_of
from .title_site_names import TITLE_SEPARATORS, without_prefix, without_site_name, without_suffix
from .trailing_headings import after_post_text
from .writers_case import in_writers_case

# An <h1> this long that starts a stated title is the headline the title decorates.
_MIN_HEADLINE_PREFIX = 12
# The brackets that set a series' or a format's name after a headline ("... [Series: Part 1]", "... (Video)").
_OPENING_BRACKETS = {"[": "]", "(": ")"}
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# A heading less than a third of every stated title's length, sharing none of its words, is a label, not the headline.
_SHORT_LABEL = 3
# A translated headline runs to a few words; of the untranslated title's words it shares, and the rest of the page
# shows, at most this share each.
_TRANSLATED_HEADLINE_WORDS = 3
_SHOWN_TITLE_SHARE = 1 / 3
# Elements whose text no reader sees.
_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
_ELLIPSIS_END = re.compile(r"\s*(?:[|\-–—:·•»/]\s*)?(?:…|\.\.\.)$")
_NON_WORD = re.compile(r"\W+")
_TRAILING_INVISIBLE = re.compile("\\s*[\u00ad\u200b\u200c\u200d\u2060\ufeff][\u00ad\u200b\u200c\u200d\u2060\ufeff\\s]*$")
# Inside <title>, whose content is text, not markup, markup a template prints there stays as those characters: the
# empty comment a server-rendered React page leaves between text pieces ("Release 9 published<!-- --> – Site"), and
# the inline tags of a headline written with emphasis that a template copies unstripped ("Work on <i>Name</i>").
# A tag stands only where its closing tag follows: a title naming one element ("Why <b> is bold") keeps it.
_EMPTY_COMMENT = re.compile(r"<!--\s*-->")
_INLINE_TAG_PAIR = re.compile(r"<(i|em|b|strong|u|s|small|sub|sup|code|mark|span|abbr)(\s[^<>]*)?>(.*?)</\1\s*>",
                              re.IGNORECASE | re.DOTALL)


def find_title(root, meta: PageMetadata, site_names: set[str], home_names: set[str] = frozenset(),
               url: str = "") -> str:
    """The headline without the site name that <title> and og:title often append.

    An <h1> naming the site in a link home (`home_names`, see metadata.home_headings) is never the headline, however
    well it matches a piece of <title>: themes print the site's name as the header's <h1> on every page. A page
    without another <h1> has its headline in the heading that opens its main text (see lead_heading.py)."""
    title = _find_title(root, meta, site_names, home_names, url)
    # A theme sets the post's day as a badge inside the headline's element: the headline is the rest.
    title = next((less for less in map(less_date_badge, root.iter("h1")) if title == less[1]), ("", title))[0] \
        or title
    # A theme sets the writer's byline, or the post's labelled date line ("posted on 3/9/2019"), inside the headline's
    # element, after it: the headline is the rest.
    for less_after in (less_byline, less_date_line):
        title = next((less for less in map(less_after, root.iter("h1")) if title == less[1]), ("", title))[0] or title
    # A zero-width space a writer's editor left after the last word shows nothing, and is no part of the headline.
    # (Within and before the words, the marks are the title's as its page states it: a soft hyphen breaking a long
    # word at the writer's place.)
    return _TRAILING_INVISIBLE.sub("", title) or title


def without_markup_as_text(title: str) -> str:
    """A <title>'s text less the markup a template left in it as characters: a server-rendered React page's empty
    comments, and inline tag pairs around a piece of the headline (the piece stays)."""
    title = _EMPTY_COMMENT.sub("", title)
    while (less := _INLINE_TAG_PAIR.sub(r"\3", title)) != title:  # nested pairs, <b><i>x</i></b>
        title = less
    return title


def _find_title(root, meta: PageMetadata, site_names: set[str], home_names: set[str], url: str) -> str:
    article = meta.article or {}
    html_title = clean_text(without_markup_as_text(document_title(root)))
    stated = [clean_text(v) for v in (meta.first("og:title", "twitter:title"), text_value(article.get("headline")),
                                      html_title) if v]
    h1_elements = list(root.iter("h1"))
    # A popup's <h1> (the site's name atop an about-box a masthead's link opens) heads that box alone.
    if h1_elements and (popups := page_overlays(root)):
        h1_elements = [h for h in h1_elements if not any(box in popups for box in h.iterancestors())]
    # A page stating no title at all (an untitled post) has none in its <nav>s either: an <h1> there labels the menu
    # or the pager for screen readers ("Menu", "Post navigation"). (Where a title is stated, a breadcrumb trail may
    # show it as its last crumb's <h1>.)
    if not any(stated):
        h1_elements = [h for h in h1_elements if not in_navigation(h)]
    # A box's name after the post's text (a template heading each box of its side column with an <h1>) is no
    # headline, however it shares a word with the title; an <h1> that a stated title opens with is, wherever it
    # stands (a portal sets its teasers' summaries above the story).
    trailing = after_post_text(root, h1_elements)
    h1s = [heading_text(h) for h in h1_elements if h not in trailing or _opens_a_stated_title(heading_text(h), stated)]
    # An <h1> heading the comments ("Comments", "Leave a Reply") is the comment section's, never the headline.
    h1s = [h for h in h1s if 3 <= len(h) <= 300 and h.lower() not in home_names and not is_unrendered_markdown(h)
           and not heads_comments(h)]
    # " | Site" states no headline, only the site's name: an <h1> showing that name is the banner.
    site_only = {fold_unspaced(part) for s in stated if _headline_part_empty(s) for part in TITLE_SEPARATORS.split(s)}
    stated = [s for s in stated if not _headline_part_empty(s)]
    h1s = [h for h in h1s if fold_unspaced(h) not in site_only]
    # With no <h1>, the headline a theme's post-title widget links to the post's permalink stands for it where the
    # page is a translation (_headline_of_translation); a heading opening text further down is no such headline.
    translation_headlines = h1s or permalinked_headings(root, url)
    shows_h1 = bool(h1s)
    opening = "" if h1s else lead_heading(root, url, home_names | site_names)
    if opening:
        h1s = [opening]
    # A stated title that another shows whole before or after a known site name is the headline as it stands, though
    # it holds a separator itself ("Save the date: X - Y" beside "Save the date: X - Y - Site").
    # So is one the page's own headline shows whole, linked to the page itself: the piece after its last separator is
    # the headline's ("Course - 2026"), not a site's name, though no name known says so.
    confirmed = _confirmed_whole(stated, site_names) | _shown_whole_linked_here(root, url, stated, site_names)
    clean = [s if s in confirmed else without_site_name(_ELLIPSIS_END.sub("", s), site_names) for s in stated]
    if opening:  # no <h1>: the heading opening the text stands in for one
        clean = [_piece_shown_above(root, url, s, opening, site_names | home_names) or c for s, c in zip(stated, clean)]
    # An <h1> that is a whole stated title beats one that is only what is left of a title less a guessed site name
    # (the longer piece of "Recap | Weekly Notes Blog" is the blog's name, printed as an <h1> in the header).
    # An <h1> a theme typed in another case (capitals, every word's initial capitalised) shows a stated title of the
    # same words in the writer's own case, which stands.
    for h1 in h1s:
        same = [s for s in stated if _same(h1, s)]
        if same:
            return _title_bar_form(root, url, h1_elements, h1, in_writers_case(h1, same))
    for h1 in h1s:
        same = [less for less in (without_site_name(s, site_names) for s in stated) if _same(h1, less)]
        if same:  # in another case too, the heading shows the title the writer stated beside the site's name
            return _title_bar_form(root, url, h1_elements, h1, in_writers_case(h1, same))
    for h1 in h1s:
        if any(_typed_plainer(h1, title) for title in clean):
            return h1
    site_folds = {fold_unspaced(name) for name in site_names | home_names}
    # A theme printing the headline's slot empty ("<h1></h1>", no word, no picture) under a <title> of one piece, no
    # headline beside a site's name: an untitled post, which the CMS titles with the site's name alone (a heading
    # showing that name is the author box's or the banner's).
    if not h1s and html_title and any(_empty_element(h) for h in h1_elements) \
            and len(TITLE_SEPARATORS.split(html_title)) == 1 and all(_same(s, html_title) for s in stated):
        return ""
    # The <h1>s name the site or the posts a sidebar lists; the headline is a lower heading showing a stated title.
    shown = heading_showing(root, url, {fold_unspaced(s) for s in stated + clean} - site_folds - {""},
                            home_names | site_names, fold_unspaced)
    # An editor's search-engine title may be a subheading of the text: the headline is the one heading above it
    # linking to the page itself (a theme's post-title widget), where the page has no <h1>.
    linked_above = permalinked_above(root, url, shown) if shown else ""
    if linked_above:
        return linked_above
    if shown:
        # The two read alike but for punctuation: the longer keeps the kicker's colon that the heading's markup
        # sets as a box of its own, or the hyphen a stated title drops. A heading typed in capitals (a banner's
        # slide, "LIVE !") shows the title the writer stated in their own case, though it adds a mark.
        return max([shown] + [s for s in stated + clean if _same(s, shown)], key=lambda s: (not s.isupper(), len(s)))
    # A theme prints a comment count or the post's date inside the headline's element: the stated title is the
    # headline, and the heading only adds a number.
    for h1 in h1s:
        decorated = next((title for title in clean if _adds_a_number(h1, title)), "")
        if decorated:
            return decorated
    # A short headline ("Feverish", "Clock change", a date) is shorter than the site name it is printed with:
    # an <h1> that is one whole piece of the stated title is the headline, whatever its length.
    names = {fold_unspaced(name) for name in site_names}
    # A heading opening a page without an <h1> that is only the stated title's last piece, where titles name the site
    # (the blog owner's name printed over the text), is not, unless it links to the page itself ("Site · Welcome!"
    # over a post whose <h2> links to its permalink).
    permalinked = bool(opening) and links_here(root, opening, url)
    for h1 in h1s:
        if fold_unspaced(h1) not in names and any(_same(h1, part) for s in stated for part in TITLE_SEPARATORS.split(s)
                                          if h1 != opening or permalinked or not _is_site_piece(h1, s, site_names)):
            return _stated_longer_heading(h1, h1s, stated) or h1
    for h1 in h1s:
        folded = fold_unspaced(h1)
        if len(folded) >= _MIN_HEADLINE_PREFIX and any(fold_unspaced(s).startswith(folded) for s in stated):
            return h1
    # Titles cut short ("Site - A long headline - and …") hold a run of the <h1>'s pieces.
    for h1 in h1s:
        folded = fold_unspaced(h1)
        for s in stated:
            if h1 == opening and _is_site_piece(h1, s, site_names):
                continue
            whole = _ELLIPSIS_END.sub("", s)
            parts = TITLE_SEPARATORS.split(whole)
            # A heading standing in for a missing <h1> is not confirmed by a whole title's last piece alone: titles
            # name the site there ("Release 5 out – Cloud Project" over the section "Cloud Project publishes ...").
            site_slot = len(parts) - 1 if h1 == opening and whole == s and len(parts) > 1 else None
            runs = {fold_unspaced("".join(parts[i:j])) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
                    if (i, j) != (site_slot, len(parts))}
            if any(len(run) >= _MIN_HEADLINE_PREFIX and run not in names and run in folded for run in runs):
                return _title_bar(root, url, h1_elements, h1) or h1
    # A translated page's headline, though the post's entity markup states the title untranslated too.
    translated = _headline_of_translation(root, translation_headlines, clean)
    if translated:
        return translated
    # A stated title that the post's own entity markup declares its name is the headline, though no heading shows it
    # (a theme printing none): the heading opening the text is one of its sections. On a page showing no <h1>, JSON-LD's
    # entity declares it too where the page's social title states the same words (an <h1> beside them shows the
    # headline, and the two state an editor's search-engine title).
    entity_names = (article_entity_names(root) + ([] if shows_h1 else _agreed_jsonld_headline(meta, html_title))) \
        if clean else []
    declared = next((title for title in clean if any(_same(title, name) for name in entity_names)), "")
    if declared:
        return shown_form(root, declared) or declared
    # A stated title no heading shows (the site's or the section's name, the same on every page; an editor's
    # search-engine title) loses to the heading that opens the text.
    # An <h2> right above the post's date line is its headline, though an <h1> opens the text below it.
    opening = opening or lead_heading(root, url, home_names | site_names, ("h1",), stated) \
        or dated_heading(root, url, home_names | site_names)
    shown_above = next((title for title in clean if shown_alone_above(root, title, opening, fold_unspaced)), "") \
        if opening else ""
    # A stated title that is the site's name alone states no headline, though the banner shows it.
    if opening and not _is_label(opening, stated, clean, site_names, root) and not shown_above \
            and not any(shown_as_headline(root, title, fold_unspaced, opening) for title in clean
                        if fold_unspaced(title) not in site_folds):
        return _title_bar(root, url, h1_elements, opening) or opening
    if shown_above:  # the stated title the page shows, not another stated form of it (og:title's "-Section|Site")
        return shown_above
    permalinked = _permalinked_piece(root, url, stated, home_names | site_names)
    if permalinked:
        return permalinked
    # A stated title of the site's words alone ("Site", "Site - News") is no headline, however short the <h1>.
    beside = headline_beside_site_title(root, h1s, clean, url)
    if beside:
        return beside
    for stripped in clean:
        if stripped:
            return shown_form(root, stripped) or stripped
    return h1s[0] if h1s else ""


def _stated_longer_heading(h1: str, h1s: list[str], stated: list[str]) -> str:
    """The <h1> that a stated title opens with whole over pieces of its own ("Charts - Plotting Variance" in "Charts -
    Plotting Variance - Site"), where `h1` is only its first piece: the title block states the headline, and the
    shorter heading that opens the text is a section named by the headline's first words. "" when there is none."""
    folded = fold_unspaced(h1)
    for longer in h1s:
        whole = fold_unspaced(longer)
        if len(whole) <= len(folded) or not whole.startswith(folded):
            continue
        for s in stated:
            parts = TITLE_SEPARATORS.split(_ELLIPSIS_END.sub("", s))
            if any(fold_unspaced("".join(parts[:k])) == whole for k in range(2, len(parts) + 1)):
                return longer
    return ""


def _agreed_jsonld_headline(meta: PageMetadata, html_title: str) -> list[str]:
    """The headline the post's JSON-LD entity declares, where the page's social or bar title states the same words:
    the template rendered both from the post's title field, as RDFa's or microdata's name (an editor's search-engine
    title differs from it, and the two disagree)."""
    headline = clean_text(text_value((meta.article or {}).get("headline")) or "")
    others = [clean_text(v) for v in (meta.first("og:title", "twitter:title"), html_title) if v]
    return [headline] if headline and any(_same(headline, other) for other in others) else []


def _title_bar_form(root, url: str, h1_elements: list, h1: str, headline: str) -> str:
    """The headline in the form the title bar above the <h1> shows it, where the bar's heading links to the page itself
    and reads as the headline: a page builder's big heading in the text restates the post's title its own way ("Jigs
    and Fixtures: ..." or another case under "... – Jigs and Fixtures"), the bar shows the title as the writer set it."""
    bar = _title_bar(root, url, h1_elements, h1)
    return bar if bar and _same(bar, headline) else headline


def _title_bar(root, url: str, h1_elements: list, h1: str) -> str:
    """The heading of the title bar above the <h1> showing `h1`, linking to the page itself (permalinked_before): the
    post's title as its CMS sets it. Over an <h1> that no stated title shows whole (one only partly, or an editor's
    search-engine title none), it is the headline: the <h1> is a page builder's big heading in the text, restating the
    post in words of its own. "" when there is none."""
    element = next((h for h in h1_elements if heading_text(h) == h1), None)
    return permalinked_before(root, url, element) if element is not None else ""


def _typed_plainer(heading: str, title: str) -> bool:
    """A stated title (less the site's name) is the heading typed plainer: without its accents ("rios" under "ríos"),
    or without the bracketed tail that names its series ("... [Series: Part 1]"), which an editor's search-engine
    title leaves out. The heading shows the headline as the writer set it, though a section of the text under it
    repeats the shorter form."""
    if not title or len(fold_unspaced(title)) < _MIN_HEADLINE_PREFIX:
        return False
    tail = heading[len(title):].strip() if heading.startswith(title) else ""
    return fold_unspaced(plain_letters(heading)) == fold_unspaced(plain_letters(title)) \
        or (tail[:1] in _OPENING_BRACKETS and tail[-1:] == _OPENING_BRACKETS.get(tail[:1]))


def _empty_element(element) -> bool:
    """The element holds nothing: no text, no child (a logo's picture or link makes a banner's <h1>)."""
    return len(element) == 0 and not (element.text or "").strip()


def _opens_a_stated_title(heading: str, stated: list[str]) -> bool:
    """The heading is a whole stated title, or long enough a start of one ("Headline | Site")."""
    folded = fold_unspaced(heading)
    return bool(folded) and any(fold_unspaced(s) == folded or (
        len(folded) >= _MIN_HEADLINE_PREFIX and fold_unspaced(s).startswith(folded)) for s in stated)


def _permalinked_piece(root, url: str, stated: list[str], excluded: set[str]) -> str:
    """The piece of a stated title ("Headline | Site") that a heading linking to the page itself shows: the headline,
    where the site's name is stated nowhere else and is the longer piece, which a guess takes for the headline."""
    for title in stated:
        for piece in TITLE_SEPARATORS.split(title):
            shown = heading_showing(root, url, {fold_unspaced(piece)} - {""}, excluded, fold_unspaced)
            if shown and links_here(root, shown, url):
                return shown
    return ""


def _headline_of_translation(root, h1s: list[str], clean: list[str]) -> str:
    """The page's one <h1> where every stated title is in words the page does not show: a translation plugin
    translates the page and leaves <title> in the original language ("Nyheter från ..." over "News from
    ..."). Few of those titles' words are the heading's (names and loanwords the two languages write alike), and
    few others are found in the page's text."""
    if len(h1s) != 1 or not clean or len(_LETTERS.findall(h1s[0])) < _TRANSLATED_HEADLINE_WORDS:
        return ""
    words = set(_LETTERS.findall(h1s[0].casefold()))
    titles_words = [set(_LETTERS.findall(title.casefold())) for title in clean]
    if any(len(title_words & words) > _SHOWN_TITLE_SHARE * len(title_words) for title_words in titles_words):
        return ""
    body = root.find("body")
    page_words = set(_LETTERS.findall(_shown_text(body if body is not None else root).casefold()))
    unshown = all(title_words and len((title_words - words) & page_words) <= _SHOWN_TITLE_SHARE * len(title_words)
                  for title_words in titles_words)
    return h1s[0] if unshown else ""


def _shown_text(element) -> str:
    """The element's text less its scripts' and styles': a schema plugin's JSON-LD in the <body> states the title in
    the language <title> is in, which no reader sees."""
    return " ".join(piece for node in element.iter() for piece in (
        node.text if isinstance(node.tag, str) and node.tag not in _UNSHOWN else "", node.tail if node is not element
        else "") if piece)


def _confirmed_whole(stated: list[str], site_names: set[str]) -> set[str]:
    """The stated titles that another stated title holds whole, less a known site name it opens or ends with after a
    separator."""
    confirmed = set()
    for i, title in enumerate(stated):
        for other in stated[:i] + stated[i + 1:]:
            if any(_same(title, less) for name in site_names
                   for less in (without_suffix(other, name), without_prefix(other, name))):
                confirmed.add(title)
    return confirmed


def _shown_whole_linked_here(root, url: str, stated: list[str], site_names: set[str]) -> set[str]:
    """The stated titles of more than one piece, none of them a known site name at an end, that an element of the page
    showing its headline (permalinked_titles) shows whole. (Where a known name ends a title, no end piece is guessed
    the site's: the page is not walked.)"""
    pieced = [title for title in stated if len(TITLE_SEPARATORS.split(title)) > 1
              and not any(without_suffix(title, name) or without_prefix(title, name) for name in site_names)]
    if not pieced:
        return set()
    shown = {fold_unspaced(text) for text in permalinked_titles(root, url)}
    return {title for title in pieced if fold_unspaced(title) in shown}


def _adds_a_number(heading: str, title: str) -> bool:
    """The heading is the title and a count or a date besides."""
    start = heading.casefold().find(title.casefold())
    if len(fold_unspaced(title)) < _MIN_HEADLINE_PREFIX or start < 0 or len(title) == len(heading):
        return False
    # A day the writer typed as the headline's kicker, a colon after it ("20th March 2019: Starting a forum"), is the
    # headline's own words: a theme's date or count stands beside the title with no such colon.
    if heading[:start].rstrip().endswith(":"):
        return False
    rest = heading[:start] + " " + heading[start + len(title):]
    if not any(c.isdigit() for c in rest):
        return False
    found = find_date(rest)
    if found:
        rest = rest[:found[1]] + " " + rest[found[2]:]
    return not _LETTERS.search(rest)


def _is_site_piece(heading: str, title: str, site_names: set[str]) -> bool:
    """The heading is the title's last piece, no longer than its first, which is no known site name: the place and
    length of a site's (or its owner's) name the title appends."""
    parts = TITLE_SEPARATORS.split(_ELLIPSIS_END.sub("", title))
    return len(parts) > 1 and _same(heading, parts[-1]) and len(parts[-1]) <= len(parts[0]) \
        and parts[0].strip().lower() not in site_names


def _is_label(heading: str, stated: list[str], clean: list[str], site_names: set[str], root) -> bool:
    """The heading labels a box ("Share this:"), is a stated title's piece naming the site or its owner, or is a word or two apart from every stated title ("Contents") while the page shows those titles'
    words: it is not the post's headline, however first it comes."""
    if not clean or heading.rstrip().endswith(":"):
        return bool(clean)
    if any(_is_site_piece(heading, s, site_names) for s in stated):
        return True
    # A stated title that is the site's name alone (a theme printing only that in <title>) is no title a short
    # heading could be a label beside: a one-word headline ("Feverish") opens such a page.
    clean = [title for title in clean if title.strip().lower() not in site_names]
    if not clean:
        return False
    words = set(_LETTERS.findall(heading.casefold()))
    titles_words = [set(_LETTERS.findall(title.casefold())) for title in clean]
    if not all(len(heading) * _SHORT_LABEL < len(title) and not words & title_words
               for title, title_words in zip(clean, titles_words)):
        return False
    page_words = set(_LETTERS.findall(text_of(root).casefold()))
    return all(title_words <= page_words for title_words in titles_words)


def _headline_part_empty(title: str) -> bool:
    """" | Site": a template filled its headline slot with nothing; what is left names only the site, and folded
    without its separator it would pass for a whole title equal to a banner <h1> naming the site. (A separator
    closing a title, "Spring // News //", is decoration.)"""
    parts = TITLE_SEPARATORS.split(f" {title}")
    return len(parts) > 1 and not parts[0].strip() and not _opens_on_quotation(title)


def _opens_on_quotation(title: str) -> bool:
    """"« Nous ferons mieux, promet la directrice – Site": a leading "«" that no "»" closes, with a headline and a
    site name still separated after it, opens the headline's quotation (the title cut short, or a quote running on)
    rather than closing an empty headline slot ("« Site"; "« Section « Site" in a theme naming pages so)."""
    rest = title.lstrip()
    if not rest.startswith("«") or "«" in rest[1:]:
        return False
    return len(TITLE_SEPARATORS.split(rest[1:].lstrip())) > 1


def _same(a: str, b: str) -> bool:
    return fold_unspaced(a) == fold_unspaced(b)


def fold_unspaced(text: str) -> str:
    """Text compared for sameness as a title is: case, punctuation and spacing ignored (text.fold keeps the spaces
    between words)."""
    return _NON_WORD.sub("", text.lower())


def _piece_shown_above(root, url: str, title: str, opening: str, site_names: set[str]) -> str:
    """Of a stated title of two pieces naming no known site ("¡CicloFest! | Andes Chile ONG"), the one piece a heading
    shows above the heading opening the text (`opening`), where no heading shows the other: the headline a theme sets
    as a lower heading over the text, however short beside the organisation's name the guess by length would keep."""
    parts = [part.strip() for part in TITLE_SEPARATORS.split(title)]
    if len(parts) != 2 or any(part.lower() in site_names for part in parts):
        return ""
    shown = [heading_showing(root, url, {fold_unspaced(part)} - {""}, site_names, fold_unspaced) for part in parts]
    found = [text for text in shown if text]
    if len(found) != 1:
        return ""
    order = [heading_text(heading) for heading in root.iter(xpaths.HEADING_TAGS)]
    return found[0] if order.index(found[0]) < order.index(opening) else ""


