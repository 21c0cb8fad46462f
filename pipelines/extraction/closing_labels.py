"""The text's own closing facts: labelled lines and contacts the writer sets after the last paragraph."""
from __future__ import annotations

import re

from .blocks import Block
from .dates import find_date
from .date_lines import has_stamp_label
from .heading_lines import is_closing_heading
from .line_patterns import FURNITURE_LINE, WORD, without_addresses
from .link_lines import CLOSING_LINKS, leads_away, leads_to_social_network, writes_or_calls
from .prose_lines import is_text_after
from .stamp_lines import PICTURE_CREDIT_LABELS
from .text import text_of
from .text_run import lines_after_text

# A labelled line: a label of a word or a few, a colon, its value ("Location: Oslo", "Text and pictures: Anna Berg",
# "Source: <book>, <author>", "Submission deadline: 16 April").
_LABELLED = re.compile(r"^[^\W\d_][\w.'’/-]*(?: [\w.'’/&-]+){0,3}:\s+\S")
# A fact, a credit or a contact is a line; longer, a paragraph of the text anyway.
_LINE_CHARS = 150
# A picture's credit labels the picture it stands under, not the text ("Photo: Anna Berg", "© Per Holm").
_PICTURE_CREDIT = re.compile(rf"^(?:©|\(c\)\s|(?:{'|'.join(PICTURE_CREDIT_LABELS)})s?\b)", re.IGNORECASE)
# Closing the text, a credit names its label ("Foto: Anna Berg", "Photo by ..."); a copyright mark alone ("© agency,
# agency:230428-99-1/5") is the wire service's notice.
_LABELLED_PICTURE_CREDIT = re.compile(rf"^(?:{'|'.join(PICTURE_CREDIT_LABELS)})s?\b", re.IGNORECASE)
_LINE_KINDS = ("p", "text", "quote")
# A picture's credit names the photographer or the archive in a few words.
_CREDIT_LINE_CHARS = 100
# A prompt to follow someone ("Follow Anna on Twitter: @anna") is the site's or the writer's, not the text's.
_FOLLOW = re.compile(r"^(?:follow|folge|folgen|följ|følg|seuraa)\b|\s@\w+$", re.IGNORECASE)
# Words of its own that make a line linking to a mail address a contact ("Questions? Mail <address>"); a bare
# address under the text is the writer's signature.
_CONTACT_WORDS = 2
# A heading or a line naming whom to ask, alone ("Contact", "Kontakt:", "Further information"), in the partners'
# languages and English; "Contact us" names the site's contact page.
_CONTACT_HEADING = re.compile(
    r"^(?:contacts?|contact persons?|kontakt|kontakta|kontaktperson(?:er)?|kontaktinformation|yhteystiedot|"
    r"yhteyshenkilö|lisätietoja|(?:further|more) information|for more information|mer information|"
    r"ytterligere informasjon|mer informasjon|flere oplysninger|weitere informationen)\s*:?$", re.IGNORECASE)
# A line opening on the word ("Contact <a href=mailto:...>Anna Berg</a>") names its contact, however few its own words.
_CONTACT_OPENING = re.compile(r"^(?:contact|kontakt|kontakta|yhteys)\b(?! us\b| oss\b)", re.IGNORECASE)
# A contact under its heading runs over a few lines: a name, a role, an address, a number.
_CONTACT_LINES = 5
# A credit naming who wrote or sent the text ("Posted by Jane Doe", "Written by ...", "News by: <office>", "Skrivet av
# ...", "Geschrieben von ...", "Kirjoittanut ...", "Text och foto: <name>"), in the partners' languages and English,
# the label then a name. Not author_names._BYLINE_LABEL: that one takes any label off what is already an author
# string (a byline, an author tag: a role, "Reporter:", a source, "Källa:", "par", "door"), where this one decides
# whether a line of the text's run is a credit at all, so it asks for a "by" word after at most one verb (that verb
# after a word naming the text at most: "News reported by"), or a text label with its colon ("Text:", never "Text
# messages ...").
_CREDIT = re.compile(
    r"^(?:(?:news|story|article|text)\s+(?=(?:posted|written|reported|published|sent)\s))?"
    r"(?:(?:posted|written|reported|published|sent|news|text|story|report|skrivet|skriven|skrevet|publicerad|"
    r"publicerat|geschrieben|verfasst|veröffentlicht)\s+)?(?:by|av|af|von)\s*:?\s+(?P<name>\S.*)$"
    r"|^(?:(?:kirjoittanut|kirjoittaja|julkaissut)\s*:?|(?:text|tekst|teksti|words)(?:\s+(?:and|och|og|und|ja|&)\s+"
    r"(?:photos?|pictures?|foto|fotos|bild|bilder|kuvat?))?\s*:)\s+(?P<labelled>\S.*)$", re.IGNORECASE)
# A name, a team or an office is a few words; more make a sentence.
_CREDIT_WORDS = 8
# The writer's role, signed in parentheses after the name ("Jane Doe (Editor, Student Union 2019/20)"), says what they
# do: a furniture word in it ("editor") names no furniture the line is.
_SIGNED_ROLE = re.compile(r"\s*\([^()]*\)\s*$")


def own_closing_labels(blocks: list[Block], host: str) -> list[Block]:
    """Lines after the text's last long paragraph, in the run of its paragraphs, that close it as a writer does:
    an event's facts ("Start date: ...", "Location: Oslo"), the text's credits and sources ("Text and pictures:
    <name>", "Source: <book>"), a contact ("Questions? Write to <a href=mailto:...>"). A reader sees them as the
    article's; furniture stands in a box of its own after the text, or names itself (share, tags, related, posted),
    and a picture's credit labels the picture. A heading closing the text heads what follows it: the lines under it
    are not the text's.
    """
    lines, _ = lines_after_text(blocks)
    own = []
    for position, line in enumerate(lines):
        if _CONTACT_HEADING.match(line.text) and _contact_under(lines[position + 1:]):
            return own + lines[position:]
        if line.kind == "heading" and line is lines[-1] and _contact_line(line):
            own.append(line)  # a contact set as a heading ("Contact: <a href=mailto:...>"): it heads nothing
            break
        if line.kind == "heading" and is_closing_heading(line):
            break
        if line.kind in _LINE_KINDS and line.element is not None and line.chars <= _LINE_CHARS \
                and ((not FURNITURE_LINE.search(without_addresses(line.text))
                      and (labelled_line(line, host) or _contact_line(line)))
                     or _credit_line(line, host) or (line is lines[-1] and _closing_picture_credit(line))):
            own.append(line)
    return own + _credit_box_closing(blocks, lines)


def _credit_box_closing(blocks: list[Block], lines: list[Block]) -> list[Block]:
    """The pictures' credit set in a box of its own after the text's last box ("Credits" over "Photo Anna Berg"), the
    last of the text's blocks, out of the run of its paragraphs: it credits the article's pictures as the same line
    after the last paragraph does."""
    last = blocks[-1] if blocks else None
    if last is None or last in lines or last.kind not in _LINE_KINDS or last.element is None \
            or not _closing_picture_credit(last):
        return []
    return [last] if any(is_text_after(block) for block in blocks[:-1]) else []


def is_closing_credit(line: Block, host: str) -> bool:
    """A credit of the writer's or of the pictures' (`_credit_line`, `_closing_picture_credit`), which closes the text
    after its sources rather than ends its paragraphs."""
    return _credit_line(line, host) or _closing_picture_credit(line)


def _credit_line(line: Block, host: str) -> bool:
    """A credit of the text's writer or sender closing it ("Posted by Jane Doe", "News by: <office>"), linking at most
    to one page of the site (the writer's): a reader sees who wrote what they just read. A credit with the day is the
    theme's stamp ("Posted by Jane Doe on 3 May 2024"), one linking to several pages its metadata line ("Posted by
    <a>admin</a> in <a>News</a>")."""
    credit = _CREDIT.match(line.text)
    if credit is None:
        return False
    name = credit.group("name") or credit.group("labelled")
    hrefs = [a.get("href") or "" for a in line.element.iter("a") if text_of(a).strip()]
    signed = _SIGNED_ROLE.sub("", name)
    return len(name.split()) <= _CREDIT_WORDS and find_date(line.text) is None and WORD.search(signed) is not None \
        and not FURNITURE_LINE.search(signed) \
        and len(hrefs) <= 1 and not any(leads_away(h, host) for h in hrefs)


def _closing_picture_credit(line: Block) -> bool:
    """A picture's credit set as the text's last line, under no picture ("Foto: Anna Berg" after the last paragraph):
    the credit of the article's pictures, which a reader reads with its text; under a picture it labels that one."""
    element = line.element
    before = element.getprevious()
    return _LABELLED_PICTURE_CREDIT.match(line.text) is not None and line.chars <= _CREDIT_LINE_CHARS \
        and not line.link_chars \
        and element.find(".//img") is None \
        and not (before is not None and (before.tag == "img" or before.find(".//img") is not None))


def labelled_line(line: Block, host: str) -> bool:
    """A fact, credit, source or contact: "Label: value", which is neither the page's own date stamp ("Published:
    ...") nor a picture's credit, and whose links lead to where one writes or calls, or to other sites and
    documents (a post's "Next: <a>title</a>" leads to the site's own pages), never to a social network profile."""
    text = line.text
    if not _LABELLED.match(text) or _PICTURE_CREDIT.match(text) or has_stamp_label(text) or _FOLLOW.search(text):
        return False
    hrefs = [a.get("href") or "" for a in line.element.iter("a") if text_of(a).strip()]
    return not any(leads_to_social_network(h) for h in hrefs) \
        and all(h.startswith(CLOSING_LINKS) or leads_away(h, host) for h in hrefs)


def _contact_line(line: Block) -> bool:
    """A line linking only to an address to write or call, in words of its own ("Questions? Mail <address>") or
    opening on the word contact ("Contact <a href=mailto:...>Anna Berg</a>")."""
    if not writes_or_calls(line):
        return False
    own = line.text
    for a in line.element.iter("a"):
        own = own.replace(text_of(a).strip(), " ")
    return len(WORD.findall(own)) >= _CONTACT_WORDS or _CONTACT_OPENING.match(line.text) is not None


def _contact_under(lines: list[Block]) -> bool:
    """The lines under a contact heading closing the text are the contact: a few short lines, one of them linking to
    an address to write to ("<a href=mailto:...>Anna Berg</a>"), the others to nothing but such addresses. A heading
    over a link to the site's contact page, or over a name alone, may head the site's box."""
    return 0 < len(lines) <= _CONTACT_LINES \
        and any(a.get("href", "").startswith("mailto:") for line in lines for a in line.element.iter("a")) \
        and all(line.kind in _LINE_KINDS and line.chars <= _LINE_CHARS and not FURNITURE_LINE.search(line.text)
                and (writes_or_calls(line) or not line.link_chars) for line in lines)
