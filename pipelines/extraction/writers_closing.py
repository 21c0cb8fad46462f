"""The writer's closing lines under the text: the sign-off, greeting and signature (writers_closing), and the dated or
kissed signatures set among its paragraphs."""
from __future__ import annotations

import re
from copy import deepcopy

from .blocks import Block
from .furniture_lines import PROGRAMME_ROW, SIGN_OFF_CHARS
from .heading_lines import is_closing_heading
from .line_patterns import FULL_STOP, FURNITURE_LINE, LABEL, LOADING_NOTICE, ends_on_comma
from .link_lines import CLOSING_LINKS
from .prose_lines import is_text_after
from .stamp_lines import CAPTION_START, ends_on_credit, is_byline, is_date_line
from .text import spaced_text, text_of
from .text_run import lines_after_text
from .update_notes import is_update_note

# A signature: a name after a slash or a dash ("/Maria", "– Anna och Per").
_SIGNATURE = re.compile(r"^(?:/|[-–—]{1,2}) ?[^\W\d_]")
# A letter's closing greeting, whose words may all be capitalised ("Viele Grüße", "Hälsningar Styrelsen").
# German, Nordic and Finnish greetings compound ("Schützengruß", "Sommerhälsningar", "Kevätterveisin").
# Swiss and older German spell the greeting with "ss" ("Grüss Gott", "Liebe Grüsse").
# Dutch, French, Spanish, Portuguese and Italian close on a word of their own ("Met vriendelijke groeten", "Groetjes",
# "Cordialement", "Saludos", "Abraços", "Cordiali saluti"; Italian in the singular as often, "Un saluto a tutti", "Un
# abbraccio"), not compounded ("begroet" is a verb); French clubs on the spirit they write in ("Sportivement",
# "Amicalement"); English on an adverb too ("Warmly, Anna", "Sincerely", "Cordially yours").
_GREETING = re.compile(r"(?:\b|\w)(?:grüße|grüßen|gruß|grüsse|grüssen|grüss|gruss|hälsningar|hälsning|hilsen|"
                       r"hilsener|hilsner|terveisin|terveiset)\b"
                       r"|\b(?:regards|wishes|greetings|cheers|groeten|groetjes|groet|cordialement|salutations|"
                       r"amitiés|amicalement|sportivement|saludos|saluti|saluto|abbraccio|abbracci|warmly|sincerely|"
                       r"cordially|atenciosamente|abraços|abraço|abrazos|abrazo|saudações|cumprimentos)\b"
                       # Polish greets as a verb or a noun ("Pozdrawiam!", "Pozdrawiamy serdecznie", "Z
                       # pozdrowieniami").
                       r"|\b(?:pozdrawiam|pozdrawiamy|pozdrowienia|pozdrowieniami)\b"
                       # Portuguese abbreviates its "Atenciosamente" ("Att, <name>"): a Swedish line opens on the
                       # word "att" with no point or comma after it.
                       r"|^att[.,](?:\s|$)"
                       # English wishes the reader well in what the post was about ("Happy coding, Anna", "Happy
                       # reading!"): "happy" and a gerund, every word capitalised as often as not.
                       r"|^happy\s+[^\W\d_]+ing\b"
                       # A greeting written as its initials opens the line, the signers after it: German "MfG" (Mit
                       # freundlichen Grüßen), "LG", "VG" (Liebe, Viele Grüße), Norwegian and Danish "Mvh" (Med
                       # vennlig/venlig hilsen), Dutch "Mvg" (Met vriendelijke groet), French "Cdlt" (Cordialement).
                       r"|^(?:mfg|lg|vg|mvh|mvg|cdlt)(?:[.,!]|\s|$)", re.IGNORECASE)
# A signature in the name of an association's board ("Der Vorstand", "Styret <club>", "Hallituksen puolesta",
# "The Board of <club>", "For the board"), after a dash or not.
_SIGNER = re.compile(r"^(?:[-–—/] ?)?(?:(?:the|our|your|der|euer|ihr|dein|för|for|on behalf of the|im namen des|"
                     r"på vegne av)\s+)?(?:board|vorstand(?:es|s)?|styrelsen|styret|bestyrelsen|bestyrelsens|"
                     r"hallitus|hallituksen|johtokunta|johtokunnan)\b", re.IGNORECASE)
# A signature in the name of a team or a board, the organisation's name between ("The Archive Forum Board", "Euer
# Forum-Team", "Your archive team", "The Network's Survey Group", "die <company> crew"): the whole line, a possessive
# or an article opening it, or the year of the signers' term closing it ("Network Spokespersons 2025"). A group or
# its speakers are named after their organisation: "The speakers" alone labels a list.
_BOARD = r"(?:[\w-]*-)?(?:board|team|crew|vorstand|styrelsen|styret)"
_GROUP = r"(?:group|committee|spokespersons?|speakers)"
_NAME_WORD = r"[^\W\d_][\w&.'’-]*\s+"
_TERM = r"\s+(?:19|20)\d\d"
_TEAM_SIGNER = re.compile(r"^(?:[-–—/] ?)?(?:(?:the|our|your|yours|euer|eure|ihr|dein|die|das|vom|från|frå)\s+"
                          rf"(?:(?:{_NAME_WORD}){{0,4}}{_BOARD}|(?:{_NAME_WORD}){{1,4}}{_GROUP})(?:{_TERM})?"
                          rf"|(?:{_NAME_WORD}){{1,4}}(?:{_BOARD}|{_GROUP}){_TERM}"
                          # French, Spanish and Italian name the team first, the organisation after ("L'équipe de
                          # coordination du club", "El equipo organizador", "Il comitato direttivo"): no sentence.
                          r"|(?:l['’]|la |le |el |il )(?:équipe|equipe|comité|bureau|conseil|equipo|junta|comisión|"
                          r"squadra|comitato|consiglio)\b[^.!?:]*"
                          # Slovak and Czech too ("Tím DrupalCampCS 2015"), "for" and a word between ("za organizačný
                          # tím, Anna Nováková").
                          r"|(?:za\s+(?:[^\W\d_]+\s+)?)?(?:tím|tým)\b[^.!?:]*)$", re.IGNORECASE)
# A signature in the name of an organisation's board, no article before it ("Harbour Society Board", "HarbourNet
# Interim Board", "Harbour Society Board of Directors"): the organisation's name in a few words, each capitalised
# somewhere, then the board. A sentence naming the board has words in lower case before it ("Write to the board").
_ORGANISATION_BOARD = re.compile(r"^((?:[^\W\d_][\w&.'’-]*\s+){1,4})(?:board|vorstand|styrelse|styre|hallitus)"
                                 r"(?:\s+of\s+(?:directors|governors|trustees))?$", re.IGNORECASE)
# A signature in the readers' name of the writers' group, opened by a possessive of address ("Eure Kraniche",
# "Deine Mudder Bremen", "eure air pussies", "Jullie trainers", "Vos bénévoles", "dal vostro caro Marco"): the
# possessive and a few words.
# English "Your ..." opens prompts as often ("Your cart is empty"), so it is not among them.
_ADDRESSED_SIGNER = re.compile(r"^(?:[-–—/] ?)?(?:eure|euer|deine|dein|jullie|vos|vuestros|vuestras"
                               # Italian signs as one writer too, from ("dal") or as ("il") the readers' own ("dal
                               # vostro caro Marco", "La vostra Anna").
                               r"|(?:(?:il|la|i|le|dal|dalla|dai|dalle)\s+)?(?:vostro|vostra|vostri|vostre))"
                               r"(?:\s+[^\W\d_][\w'’-]*){1,4}$", re.IGNORECASE)
# A team's name in one word, its own name and "team" run together ("FABteam", "Praxisteam").
_COMPOUND_TEAM = re.compile(r"^[^\W\d_][\w&-]*[^\W\d_-]team$", re.IGNORECASE)
# A signer's name opening a signature above their role ("Anna Berg," / "Chair of the board", "Dr Anna Berg / Per
# Holm", "Anna & Per", "Anna Berg, on behalf of the board"): names of a few words (a title or an initial among them),
# joined by "&", "and", "/" or a comma, then maybe a comma and the words the signer adds.
_NAME = r"[^\W\d_][^\W\d_'’-]*\.?(?:\s+[^\W\d_][^\W\d_'’-]*\.?){0,3}"
_NAME_LINE = re.compile(rf"^{_NAME}(?:\s*(?:&|and|/|,)\s*{_NAME})*(?:,(?:\s+[^\d]*)?)?$")
# A signer's name, a comma and the day ("Anna Berg, 19 August 2007").
_DATED_SIGNATURE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<day>\S.*)$")
# The day in figures and the writer's name after it ("23.9.2013 Liekovuo"): how a writer signs a post off.
_DAY_THEN_NAME = re.compile(rf"^(?P<day>\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}})\s+(?P<name>{_NAME})$")
# A label and the few names it introduces ("Sources: Vendor Chipmaker"), no sentence.
_LABELLED_LINE = re.compile(r"^[^\W\d_][\w-]*:\s+[^.!?]{1,60}$")
# A motto set in italics says something in this many words; a name in italics (a byline) is two or three.
_MOTTO_WORDS = 4
# A source in italics names its people in a list or in brackets ("Radio Nord (Anna Berg, Per Holm)").
_NAME_LIST = re.compile(r"[(),;/]")
# A sign-off runs over a few lines: the greeting, the signers, the association.
_SIGN_OFF_LINES = 4
# Signers joined ("Anna & Per", "Anna Berg / Per Holm", "Anna, Per") or a signer's words after a comma ("Anna Berg,
# Chair"): a lone name under the text is as often a picture's credit set as a line.
_SIGNERS_JOINED = re.compile(r"\s(?:&|and|/)\s|,")
# Marks a <br> in an element's text while its lines are read apart: a private-use character no text holds.
_LINE_BREAK = "\ue000"
# A heading after the last line heads what follows it, not the line.
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A heart between words stands for a verb ("<club> <3 You", "Team ❤️ You"): a writer's closing line, though none
# of its words is in lower case. Lists of names and furniture join words by separators ("•", "|", "&"), not by it.
_HEART_BETWEEN_WORDS = re.compile(r"\w\s+(?:<3+|[❤♥💙💚💛💜🧡🖤🤍💕💖💗]\ufe0f?)\s+\w")


# A signature closing on kisses ("Anna x", "SHRUB Team x", "Love, Anna & Per xxx"): a few names, each capitalised,
# then one to three lower-case x's, as writers sign a letter to friends. No label or menu entry ends so.
_KISSED_SIGNATURE = re.compile(r"^(?:[^\W\d_]+,\s+)?(?P<names>[^\W\d_][\w.'’-]*(?:\s+(?:&|and|[^\W\d_][\w.'’-]*)){0,4})"
                               r"\s+x{1,3}$")


def kissed_signatures(blocks: list[Block]) -> set[int]:
    """Ids of the unlinked short lines signing off with kisses ("SHRUB Team x") after a paragraph of the text: the
    writers' signature, however short, wherever the site's boxes after it leave it in the text."""
    first = next((i for i, b in enumerate(blocks) if b.kind in ("p", "text")), len(blocks))
    return {id(b) for b in blocks[first + 1:] if b.kind in ("p", "text") and not b.link_chars
            and b.chars < SIGN_OFF_CHARS and (signed := _KISSED_SIGNATURE.match(b.text)) is not None
            and all(word[0].isupper() for word in signed.group("names").split() if word not in ("&", "and"))}


def dated_signatures(blocks: list[Block]) -> list[Block]:
    """The writer's name and the day they wrote, split off the text's last long paragraph at a blank line ("...
    cleared.<br><br>Anna Berg, 19 August 2007<br><br>Source: ..."): their signature under the text, however like the
    byline's date line it reads; a theme's byline stands in an element of its own."""
    last = max((i for i, b in enumerate(blocks) if b.kind in ("p", "text") and is_text_after(b)), default=None)
    if last is None or blocks[last].element is None:
        return []
    signed = []
    own_line = _signature_paragraph(blocks, last)
    if own_line is not None:
        signed.append(own_line)
    for block in blocks[last + 1:]:
        if block.element is not blocks[last].element:
            break
        signature = _DATED_SIGNATURE.match(block.text)
        if block.kind in ("p", "text") and not block.link_chars and signature is not None \
                and not FURNITURE_LINE.search(signature.group("name")) and is_date_line(signature.group("day")):
            signed.append(block)
    return signed


def _signature_paragraph(blocks: list[Block], last: int) -> Block | None:
    """The day and the writer's name closing the text's own element, set by the editor as the text's paragraphs are
    ("<p>...</p> ... <hr><p><small>23.9.2013 Liekovuo</small></p>", maybe in a bare <div> or as a small heading):
    the writer's dated signature under the text. A theme sets its byline apart, in an element of a class of its own
    where the text's paragraphs have none."""
    text_paragraph = blocks[last].element
    parent = text_paragraph.getparent()
    after = [b for b in blocks[last + 1:] if b.chars]
    if not after or parent is None:
        return None
    block = after[-1]
    if block.kind not in ("p", "text", "heading") or block.link_chars or not _day_and_name(block) \
            or FURNITURE_LINE.search(block.text) or not all(_within(b.element, parent) for b in after):
        return None
    element = block.element
    while element is not parent:
        if element.get("class") and not text_paragraph.get("class"):
            return None
        element = element.getparent()
    return block


def _day_and_name(block: Block) -> bool:
    """The day and the writer's name, maybe with labelled lines under them in the same paragraph ("17.5.2012 Lind<br>
    Sources: Vendor Chipmaker"): a writer names their sources under the signature as they sign."""
    if _DAY_THEN_NAME.match(block.text) is not None:
        return True
    if block.element is None or block.element.find(".//br") is None:
        return False
    lines = _lines_set_in(block.element)
    return len(lines) > 1 and " ".join(lines) == block.text and _DAY_THEN_NAME.match(lines[0]) is not None \
        and all(_LABELLED_LINE.match(line) for line in lines[1:])


def _within(element, ancestor) -> bool:
    return any(a is ancestor for a in element.iterancestors())


def writers_closing(blocks: list[Block], title: str | None, page_days) -> list[Block]:
    """The writer's closing lines after the last long paragraph, which the sign-off trim would take for credits or
    prompts: a closing line ("Varma hälsningar från styrelsen", "Vi ses där", "/Maria"), or a sign-off of a few
    lines from a greeting or the board's name on ("Mit freundlichem Gruß / <association> / Der Vorstand",
    "Hallituksen puolesta / <name>", "Styret <club>"), whose association line may be the name the site shows in its
    header or footer, or the writers' names alone ("Anna Berg & Per Holm"); and the update notes under them ("EDIT:
    fixed the link").

    They stand in the run of the text's own paragraphs (siblings of one, or lines of the same element), close that
    run, link nowhere but to an address to write or call (or, under a greeting, the signer's name to their page),
    and are no label (":"), furniture word, credit or date line: sites set their furniture in boxes of its own after
    the text, or name it.
    """
    lines, run = lines_after_text(blocks)
    # The writer's update notes under the text ("EDIT: fixed the link") close it, under their sign-off.
    notes: list[Block] = []
    while lines and lines[-1].kind in ("p", "text") and is_update_note(lines[-1].text):
        notes.insert(0, lines.pop())
    return _closing_above_notes(lines, run, title, page_days, notes) + notes


def _closing_above_notes(lines: list[Block], run, title: str | None, page_days, notes: list[Block]) -> list[Block]:
    # A heading closing the run ("Related", its list pruned or never filled) heads nothing of the text, and a link
    # closing it ("Back to the news", "More information") leads away from the text: the lines above them close it.
    links_away = {note.text for note in notes}
    while lines and (is_closing_heading(lines[-1])
                     or (_is_link_not_to_write_or_call(lines[-1]) and not _signed_under_greeting(lines))):
        if lines[-1].kind != "heading":
            links_away.add(lines[-1].text)
        lines.pop()
    if not lines:
        return []
    outermost = _outermost(lines[-1].element, run)
    sign_off = _sign_off(lines, title, page_days)
    # A line above a box of links or buttons in the same run labels that box; a heading closing the run ("Related",
    # its list pruned or never filled) labels what follows it, not the line, nor does a lone link closing it.
    # A box under a heading of its own ("Related posts" over cards of other posts) is labelled by that heading.
    # A sign-off labels nothing: the box under it (the CMS's table of the post's attachments) is the page's.
    if not sign_off and outermost is not run and any(text_of(s).strip() and s.tag not in _HEADING_TAGS
                                                     and spaced_text(s) not in links_away and not _headed_box(s)
                                                     for s in outermost.itersiblings()):
        return []
    if sign_off:
        return sign_off
    if _names_signature(lines[-1], title):
        return [lines[-1]]
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
        if not _is_short_line(line, title) or is_date_line(line.text, page_days) or CAPTION_START.match(line.text):
            break
        if _GREETING.search(line.text) or _SIGNER.match(line.text) or _TEAM_SIGNER.match(line.text) \
                or _board_of_organisation(line.text) \
                or (first < end - 1 and _signers_name(line.text)):
            opener = first  # the greeting above the board's name opens the sign-off
    # A letter's closing formula ends on a comma above the signers, whatever its words ("Yours sincerely," / "On
    # behalf of the editors," over the association and the name): it opens the sign-off. No label ends on a comma.
    if opener and _formula_over_signers(lines[opener - 1], title):
        opener -= 1
    # The writer's short sentence just above the greeting ("Hope to see you there!" over "Cheers, Anna") closes the
    # text with it.
    if opener and _closing_sentence(lines[opener - 1], title, page_days):
        opener -= 1
    if opener is None and end:
        opener = _group_signature(lines[:end], title, page_days)
    # A team signing in one word of its own make ("FABteam", "Redaktionsteam") under a formula ending on a comma
    # ("Keep following us,"): the letter's close, though no word of it is a greeting.
    if opener is None and end > 1 and _COMPOUND_TEAM.match(lines[end - 1].text) \
            and _formula_over_signers(lines[end - 2], title) and _is_short_line(lines[end - 1], title):
        opener = end - 2
    return lines[opener:end] if opener is not None else []


def _board_of_organisation(text: str) -> bool:
    """A signature in the name of an organisation's board (_ORGANISATION_BOARD), every word before the board's
    capitalised somewhere ("HarbourNet", "openEHR")."""
    board = _ORGANISATION_BOARD.match(text)
    return board is not None and all(any(letter.isupper() for letter in word) for word in board.group(1).split())


def _formula_over_signers(line: Block, title: str | None) -> bool:
    return line.kind in ("p", "text") and _is_short_line(line, title) and ends_on_comma(line.text)


def _closing_sentence(line: Block, title: str | None, page_days) -> bool:
    return line.kind in ("p", "text") and _is_short_line(line, title) and FULL_STOP.search(line.text) is not None \
        and _is_closing_line(line.text, title, page_days)


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


def _names_signature(line: Block, title: str | None) -> bool:
    """The run closes on a line of the writers' names alone, set as a paragraph or a line of its own: the writers
    signing the text ("Anna Berg & Per Holm", "Anna Berg, Per Holm, Eva Lind"), or one writer with their role and
    organisation after commas ("Anna Berg, Chair, Harbour Society"). A byline opens on "by"; a picture's credit
    carries its label, or is a lone name."""
    if line.kind not in ("p", "text") or not _is_short_line(line, title) or line.link_chars \
            or is_byline(line.text) or CAPTION_START.match(line.text):
        return False
    return (_signers_name(line.text) and _SIGNERS_JOINED.search(line.text) is not None) or _signature_in_lines(line)


def _signature_in_lines(line: Block) -> bool:
    """A paragraph set in lines (<br>) of names, roles and organisations, the first naming a signer ("Anna Berg" /
    "Per Holm" / "Harbour Society")."""
    if line.element is None or line.element.find(".//br") is None:
        return False
    texts = _lines_set_in(line.element)
    # The block is the whole paragraph, not the last line of one holding the text.
    return len(texts) > 1 and " ".join(texts) == line.text and _signers_name(texts[0]) \
        and all(_NAME_LINE.match(text) for text in texts)


def _lines_set_in(element) -> list[str]:
    """The element's lines of text, as its <br>s part them."""
    copy = deepcopy(element)
    for line_break in copy.iter("br"):
        line_break.tail = _LINE_BREAK + (line_break.tail or "")
    return [" ".join(line.split()) for line in "".join(copy.itertext()).split(_LINE_BREAK) if line.strip()]


def _signers_name(text: str) -> bool:
    """A line of capitalised names, a signer's, maybe with words of their own after a comma."""
    names = text.split(",")[0]
    return _NAME_LINE.match(text) is not None and sum(word[0].isupper() for word in names.split()) >= 2 \
        and not FULL_STOP.search(text)


def _is_short_line(block: Block, title: str | None) -> bool:
    """A short line of the writer's own: no label, furniture word or link but to an address to write or call."""
    text = block.text
    # A line of an element holding many lines (<br><br> between them) links nowhere when none of its own words do,
    # whatever the element's other lines link to.
    return block.chars < SIGN_OFF_CHARS and not text.endswith(":") and not LABEL.search(text) \
        and not FURNITURE_LINE.search(text) and text != title \
        and (not block.link_chars
             or all((a.get("href") or "").startswith(CLOSING_LINKS) for a in block.element.iter("a"))
             or _signature_linking_names(block) or _linked_signers_name(block))


def _signed_under_greeting(lines: list[Block]) -> bool:
    """The last line is a signer's name linked to their page right under a greeting ("Pozdrawiam!" / "<a
    href=profile>Anna Berg</a>"): the writer signs as they link their name, no link leading away from the text."""
    return len(lines) > 1 and _GREETING.search(lines[-2].text) is not None and _linked_signers_name(lines[-1])


def _linked_signers_name(block: Block) -> bool:
    """A line that is one link, a signer's name (_signers_name), and nothing else."""
    links = [spaced_text(a) for a in block.element.iter("a")] if block.element is not None else []
    return len(links) == 1 and " ".join(links[0].split()) == block.text and _signers_name(block.text)


def _signature_linking_names(block: Block) -> bool:
    """A signature after a dash whose links are the signer's name ("– <a href=profile>Anna Berg</a>, Chair"): the
    writer links their name to their profile as they sign. A dash before a link of other words ("– <a>Read more</a>")
    leads away."""
    links = [spaced_text(a) for a in block.element.iter("a")] if block.element is not None else []
    return bool(links) and _SIGNATURE.match(block.text) is not None \
        and all(_NAME_LINE.match(link) and all(word[0].isupper() for word in link.split()) for link in links)


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
    """A greeting, a signature or a short sentence of the writer's, not a label, a furniture word, a script's loading
    placeholder ("Wird geladen..."), a credit or a date; in italics, a motto whose words may all be capitalised."""
    if text.endswith(":") or LABEL.search(text) or FURNITURE_LINE.search(text) or LOADING_NOTICE.fullmatch(text) \
            or (title and text == title):
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
    return not (CAPTION_START.match(text) or ends_on_credit(text) or PROGRAMME_ROW.match(text)
                or is_date_line(text, page_days))
