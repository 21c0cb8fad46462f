"""The writer's call closing the text to a page of the site itself: "Register: <a>www.site.org/course</a>",
"Anmälan: <a>formuläret</a>", "Apply for a place on <a>our registration page</a>", "<a>Läs mer om NurseCare</a>"."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .blocks import Block
from .date_lines import has_stamp_label
from .line_patterns import FURNITURE_LINE, READ_ON, WORD
from .link_lines import BARE_ADDRESS, host_of, leads_to_social_network, names_pager, page_target, sole_link
from .links import links_to_page
from .own_pages import DATED_PART, lists_by_subject, lists_page
from .stamp_lines import PICTURE_CREDIT_LABELS
from .text import spaced_text
from .text_run import lines_after_text

# A label names what the link is for in a few words ("Register:", "More information:", "Inscripciones Valle:").
_LABEL_WORDS = 6
# A sentence of the writer's says where to go in words of its own ("Apply for a place on <a>...</a>"); a site's
# prompt says a word or two ("See <a>...</a>").
_SENTENCE_WORDS = 4
# A call is a line; longer, a paragraph of the text, which no sign-off rule takes anyway (button_calls.py too).
CALL_LINE_CHARS = 200
# A credit names who took the picture, wrote the text or where it came from ("Photo: <a>Anna</a>", "Source:
# <a>agency</a>"), whose page the site may keep: it credits, it calls the reader nowhere.
_SOURCE_LABELS = ("source", "källa", "källor", "kilde", "quelle", "lähde", "text", "author", "autor", "författare")
_CREDIT = re.compile(rf"^(?:{'|'.join((*PICTURE_CREDIT_LABELS, *_SOURCE_LABELS))})s?\b", re.IGNORECASE)
# A label sending the reader on to read ("Read:", "READ NEXT:", "Läs även:", "Lies auch:") heads a teaser of another
# story, in the partners' languages and English, unless the link shows the address it leads to ("Läs mer på
# www.site.se/kurs").
_READ_LABEL = re.compile(r"^(?:read|läs|les|læs|lue|lies|lees)\b", re.IGNORECASE)
# A link naming a page says what it is in a few words ("the programme page", "anmälningsformuläret"); a story's
# headline runs longer ("Cape Town heads into a weekend of shifting skies").
_PAGE_NAME_WORDS = 5
# A line that is one link and nothing else calls the reader on in a few words ("Read more about <subject>"), a word
# or two of them naming the subject; "Read more" alone is a teaser's button, a longer link another story's headline.
_CALL_LINK_WORDS = (3, 6)
# A word of the link names the post's subject when the headline says it too, in any form: the same first letters (a
# stem: "Simhall" in "Nödlarm i simhall", "FieldKit" in "FieldKit-laukku"), in a word this long at least (no "the",
# "and", "till", "mehr").
_SUBJECT_STEM = 5


def calls_to_own_pages(blocks: list[Block], page_url: str, title: str | None = None) -> set[int]:
    """Ids of the lines after the text's last paragraph, in the run of its paragraphs, that send the reader to a page
    of the site itself: a label and its colon, or a sentence of the writer's, then one link closing the line, to
    another page than the page itself, a listing above it or a listing by subject or writer. The writer's
    registration form or programme page, however short the line and wherever the site keeps it. A site's furniture
    names itself ("Read more: <a>another story</a>", "Tags:") or links a story by its headline, leads back to a
    listing ("All news") or to a social network, sets several links (a breadcrumb, a tag row) or repeats on most of
    the site's pages (the boilerplate memory drops those: these lines are kept only as labelled lines are, not exempt
    from it). "Read more at" is the writer's too when the link shows the address it leads to: a site's box names its
    stories by their headlines."""
    if not page_url:
        return set()
    lines, _ = lines_after_text(blocks)
    subject = _stems(title or "")
    return {id(line) for line in lines if _calls_to_own_page(line, page_url)
            or (_links_to_subject(line, page_url, subject) and _right_under_text(line, blocks))}


def _links_to_subject(line: Block, page_url: str, subject: set[str]) -> bool:
    """The line is a paragraph of one link and nothing else, a few words calling the reader on to a page of the site
    itself about what the headline names (`subject`: its words' stems): "<a>Read more about NurseCare</a>" under
    "NurseCare, a care system", "<a>Link to Safe Swimming Pools</a>" under "Alarms in swimming pools". The writer's
    closing line inside the text's own element, a furniture phrase in it or not. "Read more" alone is a teaser's
    button; a link leading back to a listing, to the page itself, to a listing by subject or to a social network is
    the theme's; the site's other stories and pages name other things. A call repeated on most of the site's posts is
    still the boilerplate memory's to drop."""
    if line.kind != "p" or line.element is None or line.element.tag != "p" or line.link_density < 1:
        return False
    link = sole_link(line)
    target = page_target(link, page_url) if link is not None else None
    if target is None or host_of(target) != host_of(page_url) or leads_to_social_network(target) \
            or links_to_page(target, page_url) or lists_page(target, page_url) or lists_by_subject(target) \
            or _another_post(target, page_url):
        return False
    words = WORD.findall(spaced_text(link))
    return _CALL_LINK_WORDS[0] <= len(words) <= _CALL_LINK_WORDS[1] and bool(_stems(" ".join(words)) & subject)


def _another_post(target: str, page_url: str) -> bool:
    """The target is another post of the site: at a dated address, or in the page's own folder ("/news/other/" from
    "/news/this/"), where a teaser's headline may share a word with the post's."""
    parts = [part for part in urlsplit(target).path.split("/") if part]
    own = [part for part in urlsplit(page_url).path.split("/") if part]
    return any(DATED_PART.match(part) for part in parts) or (len(parts) > 1 and bool(own) and parts[0] == own[0])


def _right_under_text(line: Block, blocks: list[Block]) -> bool:
    """No label or heading stands between the text and the line (lines of one link each aside): a box's label ("You
    may also be interested in:", "Related") makes the links under it the box's."""
    at = next(i for i, b in enumerate(blocks) if b is line)
    above = next((b for b in reversed(blocks[:at]) if not (b.kind == "p" and b.link_density >= 1)), None)
    return above is not None and above.kind not in ("heading", "title") and not above.text.rstrip().endswith(":")


def _stems(text: str) -> set[str]:
    return {word.casefold()[:_SUBJECT_STEM] for word in WORD.findall(text) if len(word) >= _SUBJECT_STEM}


def _calls_to_own_page(line: Block, page_url: str) -> bool:
    if line.kind not in ("p", "text") or line.element is None or line.chars > CALL_LINE_CHARS:
        return False
    link = sole_link(line)
    target = page_target(link, page_url) if link is not None else None
    if target is None or host_of(target) != host_of(page_url) or leads_to_social_network(target) \
            or links_to_page(target, page_url) or lists_page(target, page_url) or lists_by_subject(target):
        return False
    shown = spaced_text(link)
    lead, found, rest = line.text.partition(shown)
    lead = lead.strip()
    if not found or WORD.search(rest) or not lead or names_pager(lead.rstrip(": ")) or has_stamp_label(lead) \
            or _CREDIT.match(lead):
        return False  # the link closes the line, after words of the writer's that name no pager, stamp or credit
    cites_address = BARE_ADDRESS.match(shown) is not None
    if _reads_on_to_page(lead, shown, target, page_url):
        return True
    if not cites_address and (FURNITURE_LINE.search(line.text) or _READ_LABEL.match(lead)
                              or len(WORD.findall(shown)) > _PAGE_NAME_WORDS):
        return False
    words = len(WORD.findall(lead))
    if lead.endswith(":"):
        return 0 < words <= _LABEL_WORDS
    return words >= _SENTENCE_WORDS or cites_address


def _reads_on_to_page(lead: str, shown: str, target: str, page_url: str) -> bool:
    """"Read more" alone before a link naming in a few words a page of the site that is no post ("Lue lisää:
    <a>Valokuvagalleria</a>", "Read more <a>in the handbook</a>"): the writer sends the reader to a gallery, a book, a
    course. A site's box sends them so to its other stories, at dated addresses or in the post's own folder, by their
    headlines."""
    return READ_ON.fullmatch(lead.rstrip(": ")) is not None and not _another_post(target, page_url) \
        and 0 < len(WORD.findall(shown)) <= _PAGE_NAME_WORDS and not FURNITURE_LINE.search(shown)
