"""A short standfirst the page shows under its headline, which the description says again in fewer words: the lead.

A box classed as the lead under 40 characters is no lead by itself (find_lead): such boxes are a site's tagline, a
section's heading classed "subtitle", a label or a prompt ("Join the Conversation"). A CMS with a field for the
standfirst may fill the description with a shorter wording of it, though ("The details of the decision" under "The
details of the new decision"); the page shows its readers the longer one. The shown line is taken when every word of
the description is one of its words (or shares its stem: an inflected form) and it stands under the headline, where
a standfirst stands: the nearest heading above it is the page's headline, or the box holds that headline.
"""
from __future__ import annotations

from . import xpaths
from .text import fold, text_of

# Words this long or longer sharing their first letters are one word inflected ("accreditarsi", "accrediti").
_STEM = 5


def standfirst_shortened_to(description: str, boxes: list[tuple[object, str]], title: str | None) -> str | None:
    """Of `boxes` (short lead-classed elements and their texts, in page order), the text the description is a
    shortened wording of, when that box stands under the headline; else None."""
    said = fold(description).split()
    if not said:
        return None
    for box, text in boxes:
        shown = fold(text).split()
        if len(said) < len(shown) and all(_among(word, shown) for word in said) and _under_headline(box, title):
            return text
    return None


def _among(word: str, words: list[str]) -> bool:
    return word in words or (len(word) >= _STEM and any(len(other) >= _STEM and other[:_STEM] == word[:_STEM]
                                                        for other in words))


def _under_headline(box, title: str | None) -> bool:
    """The box holds the headline, or the nearest heading before it is an <h1> or shows the title."""
    folded_title = fold(title or "")

    def headline(heading) -> bool:
        return heading.tag == "h1" or (bool(folded_title) and fold(text_of(heading)) == folded_title)

    if any(headline(heading) for heading in box.iter(xpaths.HEADING_TAGS)):
        return True
    above = None
    for element in box.getroottree().getroot().iter(*xpaths.HEADING_TAGS, box.tag):
        if element is box:
            break
        if element.tag in xpaths.HEADING_TAGS:
            above = element
    return above is not None and headline(above)
