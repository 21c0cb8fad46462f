"""Cut a site's name off a stated title ("Headline - Site", "Site: Headline"): a known name ending or opening it after
a separator, else the shorter end piece."""
from __future__ import annotations

import re

# A dash between numbers is a range ("June 10 - 11"), not a separator. A "«" that no "»" closes further on is one
# (old WordPress themes print "Headline « Site"); one that a "»" closes opens a quotation ("Le « Grand débat »").
TITLE_SEPARATORS = re.compile(r"\s+(?:[|:·•»/]|//)\s+|(?<![\s\d])\s+[\-–—]\s+|\s+[\-–—]\s+(?![\s\d])|\s+::\s+"
                              r"|\s*[｜|]\s*|\s+«\s+(?![^«»]*»)")
_CLOSING_SEPARATOR = re.compile(f"(?:{TITLE_SEPARATORS.pattern})$")
# A word of letters, its initial the letter an acronym takes.
_INITIALED_WORD = re.compile(r"[^\W\d_]+")


def without_site_name(title: str, site_names: set[str]) -> str:
    """The title less the site's name (`site_names`, lower case), or the title itself when it has no piece to cut."""
    for name in sorted(site_names, key=len, reverse=True):
        # A known site name closing the title is cut off whole, with the one separator before it: the headline keeps
        # its own colons, dashes and quotes ("Meeting - Water: what changes - Site"), and a site name that itself
        # holds a separator ("Project | News & Analyses") stays one piece.
        headline = without_suffix(title, name) or _after_name_and_colon(title, name)
        if headline:
            return headline
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    kept = [p for p in parts if p.strip().lower() not in site_names and not _initials_name_a_site(p, site_names)]
    if len(kept) == len(parts):
        # Unknown site name: it is the shortest end piece; the headline is the rest.
        first, last = parts[0], parts[-1]
        kept = parts[:-1] if len(last) <= len(first) else parts[1:]
        if len(parts) > 2 and len(" ".join(kept)) < 20:
            return title
    separator = next(iter(TITLE_SEPARATORS.findall(title)), " - ")
    return separator.join(kept).strip() if kept else title


def _initials_name_a_site(piece: str, site_names: set[str]) -> bool:
    """The piece's words begin with the letters of a site's short name, its address's ("Cloud Project Network" on
    cpn.example): the organisation's name, spelt out."""
    words = _INITIALED_WORD.findall(piece)
    return len(words) >= 2 and "".join(word[0] for word in words).lower() in site_names


def without_suffix(title: str, name: str) -> str:
    """The title less a site name ending it after a separator; "" when the name does not end it so."""
    if not title.lower().endswith(name) or len(title) == len(name):
        return ""
    rest = title[:len(title) - len(name)]
    # the separator closing what is left, found from its end: a closing quote before it ("« Quote » - Site") is the
    # headline's, not a separator of its own
    closing = _CLOSING_SEPARATOR.search(rest)
    return rest[:closing.start()].strip() if closing else ""


def _after_name_and_colon(title: str, name: str) -> str:
    """The title less a site name opening it with a colon straight after ("Team Blog: <headline>", a blog engine's
    title); "" when the name does not open it so. The headline keeps its own separators."""
    if not title.lower().startswith(name) or title[len(name):len(name) + 2] != ": ":
        return ""
    return title[len(name) + 2:].strip()


def without_prefix(title: str, name: str) -> str:
    """The title less a site name opening it before a separator; "" when the name does not open it so."""
    if not title.lower().startswith(name) or len(title) == len(name):
        return ""
    separator = TITLE_SEPARATORS.match(title, len(name))
    return title[separator.end():].strip() if separator else ""
