"""Remove the parts of a page that never hold article text: scripts, navigation, forms, furniture."""
from __future__ import annotations

import functools
import re
from itertools import islice
from urllib.parse import urlsplit

from . import xpaths
from .footnotes import cited_notes
from .forms import form_box, form_overlays, outside_fill_in_form, widget_box
from .hints import ClassIndex, attribute_words
from .links import leads_to_document
from .own_sentence import says_a_sentence
from .text import text_of

_CODE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_POST_METADATA_CHARS = 400
# Schema.org properties of a post's metadata (its reading time, section, tags, dates, writer), which a theme states in a
# <meta> set inside the element showing the value ("<span>About 2 min<meta property='timeRequired' content='PT2M'>").
_METADATA_PROPERTIES = frozenset({"timerequired", "articlesection", "keywords", "datepublished", "datemodified",
                                  "datecreated", "author", "wordcount", "inlanguage"})
# An element showing one field runs to a line at most; one holding more is a wrapper the <meta> merely sits in.
_METADATA_FIELD_CHARS = 80
# The nearest of these around a <noscript> says whether it sits in a paragraph's line.
_BLOCK_TAGS = ("p", "div", "section", "article", "li", "td", "blockquote", "body", "header", "footer")
_MAX_FURNITURE_TEXT = 120
_FOLDED_WORD = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]")
_CLASS_WORDS = re.compile(r"[\s_-]+")
_NUMBERED = re.compile(r"\d")
# Class or id words of the page's footer, which holds the site's legal notice.
_FOOTER_WORDS = frozenset({"footer", "copyright"})
# A footer's notices and about-boxes run to a few paragraphs; a text running longer is an article the page sets in
# a <footer> element.
_FOOTER_NOTICE_CHARS = 2500
# A container holding this share of the page's paragraph text is the article, whatever its class says.
_PROTECTED_SHARE = 0.5
# A lead shown again in a hero box is a sentence or more: a shorter line repeated (a subheading) says nothing.
_COPY_CHARS = 80
# A copy cut off at a length stops inside a sentence, on a word or a comma; it is most of its box's text.
_COPY_SHARE = 0.5
_CUT_OFF = re.compile(r"[^\W_],?$")
# A paragraph beside a picture that makes the picture part of a text.
_PARAGRAPH_CHARS = 25
# Paragraphs of prose a furniture box must hold directly to be the article's text run into a box left open.
_RUN_INTO_PARAGRAPHS = 3
_PROSE_PARAGRAPH_CHARS = 80
# Text of a post's own, outside its readers' comments, that makes a line of it.
_OWN_LINE_CHARS = 100
# Classes WordPress' post_class gives the post's own wrapper, whatever element a theme sets it on.
_POST_WRAPPER_CLASSES = frozenset({"hentry", "type-post"})
# Elements whose tag says what furniture they are, whatever their classes share with the article.
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "menu", "dialog", "form"})
# Elements that hold text of their own on pages without <p> (blog engines, old table layouts), and the
# inline elements whose text counts as theirs.
_TEXT_OWNERS = ("div", "td", "section", "article", "span", "font", "blockquote")
_INLINE_TAGS = frozenset({"b", "i", "em", "strong", "span", "font", "u", "small", "sup", "sub", "abbr", "cite", "q",
                          "mark", "code"})
# A label of a few words the writer set before a link completing the line ("Published by <a>...</a>").
_CREDIT_LABEL_WORDS = 4
# Players and documents embedded in the text; the heading or paragraph introducing one sits at most this many
# wrappers above it (block editors nest a player in five or six <div>s).
_MEDIA_TAGS = frozenset({"iframe", "video", "audio", "object", "embed"})
_INTRODUCER_CLIMB = 8
_INTRODUCER_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
# The attribute marking it, read by the body's edge trim.
INTRODUCES_MEDIA = "data-introduces-media"
# The attribute marking the element a player stood in among text (its caption's paragraph, the post's text element),
# read by the body of a post that is a player and a line.
HELD_MEDIA = "data-held-media"
# A hidden element holding this much text may be a copy of the text the page shows (a paywall's or a print view's);
# runs of this many words, taken at a few places in it, tell whether the page shows the same words elsewhere.
_HIDDEN_COPY_CHARS = 500
_COPY_RUN_WORDS = 12
_COPY_RUNS = 3


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
    # Readers' comments can outweigh a short post many times: the share of the page's text that marks the article,
    # and its densest paragraphs, are the page's without them; unless the post has not a line of text of its own
    # (a video, a question put to readers), when the discussion is what the page is read for.
    page = root.find("body")
    page = page if page is not None else root
    # A post's metadata line ("Posted in ... You can follow responses to this entry ...") outweighs a post of one
    # linked line: it is never the text, whatever its weight.
    never_text = {el for box in _post_metadata(classes) for el in box.iter()}
    # Nor is a short hidden box (a cookie consent or sign-up dialog a script opens), though it outweighs a post
    # written as a list of short lines.
    never_text |= {el for box in classes.hidden if _hidden_dialog(box) for el in box.iter()}
    # Nor is a modal or closed dialog however long (a consent's settings with their tables of cookies), which outweighs
    # a post of short lines, captions and pictures: the article is the text outside it.
    dialogs = xpaths.DIALOGS(root)
    never_text |= {el for box in dialogs for el in box.iter()}
    # Nor is a form in a box a script opens over the page (a contact form's popup), whose labels, consent lines and
    # lists of options outweigh a post of a few lines.
    never_text |= {el for box in form_overlays(root) for el in box.iter()}
    # Nor is a cookie consent's short notice shown at the page's foot until the reader agrees, which outweighs a post
    # of one short line.
    never_text |= {el for box in classes.naming_consent() if _hidden_dialog(box) for el in box.iter()}
    left_out = never_text | {el for comment in comments for el in comment.iter()}
    densest, densest_chars = _densest_text_parent(page, left_out)
    if len(left_out) > len(never_text) and densest_chars < _OWN_LINE_CHARS \
            and not says_a_sentence(page, left_out):
        left_out = never_text
        densest, densest_chars = _densest_text_parent(page, left_out)
    # A short page's densest text may be its footer's legal notice or about-box: the article is the text outside
    # the footer, and so is the share of the page's text that marks it.
    footer = _page_footer(densest) if densest_chars < _FOOTER_NOTICE_CHARS else None
    if footer is not None:
        outside, outside_chars = _densest_text_parent(page, left_out | set(footer.iter()))
        if outside is not None:
            densest, densest_chars, left_out = outside, outside_chars, left_out | set(footer.iter())
    densest = outside_fill_in_form(densest, root)
    densest = _drop_cut_off_copy(densest, page, left_out, classes.hidden)
    paragraph_chars = {p: len(text_of(p)) for p in root.iter("p") if p not in left_out}
    total = sum(paragraph_chars.values()) or 1
    article_path = {densest, *densest.iterancestors()} if densest is not None else set()
    # An article split by an ad repeats its container's class: those twins are article too.
    article_classes = {el.get("class") for el in article_path} - {None, ""}
    # A page builder sets a post as a column of widgets, each repeating the classes of the one holding the most text
    # but for its own numbered name ("elementor-element-2e0fb51"), classes that read as a sidebar's ("widget"): in the
    # post's own <article>, or the <div> a theme builder's single-post template wraps the post in with WordPress' post
    # classes ("post type-post hentry"), those are its twins too.
    own_entry = next((el for el in article_path if _wraps_post(el)), None)
    article_shapes = {_class_shape(el.get("class")) for el in article_path if _one_element_names(el.get("class"))}
    pictures = _captioned_pictures(classes) | _closing_pictures(root)
    notes = cited_notes(root)

    def paragraph_share(element) -> float:
        """The share of the page's paragraph text the element holds. In the post's own card, beside the element
        holding the text, the text weighs too: where it is written without <p> (an archive's raw post text, lines
        and <div>s), the card's one <p>, its meta line ("Published: ... | Categories: ..."), holds most of the
        page's <p> text and none of the post's."""
        held = sum(paragraph_chars.get(p, 0) for p in element.iter("p"))
        parent = element.getparent()
        in_card = parent in article_path and parent.tag not in ("html", "body")
        return held / (max(total, densest_chars) if in_card else total)

    def protected(element) -> bool:
        if element.tag in ("html", "body", "main", "article") or element in article_path:
            return True
        # Block editors set an article's tables in <figure> (WordPress "wp-block-table").
        if element.tag == "figure" and has_descendant(element, "table"):
            return True
        if element in pictures or _within_any(element, pictures.values()) or element in notes:
            return True
        # A sidebar, menu or footer (by its tag) sharing a layout class with the article's wrapper ("mod") is no twin
        # of it, and one holding most of the page's paragraphs is a feed of short news beside a short article.
        if element.tag not in _FURNITURE_TAGS and (
                element.get("class") in article_classes
                or paragraph_share(element) >= _PROTECTED_SHARE
                or _built_twin(element, own_entry, article_shapes)):
            return True
        return has_descendant(element, "h1")

    doomed = [form_box(el, protected) if el.tag == "form" else el for el in root.iter(*xpaths.NON_CONTENT_TAGS)]
    for element in doomed:
        if element.tag in _MEDIA_TAGS:
            _mark_introducer(element)
            _mark_holder(element)
    for picture in _pictured_documents(root):
        _mark_introducer(picture)
    # A picture, or a widget's button ("Join" a chat server), that a line of the text announces ("Here is a sketch to
    # sum up:"); only a line ending in a colon says it introduces what follows. A picture linking elsewhere is a
    # sponsor's logo or a teaser ("Our sponsors:").
    pictures_shown = [img for img in root.iter("img") if next(img.iterancestors("a"), None) is None]
    for shown in [*pictures_shown, *(widget_box(el) for el in doomed if el.tag == "form")]:
        _mark_introducer(shown, announced=True)
    hidden = set(classes.hidden)
    doomed += classes.hidden
    doomed += dialogs  # as <dialog> is: whatever its classes say
    # A link set inside a sentence is a word of it whatever its class says ("keywords", "meta-loc" on a linked
    # place name): dropping it would cut the sentence.
    # So is a link completing the writer's credit line to another site, pasted with that site's classes.
    host = _host(url)
    doomed += [el for el in classes.furniture() if not _inside_sentence(el) and not _completes_credit_line(el, host)]
    doomed += _metadata_fields(root)
    furniture_texts: set[str] = set()
    own_headline = fold(title or "")
    # Read before any furniture goes, as the contents' links lead to ids that may stand in it; no furniture, no walk.
    anchors = _page_anchors(root) if doomed else frozenset()
    for element in doomed:
        if element.getparent() is None or _detached(element):
            continue
        if protected(element) and not (element in hidden and _copy_of_shown_text(element, page)):
            continue
        opened = _text_run_into(element)
        for part in (list(element)[:opened] if opened else [element]):
            texts = _block_texts(part, anchors)
            # The post itself shown again in a side box: its lines are the post's, but for its headline.
            furniture_texts.update(t for t in texts if t.lstrip(_LINKED) == own_headline) \
                if _shows_headline(part, own_headline) else furniture_texts.update(texts)
            part.drop_tree()
    # Readers' comments go whole whatever their classes say (older blog engines set them as loose blocks under a
    # heading), and whatever text they hold; unless the post has none of its own and they are what the page is for.
    for element in comments:
        if element in left_out and element.getparent() is not None and not _detached(element):
            element.drop_tree()
    for picture, caption in pictures.items():
        for child in list(picture):
            if child is not caption and not _within_any(caption, (child,)):
                child.drop_tree()  # the picture, an embed's address: only the caption is text
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


def _wraps_post(element) -> bool:
    """The post's own wrapper: an <article>, or an element carrying WordPress' post classes."""
    return element.tag == "article" or not _POST_WRAPPER_CLASSES.isdisjoint((element.get("class") or "").split())


def _built_twin(element, own_entry, article_shapes: set) -> bool:
    """Within the post's own wrapper (`own_entry`), an element built like one holding the text (its classes but for
    their numbered names)."""
    return own_entry is not None and bool(_one_element_names(element.get("class"))) \
        and _class_shape(element.get("class")) in article_shapes and own_entry in element.iterancestors()


def _shows_headline(element, headline: str) -> bool:
    """The element holds a heading showing the page's headline (folded): the post itself, shown again."""
    return bool(headline) and any(fold(text_of(h)) == headline for h in element.iter(xpaths.HEADING_TAGS))


def _hidden_dialog(element) -> bool:
    """A hidden element too short to be the rest of an article kept behind a paywall: a dialog or a message the
    page's script shows on an event (a cookie consent, "Thanks for signing up!"), never the article's text."""
    return len(text_of(element)) < _HIDDEN_COPY_CHARS


def _copy_of_shown_text(element, page) -> bool:
    """A hidden element whose text the page shows again outside it: a second copy of the article kept for a paywall
    or a print view, which may hold the most text on the page and so look like the article itself. Hidden text the
    page does not show elsewhere (the rest of an article behind a paywall) is not this."""
    words = _FOLDED_WORD.findall(text_of(element))
    if len(words) < _COPY_RUNS * _COPY_RUN_WORDS or sum(map(len, words)) < _HIDDEN_COPY_CHARS:
        return False
    # Words, not spacing, compare: paragraphs set edge to edge run their text together.
    shown = f' {" ".join(_FOLDED_WORD.findall(text_of(page)))} '
    step = len(words) // (_COPY_RUNS + 1)
    runs = [f' {" ".join(words[step * n:step * n + _COPY_RUN_WORDS])} ' for n in range(1, _COPY_RUNS + 1)]
    # The page's text holds the hidden copy once: a run found twice is shown outside it too. Most runs, not one: a
    # hidden rest of an article may open with the lines its shown teaser ends on.
    return sum(shown.count(run) >= 2 for run in runs) >= 2


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


def _post_metadata(classes: ClassIndex) -> list:
    """The boxes a blog theme prints a post's date, categories and feed notes in, by their class ("postmetadata",
    "entry-meta", "entry-utility"); one holding more than a few lines is the theme's wrapper of more than that."""
    return [el for el, lowered, _ in classes.entries
            if "meta" in lowered or "utility" in lowered or "footer" in lowered
            if _names_post_metadata(el.get("class") or "") and len(text_of(el)) <= _POST_METADATA_CHARS]


@functools.lru_cache(maxsize=4096)
def _names_post_metadata(attribute: str) -> bool:
    words = attribute_words(attribute)
    return any(word in xpaths.POST_METADATA_WORDS or (index and words[index - 1] + word in xpaths.POST_METADATA_WORDS)
               for index, word in enumerate(words))


def _fallback_line(element) -> bool:
    """A <noscript> set inside a paragraph with a link of its own: the line an embedded widget's script replaces
    ("[Read the story on <a>...</a>]"), which is the post's text where the script runs no more. A <noscript>
    elsewhere (a tracking pixel, "Please enable JavaScript", a picture for lazy loading) or without a link (a
    widget's markup shown as text) is none."""
    if element.tag != "noscript" or not any(text_of(a).strip() and a.get("href") for a in element.iter("a")):
        return False
    holder = next(element.iterancestors(_BLOCK_TAGS), None)
    return holder is not None and holder.tag == "p"


def _mark_introducer(media, announced: bool = False) -> None:
    """Mark the heading or line just above an embedded player or document ("Listen to the episode here", "Watch:"):
    with the player gone it closes the text like a "Related" heading, yet it is the writer's. `announced`: only a
    line ending in a colon."""
    element = media
    for _ in range(_INTRODUCER_CLIMB):
        parent = element.getparent()
        if parent is None:
            return
        holder = None
        previous = element.getprevious()
        while previous is not None:
            if previous.tail and previous.tail.strip():
                holder = parent  # "Listen here: <br><iframe>": the line is the paragraph's
                break
            if isinstance(previous.tag, str) and any(t.strip() for t in previous.itertext()):
                holder = previous
                break
            previous = previous.getprevious()
        if holder is None and parent.text and parent.text.strip():
            holder = parent
        if holder is not None:
            # A block of the text above the player's own box ends on the line: its last paragraph, when that says it
            # introduces something ("More on the camp here:").
            line = _last_line(holder)
            if line is not holder:
                holder, announced = line, True
            # The line stands in the text's run, after its paragraphs: a box of a heading and a player alone
            # ("Survey" above a form) is a widget.
            if holder.tag in _INTRODUCER_TAGS and _has_text_before(holder) \
                    and (not announced or text_of(holder).rstrip().endswith(":")):
                holder.set(INTRODUCES_MEDIA, "")
            return
        element = parent


def _last_line(block):
    """The paragraph or heading a block of text ends on, found down its last children with text; the block itself
    when text follows that child or none is a line."""
    while block.tag not in _INTRODUCER_TAGS:
        lines = [child for child in block if isinstance(child.tag, str) and any(t.strip() for t in child.itertext())]
        if not lines or (lines[-1].tail or "").strip():
            return block
        block = lines[-1]
    return block


def _mark_holder(media) -> None:
    """Mark the nearest element around an embedded player that shows text besides it (the player's own fallback text,
    "Your browser cannot show videos", aside): where its caption stands."""
    inner = media
    for holder in islice(media.iterancestors(), _INTRODUCER_CLIMB):
        if (holder.text or "").strip() or any(
                (child.tail or "").strip() or (child is not inner and isinstance(child.tag, str)
                                               and any(t.strip() for t in child.itertext()))
                for child in holder):
            holder.set(HELD_MEDIA, "")
            return
        inner = holder


def _pictured_documents(root) -> list:
    """Links to a document shown as a picture and no words (a flyer's cover linking to its PDF): the line above one
    introduces the document ("Download the flyer:"), as a line above a player introduces it."""
    return [a for a in root.iter("a") if leads_to_document(a.get("href") or "") and has_descendant(a, "img")
            and not text_of(a).strip()]


def _has_text_before(element) -> bool:
    return any(isinstance(s.tag, str) and any(t.strip() for t in s.itertext())
               for s in element.itersiblings(preceding=True))


def _drop_cut_off_copy(densest, page, left_out, hidden):
    """The element holding the whole text when the densest, or a paragraph of it, is a cut-off copy of its opening (a
    page's hero box repeating the post's first lines up to "... find out what"): a post written mostly as a list
    weighs less than its own lead shown again. The copy is dropped (the text has its words), the text is the nearest
    element beside the copy whose text runs on from it."""
    if densest is None:
        return densest
    openings = None
    box_chars = len(fold(text_of(densest)))
    for shown in (densest, *densest.iter("p")):
        text = text_of(shown).strip()
        if not _CUT_OFF.search(text):  # most texts end on a full stop: no fold needed to tell
            continue
        copy = fold(text)
        # The copy is what the box shows (a hero's lead beside its headline), not one paragraph of a text.
        if len(copy) < max(_COPY_CHARS, _COPY_SHARE * box_chars) or has_descendant(shown, "h1"):
            continue
        if openings is None:  # read once, and only on a page whose densest text may be a copy
            # A script's hidden copy of the post is no text the page shows.
            beside = {densest, *densest.iterancestors(), *densest.iter(), *left_out,
                      *(el for box in hidden for el in box.iter())}
            openings = [(el, fold(text_of(el))) for el in page.iter("p", "h2", "h3", "h4", "h5", "h6", "li")
                        if el not in beside]
        whole = next((holder for opening, folded in openings if folded and copy.startswith(folded)
                      for holder in [_text_running_on(opening, copy, beside)] if holder is not None), None)
        if whole is not None:
            shown.drop_tree()
            return whole
    return densest


def _text_running_on(opening, copy: str, beside):
    """The nearest element from `opening` up, outside `beside`, whose text starts with `copy` and runs on; None when
    none does before the text parts from the copy."""
    for holder in (opening, *opening.iterancestors()):
        if holder in beside:
            return None
        whole = fold(text_of(holder))
        if len(whole) > len(copy) and whole.startswith(copy):
            return holder
        if not copy.startswith(whole):
            return None
    return None


def _inside_sentence(element) -> bool:
    """A link with words before it and text after it in its parent: part of a running sentence."""
    if element.tag != "a" or not element.tail or not element.tail.strip():
        return False
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return _WORD.search(before) is not None


def _completes_credit_line(element, host: str) -> bool:
    """An inline element closing its paragraph after a label of a few words of the paragraph's own, whose links all
    lead to another site: the writer's credit to where the story came from ("Published by <a class="comment-link">The
    Other Blog</a>"), pasted with the source blog's classes. A theme's comments link closes a meta line under the
    post, not a paragraph of the text; a byline's author link leads to the site's own page, its follow button to a
    social network."""
    paragraph = next(element.iterancestors("p"), None)
    if paragraph is None or (element.tag != "a" and element.tag not in _INLINE_TAGS):
        return False
    anchors = [element] if element.tag == "a" else list(element.iter("a"))
    if not anchors or not host or not all(_host(a.get("href") or "") not in ("", host, *xpaths.SOCIAL_HOSTS)
                                          for a in anchors):
        return False
    line, own = " ".join(text_of(paragraph).split()), " ".join(text_of(element).split())
    label = line[:-len(own)] if own and line.endswith(own) else ""
    return 0 < len(_FOLDED_WORD.findall(label)) <= _CREDIT_LABEL_WORDS


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


def is_caption(element) -> bool:
    """A picture's caption: <figcaption>, or a class naming a caption ("wp-caption-text")."""
    if element.tag == "figcaption":
        return True
    names = (element.get("class") or "").lower()
    return "caption" in names and any(word.startswith("caption") for word in _CLASS_WORDS.split(names))


def _captioned_pictures(classes: ClassIndex) -> dict:
    """The captioned pictures the writer set among a text's paragraphs, each with its caption: a block whose class
    names a caption (WordPress' "wp-caption") holding the caption itself, beside a paragraph of text. Such a
    caption is the article's text, as readability and the page's own body element have it; a picture above the
    text (a lead image) or in a teaser is not.
    """
    found = {}
    for element, class_names, _ in classes.entries:
        if "caption" not in class_names or not is_caption(element) or element.getparent() is None:
            continue
        caption = next((el for el in element.iterdescendants() if isinstance(el.tag, str) and is_caption(el)), None)
        if caption is not None and _beside_paragraph(element):
            found[element] = caption
    return found


def _closing_pictures(root) -> dict:
    """A picture with its caption (<figure>) that closes the run of the text's paragraphs (nothing with text after it
    in their wrapper): the writer ended the post on the picture, and its caption is the post's last line. A picture
    above or amid the paragraphs is the page's illustration, whose caption news benchmarks leave out of the text."""
    found = {}
    for figure in root.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        if caption is None or not _shows_picture(figure) or not text_of(caption).strip():
            continue  # a <figure> without a picture is a box (a notice, a quote), no captioned picture
        box = _wrapped(figure)
        if not _beside_paragraph(box) \
                or any(isinstance(s.tag, str) and text_of(s).strip() for s in box.itersiblings()):
            continue
        found[figure] = caption
    return found


def _shows_picture(figure) -> bool:
    """The figure holds a picture: an <img>, or a lazy-loading placeholder painted as a CSS background (the real
    <img> sat in a <noscript>, dropped with the page's code)."""
    return has_descendant(figure, "img") or any("background-image" in (el.get("style") or "")
                                                for el in figure.iter() if isinstance(el.tag, str))


def _wrapped(element):
    """The element with the wrappers around it that hold nothing else of text (a gallery's <div class="box">)."""
    parent = element.getparent()
    while parent is not None and parent.tag in ("div", "p", "span") \
            and not any(isinstance(s.tag, str) and s is not element and text_of(s).strip() for s in parent) \
            and not (parent.text or "").strip():
        element, parent = parent, parent.getparent()
    return element


def _beside_paragraph(element) -> bool:
    siblings = [*element.itersiblings(preceding=True), *element.itersiblings()]
    return any(s.tag == "p" and len(text_of(s).strip()) >= _PARAGRAPH_CHARS for s in siblings)


def has_descendant(element, tag: str) -> bool:
    """`element.find(".//tag") is not None` without ElementPath's parsing of the path on each call."""
    return next(element.iterdescendants(tag), None) is not None


def _within_any(element, containers) -> bool:
    return any(c is element or any(a is c for a in element.iterancestors()) for c in containers)


# A site repeats its menus, sign-up boxes and contact lines on every page, and each of their texts is folded on each:
# once per process does. The fold is a pure function of the text, so the cache cannot go stale.
@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Text compared for sameness: case, spacing and punctuation ignored."""
    return " ".join(_FOLDED_WORD.findall(text.casefold()))


# Marks a furniture text shown only as a link (a menu's entry, a tag or a person in the post's taxonomy list).
_LINKED = "\0"


def _block_texts(element, anchors: frozenset[str]):
    for part in element.iter("p", "li", "h2", "h3", "h4"):
        text = text_of(part)
        if 10 <= len(text) <= _MAX_FURNITURE_TEXT and not _contents_entry(part, text, anchors):
            folded = fold(text)
            if folded:
                linked = fold(" ".join(text_of(a) for a in part.iter("a"))) == folded
                yield _LINKED + folded if linked else folded


def in_furniture(block_text: str, linked: bool, furniture_texts) -> bool:
    """The block repeats a text the page shows in its furniture: a plain text anywhere, one the furniture only links
    (a menu's entry, a name in the post's list of people) unless the block is an unlinked point of the writer's list
    (`linked` False: a book's authors, whom the site's taxonomy links)."""
    folded = fold(block_text)
    return folded in furniture_texts or (linked and _LINKED + folded in furniture_texts)


def _page_anchors(root) -> frozenset[str]:
    """The ids and anchor names on the page: where its own "#..." links lead."""
    return frozenset(el.get("id") or el.get("name") for el in root.iter()
                     if isinstance(el.tag, str) and (el.get("id") or (el.tag == "a" and el.get("name"))))


def _contents_entry(part, text: str, anchors: frozenset[str]) -> bool:
    """An entry of the page's table of contents: wholly one link to a place on the page ("#q4-progress"). It
    repeats the text's own subheading, which the text keeps though the contents beside it are furniture."""
    links = list(part.iter("a"))
    return len(links) == 1 and (links[0].get("href") or "").startswith("#") \
        and links[0].get("href")[1:] in anchors and text_of(links[0]).strip() == text.strip()


def _detached(element) -> bool:
    """True when an ancestor was already dropped (lxml keeps detached subtrees alive)."""
    for ancestor in element.iterancestors():
        if ancestor.getparent() is None:
            return ancestor.tag != "html"
    return False


def _page_footer(element):
    """The page footer holding `element` (a <footer>, or an element whose class or id says footer or copyright)."""
    for candidate in (element, *element.iterancestors()) if element is not None else ():
        if candidate.tag == "footer" or not _FOOTER_WORDS.isdisjoint(
                attribute_words(f"{candidate.get('class') or ''} {candidate.get('id') or ''}")):
            return candidate
    return None


def _densest_text_parent(page, left_out=frozenset()) -> tuple:
    """The element whose own text and its paragraphs' (<p>, or <div>s and <br> lines on blog engines) is the
    most, `left_out` elements aside: the likely article body; with that text's length."""
    own: dict = {}
    for element in page.iter("p", *_TEXT_OWNERS):
        if element in left_out:
            continue
        text = element.text
        chars = len(text.strip()) if text else 0
        for child in element:
            if child.tag in _INLINE_TAGS:  # a comment's tag is a function, in no set of names
                chars += len(text_of(child).strip())
            tail = child.tail
            if tail:
                chars += len(tail.strip())
        if chars:
            own[element] = own.get(element, 0) + chars
            parent = element.getparent()
            if parent is not None:
                own[parent] = own.get(parent, 0) + chars
    densest = max(own, key=own.get) if own else None
    return densest, own.get(densest, 0)
