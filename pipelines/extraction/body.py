"""Find the article's main text among a page's blocks: pick the best container, then keep its content blocks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, linearise
from .dates import find_date
from .metadata import links_to_page
from .page_dates import has_date_label
from .prune import INTRODUCES_MEDIA, fold, has_descendant, is_caption
from .text import text_of

_TEXT_KINDS = frozenset({"p", "text", "quote", "pre", "cell"})
_PARAGRAPH_TAGS = frozenset({"p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_CLIMB = 3
_CAPTION_START = re.compile(
    r"^(?:©|\(c\)\s|(?:foto|photo|bild|image|illustration|grafik|graphic|källa|source|credit|copyright|video|"
    r"fotograf|photograph|picture|kuva|billede|bilde)\s*[:©])", re.IGNORECASE)
# A credit ("Foto: Anna Berg", "Källa: SCB") is short; a line opening "Source:" that runs on is a reference.
_CREDIT_CHARS = 100
# A caption set as a paragraph ends on its picture's credit ("... outside Parliament (Picture: PA)", "... geschlachtet.
# Bildrechte: MDR/Anna Berg"); a sentence of the text ends on a full stop, and names its sources in words.
_CREDIT_END = re.compile(
    r"(?:\((?:photo|picture|image|foto|bild|illustration|graphic|grafik|kuva|billede|bilde)s?\s*:[^()]{1,80}\)"
    r"|\b(?:photo|picture|image|foto|bild|bildrechte|illustration|graphic|grafik|kuva|billede|bilde)s?\s*:"
    r"\s*[^.!?:]{1,60})$", re.IGNORECASE)
_CREDIT_TAIL = 100
# A date line: a date with at most a label, a time, a place or a reading time around it.
_DATE_LINE_CHARS = 100
_DATE_LINE_OTHER_WORDS = 5
# A line naming a day other than the page's is a date line only when it is little more than the date.
_OTHER_DAY_LINE_WORDS = 2
_LONG_PARAGRAPH = 80
# A line set without <p> shorter than this is furniture unless it is a sentence amid the text.
_SHORT_LINE_CHARS = 40
_ITEM_OWN_CHARS = 40
# A list whose items are linked for less than this share of their text is the writer's prose.
_PROSE_LIST_LINK_SHARE = 0.3
# Words a list's items average when they say something ("Anna fixed the ticket page for phones"): share buttons
# and a video strip's captions name a thing in a few.
_SENTENCE_ITEM_WORDS = 8
_PAID_REL = re.compile(r"\b(?:sponsored|nofollow)\b", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦‣●■] ?\w")
_WORD = re.compile(r"[^\W\d_]{2,}")
_STANDFIRST_CHARS = 80
# A byline opens with "by" in the partners' languages and their neighbours' ("Av", "Von", "Par"...).
_BYLINE = re.compile(r"^(?:by|von|av|af|par|por|di|door)\s", re.IGNORECASE)
# A heading of this many words before the text is its standfirst; a kicker or overline names a topic in a few.
_DECK_WORDS = 10
# Paragraphs above an <h1> that make it a heading within the text: more than a standfirst or a teaser's excerpt.
_PROSE_ABOVE_HEADLINE = 500
# The part holding the page's own headline must hold this share of the text to be the article alone.
_OWN_ARTICLE_SHARE = 0.3
# Classes and ids that mark the article's own text ("entry-content", "story-body", "post_text"...), and the
# hAtom "hentry" that blog themes put on the post's own wrapper.
_ARTICLE_MARK = re.compile(r"(?:article|story|entry|post|main)[-_]?(?:body|content|text)|\barticlebody\b|\bhentry\b",
                           re.I)
# A marked element holding this share of the best container's weight is the article.
_MARKED_SHARE = 0.6
# Short lines after the article's last long paragraph: credits, "Read also", feedback prompts.
_SIGN_OFF_CHARS = 60
# A writer's closing line ("Varma hälsningar från styrelsen", "Vi ses där!", "/Maria"), a greeting, a thank-you or
# a signature, is set like the furniture some sites put after the text: the words that mark that furniture (share,
# related, advertisement, tags, comments, newsletter, read more, follow us, contact us...) in the partners' languages
# and English.
_FURNITURE_LINE = re.compile(
    r"\b(?:share|shares|sharing|dela|jaa|teilen|related|relaterade?|relatert|liittyvät|verwandte|ähnliche|"
    r"advertisement|advertising|sponsored|annons|annonse|reklame|mainos|anzeige|werbung|tags?|tagged|taggar|"
    r"stikkord|avainsanat|schlagwörter|comments?|kommentarer|kommentare?|kommentit|kommentoi|newsletter|"
    r"nyhetsbrev|nyhedsbrev|uutiskirje|subscribe|prenumerera|abonnieren|abonner|tilaa|print|drucken|tulosta|"
    r"read more|read also|also read|see also|more from|läs mer|läs också|les mer|les også|læs mere|læs også|"
    r"lue lisää|lue myös|weiterlesen|mehr zum|lesen sie|follow us|följ oss|følg oss|følg os|folgen sie|seuraa|"
    r"loading|click|klicka|klikk|klik|posted|filed|categor(?:y|ies)|kategori(?:er|a)?|copyright|rights reserved|"
    r"contributed|reporting|editing|editor|redaktion|toimittaja|(?:photo|foto|picture|image)s? (?:by|von|av|af)|"
    r"breaking|already registered|log in|sign in|sign up|logga in|kirjaudu|contact us|kontakta oss|kontakt oss|"
    r"kontaktieren sie|more on|more about|more stories|more news|you may also|you might also|recommended|trending|"
    r"most read|popular|continue reading|continues below|report an? (?:error|typo)|conversation)\b", re.IGNORECASE)
# A signature: a name after a slash or a dash ("/Maria", "– Anna och Per").
_SIGNATURE = re.compile(r"^(?:/|[-–—]{1,2}) ?[^\W\d_]")
# A letter's closing greeting, whose words may all be capitalised ("Viele Grüße", "Hälsningar Styrelsen").
_GREETING = re.compile(r"\b(?:grüße|grüßen|gruß|hälsningar|hälsning|hilsen|hilsener|hilsner|terveisin|terveiset|"
                       r"regards|wishes|greetings|cheers)\b", re.IGNORECASE)
# A label inside the line ("Email: ...", "Quelle: ..."): a contact or a source, not the writer's words.
_LABEL = re.compile(r"[^\W\d_]: ")
_CLOSING_LINKS = ("mailto:", "tel:")
# Linked headings closing a post point to its sources; more of them in a row are a list of other stories.
_CLOSING_HEADLINES = 2
# How far above a block its caption element may sit (<figcaption><p>...</p></figcaption>).
_CAPTION_DEPTH = 3
_PROGRAMME_ROW = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d\b")
# A teaser card: a linked headline and a short excerpt a few levels up from the text.
_TEASER_CARD_DEPTH = 3
_TEASER_CARD_CHARS = 800
_HEADLINE_LINK_CHARS = 25
_FILE_NAME = re.compile(r"^[\w\-. ]{1,80}\.(?:jpe?g|png|gif|webp|svg|tiff?|pdf|docx?)$", re.IGNORECASE)
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt)(?:[?#]|$)", re.IGNORECASE)
_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Words of its own that make a line showing an address the writer's ("Project website: <address>").
_CITING_WORDS = 2
# Labels under a country's domain that name a kind of site, not the site ("example.co.uk", "example.com.au").
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})
_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)", re.IGNORECASE)
_OPENING_LINE = re.compile(r"[\w\d][.!?,:…][\"”»)]?$")
_PARENTHESISED = re.compile(r"^\(.*\)$")
_FULL_STOP = re.compile(r"[.!?…][\"”»)]?$")
_SENTENCE_END = re.compile(r"[.!?:;…\"”»)]$")
_SENTENCE_INSIDE = re.compile(r"[^\W\d]{2}[.!?] \w")
# Words of its own, besides a shown address, that make a linked line a sentence.
_OWN_SENTENCE_CHARS = 60
# Past this share of links a sentence is a list of names ("A, B, C and 40 more left kudos.") or a linked teaser.
_LINKED_SENTENCE_DENSITY = 0.7
# A sentence's worth of the writer's own words between the links (a credit "Shirt by <brand>." has fewer).
_OWN_WORDS_CHARS = 40


@dataclass
class Body:
    """The article's blocks in document order, and how many linked teaser headlines surrounded them.

    `longest_run` is the most prose the container holds between two linked headlines: an article's own
    text runs on, a listing's is cut into teasers.
    """

    blocks: list[Block] = field(default_factory=list)
    linked_headings: int = 0
    longest_run: int = 0


def extract_body(root, title: str | None = None, furniture_texts: frozenset[str] | set[str] = frozenset(),
                 url: str = "", page_days: frozenset[str] | set[str] = frozenset()) -> Body:
    """The main text of a page (no blocks when no container holds enough prose).

    `furniture_texts` are folded texts the page shows in furniture: blocks repeating them are dropped.
    `url` (the page's) tells links to other sites and documents, which a closing line may point to.
    `page_days` ("YYYY-MM-DD") are the page's publication and update days: a short line showing one of them is
    the byline's date line, a short line naming another day is the text's own ("CONCERT IN TOWN on 26 April").
    """
    page = root.find("body")
    blocks = linearise(page if page is not None else root)
    scores = _container_scores(blocks)
    container = max(scores, key=scores.get) if scores else None
    if container is None or scores[container] <= 0:
        return Body()
    container = _after_own_headline(page if page is not None else root, container, title, scores)
    if container.tag in _PARAGRAPH_TAGS:
        container = _paragraphs_around(container, blocks)
    wider = container
    container = _own_article(_marked_article(container, _below_own_headline(blocks, title, container) or scores),
                             title, scores)
    parts = [container, *_twins(container, scores)]
    positions = [i for i, b in enumerate(blocks) if any(_within(b.element, part) for part in parts)]
    inside = _standfirst(blocks, positions, wider) + [blocks[i] for i in positions]
    linked_headings = sum(1 for b in inside if _is_teaser_headline(b))
    longest_run = _longest_run(inside)
    cards: dict = {}
    own = (fold(title or ""), url)
    inside = [b for b in inside
              if b.kind in ("title", "heading") or not _in_teaser_card(b, container, cards, own)]
    return Body(_content_blocks(inside, title, furniture_texts, _host(url), page_days), linked_headings, longest_run)


def _is_teaser_headline(block: Block) -> bool:
    return block.kind in ("heading", "title") and block.link_density > 0.5


def _longest_run(blocks: list[Block]) -> int:
    longest = run = 0
    for block in blocks:
        if _is_teaser_headline(block):
            run = 0
        elif block.kind in _TEXT_KINDS and block.link_density < 0.35:
            run += block.chars
            longest = max(longest, run)
    return longest


def block_weight(block: Block) -> float:
    """How much a block looks like article prose (positive) or like page furniture (negative)."""
    density = block.link_density
    # A sentence naming its sources links much of itself ("organised by <the youth clubs>, <the libraries> and
    # <the sailing club>."): its own words are the writer's prose, as on a municipality's list of summer activities.
    # A line introducing a list (":") or a credit closing on a bracket is no such sentence.
    own = block.chars - block.link_chars
    if 0.35 <= density <= _LINKED_SENTENCE_DENSITY and own >= _OWN_WORDS_CHARS and _FULL_STOP.search(block.text) \
            and _linked_sentence(block):
        return float(own)
    if density > 0.5:
        # A post may be just its document ("The September newsletter", linked to the PDF).
        return 0.5 * block.chars if _is_document_line(block) else -0.5 * block.chars
    if block.kind in ("title", "heading"):
        return 0.0
    # A short item with no link is a point of the text, not navigation: it neither helps nor hurts its container
    # (a notice that is mostly a list of the schools that stay closed).
    if block.kind == "item" and not block.link_chars and block.chars < 80:
        return 0.0
    if block.chars < 25:
        return -5.0
    if block.kind == "item":
        return block.chars * 0.5 if block.chars >= 80 and density < 0.2 else -2.0
    if block.kind in _TEXT_KINDS and density < 0.35:
        return block.chars * (1.0 if block.kind == "p" else 0.8)
    return -0.2 * block.chars


def _container_scores(blocks: list[Block]) -> dict:
    """Summed block weights of every element that holds blocks."""
    scores: dict = {}
    for block in blocks:
        weight = block_weight(block)
        if weight == 0.0:
            continue
        element = block.element
        while element is not None:
            scores[element] = scores.get(element, 0.0) + weight
            element = element.getparent()
    return scores


def _standfirst(blocks: list[Block], positions: list[int], wider) -> list[Block]:
    """Prose between the headline and the body container (at `positions`): a standfirst in the article header.
    Without an <h1>, the header starts where `wider` does, the element the body container was found in (a
    standfirst set beside the "article-body" element, both in the <article>)."""
    if not positions or _opens_with_headline(blocks, positions):
        return []
    first_inside = positions[0]
    headline = next((i for i in range(first_inside - 1, -1, -1) if blocks[i].kind == "title"), None)
    if headline is not None and _is_teaser_headline(blocks[headline]):
        return []  # a linked <h1> is the site's name or a teaser's: what follows it is no standfirst
    if headline is None:
        headline = next((i - 1 for i in range(first_inside) if _within(blocks[i].element, wider)), None)
        if headline is None:
            return []
    return [b for b in blocks[headline + 1:first_inside]
            if b.kind in ("p", "text") and b.chars >= _STANDFIRST_CHARS and b.link_density < 0.2]


def _opens_with_headline(blocks: list[Block], positions: list[int]) -> bool:
    """The container holds the article's headline, and with it any standfirst: a headline inside it comes before
    its text (an <h1> after the text heads a teaser or a part of it)."""
    for i in positions:
        if blocks[i].kind == "title":
            return True
        if blocks[i].kind in ("p", "text") and blocks[i].chars >= _STANDFIRST_CHARS:
            return False
    return False


def _paragraphs_around(paragraph, blocks: list[Block]):
    """A paragraph is never the whole article: its short neighbours ("Have a nice weekend!", a sentence set as
    a heading) weigh less than nothing, but they are the same text. The nearest wrapper holding another of them."""
    element = paragraph
    for _ in range(_PARAGRAPH_CLIMB):
        element = element.getparent()
        if element is None:
            break
        neighbours = sum(1 for b in blocks if b.element is not paragraph
                         and (b.link_density <= 0.5 or _cites_address(b))
                         and (b.kind in ("p", "quote") or (b.kind == "text" and b.chars >= 25)
                              or (b.kind == "heading" and len(b.text.split()) >= 8))
                         and _within(b.element, element))
        if neighbours:
            return element
    return paragraph


def _after_own_headline(page, container, title: str | None, scores: dict):
    """The text under the page's own headline when the best container sits above it: a site notice in the
    header outweighs a post of two lines, but an article's text follows its headline."""
    wanted = fold(title or "")
    headline = next((h for h in page.iter("h1") if wanted and fold(text_of(h)) == wanted), None)
    if headline is None or _within(headline, container):
        return container
    for element in page.iter():
        if element is container:
            break  # the container comes first: look under the headline instead
        if element is headline:
            return container
    for ancestor in headline.iterancestors():
        if scores.get(ancestor, 0.0) > 0:
            return ancestor
    return container


def _below_own_headline(blocks: list[Block], title: str | None, container) -> dict | None:
    """Container weights counted from the page's own headline on, when the container holds it: a site notice in the
    header above the headline is no part of the article, and must not make the page-wide wrapper outweigh the post
    the page marks as its article (which leaves the comment section after it out)."""
    wanted = fold(title or "")
    start = next((i for i, b in enumerate(blocks) if b.kind == "title" and wanted and fold(b.text) == wanted), None)
    if start is None or not _within(blocks[start].element, container):
        return None
    scores = _container_scores(blocks[start:])
    return scores if scores.get(container, 0.0) > 0 else None


def _marked_article(container, scores: dict):
    """The element inside the best container that the page marks as the article (<article>, <main>,
    itemprop="articleBody", an "entry-content"/"story-body" class) when it holds most of its weight: a page-wide
    container must not pull in the teasers, promotion strips and footer lines around the article."""
    for element in container.iter():
        if element is container or not isinstance(element.tag, str):
            continue
        if scores.get(element, 0.0) < _MARKED_SHARE * scores[container]:
            continue
        if element.tag in ("article", "main") or element.get("itemprop") == "articleBody" \
                or _ARTICLE_MARK.search(f"{element.get('class', '')} {element.get('id', '')}"):
            return element
    return container


def _twins(container, scores: dict) -> list:
    """Siblings of the container with its tag and class that hold prose: the article's text split into two blocks
    by a box the site set between them (a picture, a "related" strip) which weighs down their common parent."""
    parent, names = container.getparent(), container.get("class")
    if parent is None or not names:
        return []
    return [s for s in parent if s is not container and s.tag == container.tag and s.get("class") == names
            and scores.get(s, 0.0) > 0]


def _own_article(container, title: str | None, scores: dict):
    """Pages that append the next article hold several headlines: keep to the part with the page's own."""
    while True:
        headlines = list(container.iterdescendants("h1"))
        if len(headlines) < 2:
            return container
        own = next((h for h in headlines if title and fold(text_of(h)) == fold(title)), headlines[0])
        child = next((c for c in container if c is own or _within(own, c)), None)
        if child is None or scores.get(child, 0) < _OWN_ARTICLE_SHARE * scores[container]:
            return container
        container = child


def _within(element, container) -> bool:
    while element is not None:
        if element is container:
            return True
        element = element.getparent()
    return False


def _content_blocks(blocks: list[Block], title: str | None, furniture_texts, host: str,
                    page_days: frozenset[str] | set[str] = frozenset()) -> list[Block]:
    start = _after_headline(blocks, title)
    kept: list[Block] = []
    link_lines: set[int] = set()
    seen: set[str] = set()
    opening = True
    dated = False
    lines_of_text = _lines_of_text(blocks) | _points_of_prose_lists(blocks) | _lists_amid_prose(blocks, host)
    closing = _writers_closing(blocks[start:], title, page_days)
    for block in blocks[start:]:
        if block.kind == "title":
            continue
        if block is closing:
            pass  # however short, the writer's own last line
        elif block.kind == "heading" and _is_link_line(block, host) and not _cites_address(block):
            link_lines.add(id(block))  # "The site can be found here: <link>" set as a heading
        # Until the first long paragraph, a line naming a day other than the page's opens the text; later, one
        # that ends as a sentence is the text's ("The next call opens on 3 March 2025.").
        elif _is_furniture(block, title, page_days if opening or (block.chars <= _DATE_LINE_CHARS
                                                                    and _SENTENCE_END.search(block.text)) else (),
                           id(block) in lines_of_text):
            # The page shows its date line once: a line after it that names the same day in words of its own, with
            # no label, opens the text ("Watch the morning show of 6.5.2014 at 01:01 in the clip").
            if dated and opening and _opens_on_the_day(block, page_days):
                pass
            elif _is_link_line(block, host):
                link_lines.add(id(block))
            else:
                dated = dated or (opening and block.chars <= _DATE_LINE_CHARS and _is_date_line(block.text, page_days))
                continue
        folded = fold(block.text)
        # A paragraph shown twice is a pull quote or a repeated box: keep the first.
        if folded in furniture_texts or folded in seen:
            continue
        seen.add(folded)
        kept.append(block)
        opening = opening and block.chars < _LONG_PARAGRAPH
    # A line that is one link to another site or a document closes a post ("Read the full article: ...",
    # the post's PDF); amid the text such lines are "read also" teasers, and so is a run of linked headlines after it.
    last_text = max((i for i, b in enumerate(kept) if id(b) not in link_lines and b.kind != "heading"), default=-1)
    headlines = sum(1 for i, b in enumerate(kept) if id(b) in link_lines and i > last_text and b.kind == "heading")
    kept = [b for i, b in enumerate(kept)
            if id(b) not in link_lines or (i > last_text and headlines <= _CLOSING_HEADLINES)]
    # A closing line that shows the address it links to ("Link to the event: <url>") is no sign-off.
    kept_lines = link_lines | {id(b) for b in kept if _shows_address(b) and _is_link_line(b, host)}
    if closing is not None:
        kept_lines.add(id(closing))
    return _trim_edges(kept, kept_lines, title if start else None)


def _writers_closing(blocks: list[Block], title: str | None, page_days) -> Block | None:
    """The writer's closing line after the last long paragraph ("Varma hälsningar från styrelsen", "Vi ses där",
    "/Maria"), which the sign-off trim would take for a credit or a prompt.

    It stands in the run of the text's own paragraphs (a sibling of one, or a line of the same element), is the last
    thing in that run, links nowhere but to an address to write or call, and is no label (":"), furniture word,
    credit or date line: sites set their furniture in boxes of its own after the text, or name it.
    """
    # The text's last long paragraph, or in a post of a few short lines its last sentence.
    last = max((i for i, b in enumerate(blocks) if b.kind in ("p", "text") and _is_text_after(b)), default=None)
    if last is None:
        last = max((i for i, b in enumerate(blocks) if _is_prose_line(b) and _FULL_STOP.search(b.text)), default=None)
        if last is None:
            return None
    paragraph = blocks[last].element
    run = paragraph if blocks[last].kind == "text" else paragraph.getparent()
    candidate = None
    for block in blocks[last + 1:]:
        if block.element is not paragraph and block.element.getparent() is not run \
                and not (block.element is run and block.kind == "text"):
            continue
        candidate = block
    if candidate is None or candidate.kind not in ("p", "text") or candidate.chars >= _SIGN_OFF_CHARS \
            or not _is_closing_line(candidate.text, title, page_days):
        return None
    element = candidate.element
    if any(not (a.get("href") or "").startswith(_CLOSING_LINKS) for a in element.iter("a")):
        return None
    # Nothing of the run follows it: a line above a box of links or buttons in the same run labels that box.
    if element is not run and any(text_of(s).strip() for s in element.itersiblings()):
        return None
    return candidate


def _is_closing_line(text: str, title: str | None, page_days) -> bool:
    """A greeting, a signature or a short sentence of the writer's, not a label, a furniture word, a credit or a
    date."""
    if text.endswith(":") or _LABEL.search(text) or _FURNITURE_LINE.search(text) or (title and text == title):
        return False
    if _SIGNATURE.match(text) or _GREETING.search(text):
        return True
    if not text[0].isupper():
        return False
    if len(text.split()) < 2:
        if not text.endswith("!"):
            return False
    elif not any(word[0].islower() for word in text.split()):
        return False  # a sentence has a word in lower case; a line of names or a source ("MDR (Anna Berg)") none
    return not (_CAPTION_START.match(text) or _ends_on_credit(text) or _PROGRAMME_ROW.match(text)
                or _is_date_line(text, page_days))


def _lines_of_text(blocks: list[Block]) -> set[int]:
    """Short sentences set as lines of their own between lines of text ("They both took one." in a story whose
    editor writes <div>s, not <p>s) or split off a paragraph's own element: a loose short line ("Share",
    "Sorry!") is furniture, these are the text."""
    between = {id(block) for before, block, after in zip(blocks, blocks[1:], blocks[2:])
               if _is_short_sentence(block) and _FULL_STOP.search(block.text)
               and _is_prose_line(before) and _is_prose_line(after)}
    # A short sentence split by <br><br> off the same element as a paragraph of prose is that text's own line
    # ("We can't wait to see your photos!" closing a post whose editor writes lines, not <p>s).
    writers = {id(b.element) for b in blocks
               if b.kind == "text" and b.chars >= _LONG_PARAGRAPH and b.link_density < 0.35}
    return between | {id(block) for block in blocks if _is_short_sentence(block)
                      and _SENTENCE_END.search(block.text) and id(block.element) in writers}


def _is_short_sentence(block: Block) -> bool:
    return block.kind == "text" and block.chars < _SHORT_LINE_CHARS and len(block.text.split()) > 1


def _points_of_prose_lists(blocks: list[Block]) -> set[int]:
    """Items of a list that is mostly the writer's own words ("Thanks to Ana, logins can now be imported", its
    name linked, among items of plain prose): points of the text, not a list of links."""
    lists: dict = {}
    for block in blocks:
        if block.kind == "item":
            chars, linked = lists.get(block.element.getparent(), (0, 0))
            lists[block.element.getparent()] = (chars + block.chars, linked + block.link_chars)
    prose = {parent for parent, (chars, linked) in lists.items() if linked < _PROSE_LIST_LINK_SHARE * chars}
    return {id(block) for block in blocks if block.kind == "item" and block.element.getparent() in prose}


def _lists_amid_prose(blocks: list[Block], host: str) -> set[int]:
    """Items of a list of links to other sites that stands in the text: set between two paragraphs of prose
    ("The programmes shown: <programme> <programme>", then how to apply), or under the text's own subheading or
    introducing line with more text after it (a post's bug list, then its next section), where a list of links
    closing the text is "read more"; or closing the text after a line introducing it ("Other deals:") with items
    that run longer than headlines."""
    lists: dict = {}
    for position, block in enumerate(blocks):
        if block.kind == "item":
            lists.setdefault(block.element.getparent(), []).append(position)
    points: set[int] = set()
    text_after: list[bool] = []  # filled on first need: most lists stand under no subheading
    for positions in lists.values():
        if not positions[0]:
            continue
        items = [blocks[i] for i in positions]
        if _stands_in_text(blocks, positions, text_after) and _links_elsewhere(items, host):
            points |= {id(item) for item in items}
    return points


def _stands_in_text(blocks: list[Block], positions: list[int], text_after: list[bool]) -> bool:
    first, last = positions[0], positions[-1]
    before = blocks[first - 1]
    if len(positions) >= 2 and last + 1 < len(blocks) and _is_sentence_of_text(before) \
            and _is_sentence_of_text(blocks[last + 1]):
        return True
    items = [blocks[i] for i in positions]
    introduced = before.text.endswith(":")
    if introduced and all(item.chars >= _LONG_PARAGRAPH for item in items):
        return True
    if not (introduced or before.kind == "heading") \
            or sum(len(_WORD.findall(item.text)) for item in items) < _SENTENCE_ITEM_WORDS * len(items) \
            or _paid_links(items):
        return False
    if not text_after:
        text_after.extend(_text_after(blocks))
    return text_after[last + 1]


def _paid_links(items: list[Block]) -> bool:
    """Links the site marks as paid or unendorsed ("sponsored", "nofollow"): a shop list ("Best value: <product>")
    under a subheading is a buying box, not the writer's points."""
    return any(_PAID_REL.search(a.get("rel") or "") for item in items for a in item.element.iter("a"))


def _text_after(blocks: list[Block]) -> list[bool]:
    """For each position (and the end), whether text of the article follows it."""
    after = [False] * (len(blocks) + 1)
    for position in range(len(blocks) - 1, -1, -1):
        after[position] = after[position + 1] or _is_text_after(blocks[position])
    return after


def _is_text_after(block: Block) -> bool:
    """A long paragraph of the text, or a point of a list as long (a post written as lists); a sign-off line
    ("The writer is on Twitter at ...") after a list of teasers is no more text."""
    if block.chars < _LONG_PARAGRAPH:
        return False
    if block.kind == "item":
        return block.link_density < _PROSE_LIST_LINK_SHARE
    return _is_sentence_of_text(block)


def _links_elsewhere(items: list[Block], host: str) -> bool:
    """Most of the items' links lead to other sites: related-article lists link the site's own pages."""
    hrefs = [a.get("href") or "" for item in items for a in item.element.iter("a")]
    return bool(hrefs) and sum(bool(_host(h)) and _host(h) != host for h in hrefs) * 2 > len(hrefs)


def _is_sentence_of_text(block: Block) -> bool:
    return _is_prose_line(block) or (block.link_density >= 0.35 and _linked_sentence(block))


def _is_prose_line(block: Block) -> bool:
    return (block.kind in ("p", "text") and block.link_density < 0.35
            and (block.chars >= _SHORT_LINE_CHARS or _FULL_STOP.search(block.text) is not None))


def _trim_edges(kept: list[Block], kept_lines: set[int] = frozenset(), headline: str | None = None) -> list[Block]:
    """Drop kickers and overlines before the first paragraph, and short sign-off lines after the last long one.
    `kept_lines` (link lines, the writer's closing line) are neither, nor is a line introducing the post's player or
    document ("Listen to the episode here" above an embedded podcast), which pruning dropped.

    A heading that ends like a sentence or a greeting ("Liebe Spender:innen,", "Nu har ... startat!") opens the text,
    and so does one as long as a sentence under the `headline` (the page's title, given when `kept` starts under
    its <h1>): the standfirst set as a heading.
    """
    start = next((i for i, b in enumerate(kept)
                  if b.kind != "heading" or id(b) in kept_lines or _OPENING_LINE.search(b.text)
                  or (headline is not None and _is_deck(b, headline))), len(kept))
    end = len(kept)
    while end > start and id(kept[end - 1]) not in kept_lines and (_is_closing_heading(kept[end - 1])
                                                                    or _is_sign_off(kept[end - 1])) \
            and not _introduces_media(kept[end - 1]):
        end -= 1
    return kept[start:end]


def _introduces_media(block: Block) -> bool:
    """A line marked by pruning as the one above an embedded player, unless it names furniture ("Related videos",
    "Advertisement")."""
    return block.element is not None and block.element.get(INTRODUCES_MEDIA) is not None \
        and not _FURNITURE_LINE.search(block.text)


def _is_deck(block: Block, headline: str) -> bool:
    """A heading as long as a sentence that is not the headline again (with a kicker run into it): the
    standfirst."""
    return len(block.text.split()) >= _DECK_WORDS and fold(headline) not in fold(block.text)


def _is_document_line(block: Block) -> bool:
    if block.kind not in ("p", "heading", "text") or block.element is None or len(block.text.split()) < 3:
        return False
    links = [a.get("href") or "" for a in block.element.iter("a")]
    return len(links) == 1 and _DOCUMENT.search(links[0]) is not None


def _is_closing_heading(block: Block) -> bool:
    """A heading after the text heads what follows it (related stories, a form), unless it is a sentence."""
    return block.kind == "heading" and _FULL_STOP.search(block.text) is None


def _is_link_line(block: Block, host: str) -> bool:
    """A paragraph or heading of a few words, or a bare address, whose links all lead to another site or to a
    document."""
    # A paragraph split off its element at <br><br> holds none of the element's links when it shows no linked text.
    if block.kind not in ("p", "heading", "text") or block.element is None or not block.link_chars:
        return False
    if len(block.text.split()) < 3 and not _BARE_ADDRESS.match(block.text):
        return False
    # In-page anchors (the "#" permalink icon beside a heading) lead nowhere else; an editor's stray empty
    # link (around a line break) is no second link.
    links = {href for a in block.element.iter("a")
             if not (href := a.get("href") or "").startswith("#") and text_of(a).strip()}
    return 0 < len(links) <= 2 and all(_DOCUMENT.search(h) or (_host(h) and _host(h) != host) for h in links)


def _shows_address(block: Block) -> bool:
    return any(_BARE_ADDRESS.match(text_of(a).strip()) for a in block.element.iter("a"))


def _host(url: str) -> str:
    match = _HOST.match(url or "")
    return match.group(1).lower().removeprefix("www.") if match else ""


def _site(host: str) -> str:
    """The domain a host belongs to ("money.example.com" and "www.example.com": "example.com"; "example.co.uk")."""
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL_LABELS else 2
    return ".".join(labels[-keep:])


def _after_headline(blocks: list[Block], title: str | None) -> int:
    """Index just after the headline when the container holds it: category labels and contacts sit above."""
    wanted = fold(title or "")
    prose = 0
    for index, block in enumerate(blocks):
        if block.kind == "p" and block.link_density < 0.35:
            prose += block.chars
        if block.kind != "title":
            continue
        own = bool(wanted) and fold(block.text) == wanted
        # A linked <h1> heads a teaser of another article (some CMSs set every teaser title in <h1>), unless it
        # shows the page's own title (blogs link the headline to the post's permalink or shortlink).
        if block.link_density <= 0.5 or own:
            # A headline set after all the text (a second <h1> at the foot for search engines) opens nothing, and
            # an <h1> after paragraphs of the text heads a part of it (HTML lets each section have its own <h1>).
            if all(b.kind in ("title", "heading") for b in blocks[index + 1:]) \
                    or (prose >= _PROSE_ABOVE_HEADLINE and not own):
                return 0
            return index + 1
    return 0


def _is_furniture(block: Block, title: str | None, page_days: frozenset[str] | set[str] = frozenset(),
                  line_of_text: bool = False) -> bool:
    if (_CAPTION_START.match(block.text) and block.chars <= _CREDIT_CHARS) or _FILE_NAME.match(block.text) \
            or _ends_on_credit(block.text):
        return True
    if _cites_address(block) or _is_caption(block) or (block.kind == "item" and line_of_text):
        return False
    if block.link_density > 0.5 and not _linked_sentence(block):
        return True
    if title and block.text == title:
        return True
    if block.kind == "heading":
        return False
    if block.kind == "item" or (block.kind == "text" and _BULLET.match(block.text)):
        # A list of links is furniture; an item that says more than its links is a point of the text. Editors
        # also set a list as lines led by a bullet ("• Harbour school: closed Friday").
        return block.link_density > 0.3 and block.chars - block.link_chars < _ITEM_OWN_CHARS
    if block.chars <= _DATE_LINE_CHARS and (_is_date_line(block.text, page_days) or _is_dated_byline(block.text)):
        return True
    if block.kind == "text" and block.chars < _SHORT_LINE_CHARS:
        return not line_of_text
    return block.chars < 15 and not _SENTENCE_END.search(block.text)


def _ends_on_credit(text: str) -> bool:
    tail = text[-_CREDIT_TAIL:]
    # Most blocks hold no colon near their end: the test spares them the search.
    return ":" in tail and _CREDIT_END.search(tail) is not None


def _is_sign_off(block: Block) -> bool:
    if block.kind in ("item", "cell") or block.chars >= _SIGN_OFF_CHARS or _FULL_STOP.search(block.text):
        return False
    # A note in parentheses closes the text it belongs to ("(Reporting by ...; Editing by ...)").
    if _PARENTHESISED.match(block.text):
        return False
    # List items, table cells and lines led by a time ("15.50 Summary, ...") are the rows of a list or a
    # programme, however short the last one; a caption kept is a picture's. A closing block set in lines
    # (<br>) is a signature or an address, unless it introduces what followed it ("Related posts:").
    set_in_lines = block.element is not None and block.element.find("br") is not None and block.text[-1] != ":"
    return not (_PROGRAMME_ROW.match(block.text) or _is_caption(block) or set_in_lines)


def _cites_address(block: Block) -> bool:
    """Words of the writer's own beside links that show their address ("Follow the work on Github: https://...",
    a list of the project's links): menus, teasers and related lists link titles, never bare addresses."""
    lowered = block.text.lower()
    # Most blocks show no address: two substring tests cost a fifth of the case-blind search they save.
    if "http" not in lowered and "www." not in lowered:
        return False
    addresses = _ADDRESS.findall(block.text)
    if not addresses or block.link_chars > sum(len(a) for a in addresses):
        return False
    return len(_WORD.findall(_ADDRESS.sub(" ", block.text))) >= _CITING_WORDS


def _is_caption(block: Block) -> bool:
    """A caption the pruning kept is of a picture set among the paragraphs: the article's text however short, unless
    it is a bare credit ("Foto: ...")."""
    element = block.element
    for _ in range(_CAPTION_DEPTH):
        if element is None or not isinstance(element.tag, str):
            return False
        if is_caption(element):
            return True
        element = element.getparent()
    return False


def _linked_sentence(block: Block) -> bool:
    """A sentence pointing to a source ("Read the whole story at <a>KI</a>.", "... on 6.3.2024. The original:
    <a>https://...</a>") is prose, not a link list."""
    if block.kind != "p":
        return False
    if len(block.text.split()) >= 4 and _SENTENCE_END.search(block.text) is not None:
        return True
    return block.chars - block.link_chars >= _OWN_SENTENCE_CHARS and _SENTENCE_INSIDE.search(block.text) is not None


def _in_teaser_card(block: Block, container, cards: dict, own: tuple[str, str]) -> bool:
    """Text under a linked headline inside a small card: a teaser of another article."""
    element = block.element
    for _ in range(_TEASER_CARD_DEPTH):
        element = element.getparent()
        if element is None or element is container:
            return False
        headlines = cards.get(element)
        if headlines is None:
            headlines = cards[element] = _card_headlines(element, own)
        if headlines == "large":
            return False
        if headlines and _comes_after(block.element, headlines, element):
            return True
    return False


def _card_headlines(card, own: tuple[str, str]):
    """"large" for a container too big to be a card, else its linked headings and headline links.

    Blogs link a post's own headline to its permalink: a headline within the page's title or linking to
    the page is no teaser's. A card teases one article: several headlines make a link list beside the text.
    """
    # The part holding the page's headline is the article itself, however short.
    if len(text_of(card)) > _TEASER_CARD_CHARS or has_descendant(card, "h1"):
        return "large"
    headings = [h for h in card.iter("h2", "h3", "h4", "h5") if _is_linked_heading(h)]
    found = [h for h in headings + _headline_links(card, _site(_host(own[1]))) if not _is_own_headline(h, own)]
    if len({fold(text_of(h)) for h in found}) > 1:
        return "large"
    return found


def _is_own_headline(element, own: tuple[str, str]) -> bool:
    title, page = own
    text = fold(text_of(element))
    if len(text) >= _HEADLINE_LINK_CHARS // 2 and text in title:
        return True
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return any(links_to_page(a.get("href"), page) for a in links)


def _comes_after(element, headlines: list, card) -> bool:
    wanted = set(headlines)
    for candidate in card.iter():
        if candidate is element:
            return False
        if candidate in wanted:
            return True
    return False


def _headline_links(card, site: str) -> list:
    """Links to the `site`'s own pages standing as blocks of their own with headline-length text (not links inside
    prose). A teaser leads to another article of the site; a line linking out is an advertisement or a source."""
    found = []
    for link in card.iter("a"):
        if len(text_of(link).strip()) < _HEADLINE_LINK_CHARS:
            continue
        if site and _site(_host(link.get("href") or "")) not in ("", site):
            continue
        inline = False
        for ancestor in link.iterancestors():
            if ancestor is card:
                break
            # Links in headings are weighed as linked headings; in paragraphs they are prose.
            if ancestor.tag in ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"):
                inline = True
                break
        if not inline:
            found.append(link)
    return found


def _is_linked_heading(heading) -> bool:
    if any(a.tag == "a" for a in heading.iterancestors()):
        return True
    text = len(text_of(heading).strip())
    linked = sum(len(text_of(a).strip()) for a in heading.iter("a"))
    return text > 0 and linked / text > 0.5


def _opens_on_the_day(block: Block, page_days) -> bool:
    """A short line naming one of the page's days in more words than a date line's label and time, none of them a
    label ("Published", "Updated")."""
    text = block.text
    return block.chars <= _DATE_LINE_CHARS and _is_date_line(text, page_days) and not has_date_label(text) \
        and not _is_date_line(text, page_days, _OTHER_DAY_LINE_WORDS)


def _is_dated_byline(text: str) -> bool:
    """A byline with its date ("by Anna Berg, Staff Writer | May 14, 2024 07:38am ET"); a sentence that opens with
    "By" and a date ends like one ("By May 1, 2024, every ferry is inspected.")."""
    return _BYLINE.match(text) is not None and _FULL_STOP.search(text) is None and find_date(text) is not None


def _is_date_line(text: str, page_days: frozenset[str] | set[str] = frozenset(),
                  other_words: int = _DATE_LINE_OTHER_WORDS) -> bool:
    found = find_date(text)
    if not found:
        return False
    rest = text[:found[1]] + " " + text[found[2]:]
    words = len(_WORD.findall(rest))
    if page_days and found[0][:10] not in page_days and words > _OTHER_DAY_LINE_WORDS \
            and not has_date_label(text[:found[1]]):
        return False
    return words <= other_words
