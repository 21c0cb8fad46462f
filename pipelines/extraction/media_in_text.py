"""Pictures and players set among the text: the captioned pictures pruning keeps, and the marks on the lines that
introduce an embedded player or document, or hold one, which the body reads once the player is gone."""
from __future__ import annotations

import re
from itertools import islice

from .ancestry import has_descendant, within_any
from .blocks import Block
from .captions import is_caption, within_caption
from .forms import widget_box
from .hints import ClassIndex
from .line_patterns import FULL_STOP, FURNITURE_LINE, LOADING_NOTICE
from .links import leads_to_document, leads_to_picture, leads_to_video
from .prose_lines import first_long_paragraph
from .stamp_lines import is_date_line
from .text import spaced_text, text_of

# A paragraph beside a picture that makes the picture part of a text.
_PARAGRAPH_CHARS = 25
# A credit or signature under closing pictures is a line, as long as a sign-off (furniture_lines.SIGN_OFF_CHARS).
_CLOSING_LINE_CHARS = 60
# Players and documents embedded in the text; the heading or paragraph introducing one sits at most this many
# wrappers above it (block editors nest a player in five or six <div>s).
_MEDIA_TAGS = frozenset({"iframe", "video", "audio", "object", "embed"})
_INTRODUCER_CLIMB = 8
_INTRODUCER_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
# A line pointing into the player says where in a few words; a label over it names it in one ("Video").
_PLAYER_LINE_WORDS = 2
# A picture linking elsewhere (an album on a photo site) that a sentence of the writer's announces ("You can find the
# pictures of the day on our photo site:"): so many words at least; a box's label names it in a few ("Our sponsors:").
_ANNOUNCING_SENTENCE_WORDS = 8
# A heading over a picture says what it shows in a sentence's words ("The heron watches the lock fill"); a box's label
# names it in a word or two ("Gallery", "Our sponsors").
_PICTURE_HEADING_WORDS = 5
# A heading over the post's own photo gallery names what the pictures show in a phrase ("Pictures from the fair"); a
# box's label names it in a word or two ("Gallery", "Our sponsors"). A gallery shows a few pictures; one picture under
# a heading after the text heads a box (a partner's logo).
_GALLERY_HEADING_WORDS = 3
_GALLERY_PICTURES = 2
_UNSHOWN_TAGS = frozenset({"script", "style", "noscript", "template"})
# Plain boxes around pictures: a <div>, or the old <center> a template still sets its pictures in to centre them.
_BOX_TAGS = ("div", "center")
_WORDS = re.compile(r"\w+")
# The attribute marking it, read by the body's edge trim.
INTRODUCES_MEDIA = "data-introduces-media"
# The attribute marking the element a player stood in among text (its caption's paragraph, the post's text element),
# read by the body of a post that is a player and a line.
HELD_MEDIA = "data-held-media"


def mark_media_lines(root, doomed) -> None:
    """Mark the lines introducing the players, documents, pictures and widgets on the page, and the elements the
    players (among the `doomed` elements pruning is about to drop) stand in, before they go."""
    for element in doomed:
        if element.tag in _MEDIA_TAGS:
            _mark_introducer(element)
            _mark_holder(element)
    for picture in _pictured_documents(root):
        _mark_introducer(picture)
    # A picture, or a widget's button ("Join" a chat server), that a line of the text announces ("Here is a sketch to
    # sum up:"); only a line ending in a colon says it introduces what follows. A picture linking elsewhere is a
    # sponsor's logo or a teaser ("Our sponsors:") unless a sentence announces it; one linking to its own full size is
    # a gallery's thumbnail.
    pictures = list(root.iter("img"))
    widgets = (widget_box(el) for el in doomed if el.tag == "form")
    for shown in [*(img for img in pictures if _shown_picture(img)), *widgets]:
        _mark_introducer(shown, announced=True)
    for linked in (img for img in pictures if not _shown_picture(img)):
        if _video_still(linked):
            _mark_introducer(linked)  # the player the writer linked rather than embedded ("Watch the talk" over it)
        else:
            _mark_introducer(linked, announced=True, least_words=_ANNOUNCING_SENTENCE_WORDS)


def pictures_in_text(classes: ClassIndex, root) -> dict:
    """The captioned pictures that are part of the text, each with its caption: pruning keeps them and their
    captions, whatever their classes say."""
    return _captioned_pictures(classes) | _closing_pictures(root, classes.cross_referenced)


def drop_all_but_captions(pictures: dict) -> None:
    """Drop all of each kept picture (`pictures_in_text`) but its caption."""
    for picture, caption in pictures.items():
        for child in list(picture):
            if child is not caption and not within_any(caption, (child,)):
                child.drop_tree()  # the picture, an embed's address: only the caption is text


def _mark_introducer(media, announced: bool = False, least_words: int = 0) -> None:
    """Mark the heading or line just above an embedded player or document ("Listen to the episode here", "Watch:"):
    with the player gone it closes the text like a "Related" heading, yet it is the writer's. `announced`: only a
    line ending in a colon; `least_words`: a line of so many words at least."""
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
            if isinstance(previous.tag, str) and any(t.strip() for t in previous.itertext()) \
                    and not _fallback_of(previous, media):
                holder = previous
                break
            previous = previous.getprevious()
        if holder is None and parent.text and parent.text.strip():
            holder = parent
        if holder is not None:
            # A block of the text above the player's own box ends on the line: its last paragraph, when that says it
            # introduces something ("More on the camp here:"). A page builder's box holding the line alone ("Watch the
            # recording" in a section of its own above the player's) is the line, the text running on before the box;
            # a caption's box is the player's own.
            line, run = _last_line(holder), holder
            if line is not holder:
                if text_of(line).split() != text_of(holder).split() or within_caption(line):
                    run, announced = line, True
                holder = line
            # The line stands in the text's run, after its paragraphs: a box of a heading and a player alone
            # ("Survey" above a form) is a widget. A script's placeholder ("Wird geladen...") introduces nothing.
            if holder.tag in _INTRODUCER_TAGS and _has_text_before(run) \
                    and not LOADING_NOTICE.fullmatch(text_of(holder).strip()) \
                    and (not announced or text_of(holder).rstrip().endswith(":")) \
                    and len(text_of(holder).split()) >= least_words:
                holder.set(INTRODUCES_MEDIA, "")
            return
        element = parent


def introduces_media(block: Block) -> bool:
    """The line was marked before pruning as the one above an embedded player (_mark_introducer), and names no
    furniture ("Related videos", "Advertisement")."""
    return block.element is not None and marked_media_line(block.element, block.text)


def lines_over_player(blocks: list[Block], page_days: frozenset[str] | set[str]) -> set[int]:
    """Unlinked lines of two words or more introducing the post's player after its first paragraph, however short
    ("12:40 mark" over the show's video): the writer's pointer into it, no label. A day over it is the player's stamp;
    a byline over the player opening the text, or a linked teaser over a widget, are no such lines."""
    opened = first_long_paragraph(blocks)
    if opened is None:
        return set()
    return {id(b) for b in blocks[opened + 1:] if introduces_media(b) and not b.link_chars
            and len(b.text.split()) >= _PLAYER_LINE_WORDS and not is_date_line(b.text, page_days)}


def marked_media_line(element, text: str | None = None) -> bool:
    """The element carries the mark of a line above a player and its words (`text`, else its own) name no furniture."""
    return element.get(INTRODUCES_MEDIA) is not None \
        and not FURNITURE_LINE.search(text_of(element) if text is None else text)


def holds_media_line(element) -> bool:
    """The element holds a line marked as introducing a player and no other words: a page builder's box of that line
    alone ("Watch the recording" in a heading widget above the video's), whose class may read as a sidebar's."""
    words = text_of(element).split()
    return bool(words) and any(text_of(line).split() == words and marked_media_line(line)
                               for line in element.iter(*_INTRODUCER_TAGS))


def _fallback_of(element, media) -> bool:
    """`element` is the embedded page's fallback shown until the frame loads (a blog engine's oEmbed sets a
    <blockquote> linking the page before the <iframe> of its embed view): all its words are links to the very page
    the frame shows, no line of the writer's."""
    src = (media.get("src") or "").split("#", 1)[0]
    links = [a.get("href") or "" for a in element.iter("a")]
    if not src or not links or any(not href.startswith(("http://", "https://")) or not src.startswith(href)
                                   for href in links):
        return False
    words = "".join(text_of(a) for a in element.iter("a")).split()
    return words == text_of(element).split()


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


def _closing_pictures(root, cross_referenced: frozenset[str] = frozenset()) -> dict:
    """A picture with its caption (<figure>) that closes the run of the text's paragraphs (nothing with text after it
    in their wrapper): the writer ended the post on the picture, and its caption is the post's last line. A picture
    above or amid the paragraphs is the page's illustration, whose caption news benchmarks leave out of the text.
    A gallery (a wrapper of captioned pictures only) closing the text closes it as one such picture does. A figure
    the text refers to by its id (`cross_referenced`, "<a href=#fig-flow>Figure 1</a> shows ...") is the writer's
    whatever it shows: a chart a script draws, a diagram set as text."""
    found = {}
    for figure in root.iter("figure"):
        caption = _own_caption(figure)
        if caption is None or not text_of(caption).strip():
            continue
        box = _wrapped(_gallery_of(figure))
        if not (_shows_picture(figure) or _referred_to(figure, box, cross_referenced)):
            continue  # a <figure> without a picture is a box (a notice, a quote), no captioned picture
        if not _beside_paragraph(box) \
                or any(isinstance(s.tag, str) and text_of(s).strip() and not _closing_line(s) for s in box.itersiblings()):
            continue
        found[figure] = caption
    return found


def _referred_to(figure, box, cross_referenced: frozenset[str]) -> bool:
    """The figure, or a wrapper of it up to its box, carries an id the text's cross-references lead to."""
    if not cross_referenced:
        return False
    for element in (figure, *figure.iterancestors()):
        if element.get("id") in cross_referenced:
            return True
        if element is box:
            return False
    return False


def _closing_line(element) -> bool:
    """A short line ending on no sentence under the pictures (a credit, "Text and pictures: Anna Berg", a signature):
    the post's closing facts, which leave the pictures closing its text. A sentence there goes on with the text."""
    text = spaced_text(element)
    return element.tag == "p" and len(text) <= _CLOSING_LINE_CHARS and not FULL_STOP.search(text)


def _own_caption(figure):
    """The figure's own <figcaption>: not one of the pictures it holds, as a block editor's gallery (a <figure> of
    captioned <figure>s) holds its pictures' captions."""
    return next((c for c in figure.iter("figcaption") if next(c.iterancestors("figure"), None) is figure), None)


def gallery_of_kept(element, pictures: dict) -> bool:
    """`element` is the <figure> a block editor sets a gallery in, and it holds pictures kept for the text."""
    return element.tag == "figure" and any(inner in pictures for inner in element.iterdescendants("figure"))


def _gallery_of(figure):
    """The wrapper holding the figure among other pictures and nothing else (a gallery's grid: a <div>, or the
    <figure> a block editor sets one in, or the <p> a Markdown renderer wraps a run of figure shortcodes in, which a
    browser closes before the first figure and the parser keeps around them), else the figure."""
    parent = figure.getparent()
    if parent is None or parent.tag not in ("figure", "p", *_BOX_TAGS) or (parent.text or "").strip():
        return figure
    children = [c for c in parent if isinstance(c.tag, str)]
    if len(children) > 1 and all(c.tag == "figure" and _shows_picture(c) and not (c.tail or "").strip()
                                 for c in children):
        return parent
    return figure


def _video_still(img) -> bool:
    """A picture set in a link to a video (its page on a video site, its file): the still of a player."""
    link = next(img.iterancestors("a"), None)
    return link is not None and leads_to_video(link.get("href") or "")


def _shown_picture(img) -> bool:
    """A picture set in no link, or in a link to an image file (a thumbnail opening its full size)."""
    link = next(img.iterancestors("a"), None)
    return link is None or leads_to_picture(link.get("href") or "")


def _shows_picture(figure) -> bool:
    """The figure holds a picture: an <img>, or a lazy-loading placeholder painted as a CSS background (the real
    <img> sat in a <noscript>, dropped with the page's code)."""
    return has_descendant(figure, "img") or any("background-image" in (el.get("style") or "")
                                                for el in figure.iter() if isinstance(el.tag, str))


def _wrapped(element):
    """The element with the wrappers around it that hold nothing else of text (a gallery's <div class="box">)."""
    parent = element.getparent()
    while parent is not None and parent.tag in ("p", "span", *_BOX_TAGS) \
            and not any(isinstance(s.tag, str) and s is not element and text_of(s).strip() for s in parent) \
            and not (parent.text or "").strip():
        element, parent = parent, parent.getparent()
    return element


def _beside_paragraph(element) -> bool:
    siblings = [*element.itersiblings(preceding=True), *element.itersiblings()]
    return any(s.tag == "p" and len(text_of(s).strip()) >= _PARAGRAPH_CHARS for s in siblings)


def picture_box(heading):
    """The box a heading is set in over a picture of its own, or None: the heading is unlinked and says what the
    picture shows in a sentence's words, and what follows it in its box is a picture shown on the page (in no link
    away: a teaser's picture links to its story) with at most a credit line. A picture story is set so, a heading
    over each photo; the headings are its text, though no paragraph follows them."""
    return heading.getparent() if _heading_over_pictures(heading, _PICTURE_HEADING_WORDS, 1) else None


def heads_gallery(heading) -> bool:
    """A heading of the writer's words set in the text's own element, beside its paragraphs, over the pictures that
    close it (a gallery shortcode's thumbnails opening their full size, no text but a credit line): the post's photo
    gallery, which the writer headed ("Pictures from our street party"), not a box after the text."""
    return _heading_over_pictures(heading, _GALLERY_HEADING_WORDS, _GALLERY_PICTURES, _UNSHOWN_TAGS) \
        and (_beside_paragraph(heading) or _gallery_box_beside_paragraph(heading))


def _gallery_box_beside_paragraph(heading) -> bool:
    """The heading opens a box holding it and its pictures alone (a gallery plugin's <div class=gallery>), which
    stands beside the text's paragraphs: the gallery set in a wrapper of its own, headed as the writer heads it."""
    box = heading.getparent()
    return box is not None and box.getparent() is not None and not (box.text or "").strip() \
        and not any(isinstance(s.tag, str) for s in heading.itersiblings(preceding=True)) and _beside_paragraph(box)


def _heading_over_pictures(heading, least_words: int, least_pictures: int, passed_over=frozenset()) -> bool:
    """An unlinked heading of `least_words` words at least, over pictures shown on the page (`least_pictures` at
    least) and at most a credit line, all it is followed by in its box but the `passed_over` elements."""
    if heading.getparent() is None or next(heading.iter("a"), None) is not None or (heading.tail or "").strip() \
            or len(_WORDS.findall(text_of(heading))) < least_words:
        return False
    after = [el for el in heading.itersiblings() if isinstance(el.tag, str) and el.tag not in passed_over]
    pictures = [img for el in after for img in ([el] if el.tag == "img" else el.iter("img"))]
    if len(pictures) < least_pictures or not all(_shown_picture(img) for img in pictures):
        return False
    beside = " ".join(" ".join(text_of(el) for el in after).split())
    return len(beside) <= _CLOSING_LINE_CHARS
