"""Judge single lines of the text: furniture, credits, date lines, link lines, sign-offs, the writer's closing line."""
from __future__ import annotations

import re

from news_archive.archive.word_measure import word_count

from .author_names import only_names
from .blocks import Block, text_length
from .dates import find_date
from .links import WEB_ADDRESS, absolute, leads_to_document, links_to_page, with_scheme
from .event_fields import is_event_field
from .date_lines import has_date_label, is_stamps_line
from .media_in_text import is_caption
from .text import text_of
from .xpaths import SOCIAL_HOSTS

# Words naming a picture in the partners' languages and their neighbours', and the labels of a picture's credit.
_PICTURE_WORDS = ("photo", "picture", "image", "foto", "bild", "illustration", "graphic", "grafik", "kuva", "billede",
                  "bilde")
PICTURE_CREDIT_LABELS = (*_PICTURE_WORDS, "fotograf", "photograph", "video", "copyright", "credit")
# A credit's label and a colon (or ©) open a caption; a source's label ("Källa: SCB") opens a credit too.
CAPTION_START = re.compile(
    rf"^(?:©|\(c\)\s|(?:{'|'.join((*PICTURE_CREDIT_LABELS, 'källa', 'source'))})\s*[:©])", re.IGNORECASE)
# A credit ("Foto: Anna Berg", "Källa: SCB") is short; a line opening "Source:" that runs on is a reference.
_CREDIT_CHARS = 100
# A caption set as a paragraph ends on its picture's credit ("... at the harbour (Picture: Anna Berg)", "... eröffnet.
# Bildrechte: Anna Berg"); a sentence of the text ends on a full stop, and names its sources in words. A word of an
# address ("example.org/colorize-photos: ...") is no credit's label.
_CREDIT_END = re.compile(
    rf"(?:\((?:{'|'.join(_PICTURE_WORDS)})s?\s*:[^()]{{1,80}}\)"
    rf"|(?<![\w/-])(?:{'|'.join((*_PICTURE_WORDS, 'bildrechte'))})s?\s*:\s*[^.!?:]{{1,60}})$", re.IGNORECASE)
_CREDIT_TAIL = 100
# A date line: a date with at most a label, a time, a place or a reading time around it.
DATE_LINE_CHARS = 100
# A label over a list names it in a few words ("Further reading", "Related links"); a sentence runs longer.
_LIST_INTRO_WORDS = 10
# A byline of the writers' names and the day runs longer than a date line: several writers, each named in full.
_NAMES_BYLINE_CHARS = 200
# What parts a byline's names from its date ("Ada Lind | May 4, 2024", "Ada Lind (May 4, 2024)").
_BYLINE_MARKS = " ,.|·•-–—()"
_DATE_LINE_OTHER_WORDS = 5
# A post's reading time, the theme's, beside its date and writer: a number of minutes and a word of reading ("1 min
# read", "5 Minuten Lesezeit", "3 min läsning", "4 minutters lesing", "2 min lukuaika", "6 min de lecture", "3 min
# leestijd"), or a label and the minutes ("Reading time: 3 min", "Lesezeit 5 Min.").
_MINUTES = r"\d+\s*(?:min|mins|minutes?|minuten|minuter|minutters?|minuutin|minuuttia)\b\.?"
_READING_WORD = r"(?:read|reading|les\w*zeit|lesedauer|lesing|lesetid|läsning|läs\w*tid|læsning|læsetid|lukuaika|" \
    r"lecture|lectura|leestijd)\b"
_READING_TIME = re.compile(rf"(?<![\w.,]){_MINUTES}\s+(?:de\s+|to\s+)?{_READING_WORD}"
                           rf"|\b(?:reading time|{_READING_WORD})\s*:?\s*{_MINUTES}", re.IGNORECASE)
# A line naming a day other than the page's is a date line only when it is little more than the date.
_OTHER_DAY_LINE_WORDS = 2
LONG_PARAGRAPH = 80
# The heading of the writer's box, in the partners' languages and English.
_AUTHOR_BOX_HEADING = re.compile(
    r"^(?:about the (?:authors?|writers?)|über (?:den autor|die autorin|die autor(?:inn)?en)|zum autor|zur autorin|"
    r"om (?:författaren|författarna|skribenten|forfatteren|forfatterne)|(?:tietoa )?kirjoittaja(?:sta|ista))"
    r"\s*:?$", re.IGNORECASE)
# A line set without <p> shorter than this is furniture unless it is a sentence amid the text.
SHORT_LINE_CHARS = 40
_ITEM_OWN_CHARS = 40
# A list whose items are linked for less than this share of their text is the writer's prose.
PROSE_LIST_LINK_SHARE = 0.3
_BULLET = re.compile(r"^[•·▪◦‣●■] ?\w")
# Every date a text may print has a digit: a line without one needs no date parse.
_DIGIT = re.compile(r"\d")
# A telephone number alone on its line ("(858) 453-5500", "+47 22 33 44 55", "08-123 456 78"): groups of digits, an
# area code in brackets or a country code, or three groups at least (a year's span, "2023-2024", has two).
_PHONE_NUMBER = re.compile(r"^(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)\s?)?\d+(?:[\s.\-/]\d+){1,5}$")
_PHONE_DIGITS = (7, 15)
WORD = re.compile(r"[^\W\d_]{2,}")
# A byline opens with "by" in the partners' languages and their neighbours' ("Av", "Von", "Par"...).
_BYLINE = re.compile(r"^(?:by|von|av|af|par|por|di|door)\s", re.IGNORECASE)
# A line naming the writer alone: a word or two of its own ("Guest post"), "by" with or without a colon, then a name,
# a role or an office in a few words and no sentence ("by: Anna Berg", "Guest post by: Per Holm, Campus").
_WRITERS_CREDIT = re.compile(r"^(?:[^\W\d_]+\s+){0,2}(?:by|von|av|af|par|por|door)\s*:?\s+(?P<name>[^.!?…:]+)$",
                             re.IGNORECASE)
_WRITERS_CREDIT_WORDS = 8
# A label names what follows it in a word or a few before its colon ("FOR IMMEDIATE RELEASE:", "Summary:").
_LABEL_WORDS = 4
# Short lines after the article's last long paragraph: credits, "Read also", feedback prompts.
SIGN_OFF_CHARS = 60
# A writer's closing line ("Varma hälsningar från styrelsen", "Vi ses där!", "/Maria"), a greeting, a thank-you or
# a signature, is set like the furniture some sites put after the text: the words that mark that furniture (share,
# related, advertisement, tags, comments, newsletter, read more, follow us, contact us...) in the partners' languages
# and English. One tag is labelled ("Tag: ..."): the word alone is German for a day ("Einen schönen Tag").
FURNITURE_LINE = re.compile(
    r"\b(?:share|shares|sharing|dela|jaa|teilen|related|relaterade?|relatert|liittyvät|verwandte|ähnliche|"
    r"advertisement|advertising|sponsored|annons|annonse|reklame|mainos|anzeige|werbung|tags|tag(?=\s*:)|tagged|"
    r"taggar|stikkord|avainsanat|schlagwörter|comments?|kommentarer|kommentare?|kommentit|kommentoi|newsletter|"
    r"nyhetsbrev|nyhedsbrev|uutiskirje|subscribe|prenumerera|abonnieren|abonner|tilaa|print|drucken|tulosta|"
    r"read more|read also|also read|see also|more from|läs mer|läs också|les mer|les også|læs mere|læs også|"
    r"lue lisää|lue myös|weiterlesen|mehr zum|lesen sie|follow us|följ oss|følg oss|følg os|folgen sie|seuraa|"
    r"loading|click|klicka|klikk|klik|posted|filed|categor(?:y|ies)|kategori(?:er|a)?|copyright|rights reserved|"
    r"contributed|reporting|editing|editor|redaktion|toimittaja|(?:photo|foto|picture|image)s? (?:by|von|av|af)|"
    r"breaking|already registered|log in|sign in|sign up|logga in|kirjaudu|contact us|kontakta oss|kontakt oss|"
    r"kontaktieren sie|more on|more about|more stories|more news|you may also|you might also|recommended|trending|"
    r"most read|popular|continue reading|continues below|report an? (?:error|typo)|conversation)\b", re.IGNORECASE)
# A press release's header: its release label, then the day, the issuer and the contact ("For Immediate Release:
# July 22, 2016 Published By: <office> Contact: <name>, <phone>"), the release's fields, not its text.
_RELEASE_HEADER = re.compile(r"^for immediate release\b", re.IGNORECASE)
_RELEASE_HEADER_CHARS = 300
# A letter's salutation opening the text ("Dear members", "Beste leden", "Liebe Mitglieder", "Hej alla"), with or
# without its comma: a name or a group after a word of address.
_SALUTATION = re.compile(r"^(?:dear|hi|hello|hallo|hej|hei|moi|hey|liebe[rs]?|beste|lieve|geachte|kære|kjære|"
                         r"cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|car[oi])\s+\S", re.IGNORECASE)
_SALUTATION_WORDS = 4
# A label inside the line ("Email: ...", "Quelle: ..."): a contact or a source, not the writer's words.
LABEL = re.compile(r"[^\W\d_]: ")
CLOSING_LINKS = ("mailto:", "tel:")
# How far above a block its caption element may sit (<figcaption><p>...</p></figcaption>).
_CAPTION_DEPTH = 3
# A programme's row is led by its time, after a word flagging it at most ("New: 19:00 Closing talk").
PROGRAMME_ROW = re.compile(r"(?:[^\W\d_]{1,10}[:!]\s+)?(?:[01]?\d|2[0-3])[.:][0-5]\d\b")
# A match's result: two sides set apart by a spaced colon, then the score ("Harbour : Lantern 15:8").
_RESULT_ROW = re.compile(r"[^\W\d_][\w.'&/-]*(?: [^\W\d_][\w.'&/-]*){0,3} : [^\W\d_][\w.'&/-]*"
                         r"(?: [^\W\d_][\w.'&/-]*){0,3} \d{1,3} ?: ?\d{1,3}\b")
# A row of a notice's timeline: a label of a word or a few (a weekday among them), maybe a day with or without its
# year, then the clock time after "kl"/"at" or not ("Error occurred: 09:26", "Fixed at 15:45", "Resolved: 07.09.2022
# kl.14:30", "Occurred: 27.06 kl 11:10"), as a status or incident notice closes on when it went wrong and was put right.
_TIMELINE_ROW = re.compile(r"^((?:[^\W\d_]+\.?\s*:?\s+){1,4})(?:\d{1,2}\.\d{1,2}(?:\.(?:\d{2,4})?)?\s+)?"
                           r"(?:[^\W\d_]{1,3}\.?:?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.:]\d)")
# Pictographs a writer frames a line with ("🎉 See you there! 🎉", "🔥 RACE DAY: 28.07.2024 🔥"), and what may trail
# one (an emoji's variation selector, skin tone, joiner).
_PICTOGRAPH = "\U0001F300-\U0001FAFF\u2600-\u27BF"
_DECORATED = re.compile(rf"^[{_PICTOGRAPH}]|[{_PICTOGRAPH}][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*$")
# A line framed in pictographs is a tagline or a motto this long at most; longer, it is a paragraph anyway.
_DECORATED_CHARS = 100
# A line of the writer's hashtags ("#harbour #ferries #summer2024") tags the post in its own words.
_HASHTAG = re.compile(r"(?<!\S)#[^\W_][\w-]*")
# A hashtag as typed in a sentence names a word ("#meetup2024"), not a rank ("#1").
_TYPED_HASHTAG = re.compile(r"(?<!\S)#[^\W\d_][\w-]*")
_FILE_NAME = re.compile(r"^[\w\-. ]{1,80}\.(?:jpe?g|png|gif|webp|svg|tiff?|pdf|docx?)$", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg)(?:[?#]|$)", re.IGNORECASE)
BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# A source named by a word and its address ("more: https://...", "Source: www...."), as a post closes on its source.
_LABELLED_ADDRESS = re.compile(r"^[^\W\d_]+:\s*(?:https?://|www\.)\S+$", re.IGNORECASE)
# Words of its own that make a line showing an address the writer's ("Project website: <address>").
_CITING_WORDS = 2
# A line closing a post links to a few sources; more links make a list.
_LINE_LINKS = 4
# Where sites and writers ask readers to follow them ("Follow Anna on Twitter", "become a fan on Facebook").
_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^\(.*\)$")
# A line ending on a typed smiley (":)", ";-)", ":D") is the writer's, as one ending on a full stop.
_SMILEY = re.compile(r"(?<![:/])[:;]-?[)D]$")
# Editors whose text box has no heading style set a line apart in bold.
_BOLD_TAGS = frozenset({"strong", "b"})
# The elements of one row of a list or a table: a paragraph right inside one is that row's text.
_LIST_ROW_TAGS = frozenset({"li", "dt", "dd", "td", "th"})
# Chinese and Japanese end a sentence with their own full stop ("。", a quote after it with 」 or 』): a short closing
# line ending so ("請繼續收看。") is a sentence of the text, no sign-off. A note closing the text in brackets ends on
# its full stop inside them ("[Update: the talk moved to Friday.]"), as one in parentheses does.
FULL_STOP = re.compile(r"(?:[.!?…][\"”»)\]]?|。[」』）]?)$")
# Their exclamation and question marks end the text's last line too ("祝大家新年快樂！"), and a box's call to follow
# the site ("…を読もう！" over its social links) after the related-posts headings: content_blocks._trim_edges tells
# them apart by what stands before the line.
CJK_EXCLAMATION = re.compile(r"[！？][」』）]?$")
SENTENCE_END = re.compile(r"[.!?:;…\"”»)。！？：；」』]$")
_SENTENCE_INSIDE = re.compile(r"[^\W\d]{2}[.!?] \w")
# A pointer line: its linked word or two in lower case ("here", "this page"; a name, a file or an address is the
# thing it names), in a sentence of a few words, no label ("Source: <a>Agency</a>").
_POINTER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
_POINTER_LINE_WORDS = 10
# Words of its own, besides a shown address, that make a linked line a sentence.
_OWN_SENTENCE_CHARS = 60


def is_teaser_headline(block: Block) -> bool:
    return block.kind in ("heading", "title") and block.link_density > 0.5


def is_text_after(block: Block) -> bool:
    """A long paragraph of the text, or a point of a list as long (a post written as lists); a sign-off line
    ("The writer is on Twitter at ...") after a list of teasers is no more text."""
    if block.chars < LONG_PARAGRAPH:
        return False
    if block.kind == "item":
        return block.link_density < PROSE_LIST_LINK_SHARE
    return is_sentence_of_text(block)


def is_sentence_of_text(block: Block) -> bool:
    return is_prose_line(block) or (block.link_density >= 0.35 and linked_sentence(block))


def runs_into_list(block: Block) -> bool:
    """A paragraph of the text whose last sentence the list under it completes, its colon left out ("You can find
    the slides at the following places" over the links): it stops on a word after more words than a label's, and
    its words are mostly its own, whatever links some of them carry."""
    return block.kind in ("p", "text") and block.text[-1:].isalpha() \
        and len(WORD.findall(block.text)) > _LIST_INTRO_WORDS and block.link_density < 0.5


def is_prose_line(block: Block) -> bool:
    return (block.kind in ("p", "text") and block.link_density < 0.35
            and (block.chars >= SHORT_LINE_CHARS or FULL_STOP.search(block.text) is not None))


def is_document_line(block: Block) -> bool:
    if block.kind not in ("p", "heading", "text") or block.element is None or len(block.text.split()) < 3:
        return False
    links = [a.get("href") or "" for a in block.element.iter("a")]
    return len(links) == 1 and leads_to_document(links[0])


def heads_author_box(block: Block) -> bool:
    """A heading naming the writer's box ("About the author", "Über die Autorin", "Om författaren", "Kirjoittajasta"):
    after the text, the bio under it is the site's card for the writer, the same under each of their posts. Editors
    whose text box has no heading style set it as a line wholly in bold ("<p><strong>About the author</strong></p>")."""
    return set_as_heading(block) and _AUTHOR_BOX_HEADING.match(block.text) is not None


def set_as_heading(block: Block) -> bool:
    """A heading, or a short line set wholly in bold, as editors without a heading style set one."""
    return block.kind == "heading" or (block.kind in ("p", "text") and block.element is not None
                                       and block.chars < SHORT_LINE_CHARS and set_in_bold(block))


# A pager's button between a post and its neighbours: the word alone, with its arrow ("←Previous", "Next →",
# "« Older"), in the partners' languages and English.
_PAGER_BUTTON = re.compile(r"^[\s←→«»‹›<>]*(?:previous|next|older|newer|föregående|nästa|forrige|neste|næste|"
                           r"edellinen|seuraava|vorherige[rs]?|nächste[rs]?|zurück|weiter)"
                           r"(?:\s+(?:post|entry|article|story))?[\s←→«»‹›<>]*$", re.IGNORECASE)


def is_pager_button(block: Block) -> bool:
    """A line that is one link or button naming only the way to the previous or next post ("←Previous"), whether it
    leads anywhere or, on the first or last post, is a disabled placeholder <a> without an address."""
    if block.element is None or not _PAGER_BUTTON.match(block.text):
        return False
    # the line's own words are one <a>'s (a theme may set the button loose in its list, beside the other's <li>)
    return any(" ".join(text_of(anchor).split()) == block.text for anchor in block.element.iter("a"))


def is_closing_heading(block: Block) -> bool:
    """A heading after the text heads what follows it (related stories, a form), unless it is a sentence or names
    the hashtag to follow ("Follow the meeting: #meetup2024")."""
    return block.kind == "heading" and FULL_STOP.search(block.text) is None and not _names_hashtag(block)


def is_link_line(block: Block, host: str) -> bool:
    """A paragraph or heading of a few words, or a bare address, whose links lead to other sites or to documents:
    all of them, or half of a few ("Register <a>at the venue</a>; <a>our schedule</a>", "Problems, results, press:
    <a>A</a>, <a>B</a>"); a quote of a few words linking to documents only ("Download the newsletter as PDF"). A
    list's only point is a line set with a bullet ("• Direct link for <a>registration</a>")."""
    # A paragraph split off its element at <br><br> holds none of the element's links when it shows no linked text.
    if (block.kind not in ("p", "heading", "text", "quote") and not _sole_point(block)) or block.element is None \
            or not block.link_chars:
        return False
    # Two words make a line when they end as a sentence ("Register for the weekend!").
    words = len(block.text.split())
    if words < 3 and not BARE_ADDRESS.match(block.text) and not (words == 2 and FULL_STOP.search(block.text)) \
            and not _LABELLED_ADDRESS.match(block.text):
        return False
    # In-page anchors (the "#" permalink icon beside a heading) lead nowhere else; an editor's stray empty
    # link (around a line break) is no second link.
    links = {href for a in block.element.iter("a")
             if not (href := a.get("href") or "").startswith("#") and text_of(a).strip()}
    away = sum(1 for h in links if leads_away(h, host))
    # Editors indent the link to the post's own document (its PDF) as a quote; a quote linking to other sites is the
    # embed of someone else's post.
    if block.kind == "quote":
        return bool(links) and all(leads_to_document(h) for h in links)
    # A paragraph's links may lead half to the site's own pages (its schedule); a bar of buttons beside the text is
    # no paragraph, and its links to the site's own log-in or subscription pages make it no source line.
    return 0 < len(links) <= _LINE_LINKS \
        and (away == len(links) or (block.kind == "p" and len(links) > 1 and away * 2 >= len(links)))


def _sole_point(block: Block) -> bool:
    """The only point of a list set right after a paragraph of the text, most of its words the writer's: a line set
    with a bullet. (A one-point box of links, a "Reuse this content" button, is no such line.)"""
    listing = block.element.getparent() if block.kind == "item" and block.element is not None else None
    previous = listing.getprevious() if listing is not None else None
    return previous is not None and previous.tag == "p" and sum(1 for child in listing if child.tag == "li") == 1 \
        and block.chars - block.link_chars >= block.link_chars


def is_closing_link(block: Block, host: str) -> bool:
    """A link line that closes a post as its source or document ("The full release <a>here</a>", "The live stream is
    <a>at this link</a>"), not a prompt to follow the site: no furniture word, no link to a social network profile."""
    return is_link_line(block, host) and not FURNITURE_LINE.search(_words_beside_links(block)) \
        and not any(leads_to_social_network(a.get("href") or "") for a in block.element.iter("a"))


def _words_beside_links(block: Block) -> str:
    """The line's own words around its links, where it has some ("Published by <a>Popular Science Weekly</a>"): a
    furniture word in a linked name is the source's name, not the site's prompt; a line that is all link is read
    whole ("<a>Most popular</a>")."""
    own = block.text
    for link in block.element.iter("a"):
        linked = text_of(link).strip()
        if linked:
            own = own.replace(linked, " ", 1)
    return own if WORD.search(own) else block.text


def is_pointer_line(block: Block, page_url: str) -> bool:
    """A short sentence whose one link, a word or two ("Read the rest <a>here</a>", "See the collection <a>here</a>"),
    points to another page: where the post goes on, as its own last line. A teaser's or a "read also" link names the
    story it leads to; a prompt to read on at the page itself ("Continue reading") or to enlarge a picture leads
    nowhere else."""
    if block.kind not in ("p", "text") or block.element is None or len(block.text.split()) > _POINTER_LINE_WORDS:
        return False
    link = sole_link(block)
    pointer = " ".join(text_of(link).split()) if link is not None else ""
    # Set in capitals for emphasis ("click <a>HERE</a>") it is still the pointing word; a capitalised one names a page.
    if not (_POINTER.fullmatch(pointer) and (pointer.islower() or pointer.isupper())) \
            or len(block.text.split()) <= len(pointer.split()) \
            or LABEL.search(block.text):
        return False
    target = page_target(link, page_url)
    return target is not None and not _IMAGE_FILE.search(target) and not links_to_page(link.get("href") or "", page_url)


def sole_link(block: Block):
    """The block's one link with words, or None when it has none or several."""
    links = [a for a in block.element.iter("a") if text_of(a).strip()]
    return links[0] if len(links) == 1 else None


def page_target(link, page_url: str) -> str | None:
    """The address a link leads to, absolute; None for a link within the page or a closing link (mail, phone)."""
    href = link.get("href") or ""
    return absolute(href, page_url) if page_url and not href.startswith(("#", *CLOSING_LINKS)) else None


def leads_away(href: str, host: str) -> bool:
    """A link to a document, or to another site than `host`."""
    return leads_to_document(href) or bool(host_of(href) and host_of(href) != host)


def leads_to_social_network(href: str) -> bool:
    return host_of(href) in SOCIAL_HOSTS


def host_of(url: str) -> str:
    match = _HOST.match(with_scheme(url or ""))
    return match.group(1).lower().removeprefix("www.") if match else ""


def is_furniture(block: Block, title: str | None, page_days: frozenset[str] | set[str] = frozenset(),
                 line_of_text: bool = False) -> bool:
    if (CAPTION_START.match(block.text) and block.chars <= _CREDIT_CHARS) or _FILE_NAME.match(block.text) \
            or ends_on_credit(block.text):
        return True
    if cites_address(block) or _is_caption(block) or (block.kind == "item" and line_of_text):
        return False
    if block.link_density > 0.5 and not linked_sentence(block):
        return True
    if title and block.text == title:
        return True
    if block.kind == "heading":
        return False
    if block.kind == "item" or (block.kind == "text" and _BULLET.match(block.text)):
        # A list of links is furniture; an item that says more than its links is a point of the text. Editors
        # also set a list as lines led by a bullet ("• Harbour school: closed Friday").
        return block.link_density > 0.3 and block.chars - block.link_chars < _ITEM_OWN_CHARS
    if _stamped_line(block, page_days):
        return True
    if block.chars <= _NAMES_BYLINE_CHARS and _names_and_day(block.text, page_days):
        return True
    if block.chars <= _RELEASE_HEADER_CHARS and _RELEASE_HEADER.match(block.text):
        return True
    if is_phone_number(block.text):
        return False  # an address's last line in the writer's list (the venue's, the hotel's): no label
    if block.kind == "text" and block.chars < SHORT_LINE_CHARS:
        return not line_of_text
    # A tiny line is a label ("Share", "Ad"), unless it ends as a sentence or as a letter's salutation or closing
    # does ("Dear members,", "Regards,"): labels never end on a comma.
    return block.chars < 15 and not SENTENCE_END.search(block.text) and not line_of_text and block.text[-1] != ","


def is_phone_number(text: str) -> bool:
    """The line is a telephone number alone (not a date: date lines are read first)."""
    text = text.strip()
    if _PHONE_NUMBER.match(text) is None:
        return False
    digits = sum(char.isdigit() for char in text)
    groups = len(re.findall(r"\d+", text))
    return _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1] and (text[0] in "+(" or groups >= 3)


def is_stamp(block: Block, page_days: frozenset[str] | set[str] = frozenset()) -> bool:
    """A picture's credit or file name, a date line, a line of stamps or a dated byline: furniture wherever it stands,
    even in the text's own element."""
    return bool((CAPTION_START.match(block.text) and block.chars <= _CREDIT_CHARS) or _FILE_NAME.match(block.text)
                or ends_on_credit(block.text)
                or _stamped_line(block, page_days)
                or (block.chars <= _NAMES_BYLINE_CHARS and _names_and_day(block.text, page_days)))


def _stamped_line(block: Block, page_days: frozenset[str] | set[str]) -> bool:
    """A date line, a line of the page's stamps or a dated byline: as short as such lines are."""
    return block.chars <= DATE_LINE_CHARS and (is_date_line(block.text, page_days) or _is_dated_byline(block.text)
                                               or is_stamps_line(block.text))


def is_salutation(block: Block) -> bool:
    """A short unlinked line opening as a letter does ("Dear members,", "Beste leden"), however short."""
    return block.kind in ("p", "text") and not block.link_chars \
        and len(block.text.split()) <= _SALUTATION_WORDS and _SALUTATION.match(block.text) is not None


def is_byline(text: str) -> bool:
    """A line naming the writer ("By Anna Berg", "Von Anna Berg")."""
    return _BYLINE.match(text) is not None


def says_nothing_of_the_text(text: str) -> bool:
    """The line names only who wrote the text ("by: Anna Berg", "Guest post by: Per Holm", "by Anna Berg, Editor,
    Campus") or is a label for what follows it ("FOR IMMEDIATE RELEASE:"): a theme describing a post by its first
    paragraph describes it so when the post opens on its byline; such a line is no standfirst."""
    credit = _WRITERS_CREDIT.match(text.strip())
    if credit is not None:
        return len(credit.group("name").split()) <= _WRITERS_CREDIT_WORDS and find_date(text) is None
    return text.rstrip().endswith(":") and len(WORD.findall(text)) <= _LABEL_WORDS


def ends_on_credit(text: str) -> bool:
    tail = text[-_CREDIT_TAIL:]
    # Most blocks hold no colon near their end: the test spares them the search.
    return ":" in tail and _CREDIT_END.search(tail) is not None


def is_sign_off(block: Block) -> bool:
    # A preformatted block is the writer's code or a program's output ("$ make install"), however short: no site
    # sets its credits or prompts in <pre>.
    if block.kind in ("item", "cell", "pre") or _in_list_row(block) or block.chars >= SIGN_OFF_CHARS \
            or FULL_STOP.search(block.text):
        return False
    # A note in parentheses closes the text it belongs to ("(Reporting by ...; Editing by ...)").
    if _PARENTHESISED.match(block.text) or _SMILEY.search(block.text):
        return False
    # List items, table cells and lines led by a time ("15.50 Summary, ...") or a match's result are the rows of a
    # list, a programme or a score sheet, however short the last one; a caption kept is a picture's. A closing block set in lines
    # (<br>) is a signature or an address, unless it introduces what followed it ("Related posts:"); a telephone
    # number closes an address given in the text.
    set_in_lines = block.element is not None and block.element.find("br") is not None and block.text[-1] != ":"
    return not (PROGRAMME_ROW.match(block.text) or _timeline_row(block.text) or _RESULT_ROW.match(block.text)
                or _is_caption(block) or set_in_lines or is_phone_number(block.text)
                or _hashtag_line(block) or _names_hashtag(block) or _quoted(block))


def _in_list_row(block: Block) -> bool:
    """A paragraph set right inside a list's row (`<dd><p>Drinks in the hall</p></dd>` beside its `<dt>18:00</dt>`, a
    `<li><p>` or a cell's `<p>`): a row of the list, a programme or a table, as the row's own text would be."""
    parent = block.element.getparent() if block.element is not None else None
    return parent is not None and parent.tag in _LIST_ROW_TAGS


def _timeline_row(text: str) -> bool:
    """A label and the clock time ("Resolved: 15:45"), not a publication or update stamp ("Updated 10:32"); a row
    may go on to the next ("Occurred: 21.08 16:25 Updated: 23.08 10:20"), so only its own label counts."""
    row = _TIMELINE_ROW.match(text)
    return row is not None and not has_date_label(row.group(1)) and not FURNITURE_LINE.search(text)


def is_timeline_row(block: Block) -> bool:
    """A short unlinked line that is a row of a notice's timeline, however short or dated: after the text, when the
    incident began and was resolved is the notice's own news, not a date line or a label."""
    return block.kind in ("p", "text") and not block.link_chars and block.chars <= DATE_LINE_CHARS \
        and _timeline_row(block.text)


def is_programme_row(block: Block) -> bool:
    """A line led by a time and naming what happens then ("12.45 – 14.00 Lunch"), unlinked: a row of a programme
    when others like it stand by. A bare time ("16:56") stamps a live report's entry."""
    row = PROGRAMME_ROW.match(block.text)
    return block.kind in ("p", "text") and not block.link_chars and row is not None \
        and WORD.search(block.text, row.end()) is not None


def set_in_bold(block: Block) -> bool:
    """All of the block's text is inside <strong>/<b>, an <em> around or within them aside."""
    element = block.element
    bold = 0
    for tag in element.iter(*_BOLD_TAGS):
        outer = tag.getparent()
        while outer is not element and outer.tag not in _BOLD_TAGS:
            outer = outer.getparent()
        if outer is element:  # counted once, at the outermost bold tag
            bold += text_length(text_of(tag))
    return bold == block.chars


def is_decorated_line(block: Block) -> bool:
    """A short line the writer opened or closed with a pictograph ("🥳 SOLD OUT! 🥳", "🎉 See you there! 🎉", "📍Old
    Town"): their tagline, however short or dated, for sites frame their furniture with icons, not typed emoji.
    A line naming furniture ("📩 Subscribe to our newsletter") or linking is no tagline."""
    text = block.text.strip()
    return block.kind in ("p", "text", "heading") and not block.link_chars and block.chars <= _DECORATED_CHARS \
        and _DECORATED.search(text) is not None and WORD.search(text) is not None \
        and not FURNITURE_LINE.search(text)


def _quoted(block: Block) -> bool:
    """The last line of a quotation of several (<blockquote>): a poem's or a prayer's, never a credit; or a quote of
    one line set among the text's own paragraphs (a <p> of text beside the <blockquote>): the writer quoting. A box
    quoting one line (a review's) may be furniture."""
    element = block.element
    for _ in range(_CAPTION_DEPTH):
        if element is None:
            return False
        if element.tag == "blockquote":
            return len(text_of(element).strip()) > len(block.text) + 1 or _beside_paragraph(element)
        element = element.getparent()
    return False


def _beside_paragraph(element) -> bool:
    """The element stands beside a paragraph of text, in the same element: among the text, not in a box of its own."""
    holder = element.getparent()
    return holder is not None and any(child.tag == "p" and text_of(child).strip() for child in holder)


def _hashtag_line(block: Block) -> bool:
    """Words most of them hashtags typed into the text (a site's tag list links its tags)."""
    return not block.link_chars and len(_HASHTAG.findall(block.text)) * 2 >= len(block.text.split()) >= 2


def _names_hashtag(block: Block) -> bool:
    """A line with a hashtag typed into it, not linked ("Follow the meeting on Twitter: #meetup2024"): the writer's
    pointer to the talk about the event; a site links its tags and its profiles."""
    return not block.link_chars and _TYPED_HASHTAG.search(block.text) is not None


def cites_address(block: Block) -> bool:
    """Words of the writer's own beside links that show their address ("Follow the work on Github: https://...",
    a list of the project's links), or a label naming the one address ("Lähde: https://..."): menus, teasers and
    related lists link titles, never bare addresses."""
    lowered = block.text.lower()
    # Most blocks show no address: two substring tests cost a fifth of the case-blind search they save.
    if "http" not in lowered and "www." not in lowered:
        return False
    addresses = WEB_ADDRESS.findall(block.text)
    # weighed as the links are (a CJK character of a path as a short word), not counted in characters
    if not addresses or block.link_chars > sum(text_length(a) for a in addresses):
        return False
    return len(WORD.findall(WEB_ADDRESS.sub(" ", block.text))) >= _CITING_WORDS \
        or _LABELLED_ADDRESS.match(block.text.strip()) is not None


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


def linked_sentence(block: Block) -> bool:
    """A sentence pointing to a source ("Read the whole story at <a>KI</a>.", "... on 6.3.2024. The original:
    <a>https://...</a>") is prose, not a link list."""
    if block.kind != "p":
        return False
    # Han, kana and Hangul run unspaced: their words are counted by characters where some are the writer's own (an
    # excerpt linked whole is a teaser). Spaced text counts the same either way.
    words = word_count(block.text) if block.link_chars < block.chars else len(block.text.split())
    if words >= 4 and SENTENCE_END.search(block.text) is not None:
        return True
    return block.chars - block.link_chars >= _OWN_SENTENCE_CHARS and _SENTENCE_INSIDE.search(block.text) is not None


def opens_on_the_day(block: Block, page_days) -> bool:
    """A short line naming one of the page's days in more words than a date line's label and time, none of them a
    label ("Published", "Updated")."""
    text = block.text
    return block.chars <= DATE_LINE_CHARS and is_date_line(text, page_days) and not has_date_label(text) \
        and not is_date_line(text, page_days, _OTHER_DAY_LINE_WORDS)


def _names_and_day(text: str, page_days: frozenset[str] | set[str]) -> bool:
    """The writers' names, then the post's own day, unlabelled: a theme's byline setting the names and the date on
    lines of their own ("Ada Lind, Bo Berg, Cy Holm<br>August 16, 2024")."""
    found = find_date(text) if page_days and _DIGIT.search(text) else None
    if found is None or found[0][:10] not in page_days or text[found[2]:].strip(_BYLINE_MARKS):
        return False
    return only_names(text[:found[1]].strip(_BYLINE_MARKS))


def _is_dated_byline(text: str) -> bool:
    """A byline with its date ("by Anna Berg, Staff Writer | May 14, 2024 07:38am ET"), or a line showing the post's
    date and its reading time, whoever it names ("Posted on May 14, 2024 by Anna Berg ‐ 4 min read"): no writer
    times their reader. A sentence that opens with "By" and a date ends like one ("By May 1, 2024, every ferry is
    inspected.")."""
    if _READING_TIME.search(text) is not None:
        return find_date(text) is not None
    return _BYLINE.match(text) is not None and FULL_STOP.search(text) is None and find_date(text) is not None


def is_date_line(text: str, page_days: frozenset[str] | set[str] = frozenset(),
                 other_words: int = _DATE_LINE_OTHER_WORDS) -> bool:
    """A date with at most a few words around it (a label, a time, a place, a reading time); an event's field ("When:
    14 April, 18:00") is the text's fact, no date line."""
    found = find_date(text)
    if not found or is_event_field(text):
        return False
    rest = _READING_TIME.sub(" ", text[:found[1]] + " " + text[found[2]:])
    words = len(WORD.findall(rest))
    if page_days and found[0][:10] not in page_days and words > _OTHER_DAY_LINE_WORDS \
            and not has_date_label(text[:found[1]]):
        return False
    return words <= other_words
