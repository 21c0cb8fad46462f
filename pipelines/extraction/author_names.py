"""Read person names out of author strings: a byline's text, a meta tag or JSON-LD author.

A byline holds more than names: its label ("By", "Av"), the date, the writer's office or department, buttons. Only
what looks like a person's name is kept; an office or organisation ("Office of the Mayor", "Digital Services Team",
"Harbour Rowing Club") names no writer, so a byline or meta tag crediting only one gives no author: the archive's
`source` already names the publisher, and the author column stays a list of people to search and facet by.
"""
from __future__ import annotations

import re

from lxml import etree

from .dates import find_date
from .links import clean_text
from .text import fold, text_of

# A label before the names of an author string (a byline, an author tag), taken off: roles and sources too
# ("Reporter:", "Källa:"), the colon optional. Whether a line closing the text is a credit at all is
# closing_labels._CREDIT's question, asked more strictly.
_BYLINE_LABEL = re.compile(
    r"^(?:by|posted by|av|von|par|por|di|door|af|text(?:\s+och\s+foto)?|texto|written by|skrivet av|reporter|"
    r"redaktör|author|autor|autorin|författare|kirjoittanut|kirjoittaja|quelle|source|källa)\s*:?(?:\s+|$)",
    re.IGNORECASE)
# Separators of a list of writers; a conjunction separates two writers only when both sides are names.
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;|]|\s/\s)\s*")
_CONJUNCTION = re.compile(r"\s+(?:&|and|och|und|et|y|og|ja|e)\s+|\s*&\s*", re.IGNORECASE)
_MAX_NAME_WORDS = 5
_DIGIT = re.compile(r"\d")
_MAX_UNSPACED_NAME = 10
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d|\.(?:com|se|org|net)\b|^(?:admin|administrator|editor|redaktionen|"
                         r"redaktion|staff|name|namn|nimi|guest|gast|anonymous|anonym)$", re.I)
# Words naming an office, a unit, a role or an organisation, not a person ("Office of Open Data", "Inclusion
# Officer", "Department Author", "Digital Intern", "Chess Club", "Welfare Working Group", "Bike Repair Hub"), in the
# partners' languages and their neighbours'.
_OFFICE_WORDS = frozenset("""
    office officer offices department dept division unit team teams bureau agency ministry secretariat committee
    board council commission section intern interns staff newsroom desk editors editorial author authors
    contributor contributors administrator webmaster volunteer volunteers
    group groups cooperative co-operative coop co-op collective hub
    grupp gruppen gruppe ryhmä
    club association society academy foundation institute university laboratory centre center network
    avdelning avdelningen enhet enheten kansli kansliet redaktion redaktionen styrelse styrelsen kontor kontoret
    abteilung referat amt büro redaktionsteam vorstand
    osasto yksikkö toimisto toimitus hallitus
    bureau service équipe direction rédaction
    förening föreningen stiftelse stiftelsen verein stiftung yhdistys säätiö akademie akademi
""".split())
# Lowercase words inside a person's name ("Ludwig van Beethoven", "Carl af Klercker").
_NAME_PARTICLES = frozenset("van von der den de da di del du la le af ten ter bin al el dos das".split())
# What parts a byline's names from its date ("Ada Lind | May 4, 2024", "May 4, 2024 • Ada Lind").
_BYLINE_MARKS = " ,.|·•-–—()"


def clean_names(raw: list[str], site_names: set[str], *, from_byline: bool,
                marked: frozenset[str] = frozenset()) -> list[str]:
    """Person names in author strings, each once, in order. A byline's text must look like "Firstname Lastname"
    to count; a single word counts where a byline label names it and the markup sets it apart (`marked`: the
    texts of the byline's elements, "Av <a>Anglemark</a>"), not in "by City of Philadelphia"."""
    people: list[str] = []
    for entry in raw:
        entry = clean_text(entry)
        labelled = _BYLINE_LABEL.match(entry)
        entry = _BYLINE_LABEL.sub("", entry)
        if not entry or len(entry) > 120:
            continue
        entry = _less_date(entry)
        if labelled and from_byline:
            entry = _leading_names(entry)
        if not from_byline and _holds_address(entry):
            continue
        for name in _names_in(entry):
            words = name.split()
            if not (1 <= len(words) <= _MAX_NAME_WORDS) or _NOT_A_NAME.search(name) or is_site_name(name, site_names):
                continue
            if name.islower() or _names_office(words) or not all(any(c.isalpha() for c in w) for w in words):
                continue
            if from_byline and not _looks_like_person(words, single_word=bool(labelled) and name in marked):
                continue
            if name not in people:
                people.append(name)
    return people


def only_names(text: str) -> bool:
    """The text is a list of people's names and nothing else ("Ada Lind, Bo Berg and Cy Holm"): no office, no
    organisation, no word in lower case but a name's particle."""
    pieces = _names_in(text)
    return bool(pieces) and all(len(piece.split()) <= _MAX_NAME_WORDS and not _NOT_A_NAME.search(piece)
                                and _looks_like_person(piece.split()) and not _names_office(piece.split())
                                for piece in pieces)


def _less_date(entry: str) -> str:
    """The entry less its date and what follows it ("Ada Lind on May 4"); where the date opens it ("May 4, 2024 •
    Ada Lind", a theme's post meta line), what follows the date."""
    date = find_date(entry)
    if not date:
        return entry
    if entry[:date[1]].strip(_BYLINE_MARKS):
        return entry[:date[1]]
    return entry[date[2]:].strip(_BYLINE_MARKS)


def _holds_address(entry: str) -> bool:
    """A stated author with a street address among its pieces ("Chess Club, 23-27 Park Avenue, Paris") is the
    publisher's imprint: its other pieces (the town) are no writers either."""
    return any(_DIGIT.search(piece) and len(piece.split()) >= 2 for piece in _LIST_SEPARATOR.split(entry))


def _names_in(entry: str) -> list[str]:
    """The pieces of a list of writers ("A, B and C"); a piece joined by "and" is split only where each side looks
    like a person's name: "Office of Open Data and Digital Transformation" is one office, not two writers."""
    names = []
    for piece in _LIST_SEPARATOR.split(entry):
        piece = _strip(_BYLINE_LABEL.sub("", _strip(piece)))
        sides = [_strip(side) for side in _CONJUNCTION.split(piece)]
        if len(sides) > 1 and all(_looks_like_person(side.split()) and not _names_office(side.split())
                                  for side in sides):
            names.extend(sides)
        elif piece:
            names.append(piece)
    return names


_INITIAL_END = re.compile(r"(?:^|\s)\w\.$")


def _strip(text: str) -> str:
    """The text less the punctuation around it; the period closing an initial stays ("Johan J.")."""
    stripped = text.strip(" ,:;-–|/")
    return stripped if _INITIAL_END.search(stripped) else stripped.strip(" .,:;-–|/")


def _leading_names(text: str) -> str:
    """The capitalised words opening a labelled byline, and the particles and conjunctions between them, up to the
    first other word: "Anglemark i Rapporter" -> "Anglemark", "Ada Lind & Bo Berg on May 4" -> "Ada Lind & Bo Berg"."""
    words = text.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        if word[:1].isupper() or not word[:1].isascii():
            kept.append(word)
        elif (word in _NAME_PARTICLES or _CONJUNCTION.fullmatch(f" {word} ")) and kept and i + 1 < len(words) \
                and words[i + 1][:1].isupper():
            kept.append(word)
        else:
            return " ".join(_less_role_after_last_comma(kept, words[i:]))
    return " ".join(kept)


def _less_role_after_last_comma(kept: list[str], rest: list[str]) -> list[str]:
    """The names kept, less the piece after their last comma when the words going on from it name an office or a
    role: "Ada Lind, Ferry Watch team member" -> "Ada Lind" (an organisation opening the writer's role, no second
    writer); "Ada Lind, Bo Berg on May 4" keeps both."""
    last_break = max((i for i, word in enumerate(kept) if word.endswith((",", ";"))), default=None)
    if last_break is None:
        return kept
    going_on = []
    for word in rest:
        going_on.append(word)
        if word.endswith((",", ";")):
            break
    return kept[:last_break + 1] if _names_office(going_on) else kept


def _names_office(words: list[str]) -> bool:
    return any(_strip(w).casefold() in _OFFICE_WORDS for w in words)


def _looks_like_person(words: list[str], *, single_word: bool = False) -> bool:
    """"Anna Svensson" (capitalised words) or a short name in a script without capitals ("松岡大地"); one word
    only where a byline label names it."""
    if not words:
        return False
    if any(w[:1].isascii() for w in words):
        return (len(words) >= 2 or single_word) and \
            all(w[0].isupper() or w in _NAME_PARTICLES for w in words if w[0].isalpha())
    return len(words) <= 2 and len("".join(words)) <= _MAX_UNSPACED_NAME


def marked_texts(elements: list) -> frozenset[str]:
    """The texts of the elements inside bylines (a link, a <strong>): where the markup sets a name apart."""
    return frozenset(clean_text(text_of(child)) for element in elements for child in element.iterdescendants())


def lines_of(element) -> list[str]:
    """An element's text line by line (<br> and the markup's own line breaks): a byline box setting the writer,
    their office and the date on lines of their own ("Posted by Ada Lind" / "Office of the Mayor" / "May 4")
    reads as one run of words too long for a name."""
    parts = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start" and isinstance(node.tag, str):
            parts.append("\n" if node.tag == "br" else node.text or "")
        elif event == "end" and node is not element:
            parts.append(node.tail or "")
    return [line for line in "".join(parts).splitlines() if line.strip()]


MIN_SITE_NAME = 3
_NON_WORD_OR_UNDERSCORE = re.compile(r"[\W_]+")


def is_site_name(name: str, site_names: set[str]) -> bool:
    folded = f" {_fold_words(name)} "
    for site in site_names:
        site = _fold_words(site)
        if len(site) >= MIN_SITE_NAME and (f" {site} " in folded or folded.strip() in site.split()):
            return True
        if site == folded.strip():
            return True
    return False


def _fold_words(text: str) -> str:
    return " ".join(_NON_WORD_OR_UNDERSCORE.sub(" ", text.casefold()).split())


# A headline's byline sits within the next few elements after it.
_BYLINE_AFTER_HEADLINE = 2


def headline_bylines(root) -> list:
    """Lines just under a headline that open with a byline label and a link to the writer ("Av <a>Anglemark</a> i
    <a>Rapporter</a> 2010-10-03", "By <a>Ada Lind</a> on May 4"): the post's own byline where no class or rel
    names one. The link marks the name; a lead sentence opening with "By" or "Av" has none there."""
    found = []
    for heading in root.iter("h1"):
        for sibling in _next_elements(heading):
            first = next(iter(sibling), None)
            label = clean_text(sibling.text or "")
            if first is not None and first.tag == "a" and label and _BYLINE_LABEL.fullmatch(label + " "):
                found.append(sibling)
    return found


# A byline line runs short: a label, a name or two, the day ("By Ada Lind, posted 27/01/21").
_DATED_BYLINE_CHARS = 120


def dated_headline_bylines(root, title: str | None, published: str | None, month_first: bool | None) -> list:
    """Lines just under the post's headline that open with a byline label and name the day the page is dated by
    ("By Ada Lind, posted 27/01/21", "By Ada Lind on 4 May 2021"), or open with that day and name people alone
    ("4 May 2021 · Ada Lind"): the post's own byline, its name in plain words,
    where no class, rel or link names one. The page's own day marks the line as the byline; a lead sentence opening
    with "By" names no writer (clean_names asks for a person's name)."""
    wanted = fold(title or "")
    # The heading showing the title: a theme may set its logo in an <h1> and the headline in an <h2>.
    headline = next((h for h in root.iter("h1", "h2", "h3") if fold(text_of(h)) == wanted), None) \
        if wanted and published else None
    if headline is None:
        return []
    found = []
    for sibling in _next_elements(headline):
        text = clean_text(text_of(sibling))
        if len(text) > _DATED_BYLINE_CHARS:
            continue
        label = _BYLINE_LABEL.match(text)
        if label is not None:
            day = find_date(text[label.end():], month_first=month_first)
            if day and day[0][:10] == published[:10]:
                found.append(sibling)
        elif _day_then_names(sibling, text, published, month_first):
            found.append(sibling)
    return found


def _day_then_names(line, text: str, published: str, month_first: bool | None) -> bool:
    """The page's day, then the writers' names in plain words and nothing else ("12 March 2024 · Ada Lind", a
    theme's post meta line without a label; an icon's link to the writer's profile may follow). A linked piece of
    words after the day is as often the post's category as its writer; a one-word piece ("12 March 2024 · Nyheter")
    or an office is no person's name (only_names)."""
    day = find_date(text, month_first=month_first)
    if not day or day[0][:10] != published[:10] or any(clean_text(text_of(link)) for link in line.iter("a")):
        return False
    return names_beside_day(text, day, day_first=True)


def names_beside_day(text: str, day: tuple[str, int, int], *, day_first: bool) -> bool:
    """The writers' names in plain words on one side of the day find_date found in the text and nothing on its other
    ("12 March 2024 · Ada Lind" with day_first, "Ada Lind, Bo Berg, Cy Holm<br>August 16, 2024" without)."""
    before, after = text[:day[1]].strip(_BYLINE_MARKS), text[day[2]:].strip(_BYLINE_MARKS)
    names, other_side = (after, before) if day_first else (before, after)
    return not other_side and only_names(names)


def byline_closing(heading) -> str:
    """The byline a theme sets inside the headline's element, after the headline (`<h1>Title <small>by Anna
    Berg</small></h1>`, a page header's subtitle slot): the text of the heading's last element where a byline label
    opens it and a name's few words follow, nothing after it; "" for a heading without one."""
    last = next((child for child in reversed(heading) if isinstance(child.tag, str)), None)
    if last is None or (last.tail or "").strip():
        return ""
    text = clean_text(text_of(last))
    label = _BYLINE_LABEL.match(text)
    name = text[label.end():] if label else ""
    return text if name and len(name.split()) <= _MAX_NAME_WORDS and not _DIGIT.search(name) else ""


def _next_elements(element) -> list:
    siblings = []
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str):
            siblings.append(sibling)
        if len(siblings) == _BYLINE_AFTER_HEADLINE:
            break
    return siblings
