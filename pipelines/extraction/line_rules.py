"""Judge single lines of the text: furniture, credits, date lines, link lines, sign-offs, the writer's closing line."""
from __future__ import annotations

import re

from .blocks import Block, text_length, word_count
from .dates import find_date
from .links import WEB_ADDRESS, absolute, leads_to_document, links_to_page, with_scheme
from .event_fields import is_event_field
from .page_dates import has_date_label
from .prune import is_caption
from .text import text_of

# Words naming a picture in the partners' languages and their neighbours', and the labels of a picture's credit.
_PICTURE_WORDS = ("photo", "picture", "image", "foto", "bild", "illustration", "graphic", "grafik", "kuva", "billede",
                  "bilde")
PICTURE_CREDIT_LABELS = (*_PICTURE_WORDS, "fotograf", "photograph", "video", "copyright", "credit")
# A credit's label and a colon (or ©) open a caption; a source's label ("Källa: SCB") opens a credit too.
_CAPTION_START = re.compile(
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
WORD = re.compile(r"[^\W\d_]{2,}")
# A byline opens with "by" in the partners' languages and their neighbours' ("Av", "Von", "Par"...).
_BYLINE = re.compile(r"^(?:by|von|av|af|par|por|di|door)\s", re.IGNORECASE)
# Short lines after the article's last long paragraph: credits, "Read also", feedback prompts.
_SIGN_OFF_CHARS = 60
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
# A signature: a name after a slash or a dash ("/Maria", "– Anna och Per").
_SIGNATURE = re.compile(r"^(?:/|[-–—]{1,2}) ?[^\W\d_]")
# A letter's closing greeting, whose words may all be capitalised ("Viele Grüße", "Hälsningar Styrelsen").
# German, Nordic and Finnish greetings compound ("Schützengruß", "Sommerhälsningar", "Kevätterveisin").
# Swiss and older German spell the greeting with "ss" ("Grüss Gott", "Liebe Grüsse").
# Dutch, French, Spanish and Italian close on a word of their own ("Met vriendelijke groeten", "Groetjes",
# "Cordialement", "Saludos", "Cordiali saluti"), not compounded ("begroet" is a verb).
_GREETING = re.compile(r"(?:\b|\w)(?:grüße|grüßen|gruß|grüsse|grüssen|grüss|gruss|hälsningar|hälsning|hilsen|"
                       r"hilsener|hilsner|terveisin|terveiset)\b"
                       r"|\b(?:regards|wishes|greetings|cheers|groeten|groetjes|groet|cordialement|salutations|"
                       r"amitiés|saludos|saluti)\b", re.IGNORECASE)
# A letter's salutation opening the text ("Dear members", "Beste leden", "Liebe Mitglieder", "Hej alla"), with or
# without its comma: a name or a group after a word of address.
_SALUTATION = re.compile(r"^(?:dear|hi|hello|hallo|hej|hei|moi|hey|liebe[rs]?|beste|lieve|geachte|kære|kjære|"
                         r"cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|car[oi])\s+\S", re.IGNORECASE)
_SALUTATION_WORDS = 4
# A signature in the name of an association's board ("Der Vorstand", "Styret <club>", "Hallituksen puolesta",
# "The Board of <club>", "For the board"), after a dash or not.
_SIGNER = re.compile(r"^(?:[-–—/] ?)?(?:(?:the|our|your|der|euer|ihr|dein|för|for|on behalf of the|im namen des|"
                     r"på vegne av)\s+)?(?:board|vorstand(?:es|s)?|styrelsen|styret|bestyrelsen|bestyrelsens|"
                     r"hallitus|hallituksen|johtokunta|johtokunnan)\b", re.IGNORECASE)
# A signature in the name of a team or a board, the organisation's name between ("The Archive Forum Board", "Euer
# Forum-Team", "Your archive team", "The Network's Survey Group"): the whole line, a possessive or an article opening
# it, or the year of the signers' term closing it ("Network Spokespersons 2025"). A group or its speakers are named
# after their organisation: "The speakers" alone labels a list.
_BOARD = r"(?:[\w-]*-)?(?:board|team|vorstand|styrelsen|styret)"
_GROUP = r"(?:group|committee|spokespersons?|speakers)"
_NAME_WORD = r"[^\W\d_][\w&.'’-]*\s+"
_TERM = r"\s+(?:19|20)\d\d"
_TEAM_SIGNER = re.compile(r"^(?:[-–—/] ?)?(?:(?:the|our|your|yours|euer|eure|ihr|dein|das|vom|från|frå)\s+"
                          rf"(?:(?:{_NAME_WORD}){{0,4}}{_BOARD}|(?:{_NAME_WORD}){{1,4}}{_GROUP})(?:{_TERM})?"
                          rf"|(?:{_NAME_WORD}){{1,4}}(?:{_BOARD}|{_GROUP}){_TERM}"
                          # French, Spanish and Italian name the team first, the organisation after ("L'équipe de
                          # coordination du club", "El equipo organizador", "Il comitato direttivo"): no sentence.
                          r"|(?:l['’]|la |le |el |il )(?:équipe|equipe|comité|bureau|conseil|equipo|junta|comisión|"
                          r"squadra|comitato|consiglio)\b[^.!?:]*)$", re.IGNORECASE)
# A signature in the readers' name of the writers' group, opened by a possessive of address ("Eure Kraniche",
# "Deine Mudder Bremen", "eure air pussies", "Jullie trainers", "Vos bénévoles"): the possessive and a few words.
# English "Your ..." opens prompts as often ("Your cart is empty"), so it is not among them.
_ADDRESSED_SIGNER = re.compile(r"^(?:[-–—/] ?)?(?:eure|euer|deine|dein|jullie|vos|vostri|vostre|vuestros|vuestras)"
                               r"(?:\s+[^\W\d_][\w'’-]*){1,4}$", re.IGNORECASE)
# A signer's name opening a signature above their role ("Anna Berg," / "Chair of the board", "Dr Anna Berg / Per
# Holm", "Anna & Per", "Anna Berg, on behalf of the board"): names of a few words (a title or an initial among them),
# joined by "&", "and", "/" or a comma, then maybe a comma and the words the signer adds.
_NAME = r"[^\W\d_][^\W\d_'’-]*\.?(?:\s+[^\W\d_][^\W\d_'’-]*\.?){0,3}"
_NAME_LINE = re.compile(rf"^{_NAME}(?:\s*(?:&|and|/|,)\s*{_NAME})*(?:,(?:\s+[^\d]*)?)?$")
# A motto set in italics says something in this many words; a name in italics (a byline) is two or three.
_MOTTO_WORDS = 4
# A source in italics names its people in a list or in brackets ("Radio Nord (Anna Berg, Per Holm)").
_NAME_LIST = re.compile(r"[(),;/]")
# A sign-off runs over a few lines: the greeting, the signers, the association.
_SIGN_OFF_LINES = 4
# A label inside the line ("Email: ...", "Quelle: ..."): a contact or a source, not the writer's words.
_LABEL = re.compile(r"[^\W\d_]: ")
CLOSING_LINKS = ("mailto:", "tel:")
# A heading after the last line heads what follows it, not the line.
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# How far above a block its caption element may sit (<figcaption><p>...</p></figcaption>).
_CAPTION_DEPTH = 3
# A programme's row is led by its time, after a word flagging it at most ("New: 19:00 Closing talk").
_PROGRAMME_ROW = re.compile(r"(?:[^\W\d_]{1,10}[:!]\s+)?(?:[01]?\d|2[0-3])[.:][0-5]\d\b")
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
_SOCIAL_HOSTS = frozenset({"facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "tiktok.com",
                           "pinterest.com", "threads.net", "bsky.app"})
_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^\(.*\)$")
# A line ending on a typed smiley (":)", ";-)", ":D") is the writer's, as one ending on a full stop.
_SMILEY = re.compile(r"(?<![:/])[:;]-?[)D]$")
# A heart between words stands for a verb ("<club> <3 You", "Team ❤️ You"): a writer's closing line, though none
# of its words is in lower case. Lists of names and furniture join words by separators ("•", "|", "&"), not by it.
_HEART_BETWEEN_WORDS = re.compile(r"\w\s+(?:<3+|[❤♥💙💚💛💜🧡🖤🤍💕💖💗]\ufe0f?)\s+\w")
# Editors whose text box has no heading style set a line apart in bold.
_BOLD_TAGS = frozenset({"strong", "b"})
FULL_STOP = re.compile(r"[.!?…][\"”»)]?$")
# Chinese and Japanese end a sentence with their own full stop and marks ("。", "！", "？").
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


def writers_closing(blocks: list[Block], title: str | None, page_days) -> list[Block]:
    """The writer's closing lines after the last long paragraph, which the sign-off trim would take for credits or
    prompts: a closing line ("Varma hälsningar från styrelsen", "Vi ses där", "/Maria"), or a sign-off of a few
    lines from a greeting or the board's name on ("Mit freundlichem Gruß / <association> / Der Vorstand",
    "Hallituksen puolesta / <name>", "Styret <club>"), whose association line may be the name the site shows in its
    header or footer.

    They stand in the run of the text's own paragraphs (siblings of one, or lines of the same element), close that
    run, link nowhere but to an address to write or call, and are no label (":"), furniture word, credit or date
    line: sites set their furniture in boxes of its own after the text, or name it.
    """
    lines, run = lines_after_text(blocks)
    # A heading closing the run ("Related", its list pruned or never filled) heads nothing of the text, and a link
    # closing it ("Back to the news", "More information") leads away from the text: the lines above them close it.
    links_away = set()
    while lines and (is_closing_heading(lines[-1]) or _is_link_not_to_write_or_call(lines[-1])):
        if lines[-1].kind != "heading":
            links_away.add(lines[-1].text)
        lines.pop()
    if not lines:
        return []
    outermost = _outermost(lines[-1].element, run)
    # A line above a box of links or buttons in the same run labels that box; a heading closing the run ("Related",
    # its list pruned or never filled) labels what follows it, not the line, nor does a lone link closing it.
    # A box under a heading of its own ("Related posts" over cards of other posts) is labelled by that heading.
    if outermost is not run and any(text_of(s).strip() and s.tag not in _HEADING_TAGS
                                    and " ".join(text_of(s).split()) not in links_away and not _headed_box(s)
                                    for s in outermost.itersiblings()):
        return []
    sign_off = _sign_off(lines, title, page_days)
    if sign_off:
        return sign_off
    candidate = lines[-1]
    if candidate.kind not in ("p", "text") or not _is_short_line(candidate, title) \
            or not _is_closing_line(candidate.text, title, page_days, _set_in_italics(candidate)):
        return []
    return [candidate]


def _headed_box(element) -> bool:
    """The element's first words are a heading's: a box with its own label."""
    for part in element.iter():
        if not isinstance(part.tag, str):
            continue
        # a tail's words stand in the parent ("<h3><a class=anchor></a>Related posts</h3>")
        holder = part if (part.text or "").strip() else part.getparent() if (part.tail or "").strip() else None
        if holder is not None:
            return holder.tag in _HEADING_TAGS or next(holder.iterancestors(*_HEADING_TAGS), None) is not None
    return False


def lines_after_text(blocks: list[Block]) -> tuple[list[Block], object]:
    """The lines after the text's last long paragraph that stand in the run of its paragraphs (siblings of it, or
    lines of the same element), and that run (None, and no lines, when the blocks hold no text)."""
    # The text's last long paragraph, or the list of prose points it closes on, or in a post of a few short lines its
    # last sentence.
    last = max((i for i, b in enumerate(blocks) if b.kind in ("p", "text", "item") and is_text_after(b)), default=None)
    if last is None:
        # That sentence may link a few of its words ("The new details of the <a>summer course</a> are online.").
        last = max((i for i, b in enumerate(blocks) if is_sentence_of_text(b) and FULL_STOP.search(b.text)),
                   default=None)
        if last is None:
            return [], None
    paragraph = blocks[last].element
    if blocks[last].kind == "item":
        paragraph = _outermost_list(paragraph)
    # Lines of text set in one element (<br>s) run within it; an editor writing a <div> a paragraph runs them along
    # the <div>'s siblings, as <p>s.
    run = paragraph if blocks[last].kind == "text" and not _whole_element(blocks[last]) else paragraph.getparent()
    return [block for block in blocks[last + 1:]
            if block.element is paragraph or block.element.getparent() is run
            or (block.element is run and block.kind == "text") or _signature_bullet(block, run)], run


def writes_or_calls(block: Block) -> bool:
    """The block links, and only to an address to write or call ("Questions to <a href=mailto:...>")."""
    links = [a.get("href") or "" for a in block.element.iter("a")] if block.element is not None else []
    return bool(links) and all(link.startswith(CLOSING_LINKS) for link in links)


def _whole_element(block: Block) -> bool:
    """The block is all the text of its element."""
    return " ".join(text_of(block.element).split()) == block.text


def _outermost_list(item):
    """The list an item stands in, the outer one of nested lists."""
    holder = item.getparent()
    while holder.getparent() is not None and holder.getparent().tag in ("ul", "ol", "li"):
        holder = holder.getparent()
    return holder


def _is_link_not_to_write_or_call(block: Block) -> bool:
    """A line that is mostly a link, and not one to an address to write or call (mailto:, tel:)."""
    return block.link_density > 0.5 \
        and not all((a.get("href") or "").startswith(CLOSING_LINKS) for a in block.element.iter("a"))


def _sign_off(lines: list[Block], title: str | None, page_days) -> list[Block]:
    """The run's closing lines from a greeting, the board's name or a signer's name above their role on: short lines
    of names, roles and organisations after it."""
    opener = None
    # A sign-off may be dated below ("The Board" / "May 3, 2021"): the date line closes the page, not the text.
    end = len(lines) - 1 if len(lines) > 1 and is_date_line(lines[-1].text, page_days) else len(lines)
    for first in range(end - 1, max(end - _SIGN_OFF_LINES, 0) - 1, -1):
        line = lines[first]
        if not _is_short_line(line, title) or is_date_line(line.text, page_days) or _CAPTION_START.match(line.text):
            break
        if _GREETING.search(line.text) or _SIGNER.match(line.text) or _TEAM_SIGNER.match(line.text) \
                or (first < end - 1 and _signers_name(line.text)):
            opener = first  # the greeting above the board's name opens the sign-off
    if opener is None and end:
        opener = _group_signature(lines[:end], title, page_days)
    return lines[opener:end] if opener is not None else []


def _group_signature(lines: list[Block], title: str | None, page_days) -> int | None:
    """Where a signature in the writers' name closing the lines starts: the line naming them ("Eure Kraniche";
    capitalised names, "Das Team Nordwind", only under a closing sentence of theirs), with the short sentence of
    the writer's just above it ("Wir freuen uns auf euch")."""
    last = lines[-1]
    above = lines[-2] if len(lines) > 1 else None
    sentence_above = above is not None and _is_short_line(above, title) \
        and any(word[0].islower() for word in above.text.split()) \
        and _is_closing_line(above.text, title, page_days)
    if not _is_short_line(last, title) or is_date_line(last.text, page_days):
        return None
    if not (_ADDRESSED_SIGNER.match(last.text) or (sentence_above and _signers_name(last.text))):
        return None
    return len(lines) - 2 if sentence_above else len(lines) - 1


def _signers_name(text: str) -> bool:
    """A line of capitalised names, a signer's, maybe with words of their own after a comma."""
    names = text.split(",")[0]
    return _NAME_LINE.match(text) is not None and sum(word[0].isupper() for word in names.split()) >= 2 \
        and not FULL_STOP.search(text)


def _is_short_line(block: Block, title: str | None) -> bool:
    """A short line of the writer's own: no label, furniture word or link but to an address to write or call."""
    text = block.text
    return block.chars < _SIGN_OFF_CHARS and not text.endswith(":") and not _LABEL.search(text) \
        and not FURNITURE_LINE.search(text) and text != title \
        and all((a.get("href") or "").startswith(CLOSING_LINKS) for a in block.element.iter("a"))


def _signature_bullet(block: Block, run) -> bool:
    """The one item of a list closing the run: Markdown turns a signature typed "- Der Vorstand" into a list."""
    parent = block.element.getparent()
    return block.kind == "item" and parent is not None and parent.getparent() is run and len(parent) == 1


def _outermost(element, run):
    """The element's ancestor (or itself) that is a child of the run, or the run itself."""
    while element is not run and element.getparent() is not None and element.getparent() is not run:
        element = element.getparent()
    return element


def _set_in_italics(block: Block) -> bool:
    """The paragraph is wholly in <em>/<i>: a motto or a quotation the writer closes on ("<em>The Truth Is Out
    There</em>")."""
    element = block.element
    return element is not None and block.kind == "p" and len(element) > 0 and not (element.text or "").strip() \
        and all(child.tag in ("em", "i") and not (child.tail or "").strip() for child in element)


def _is_closing_line(text: str, title: str | None, page_days, italics: bool = False) -> bool:
    """A greeting, a signature or a short sentence of the writer's, not a label, a furniture word, a credit or a
    date; in italics, a motto whose words may all be capitalised."""
    if text.endswith(":") or _LABEL.search(text) or FURNITURE_LINE.search(text) or (title and text == title):
        return False
    if _SIGNATURE.match(text) or _GREETING.search(text) or _SIGNER.match(text) or _TEAM_SIGNER.match(text):
        return True
    if not text[0].isupper():
        return False
    if len(text.split()) < 2:
        if not text.endswith("!"):
            return False
    elif not any(word[0].islower() for word in text.split()) and not _HEART_BETWEEN_WORDS.search(text) \
            and not (italics and len(text.split()) >= _MOTTO_WORDS and not _NAME_LIST.search(text)):
        return False  # a sentence has a word in lower case; a line of names or a source ("Radio Nord (Anna Berg)") none
    return not (_CAPTION_START.match(text) or _ends_on_credit(text) or _PROGRAMME_ROW.match(text)
                or is_date_line(text, page_days))


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
    after the text, the bio under it is the site's card for the writer, the same under each of their posts."""
    return block.kind == "heading" and _AUTHOR_BOX_HEADING.match(block.text) is not None


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
    return is_link_line(block, host) and not FURNITURE_LINE.search(block.text) \
        and not any(leads_to_social_network(a.get("href") or "") for a in block.element.iter("a"))


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
            or _LABEL.search(block.text):
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
    return host_of(href) in _SOCIAL_HOSTS


def host_of(url: str) -> str:
    match = _HOST.match(with_scheme(url or ""))
    return match.group(1).lower().removeprefix("www.") if match else ""


def is_furniture(block: Block, title: str | None, page_days: frozenset[str] | set[str] = frozenset(),
                 line_of_text: bool = False) -> bool:
    if (_CAPTION_START.match(block.text) and block.chars <= _CREDIT_CHARS) or _FILE_NAME.match(block.text) \
            or _ends_on_credit(block.text):
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
    if block.chars <= DATE_LINE_CHARS and (is_date_line(block.text, page_days) or _is_dated_byline(block.text)):
        return True
    if block.chars <= _RELEASE_HEADER_CHARS and _RELEASE_HEADER.match(block.text):
        return True
    if block.kind == "text" and block.chars < SHORT_LINE_CHARS:
        return not line_of_text
    # A tiny line is a label ("Share", "Ad"), unless it ends as a sentence or as a letter's salutation or closing
    # does ("Dear members,", "Regards,"): labels never end on a comma.
    return block.chars < 15 and not SENTENCE_END.search(block.text) and not line_of_text and block.text[-1] != ","


def is_stamp(block: Block, page_days: frozenset[str] | set[str] = frozenset()) -> bool:
    """A picture's credit or file name, a date line or a dated byline: furniture wherever it stands, even in the
    text's own element."""
    return bool((_CAPTION_START.match(block.text) and block.chars <= _CREDIT_CHARS) or _FILE_NAME.match(block.text)
                or _ends_on_credit(block.text)
                or (block.chars <= DATE_LINE_CHARS
                    and (is_date_line(block.text, page_days) or _is_dated_byline(block.text))))


def is_salutation(block: Block) -> bool:
    """A short unlinked line opening as a letter does ("Dear members,", "Beste leden"), however short."""
    return block.kind in ("p", "text") and not block.link_chars \
        and len(block.text.split()) <= _SALUTATION_WORDS and _SALUTATION.match(block.text) is not None


def is_byline(text: str) -> bool:
    """A line naming the writer ("By Anna Berg", "Von Anna Berg")."""
    return _BYLINE.match(text) is not None


def _ends_on_credit(text: str) -> bool:
    tail = text[-_CREDIT_TAIL:]
    # Most blocks hold no colon near their end: the test spares them the search.
    return ":" in tail and _CREDIT_END.search(tail) is not None


def is_sign_off(block: Block) -> bool:
    # A preformatted block is the writer's code or a program's output ("$ make install"), however short: no site
    # sets its credits or prompts in <pre>.
    if block.kind in ("item", "cell", "pre") or block.chars >= _SIGN_OFF_CHARS or FULL_STOP.search(block.text):
        return False
    # A note in parentheses closes the text it belongs to ("(Reporting by ...; Editing by ...)").
    if _PARENTHESISED.match(block.text) or _SMILEY.search(block.text):
        return False
    # List items, table cells and lines led by a time ("15.50 Summary, ...") or a match's result are the rows of a
    # list, a programme or a score sheet, however short the last one; a caption kept is a picture's. A closing block set in lines
    # (<br>) is a signature or an address, unless it introduces what followed it ("Related posts:").
    set_in_lines = block.element is not None and block.element.find("br") is not None and block.text[-1] != ":"
    return not (_PROGRAMME_ROW.match(block.text) or _timeline_row(block.text) or _RESULT_ROW.match(block.text)
                or _is_caption(block) or set_in_lines
                or _hashtag_line(block) or _names_hashtag(block) or _quoted(block))


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
    row = _PROGRAMME_ROW.match(block.text)
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
    a list of the project's links): menus, teasers and related lists link titles, never bare addresses."""
    lowered = block.text.lower()
    # Most blocks show no address: two substring tests cost a fifth of the case-blind search they save.
    if "http" not in lowered and "www." not in lowered:
        return False
    addresses = WEB_ADDRESS.findall(block.text)
    if not addresses or block.link_chars > sum(len(a) for a in addresses):
        return False
    return len(WORD.findall(WEB_ADDRESS.sub(" ", block.text))) >= _CITING_WORDS


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
