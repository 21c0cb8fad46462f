"""Lines made by their links: a source or a document closing the post, a pointer to where it goes on, a pager's
button, an address the writer cites, a line that only writes to or calls someone (writes_or_calls: a mail or phone
link), and where a link leads (another site, a social network)."""
from __future__ import annotations

import re

from .blocks import Block, is_whole_element, link_addresses, links_showing_words, text_length
from .line_patterns import FULL_STOP, FURNITURE_LINE, LABEL, SITE_NAME, WEB_ADDRESS, WORD
from .links import absolute, all_lead_to_documents, leads_to_document, links_to_page, with_scheme
from .text import spaced_text, text_of
from .social_bars import is_social_bar
from .xpaths import SOCIAL_HOSTS

CLOSING_LINKS = ("mailto:", "tel:")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg)(?:[?#]|$)", re.IGNORECASE)
BARE_ADDRESS = re.compile(rf"^{WEB_ADDRESS.pattern}$", re.IGNORECASE)
# A source named by a word and its address ("more: https://...", "Source: www...."), as a post closes on its source.
_LABELLED_ADDRESS = re.compile(rf"^[^\W\d_]+:\s*{WEB_ADDRESS.pattern}$", re.IGNORECASE)
# A further source after one, joined by a conjunction ("and https://...", "oraz www...."), in the partners' languages,
# Polish, Czech and English.
_JOINED_ADDRESS = re.compile(r"^(?:and|or|och|eller|og|und|oder|et|ou|en|of|ja|tai|oraz|lub|albo|i|a|nebo|e|y|o)"
                             rf"\s+{WEB_ADDRESS.pattern}$", re.IGNORECASE)
# Words of its own that make a line showing an address the writer's ("Project website: <address>").
_CITING_WORDS = 2
# A line closing a post links to a few sources; more links make a list.
_LINE_LINKS = 4
# A closing sentence says this many words of its own besides its links and any furniture phrase in it ("It is also
# fine to contact us by <a>email</a>"); a site's prompt around a furniture phrase says a word or two ("Read more about").
_SENTENCE_WORDS_BESIDE = 4
# A link saying where, not what ("<a>here</a>"): the line is a pointer, which pointer_lines.py tells the writer's from
# the site's box.
_UNNAMING_LINK = re.compile(r"(?:here|this link|här|her|hier|ici|täältä|tästä)", re.IGNORECASE)
# Where sites and writers ask readers to follow them ("Follow Anna on Twitter", "become a fan on Facebook").
_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)", re.IGNORECASE)
# A pointer line: its linked word or two in lower case ("here", "this page"; a name, a file or an address is the
# thing it names), in a sentence of a few words, no label ("Source: <a>Agency</a>").
_POINTER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
_POINTER_LINE_WORDS = 10
# "Read more in <a>Nature</a>", "Read more on Scoop: <a>headline</a>": where the story was published, named by its link
# to that journal's, paper's or news site's, as a research story closes on its source; a site's prompt reads more
# "about" a topic, or at its own page.
_READ_MORE_IN_SOURCE = re.compile(r"\b(?:read more (?:in|at|on)|läs mer i|les mer i|læs mere i)\b", re.IGNORECASE)
# A pager's button between a post and its neighbours: the word alone, with its arrow ("←Previous", "Next →",
# "« Older"), in the partners' languages and English.
_PAGER_BUTTON = re.compile(r"^[\s←→«»‹›<>]*(?:previous|next|older|newer|föregående|nästa|forrige|neste|næste|"
                           r"edellinen|seuraava|vorherige[rs]?|nächste[rs]?|zurück|weiter)"
                           r"(?:\s+(?:post|entry|article|story))?[\s←→«»‹›<>]*$", re.IGNORECASE)


def is_document_line(block: Block) -> bool:
    """A line linking one document: one link, or the document's name and its download button both linking the file
    ("<a href=x.pdf>Decision on ...</a><a href=x.pdf>Download</a>")."""
    if block.kind not in ("p", "heading", "text") or block.element is None or len(block.text.split()) < 3:
        return False
    links = set(link_addresses(block))
    return len(links) == 1 and leads_to_document(next(iter(links)))


def names_pager(text: str) -> bool:
    """The words name the way to the previous or next post and nothing else ("Next", "« Older post")."""
    return _PAGER_BUTTON.match(text) is not None


def is_pager_button(block: Block) -> bool:
    """A line that is one link or button naming only the way to the previous or next post ("←Previous"), whether it
    leads anywhere or, on the first or last post, is a disabled placeholder <a> without an address."""
    if block.element is None or not names_pager(block.text):
        return False
    # the line's own words are one <a>'s (a theme may set the button loose in its list, beside the other's <li>)
    return any(spaced_text(anchor) == block.text for anchor in block.element.iter("a"))


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
            and not _LABELLED_ADDRESS.match(block.text) and not _JOINED_ADDRESS.match(block.text) \
            and not shows_own_address(block) and not _names_linked_document(block) and not _names_linked_site(block):
        return False
    # In-page anchors (the "#" permalink icon beside a heading) lead nowhere else; an editor's stray empty
    # link (around a line break) is no second link.
    links = _own_targets(block)
    # Editors indent the link to the post's own document (its PDF) as a quote; a quote linking to other sites is the
    # embed of someone else's post.
    if block.kind == "quote":
        return all_lead_to_documents(links)
    # A follow or share bar links to other sites too: the site's profiles and buttons, no source of the writer's.
    if not 0 < len(links) <= _LINE_LINKS or is_social_bar(block, host):
        return False
    # A paragraph's links may lead half to the site's own pages (its schedule); a bar of buttons beside the text is
    # no paragraph, and its links to the site's own log-in or subscription pages make it no source line.
    away = sum(1 for h in links if leads_away(h, host))
    return away == len(links) or (block.kind == "p" and len(links) > 1 and away * 2 >= len(links))


def _names_linked_document(block: Block) -> bool:
    """A line of a word or two that is one link to a document, named by its subject ("<a href=x.pdf>
    Repubblica_14-5-16</a> (PDF)", "<a>Programme</a>"): the writer's attachment, a line as a longer one is. A line
    showing the file's own name ("jahresheft-2022.pdf") shows the document as a bare address shows a page: what a
    post of a document alone is of, no line of text."""
    links = links_showing_words(block)
    return len(links) == 1 and leads_to_document(links[0].get("href") or "") \
        and not leads_to_document(block.text.strip())


def _names_linked_site(block: Block) -> bool:
    """A word and one link showing the name of the site it leads to ("Via <a href=http://www.x.example/post/>
    x.example</a>"): the post's source, credited as a longer line or a bare address credits it."""
    link = sole_link(block)
    if link is None or len(block.text.split()) != 2:
        return False
    shown = spaced_text(link).lower().removeprefix("www.")
    host = host_of(link.get("href") or "").lower().removeprefix("www.")
    return SITE_NAME.fullmatch(shown) is not None and host == shown


def _own_targets(block: Block) -> frozenset[str]:
    """Where the block's links that show text lead, in-page anchors ("#") left out. A paragraph split off its element
    at <br><br> ("... stimuli.<br><br>Read more in <a>Nature Methods</a>") holds the links whose words it shows, not
    all the element's."""
    links = links_showing_words(block)
    # Text loose in a <div> beside its other elements is weighed with all the box's links, as a box's is: read once for
    # all the lines of the <div>.
    if len(links) <= 1 or block.element.tag != "p" or is_whole_element(block):
        return block.readings.of(_targets_of_links_showing_words, block.element)
    return _targets(a for a in links if spaced_text(a) in block.text)


def _targets_of_links_showing_words(element) -> frozenset[str]:
    return _targets(a for a in element.iter("a") if text_of(a).strip())


def _targets(links) -> frozenset[str]:
    return frozenset(href for a in links if not (href := a.get("href") or "").startswith("#"))


def shows_own_address(block: Block) -> bool:
    """The line is one link showing the address it leads to, broken where a line ended as an editor or a mail wraps a
    long one ("http://example.org/a-long-<newline>name/"): a bare address, however many words the break makes."""
    link = sole_link(block)
    if link is None:
        return False
    shown = "".join(block.text.split())
    target = "".join((link.get("href") or "").split()).rstrip("/")
    return BARE_ADDRESS.match(shown) is not None and shown == "".join(text_of(link).split()) \
        and target in (shown.rstrip("/"), "http://" + shown.rstrip("/"), "https://" + shown.rstrip("/"))


def _sole_point(block: Block) -> bool:
    """The only point of a list set right after a paragraph of the text, most of its words the writer's: a line set
    with a bullet. (A one-point box of links, a "Reuse this content" button, is no such line.)"""
    listing = block.element.getparent() if block.kind == "item" and block.element is not None else None
    previous = listing.getprevious() if listing is not None else None
    return previous is not None and previous.tag == "p" and sum(1 for child in listing if child.tag == "li") == 1 \
        and block.chars - block.link_chars >= block.link_chars


def is_closing_link(block: Block, host: str) -> bool:
    """A link line that closes a post as its source or document ("The full release <a>here</a>", "The live stream is
    <a>at this link</a>"), not a prompt to follow the site: no furniture word, no link following the site on a social
    network. A partner's profile named in the line ("Brewed with <a href=instagram.com/...>Three Bees</a>") is the
    writer's credit, as a link to the partner's website would be."""
    return is_link_line(block, host) \
        and not FURNITURE_LINE.search(_READ_MORE_IN_SOURCE.sub(" ", words_beside_links(block))) \
        and not any(follows_the_site(a) for a in block.element.iter("a"))


def is_closing_sentence(block: Block, host: str) -> bool:
    """A line whose links lead to other sites or to a mail address, and whose own words say more than a furniture
    phrase ("It is also fine to contact us by <a>email</a>", "Read more and register at <a>the conference</a>"): the
    writer's closing sentence, however short and unpunctuated. A site's prompt says the phrase and little else ("Read
    more about <a>X</a>", "Follow us on <a>Y</a>")."""
    if block.kind not in ("p", "text") or block.element is None or not block.link_chars:
        return False
    linked = links_showing_words(block)
    if not 0 < len(linked) <= _LINE_LINKS:
        return False
    links = [a.get("href") or "" for a in linked]
    if any(follows_the_site(a) for a in linked) \
            or any(_UNNAMING_LINK.fullmatch(spaced_text(a)) for a in linked) \
            or not all(h.startswith(CLOSING_LINKS) or leads_away(h, host) for h in links):
        return False
    own = words_beside_links(block)
    return own != block.text and len(WORD.findall(FURNITURE_LINE.sub(" ", own))) >= _SENTENCE_WORDS_BESIDE


def words_beside_links(block: Block) -> str:
    """The line's own words around its links, where it has some ("Published by <a>Popular Science Weekly</a>"): a
    furniture word in a linked name is the source's name, not the site's prompt; a line that is all link is read
    whole ("<a>Most popular</a>")."""
    own = block.text
    for linked in block.readings.of(_words_of_links, block.element):
        own = own.replace(linked, " ", 1)
    return own if WORD.search(own) else block.text


def _words_of_links(element) -> tuple[str, ...]:
    return tuple(linked for link in element.iter("a") if (linked := text_of(link).strip()))


def is_pointer_line(block: Block, page_url: str) -> bool:
    """A short sentence whose one link, a word or two ("Read the rest <a>here</a>", "See the collection <a>here</a>"),
    points to another page: where the post goes on, as its own last line. A teaser's or a "read also" link names the
    story it leads to; a prompt to read on at the page itself ("Continue reading") or to enlarge a picture leads
    nowhere else."""
    if block.kind not in ("p", "text") or block.element is None or len(block.text.split()) > _POINTER_LINE_WORDS:
        return False
    link = sole_link(block)
    pointer = spaced_text(link) if link is not None else ""
    # Set in capitals for emphasis ("click <a>HERE</a>") it is still the pointing word; a capitalised one names a page.
    if not (_POINTER.fullmatch(pointer) and (pointer.islower() or pointer.isupper())) \
            or len(block.text.split()) <= len(pointer.split()) \
            or LABEL.search(block.text):
        return False
    target = page_target(link, page_url)
    return target is not None and not _IMAGE_FILE.search(target) and not links_to_page(link.get("href") or "", page_url)


def sole_link(block: Block):
    """The block's one link with words, or None when it has none or several."""
    links = links_showing_words(block)
    return links[0] if len(links) == 1 else None


def page_target(link, page_url: str) -> str | None:
    """The address a link leads to, absolute; None for a link within the page or a closing link (mail, phone)."""
    href = link.get("href") or ""
    return absolute(href, page_url) if page_url and not href.startswith(("#", *CLOSING_LINKS)) else None


def leads_away(href: str, host: str) -> bool:
    """A link to a document, or to another site than `host` (a parent or sibling host too: a unit's news on its own
    host cites its university's press release on the main host)."""
    return leads_to_document(href) or bool(host_of(href) and host_of(href) != host)


def leads_to_social_network(href: str) -> bool:
    return host_of(href) in SOCIAL_HOSTS


def follows_the_site(anchor) -> bool:
    """A link to a social network that asks the reader to follow the site: its words name the network
    ("<a>Instagram</a>", "on <a>facebook.com/ourclub</a>") or an account's handle ("<a>@ourclub</a>"). A profile
    linked by its owner's name ("Brewed with <a href=instagram.com/...>Three Bees</a>") is someone the writer names, a
    partner or a guest, as a link to their website would be."""
    href = anchor.get("href") or ""
    if not leads_to_social_network(href):
        return False
    shown = text_of(anchor).strip().lower()
    return not shown or shown.startswith("@") or host_of(href).split(".")[0] in re.findall(r"[^\W\d_]+", shown) \
        or host_of(href) in shown


def host_of(url: str) -> str:
    match = _HOST.match(with_scheme(url or ""))
    return match.group(1).lower().removeprefix("www.") if match else ""


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


def writes_or_calls(block: Block) -> bool:
    """The block links, and only to an address to write or call ("Questions to <a href=mailto:...>")."""
    links = link_addresses(block) if block.element is not None else ()
    return bool(links) and all(link.startswith(CLOSING_LINKS) for link in links)
