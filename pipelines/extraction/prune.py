"""Remove the parts of a page that never hold article text: scripts, navigation, forms, furniture."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import xpaths
from .builder_documents import other_documents
from .ancestry import has_descendant, within, within_any
from .blocks import heading_reads_as_prose, reads_as_prose, text_length
from .byline_box_leads import lift_leads_out_of_byline_boxes
from .date_lines import dateline_place
from .densest_text import (copy_of_shown_text, densest_text_parent, drop_cut_off_copy, hidden_dialog,
                           listed_post_text, notice_footer, post_metadata, wraps_post)
from .embedded_posts import lone_embedded_post, roundup_posts
from .footnotes import cited_notes
from .forms import form_box, form_overlays, outside_fill_in_form, sign_up_boxes
from .furniture_texts import furniture_texts_of, page_anchors
from .hints import ClassIndex
from .listing_controls import listing_controls
from .media_in_text import drop_all_but_captions, gallery_of_kept, holds_media_line, mark_media_lines, pictures_in_text
from .own_sentence import says_a_sentence
from .page_overlays import page_overlays
from .player_fallback import lift_descriptions_out_of_players
from .player_consent import consent_notices_over_players
from .side_column import shows_headline, text_beside_aside, text_beside_side_column
from .top_controls import top_controls
from .subheadings_amid_text import subheading_amid_text
from .unfinished_lines import mark_unfinished_lines
from .text import FOLDED_WORD, fold, spaced_text, text_of

_CODE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
# Schema.org properties of a post's metadata (its reading time, section, tags, dates, writer), which a theme states in a
# <meta> set inside the element showing the value ("<span>About 2 min<meta property='timeRequired' content='PT2M'>").
_METADATA_PROPERTIES = frozenset({"timerequired", "articlesection", "keywords", "datepublished", "datemodified",
                                  "datecreated", "author", "wordcount", "inlanguage"})
# An element showing one field runs to a line at most; one holding more is a wrapper the <meta> merely sits in.
_METADATA_FIELD_CHARS = 80
# The nearest of these around a <noscript> says whether it sits in a paragraph's line.
_BLOCK_TAGS = ("p", "div", "section", "article", "li", "td", "blockquote", "body", "header", "footer")
_WORD = re.compile(r"[^\W\d_]")
# The sentence a link opens runs on after it: a possessive, a comma, or a word in lower case.
_SENTENCE_GOES_ON = re.compile(r"(?:['’]s\b|,\s|\s+[^\W\d_A-ZÀ-ÖØ-Þ])")
# The dash a dateline's place closes on ("CAIRO —", "NEW YORK (AP) -").
_DASHES = ("—", "–", "-")
_NUMBERED = re.compile(r"\d")
# A container holding this share of the page's paragraph text is the article, whatever its class says.
_PROTECTED_SHARE = 0.5
# Paragraphs of prose a furniture box must hold directly to be the article's text run into a box left open.
_RUN_INTO_PARAGRAPHS = 3
_PROSE_PARAGRAPH_CHARS = 80
# Text of a post's own, outside its readers' comments, that makes a line of it.
_OWN_LINE_CHARS = 100
# Elements whose tag says what furniture they are, whatever their classes share with the article.
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "menu", "dialog", "form"})
# A label of a few words the writer set before a link completing the line ("Published by <a>...</a>").
_CREDIT_LABEL_WORDS = 4


def prune_tree(root, classes: ClassIndex, comments=(), title: str | None = None, url: str = "") -> set[str]:
    """Drop non-content elements in place, keeping tails; return the folded texts of the furniture dropped (read
    them with `in_furniture`: a text the furniture shows only as a link is marked so).

    A text the page also shows inside furniture (a second sign-up box, a repeated contact line) is
    furniture wherever it appears; not one of a box showing the post itself again under its headline (`title`, the
    page's): a CMS's side block featuring the page's own node. `comments` are the elements holding readers' comments
    (read already): they go whole. `url` (the page's) tells links to other sites.
    """
    for element in list(root.iter(*_CODE_TAGS)):
        if element.getparent() is None:
            continue
        if _fallback_line(element):
            element.drop_tag()
        else:
            element.drop_tree()
    # A listing's sort and page-size menus set in the page (a shop's product grid inside a post) hold no word of any
    # text: they go before anything weighs them, and what they say ("Price", "Date") marks no line of the text as
    # furniture.
    for menu in listing_controls(root, url):
        menu.drop_tree()
    # A back-to-top control set after the post (inside <main>) says no word of it, in whatever language.
    for control in top_controls(root):
        control.drop_tree()
    # Readers' comments can outweigh a short post many times: the share of the page's text that marks the article,
    # and its densest paragraphs, are the page's without them; unless the post has not a line of text of its own
    # (a video, a question put to readers), when the discussion is what the page is read for.
    page = root.find("body")
    page = page if page is not None else root
    # A post's metadata line ("Posted in ... You can follow responses to this entry ...") outweighs a post of one
    # linked line: it is never the text, whatever its weight.
    never_text = {el for box in post_metadata(classes) for el in box.iter()}
    # Nor is a short hidden box (a cookie consent or sign-up dialog a script opens), though it outweighs a post
    # written as a list of short lines.
    never_text |= {el for box in classes.hidden if hidden_dialog(box) for el in box.iter()}
    # Nor is a modal or closed dialog however long (a consent's settings with their tables of cookies), which outweighs
    # a post of short lines, captions and pictures: the article is the text outside it.
    dialogs = xpaths.DIALOGS(root)
    never_text |= {el for box in dialogs for el in box.iter()}
    # Nor is a form in a box a script opens over the page (a contact form's popup), whose labels, consent lines and
    # lists of options outweigh a post of a few lines.
    overlays = form_overlays(root)
    never_text |= {el for box in overlays for el in box.iter()}
    # Nor is a popup a page builder sets under <body> beside the page (a terms-of-use notice), however its paragraphs
    # outweigh a post of a few bullet lines and quotes.
    popups = page_overlays(root)
    never_text |= {el for box in popups for el in box.iter()}
    # Nor is a sign-up box beside the post (a newsletter's heading and pitch over its address field), whose pitch
    # outweighs a post of one line and a video.
    never_text |= {el for box in sign_up_boxes(root) for el in box.iter()}
    # Nor is a cookie consent's short notice shown at the page's foot until the reader agrees, which outweighs a post
    # of one short line.
    never_text |= {el for box in classes.naming_consent() if hidden_dialog(box) for el in box.iter()}
    # Nor is a page builder's header or footer document beside the post's own (builder_documents.py), whose address
    # and phone lines outweigh a post of a line or two.
    never_text |= {el for box in other_documents(root) for el in box.iter()}
    # Nor is a post embedded alone from a social network, which illustrates the writer's text however long it is.
    never_text |= {el for post in lone_embedded_post(page) for el in post.iter()}
    left_out = never_text | {el for comment in comments for el in comment.iter()}
    densest, densest_chars = densest_text_parent(page, left_out)
    if len(left_out) > len(never_text) and densest_chars < _OWN_LINE_CHARS \
            and not says_a_sentence(page, left_out):
        left_out = never_text
        densest, densest_chars = densest_text_parent(page, left_out)
    # A short page's densest text may be its footer's legal notice or about-box: the article is the text outside
    # the footer, and so is the share of the page's text that marks it.
    footer = notice_footer(densest, densest_chars)
    if footer is not None:
        outside, outside_chars = densest_text_parent(page, left_out | set(footer.iter()))
        if outside is not None:
            densest, densest_chars, left_out = outside, outside_chars, left_out | set(footer.iter())
    # A post written as lists says more in its points than a line the site sets outside it (an archive's banner).
    # So does a post of a list and short lines beside the site's call-to-action box in its wrapper, whose pitch is
    # the densest paragraph: the box's class names it furniture.
    furniture = classes.furniture()
    densest, densest_chars = listed_post_text(page, densest, densest_chars, left_out, furniture)
    # A side column's block may hold another page's whole text, more than the post's, and a widget's <aside> beside a
    # short post more than its few lines: the post is the text standing with the page's own headline in the column
    # (or its own wrapper) beside it, and the side columns hold none of it.
    beside = (text_beside_side_column(page, densest, left_out, title)
              or text_beside_aside(page, densest, left_out, title)) if densest is not None else None
    apart: list = []  # the side columns standing apart from the headline's column, not around it
    if beside is not None:
        densest, densest_chars, sides = beside
        left_out = left_out | {el for side in sides for el in side.iter()}
        apart = [side for side in sides if (densest is None or not within(densest, side))
                 and not shows_headline(side, title)]
    densest = outside_fill_in_form(densest, root)
    densest = drop_cut_off_copy(densest, page, left_out, classes.hidden)
    paragraph_chars = {p: len(text_of(p)) for p in root.iter("p") if p not in left_out}
    total = sum(paragraph_chars.values()) or 1
    article_path = {densest, *densest.iterancestors()} if densest is not None else set()
    # An article split by an ad repeats its container's class: those twins are article too.
    article_classes = {el.get("class") for el in article_path} - {None, ""}
    # A page builder sets a post as a column of widgets, each repeating the classes of the one holding the most text
    # but for its own numbered name ("elementor-element-2e0fb51"), classes that read as a sidebar's ("widget"): in the
    # post's own <article>, or the <div> a theme builder's single-post template wraps the post in with WordPress' post
    # classes ("post type-post hentry"), those are its twins too.
    own_entry = next((el for el in article_path if wraps_post(el)), None)
    # A page builder closes the post's numbered wrapper at the end of each full-width section and opens it again in the
    # next, inside boxes whose layout classes may read as furniture ("container_wrap sidebar_right"): those hold the
    # text's later parts.
    entry_again = [el for names in article_classes if xpaths.ENTRY_ID_CLASS.search(names)
                   for el in root.xpath("//*[@class=$names]", names=names) if el not in article_path]
    article_shapes = {_class_shape(el.get("class")) for el in article_path if _one_element_names(el.get("class"))}
    pictures = pictures_in_text(classes, root)
    notes = cited_notes(root)
    # A roundup of posts embedded from a social network is read for them, whatever their classes say.
    posts = roundup_posts(densest)

    def paragraph_share(element) -> float:
        """The share of the page's paragraph text the element holds. In the post's own card, beside the element
        holding the text, the text weighs too: where it is written without <p> (an archive's raw post text, lines
        and <div>s), the card's one <p>, its meta line ("Published: ... | Categories: ..."), holds most of the
        page's <p> text and none of the post's."""
        held = sum(paragraph_chars.get(p, 0) for p in element.iter("p"))
        parent = element.getparent()
        in_card = parent in article_path and parent.tag not in ("html", "body")
        return held / (max(total, densest_chars) if in_card else total)

    def protected(element, *, any_h1_headline: bool = True) -> bool:
        if element.tag in ("html", "body", "main", "article") or element in article_path:
            return True
        # Block editors set an article's tables in <figure> (WordPress "wp-block-table").
        if element.tag == "figure" and has_descendant(element, "table"):
            return True
        if element in pictures or within_any(element, pictures.values()) or element in notes \
                or gallery_of_kept(element, pictures) or within_any(element, posts):
            return True
        # A sidebar, menu or footer (by its tag) sharing a layout class with the article's wrapper ("mod") is no twin
        # of it, and one holding most of the page's paragraphs is a feed of short news beside a short article.
        if element.tag not in _FURNITURE_TAGS and (
                element.get("class") in article_classes
                or paragraph_share(element) >= _PROTECTED_SHARE
                or _built_twin(element, own_entry, article_shapes)
                or (own_entry is not None and own_entry in element.iterancestors() and holds_media_line(element))
                or any(within(again, element) for again in entry_again)
                or _prose_in_heading_type(element)):
            return True
        # A side column apart from the headline's column holds no headline of the post, whatever <h1> it shows (an old
        # blog template sets the blog's name as <h1> atop its side column); nor does a popup a link opens (the site's
        # name as <h1> atop its about-box in each language).
        return has_descendant(element, "h1") and element not in apart and element not in popups \
            and (any_h1_headline or not title or shows_headline(element, title))

    def protected_from_form_box(element) -> bool:
        # A sign-up box's own <h1> over its pitch ("Free book: ..." over "Grab a copy!" and an address field) is its
        # heading; only the page's headline there would make it the post's.
        return protected(element, any_h1_headline=False)

    box_of_form = {form: form_box(form, protected_from_form_box) for form in root.iter("form")}
    form_boxes = set(box_of_form.values())
    doomed = [box_of_form[el] if el.tag == "form" else el for el in root.iter(*xpaths.NON_CONTENT_TAGS)]
    mark_media_lines(root, doomed)
    mark_unfinished_lines(root)
    hidden = set(classes.hidden)
    doomed += classes.hidden
    doomed += dialogs  # as <dialog> is: whatever its classes say
    # So is a box a script opens over the page to hold a form (a report-abuse or contact form's flyout): its heading,
    # pitch and error lines stand after the post in the markup, only the stylesheet hides them.
    doomed += overlays
    doomed += consent_notices_over_players(root, never_text | hidden | set(classes.naming_consent()))
    # A link set inside a sentence is a word of it whatever its class says ("keywords", "meta-loc" on a linked
    # place name): dropping it would cut the sentence.
    # So is a link completing the writer's credit line to another site, pasted with that site's classes.
    host = _host(url)
    # A heading standing between the text's paragraphs is its subheading, whatever its class says ("widget-title").
    doomed += [el for el in furniture if not _inside_sentence(el) and not _completes_credit_line(el, host)
               and not subheading_amid_text(el)]
    doomed += _metadata_fields(root)
    lift_leads_out_of_byline_boxes(doomed)
    lift_descriptions_out_of_players(doomed)
    furniture_texts: set[str] = set()
    own_headline = fold(title or "")
    # Read before any furniture goes, as the contents' links lead to ids that may stand in it; no furniture, no walk.
    anchors = page_anchors(root) if doomed else frozenset()
    for element in doomed:
        if element.getparent() is None or _detached(element):
            continue
        guarded = protected_from_form_box if element in form_boxes else protected
        if guarded(element) and not (element in hidden and copy_of_shown_text(element, page)):
            continue
        opened = _text_run_into(element)
        for part in (list(element)[:opened] if opened else [element]):
            furniture_texts |= furniture_texts_of(part, anchors, own_headline)
            part.drop_tree()
    # Readers' comments go whole whatever their classes say (older blog engines set them as loose blocks under a
    # heading), and whatever text they hold; unless the post has none of its own and they are what the page is for.
    for element in comments:
        if element in left_out and element.getparent() is not None and not _detached(element):
            element.drop_tree()
    drop_all_but_captions(pictures)
    return furniture_texts


def _one_element_names(attribute: str | None) -> set[str]:
    """The class names made for one element: another of its names with a numbered suffix, as a page builder names
    each element ("elementor-element elementor-element-2e0fb51"). A hashed class of its own ("css-1q2w3e") is none."""
    names = (attribute or "").split()
    return {name for name in names if _NUMBERED.search(name)
            and any(name.startswith(f"{other}-") for other in names if other != name)}


def _class_shape(attribute: str | None) -> frozenset[str]:
    """The class names an element shares with the others built like it: all but those made for it alone."""
    return frozenset(set((attribute or "").split()) - _one_element_names(attribute))


def _prose_in_heading_type(element) -> bool:
    """A page builder's box (it, a widget in it or one around it named with a number, "elementor-element-6fb7a7a") in
    the post's own wrapper whose whole text is set in heading type, most of it sentences (a "heading widget" holding the
    writer's paragraph or a quote, under a line of their own): the text, whatever its classes say of the builder's
    widgets. A sidebar's headings over their links, a box's label, run shorter than a sentence; a heading a theme
    names as furniture itself ("A version of this article appeared in print ..." in a footnote <h6>) is no box."""
    if element.tag in xpaths.HEADING_TAGS:
        return False
    headings = list(element.iter(*xpaths.HEADING_TAGS))
    if not headings:
        return False
    lines = [spaced_text(heading) for heading in headings]
    lengths = [text_length(line) for line in lines]
    prose = sum(length for length, line in zip(lengths, lines) if heading_reads_as_prose(line, length))
    if prose * 2 < sum(lengths) or sum(lengths) < text_length(text_of(element)):
        return False
    built = any(_one_element_names(part.get("class")) for part in element.iter("div", "section"))
    for ancestor in element.iterancestors():
        if wraps_post(ancestor):
            return built
        built = built or bool(_one_element_names(ancestor.get("class")))
    return False


def _built_twin(element, own_entry, article_shapes: set) -> bool:
    """Within the post's own wrapper (`own_entry`), an element built like one holding the text: its classes but for
    their numbered names, less the style options the one holding the text sets ("drop-cap-yes" on the first widget)."""
    if own_entry is None or not _one_element_names(element.get("class")):
        return False
    shape = _class_shape(element.get("class"))
    return (shape in article_shapes or len(shape) > 1 and any(shape < built for built in article_shapes)) \
        and own_entry in element.iterancestors()


def _metadata_fields(root) -> list:
    """The elements showing a field of the post's metadata that a <meta> inside them states (`_METADATA_PROPERTIES`):
    a theme's line of reading time, section and tags under the headline, in any language ("Alrededor de 2 min")."""
    fields = []
    for meta in root.iter("meta"):
        names = f"{meta.get('property') or ''} {meta.get('itemprop') or ''}".lower().split()
        holder = meta.getparent()
        if holder is not None and holder.tag not in ("head", "html", "body") and _METADATA_PROPERTIES.intersection(names) \
                and len(text_of(holder).strip()) <= _METADATA_FIELD_CHARS:
            fields.append(holder)
    return fields


def _fallback_line(element) -> bool:
    """A <noscript> set inside a paragraph with a link of its own: the line an embedded widget's script replaces
    ("[Read the story on <a>...</a>]"), which is the post's text where the script runs no more. A <noscript>
    elsewhere (a tracking pixel, "Please enable JavaScript", a picture for lazy loading) or without a link (a
    widget's markup shown as text) is none."""
    if element.tag != "noscript" or not any(text_of(a).strip() and a.get("href") for a in element.iter("a")):
        return False
    holder = next(element.iterancestors(_BLOCK_TAGS), None)
    return holder is not None and holder.tag == "p"


def _inside_sentence(element) -> bool:
    """A link with words before it and text after it in its parent: part of a running sentence. So is one opening a
    paragraph of prose whose sentence runs on after it in lower case, a comma or a possessive ("<a>Northwind</a>'s sale
    to ...", "<a>Anna Berg</a> said on Monday ..."): a label or a meta line goes on with a capital, a figure or a mark.
    So is a paragraph's opening dateline (_opens_with_dateline)."""
    if not element.tail or not element.tail.strip():
        return False
    if element.tag in xpaths.INLINE_TAGS:
        return _opens_with_dateline(element)
    if element.tag != "a":
        return False
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    if _WORD.search(before) is not None:
        return True
    paragraph = element.getparent()
    if previous is not None or before.strip() or paragraph.tag != "p" or not _SENTENCE_GOES_ON.match(element.tail):
        return False
    return reads_as_prose(paragraph)


def _opens_with_dateline(element) -> bool:
    """An inline element opening a paragraph of prose with a dateline's place and its dash ("<span class="dateline">
    CAIRO —</span> Gunmen opened fire ..."): the first words of the story's first sentence, whatever its class says;
    a dateline box above the text (a date, "Published ...") is no paragraph's opening."""
    paragraph = element.getparent()
    own = " ".join(text_of(element).split())
    if paragraph is None or paragraph.tag != "p" or element.getprevious() is not None \
            or (paragraph.text or "").strip() or not own.endswith(_DASHES) or not dateline_place(own):
        return False
    return reads_as_prose(paragraph)


def _completes_credit_line(element, host: str) -> bool:
    """An inline element closing its paragraph after a label of a few words of the paragraph's own, whose links all
    lead to another site: the writer's credit to where the story came from ("Published by <a class="comment-link">The
    Other Blog</a>"), pasted with the source blog's classes. A theme's comments link closes a meta line under the
    post, not a paragraph of the text; a byline's author link leads to the site's own page, its follow button to a
    social network."""
    paragraph = next(element.iterancestors("p"), None)
    if paragraph is None or (element.tag != "a" and element.tag not in xpaths.INLINE_TAGS):
        return False
    anchors = [element] if element.tag == "a" else list(element.iter("a"))
    if not anchors or not host or not all(_host(a.get("href") or "") not in ("", host, *xpaths.SOCIAL_HOSTS)
                                          for a in anchors):
        return False
    line, own = spaced_text(paragraph), spaced_text(element)
    label = line[:-len(own)] if own and line.endswith(own) else ""
    return 0 < len(FOLDED_WORD.findall(label)) <= _CREDIT_LABEL_WORDS


def _host(url: str) -> str:
    host = urlsplit(url).hostname if url.startswith(("http://", "https://", "//")) else None
    return (host or "").removeprefix("www.")


def _text_run_into(element) -> int | None:
    """Where the article's paragraphs start inside a furniture box that the page left open (an unclosed
    "cta" <div> after the third paragraph swallows the rest of the text): the index of its first child paragraph
    when it holds several paragraphs of prose directly, as the article around it does; None for a closed box."""
    if element.tag not in ("div", "section"):
        return None
    prose = [i for i, child in enumerate(element) if _is_prose_paragraph(child)]
    parent = element.getparent()
    if len(prose) < _RUN_INTO_PARAGRAPHS or parent is None \
            or not any(_is_prose_paragraph(sibling) for sibling in parent.iterchildren("p")):
        return None
    return prose[0]


def _is_prose_paragraph(element) -> bool:
    if element.tag != "p":
        return False
    text = len(text_of(element).strip())
    linked = sum(len(text_of(a).strip()) for a in element.iter("a"))
    return text >= _PROSE_PARAGRAPH_CHARS and linked < 0.5 * text


def _detached(element) -> bool:
    """True when an ancestor was already dropped (lxml keeps detached subtrees alive)."""
    for ancestor in element.iterancestors():
        if ancestor.getparent() is None:
            return ancestor.tag != "html"
    return False


