"""The text's own closing links: a lone listed link, a link naming the post (its report, its recording), or the
writer's list of references under a heading of its own ("See also", "Further reading")."""
from __future__ import annotations

import re
from itertools import islice
from os.path import commonprefix
from urllib.parse import urlsplit

from .ancestry import set_alike, within
from .blocks import Block, text_length
from .heading_lines import is_closing_heading, set_as_heading
from .line_patterns import FULL_STOP, FURNITURE_LINE, WORD
from .link_lines import host_of, leads_away, leads_to_social_network, page_target, sole_link
from .links import leads_to_recording, links_to_page
from .media_in_text import introduces_media
from .own_pages import lists_page, points_to_own_page
from .own_post import marks_text_element
from .prose_lines import is_text_after, runs_into_list
from .social_bars import shares_page
from .text import spaced_text, text_of
from .text_run import lines_after_text

# A link naming what it leads to says so in a few words ("Report from the meeting"); "Report" or "here" alone is a
# button or a pointer.
_LINK_WORDS = 2
# A link naming the post repeats its headline: this share of the link's words at least, and a few of them, are the
# headline's ("<headline> - the recording"); a teaser of another story on the subject shares a word or two with it.
_HEADLINE_SHARE = 0.5
_HEADLINE_WORDS = 2
# A heading or a line over the writer's references names them in a few words ("See also", "Further reading:",
# "References to earlier posts on the subject:").
_INTRO_WORDS = 10
# A line of the writer's own introducing the list says what it lists in this many words at least ("Earlier posts on
# the subject:"); a label of a word or two ("More:", "Read also") heads a box of the site's stories.
_OWN_INTRO_WORDS = 3
# A writer's cross-reference ("See also", "Siehe auch"), in the partners' languages and English: a label like the
# site's furniture words ("Related", "Read more", "More on"), which head its own boxes of stories, yet the writer's.
_CROSS_REFERENCE = re.compile(r"^(?:see also|siehe auch|se även|se også|se ogsaa|katso myös)\b", re.IGNORECASE)
# The stems of the word for a link in the partners' languages and English, each with the endings a label gives it.
_LINK_STEMS = (("link", ("", "s", "it", "kejä")), ("länk", ("ar",)), ("lenk", ("er",)))
# A label naming links, not stories ("Related links", "Relaterade länkar", "Weiterführende Links"): what a writer
# heads their references with, where a site's box of its stories says "Related content", "Read also".
_LINKS_LABEL = re.compile(r"\b(?:%s)\b" % "|".join(f"{stem}(?:{'|'.join(endings)})" for stem, endings in _LINK_STEMS),
                          re.IGNORECASE)
# A sentence introducing the writer's lines of links is longer than a box's label ("Read more about it:").
_INTRO_SENTENCE_WORDS = 6
# A sentence naming the links it introduces, in any form ("the links below", "länkarna nedan", "die Links unten").
_NAMES_LINKS = re.compile(r"\b(?:%s)\w*" % "|".join(stem for stem, _ in _LINK_STEMS), re.IGNORECASE)
# A post on a social network has a path of a few parts ("/anna/status/123"); a profile or a share button one or two.
_POST_PATH_PARTS = 3
# The theme's meta line under a post is mostly its links ("Discuss this post | Posted at 4:00 pm · News").
_META_LINK_SHARE = 0.5
# References set in one paragraph list a few links ("Sources: <a>..</a> - <a>..</a>"), parted by bullets or dashes.
_INLINE_REFERENCES = 2
_SEPARATORS = " \t\n-–—•*·|,;"
# How far above a closing line the post's text element may sit (<div itemprop="articleBody"><p><a>).
_TEXT_ELEMENT_LEVELS = 2
_PICTURE_TAGS = ("img", "picture", "figure", "svg", "video")
# A series of links the writer closes on names its parts alike: the same words, then a word or two of each part's
# own ("Photo gallery 1", "Photo gallery 2"; "Final ranking Under-10", "Final ranking Under-12").
_SERIES_LINKS = 2
_SERIES_LABEL_WORDS = 2
_SERIES_OWN_WORDS = 3

# What sets a writer's note on a listed link apart from the link: "<a>Quick start</a> – how to enable it".
_ANNOTATION_MARKS = ("–", "—", "-", ":")
# A note of a few words, or of a phrase in a script written without spaces (text_length weighs CJK characters as
# short words); a date or a reading time after a headline is shorter.
_ANNOTATION_CHARS = 20


def own_closing_link(blocks: list[Block], title: str | None, page_url: str) -> list[Block]:
    """The line closing the run of the text's paragraphs when it is one link, in words of its own, to another page
    than the page itself or a listing above it: a list of that one link ("<li><a>Recording of the talk</a></li>"), or
    a line whose link repeats the post's headline (linked to the full report or the recording). Sites list other
    stories a few at a time, or name them in their own headlines, and close on "Read more" or the way back."""
    line = _last_line_after_text(blocks)
    if line is None:
        return []
    link = _only_link(line, page_url)
    if link is None or line.link_density <= 0.5 or FURNITURE_LINE.search(line.text):
        return []
    if line.kind == "item" and len(line.element.getparent()) == 1:
        return [line]
    if line.kind in ("p", "text") and _repeats_headline(link, title):
        return [line]
    return []


def own_link_series(blocks: list[Block]) -> list[Block]:
    """The line closing the run of the text's paragraphs when it is a series of links and nothing else, each link
    named by the same label and a word or two of its own: the post's galleries or result sheets, wherever they are
    kept. A box of the site's stories names each in its own headline, and its menus name sections."""
    line = _last_line_after_text(blocks)
    if line is None or line.kind not in ("p", "text") or FURNITURE_LINE.search(line.text):
        return []
    names = [text_of(a).split() for a in line.element.iter("a")]
    words = [word for word in line.text.split() if word.strip(_SEPARATORS)]
    if len(names) < _SERIES_LINKS or words != [word for name in names for word in name]:
        return []  # links and nothing but what parts them
    label = commonprefix(names)
    own = {len(name) - len(label) for name in names}
    return [line] if len(label) >= _SERIES_LABEL_WORDS and min(own) >= 1 and max(own) <= _SERIES_OWN_WORDS else []


def own_page_pointer(blocks: list[Block], page_url: str) -> list[Block]:
    """The text's last line when it points to a page of the site outside the posts' section ("<a>Here is the
    PDF</a>", "The game's page: <a>...</a>") and stands among the post's own lines (another line of text in the
    same element): the writer pointing to what the post is about, however short or linked. A box of other stories
    sits in an element of its own; a heading closing the text ("Contact" over "<a>Our contact page</a>") heads the
    site's box, not the writer's line."""
    line = blocks[-1] if blocks else None
    if line is None or not points_to_own_page(line, page_url) or (len(blocks) > 1 and is_closing_heading(blocks[-2])):
        return []
    holder = line.element.getparent()
    return [line] if any(b is not line and b.kind in ("p", "item", "quote") and b.link_density <= 0.5
                         and within(b.element, holder) for b in blocks) else []


def site_pointers_closing(blocks: list[Block], page_url: str) -> list[Block]:
    """The lines closing the blocks, after the text's last paragraph, whose words are all one link to the site's home
    page or a listing above the page ("<a>More stories on our site!</a>", "<a>All news</a>"): the site pointing to
    itself, however worded or punctuated as a sentence. The writer's own closing links name a page of their subject
    (a report, a form, a partner's site)."""
    first = len(blocks)
    while first > 1 and _points_to_listing(blocks[first - 1], page_url):
        first -= 1
    return blocks[first:]


def _points_to_listing(line: Block, page_url: str) -> bool:
    link = sole_link(line) if line.kind in ("p", "text") and line.element is not None else None
    if link is None or spaced_text(link).split() != line.text.split():
        return False
    target = page_target(link, page_url)
    return target is not None and not links_to_page(target, page_url) and lists_page(target, page_url)


def own_text_element_line(blocks: list[Block]) -> list[Block]:
    """The linked line that is all the post's marked text element holds ("<div itemprop="articleBody"><p><a>and here
    is the programme</a>"): the writer's whole text points on, however linked, under a teaser the theme sets apart.
    A "Read more" is the site's."""
    return [b for b in blocks if b.kind in ("p", "text") and b.link_chars and b.element is not None
            and not FURNITURE_LINE.search(b.text) and _whole_text_element(b)]


def _whole_text_element(line: Block) -> bool:
    """The line is all the post's marked text element holds, and the element is the post's one (not a box of many
    set alike, one per paragraph)."""
    for holder in (line.element, *islice(line.element.iterancestors(), _TEXT_ELEMENT_LEVELS)):
        if marks_text_element(holder):
            parent = holder.getparent()
            return line.readings.of(_words_of, holder) == line.text.split() \
                and not (parent is not None and any(set_alike(holder, other) for other in parent))
    return False


def _words_of(element) -> list[str]:
    return text_of(element).split()


def _last_line_after_text(blocks: list[Block]) -> Block | None:
    """The last of the lines after the text's last long paragraph, in the run of its paragraphs (lines_after_text)."""
    lines, _ = lines_after_text(blocks)
    return lines[-1] if lines else None


def _only_link(line: Block, page_url: str) -> str | None:
    """The text of the line's one link, when it names its page in a few words and leads elsewhere on the web."""
    link = sole_link(line) if line.element is not None else None
    if link is None:
        return None
    target = page_target(link, page_url)
    shown = spaced_text(link)
    if target is None or len(WORD.findall(shown)) < _LINK_WORDS or leads_to_social_network(target) \
            or links_to_page(target, page_url) or lists_page(target, page_url):
        return None
    return shown


def _repeats_headline(shown: str, title: str | None) -> bool:
    words = {w.casefold() for w in WORD.findall(shown)}
    repeated = words & {w.casefold() for w in WORD.findall(title or "")}
    return len(repeated) >= _HEADLINE_WORDS and len(repeated) >= _HEADLINE_SHARE * len(words)


def own_reference_list(blocks: list[Block], page_url: str) -> list[Block]:
    """The writer's references closing the text: a heading or a short line of its own ("See also", "Further
    reading:"), then one list of links, the last things in the element holding the text's paragraphs. Each item
    links to other sites (manuals, papers, someone's post), or to the site's own posts named in words of their own
    (the series' other parts). A site's box of its stories ("Read also", "More on the subject") lists its own posts
    under a label, a share bar links to social networks, tags to listings: links to other sites make half the list
    at least, unless the writer introduces it in a line of words of their own ("Earlier posts on this approach:")."""
    lines, run = lines_after_text(blocks)
    if run is None:
        return []
    tail = [b for b in blocks if within(b.element, run)]
    # A theme that keeps the post's meta line in the post's own element ("Comments | Posted at 4:00 pm · News")
    # sets it after the writer's last words: the list closes the text above it.
    while len(tail) > 1 and _meta_line(tail[-1]):
        tail.pop()
    # A line of one link under the list ("<a>Calendar event</a>", "<a>Sign up</a>") is the writer's pointer after their
    # references, not the text's last paragraph: the list still closes the text above it.
    while len(tail) > 2 and tail[-2].kind == "item" and _lone_link(tail[-1]):
        tail.pop()
    last = tail[-1]
    if last.kind != "item":
        return []
    holder = last.element.getparent()
    first = len(tail) - 1
    while first > 0 and tail[first - 1].kind == "item" and tail[first - 1].element.getparent() is holder:
        first -= 1
    items, intro = tail[first:], tail[first - 1] if first else None
    # Each item telling in words of its own what its link holds ("<a>Quick start</a> – how to enable it") is the
    # writer's annotated references, whatever label heads them ("Related documentation"): a site's box names its
    # stories by their headlines.
    annotated = all(_annotates_its_link(item) for item in items)
    # The line over the list stands in the run of the text's paragraphs: after its last one, or itself the last
    # line of a short post ("Want to help?").
    if holder.getparent() is not run or intro is None \
            or not (any(intro is line for line in lines) or intro.element.getparent() is run):
        return []
    # The text's last paragraph right above the list, no label between ("... we would be glad to hear from you."
    # over "Apply as a mentor", "The rules"): the writer's own calls to action, when they lead elsewhere on the web.
    # A box labelling its links ("Sponsored", "Read more") is the site's, wherever it stands.
    after_text = (_closes_the_text(intro) or _writers_sentence(intro)) and intro.element.getnext() is holder \
        and not any(FURNITURE_LINE.search(item.text) for item in items)
    # A heading above the writer's own sentence heads the text's last section ("Further reading" over "Here are the
    # talks I recommend:"), no box's label: a box labels its list in a few words.
    if not (after_text or _introduces_list(intro, annotated)) \
            or (first > 1 and not _writers_sentence(intro) and _part_of_a_box(tail[first - 2], intro, page_url)):
        return []
    anchors = [a for item in items for a in item.element.iter("a") if text_of(a).strip()]
    targets = [_reference(a, page_url) for a in anchors]
    # A social network's page among the writer's sources (the family's own page beside the reports on them) is one
    # more source; a share or follow bar links social networks alone, or mostly.
    pages = sum(1 for a, target in zip(anchors, targets) if target is None and _social_page(a, page_url))
    if not all(item.link_chars for item in items) or not targets or targets.count(None) > pages \
            or 2 * pages >= len(targets):
        return []
    away = sum(1 for target in targets if target == "away")
    # A sentence running into its list names no label: the list is the writer's sources when it leads elsewhere.
    if away * 2 < len(targets) and (after_text or not _own_words(intro) or runs_into_list(intro)) and not annotated:
        return []
    return [intro, *items]


def _writers_sentence(block: Block) -> bool:
    """A paragraph of the writer's own words, linking nowhere, longer than a label's few words ("Here is a list of
    readings on the subject, in English"), whether or not it ends on a colon or a full stop."""
    return block.kind == "p" and not block.link_chars and len(WORD.findall(block.text)) > _INTRO_WORDS


def _lone_link(block: Block) -> bool:
    """A paragraph or line that is one link and nothing else."""
    return block.kind in ("p", "text") and block.link_chars == block.chars and sole_link(block) is not None


def _closes_the_text(block: Block) -> bool:
    """A paragraph of the text's prose ending as a sentence does: no label, the writer's own last words."""
    return block.kind == "p" and is_text_after(block) and FULL_STOP.search(block.text) is not None


def _meta_line(block: Block) -> bool:
    """A line of links, and a word or two between them, loose in the post's element rather than a paragraph or a
    list of the writer's: the theme's comments link, time and category."""
    return block.kind == "text" and block.link_density > _META_LINK_SHARE


def _annotates_its_link(item: Block) -> bool:
    """The item is a link, then a dash or colon and a few words of the writer's on what it leads to."""
    if item.element is None:
        return False
    anchors = [a for a in item.element.iter("a") if text_of(a).strip()]
    if len(anchors) != 1:
        return False
    shown = text_of(anchors[0]).strip()
    text = item.text.strip()
    if not text.startswith(shown):
        return False
    rest = text[len(shown):].strip()
    return rest[:1] in _ANNOTATION_MARKS \
        and (len(WORD.findall(rest)) >= _OWN_INTRO_WORDS or text_length(rest) >= _ANNOTATION_CHARS)


def own_reference_lines(blocks: list[Block], page_url: str) -> list[Block]:
    """The writer's references closing the text set as lines, not a list: a heading of a few words ("Useful links",
    "References") right under the text's last paragraph, then links one a line (a paragraph of <br>-parted links, or
    a paragraph a link) and nothing else, the last things in the element holding the text. Most of the links lead to
    other sites or documents, the rest to pages of the site named in words (its home page, its manual): a site's box
    of its stories ("Related posts") links its own posts, a share or follow bar social networks' buttons and profiles,
    and a theme sets either apart from the post's own text element."""
    lines, run = lines_after_text(blocks)
    if run is None or not lines:
        return []
    tail = [b for b in blocks if within(b.element, run)]
    first = len(tail)
    while first > 0 and _link_lines(tail[first - 1]) is not None:
        first -= 1
    if first in (0, len(tail)):
        return []
    heading, items = tail[first - 1], tail[first:]
    # Editors without a heading style set the label as a line wholly in bold ("<p><strong>Useful links</strong></p>");
    # a writer introduces the lines in a sentence of their own ("For more, follow the links below:"), and may then
    # point to the site's own pages alone: a box's label is a word or two.
    own_words = _introducing_sentence(heading)
    if not (set_as_heading(heading) or own_words) or heading.element.getparent() is not run \
            or not any(heading is b for b in lines) or not (own_words or _introduces_list(heading)) \
            or any(item.element.getparent() is not run for item in items):
        return []
    anchors = [a for item in items for a in _link_lines(item)]
    targets = [_reference(a, page_url) or _own_page(a, page_url) for a in anchors]
    # A social network's page among the writer's links (the event's hashtag beside its site) is one more of them; a
    # follow bar links social networks alone, or mostly.
    pages = sum(1 for a, target in zip(anchors, targets) if target is None and _social_page(a, page_url))
    if len(anchors) < _INLINE_REFERENCES or targets.count(None) > pages or 2 * pages >= len(targets) \
            or (2 * targets.count("away") <= len(targets) and not own_words):
        return []
    return [heading, *items]


def _introducing_sentence(block: Block) -> bool:
    """A line of the writer's, no link in it, ending on a colon and longer than a box's label ("For more on the
    alarms, click the links below:"). A furniture word in it ("click", "more") is the writer's when the line names
    the links it introduces; a box's line names stories ("You may also be interested in:")."""
    return block.kind in ("p", "text") and not block.link_chars and block.text.endswith(":") \
        and len(WORD.findall(block.text)) >= _INTRO_SENTENCE_WORDS \
        and (not FURNITURE_LINE.search(block.text) or _NAMES_LINKS.search(block.text) is not None)


def _own_page(anchor, page_url: str) -> str | None:
    """"own" for a link to another page of the page's site, its home page or a section too ("Home page",
    "Documentation"), None for one to the page itself or elsewhere."""
    target = page_target(anchor, page_url)
    return "own" if target is not None and host_of(target) == host_of(page_url) \
        and not links_to_page(target, page_url) else None


def _link_lines(block: Block) -> list | None:
    """The anchors of a paragraph of links and nothing else (one a line between <br>s, or a few on a line parted by
    spaces or marks); None for any other block."""
    if block.kind not in ("p", "text") or block.element is None or block.element.tag != "p" \
            or not block.link_chars or WORD.search(_words_outside_links(block.element)):
        return None
    return [a for a in block.element.iter("a") if text_of(a).strip()] or None


def _words_outside_links(element) -> str:
    """The element's text less its links' (a comment's text is none; its tail is)."""
    parts = []
    for node in element.iter():
        in_link = next(node.iterancestors("a"), None) is not None
        if isinstance(node.tag, str) and node.tag != "a" and not in_link:
            parts.append(node.text or "")
        if node is not element and not in_link:
            parts.append(node.tail or "")
    return " ".join(parts)


def own_inline_references(blocks: list[Block], page_url: str) -> list[Block]:
    """The text's last line when it is the writer's references set in one paragraph: a label of a few words ending
    on a colon ("Sources:"), then links to other sites and nothing but separators between them ("- <a>...</a>
    - <a>...</a>"). A share bar links to social networks, a line of tags to the site's listings. A label naming links
    ("Further links", "Weiterführende Links") is the writer's with or without its colon (_LINKS_LABEL), and the
    links under it may lead to the site's own pages too (its manuals, its helpdesk), named in a word or more."""
    line = _last_line_after_text(blocks)
    if line is None or line.kind not in ("p", "text") or line.element is None:
        return []
    anchors = [a for a in line.element.iter("a") if text_of(a).strip()]
    if len(anchors) < _INLINE_REFERENCES:
        return []
    rest = line.text
    shown = [spaced_text(a) for a in anchors]
    label, found, rest = rest.partition(shown[0])
    for text in shown[1:]:
        between, found, rest = rest.partition(text)
        if not found or WORD.search(between):
            return []
    label = label.rstrip(_SEPARATORS)
    words = len(WORD.findall(label))
    names_links = _LINKS_LABEL.search(label) is not None
    if WORD.search(rest) or not (label.endswith(":") or names_links) or not 0 < words <= _INTRO_WORDS \
            or (FURNITURE_LINE.search(label) and not _CROSS_REFERENCE.match(label)):
        return []
    targets = [_reference(a, page_url) for a in anchors]
    # Under a label naming links, most leading elsewhere on the web, the site's home page is one of the writer's
    # links too ("<a>Our website</a>"); a line of the site's own pages alone is its menu.
    home_too = names_links and 2 * targets.count("away") > len(targets)
    if any(target != "away" and not (names_links and _names_other_page(a, page_url))
           and not (home_too and _own_page(a, page_url)) for a, target in zip(anchors, targets)):
        return []
    return [line]


def _names_other_page(anchor, page_url: str) -> bool:
    """A link to another page than the page itself or a listing above it, and not to a social network (a profile,
    a share button): a page the writer names among their references, on the site or elsewhere."""
    target = page_target(anchor, page_url)
    return target is not None and not leads_to_social_network(target) \
        and not links_to_page(target, page_url) and not lists_page(target, page_url)


def _introduces_list(block: Block, annotated: bool = False) -> bool:
    """A heading, or a line ending on a colon, of a few words and no link; or a label set as a line ("See also").
    A label naming the site's furniture ("Related content", "Read also") heads its box of stories; a heading naming
    links ("Related links") the writer's references, when they lead elsewhere on the web (own_reference_list).
    A paragraph of the text ending on a colon introduces its list however long ("... I recommend the articles
    this post draws on:"): a box's label is a few words. A list `annotated` in the writer's words is theirs under any
    label."""
    words = len(WORD.findall(block.text))
    runs_on = runs_into_list(block)
    sentence = block.kind in ("p", "text") and (block.text.endswith(":") or runs_on) and words > _INTRO_WORDS
    if (block.link_chars and not runs_on) or not (0 < words <= _INTRO_WORDS or sentence) \
            or (FURNITURE_LINE.search(block.text) and not annotated and not _CROSS_REFERENCE.match(block.text)
                and not (set_as_heading(block) and _LINKS_LABEL.search(block.text))):
        return False
    return block.kind == "heading" \
        or (block.kind in ("p", "text") and (block.text.endswith((":", "?")) or runs_on or words < _OWN_INTRO_WORDS))


def _part_of_a_box(block: Block, intro: Block, page_url: str) -> bool:
    """The line above the list's heading is a label ("Related content:" over "More from the magazine:") or a link
    (the last of another list of stories): the list is one more part of the site's box, not the writer's. A label
    with a picture between it and the heading introduces the picture ("Results from the second round:" over a
    chart); links all leading to other sites close another list of the writer's references ("Downloads" over
    the app stores, then "Source code"). So does a heading with a picture between: it heads the text's section of
    pictures ("The result" over a photo and a video), the list under the next heading its last section; and a heading
    or label over an embedded player (marked before pruning dropped the player) heads the player ("The trailer")."""
    if block.kind == "heading" or block.text.endswith(":"):
        return not (_picture_between(block.element, intro.element) or introduces_media(block))
    if block.link_density > 0.5:
        anchors = [a for a in block.element.iter("a") if text_of(a).strip()]
        return not anchors or any(_reference(a, page_url) != "away" for a in anchors)
    return False


def _picture_between(label, heading) -> bool:
    """An image stands among the elements after `label` up to `heading`, both children of one element."""
    if label is None or heading is None or label.getparent() is None or label.getparent() is not heading.getparent():
        return False
    for sibling in label.itersiblings():
        if sibling is heading:
            return False
        if next(sibling.iter(*_PICTURE_TAGS), None) is not None:
            return True
    return False


def _social_page(anchor, page_url: str) -> bool:
    """The link leads to a page on a social network (a profile, a group's page), no post on it nor a share button."""
    target = page_target(anchor, page_url)
    return target is not None and leads_to_social_network(target) and not shares_page(target, host_of(page_url))


def _own_words(intro: Block) -> bool:
    return intro.text.endswith(":") and len(WORD.findall(intro.text)) >= _OWN_INTRO_WORDS \
        and not FURNITURE_LINE.search(intro.text)


def _reference(anchor, page_url: str) -> str | None:
    """"away" for a link to another site, a document or a recording, "own" for one to a post of the site named in a
    few words, None for anything else: the page itself, a listing above it, a social network's profile or share
    button."""
    target = page_target(anchor, page_url)
    if target is None or links_to_page(target, page_url) or lists_page(target, page_url):
        return None
    if leads_to_social_network(target):
        # A post on a social network ("twitter.com/anna/status/1...") is a source; a profile or a share button not.
        return "away" if len([part for part in urlsplit(target).path.split("/") if part]) >= _POST_PATH_PARTS else None
    if leads_away(target, host_of(page_url)) or leads_to_recording(target):
        return "away"
    return "own" if len(WORD.findall(text_of(anchor))) >= _LINK_WORDS else None
