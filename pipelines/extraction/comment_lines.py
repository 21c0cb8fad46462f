"""What a line of a comment section says by itself: when a comment was written, or only the section's count, title,
sort order or the widget's credit to its maker."""
from __future__ import annotations

import re

from .blocks import Block
from .dates import CLOCK, MONTHS, TIME_AGO, find_date
from .text import spaced_text

# A commenter's line with the comment's date, time or age ("Maria, May 4, 2024 at 9:12 am", "focus63 1 Hour ago").
_STAMP_WORDS = 16
_CLOCK_LINE_WORDS = 8
# A day without its year ("November 10th", "10. Nov").
_MONTH_NAMES = "|".join(sorted((re.escape(name) for name in MONTHS if len(name) >= 3), key=len, reverse=True))
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b|\b[0-3]?\d(?:st|nd|rd|th|\.)?\s+(?:{_MONTH_NAMES})\b",
                        re.IGNORECASE)
# The section's own count and heading lines ("5 comments", "View comments (27)", "Leave a comment", "Kommentare"):
# a noun naming comments, with nothing but a number and these words around it, in the partners' languages and
# their neighbours'. A reader's words are never only these.
_COMMENT_NOUNS = frozenset("""
    comment comments kommentar kommentarer kommentaren kommentarerna kommentare kommentti kommentit
    kommenttia commentaire commentaires commenti comentario comentarios responses replies
""".split())
# The nouns that open a compound word ("Kommentarbereich", "kommenttiosio"), the way Germanic and Finnic languages
# name things.
_COMPOUND_STEMS = ("kommentar", "kommentti")
# The verbs asking a reader to write one ("Leave a comment", "Skriv en kommentar", "Jätä kommentti").
_INVITING_VERBS = frozenset("leave post add write lämna skriv schreiben laisser legg jätä".split())
_COUNT_LINE_WORDS = _INVITING_VERBS | frozenset("""
    a an the your our all total more no yet reader readers view show showing hide see read load
    thread threads
    en ett din alla fler inga visa läs ingen
    ein eine einen ihren alle weitere keine zeigen anzeigen lesen
    un une les tous voir afficher ajouter
    til inn vis
    kaikki lisää näytä kirjoita
""".split())
COUNT_LINE_MAX_WORDS = 6
# Sort controls ("Newest | Oldest", "Sort by: Best"), often placeholder links a script drives: two or more of
# these words and nothing else.
_SORT_WORDS = frozenset("""
    sort sorted by order newest oldest latest recent best top popular liked most first last
    sortera efter nyaste äldsta senaste bästa populäraste sortieren nach neueste älteste beste trier plus récents
""".split())
WORD = re.compile(r"[^\W\d_]+")
NUMBERS = re.compile(r"\d+")


def is_stamp(block: Block) -> bool:
    """A line giving when a comment was written: a date, a time of day, "2 hours ago", or a <time> element."""
    if len(block.text.split()) > _STAMP_WORDS:
        return False
    if find_date(block.text) or TIME_AGO.search(block.text) or _MONTH_DAY.search(block.text):
        return True
    if len(block.text.split()) <= _CLOCK_LINE_WORDS and CLOCK.search(block.text):
        return True
    element = block.element
    if element is None:
        return False
    if element.tag == "time":
        return True
    return any((shown := spaced_text(time)) and shown in block.text for time in element.iter("time"))


def is_furniture_line(text: str) -> bool:
    """A line that only counts, names or sorts the comments: "5 comments", "View comments (27)", "Leave a
    comment", "Newest | Oldest"."""
    words = WORD.findall(text.lower())
    if len(words) > COUNT_LINE_MAX_WORDS:
        return False
    if len(words) >= 2 and _SORT_WORDS.issuperset(words) and not NUMBERS.search(text):
        return True
    return names_comment_section(text)


# "Reply" names one comment's control as often as the section: only with a verb inviting one ("Leave a Reply",
# "Deja una respuesta") does it head the section.
_REPLY_NOUNS = frozenset("reply respuesta antwort svar vastaus réponse risposta".split())
_INVITING_WORDS = _INVITING_VERBS | frozenset("deja dejar escribe una".split())

# A closed section's notice ("Comments are closed.", "Los comentarios están cerrados.").
_CLOSED_WORDS = frozenset("""
    are is now closed los las están cerrados cerrada är stängda sind geschlossen les sont fermés er stengt ovat
    suljettu
""".split())


def heads_comments(text: str) -> bool:
    """A heading that only counts, names, invites or closes the comments ("Comentarios", "12 comments", "Leave a
    Reply", "Comments are closed."): the comment section's, never a post's headline."""
    if names_comment_section(text):
        return True
    words = WORD.findall(text.lower())
    if len(words) > COUNT_LINE_MAX_WORDS:
        return False
    if not _COMMENT_NOUNS.isdisjoint(words) and not _CLOSED_WORDS.isdisjoint(words):
        return all(word in _COMMENT_NOUNS or word in _CLOSED_WORDS or word in _COUNT_LINE_WORDS for word in words)
    return not _REPLY_NOUNS.isdisjoint(words) and not _INVITING_WORDS.isdisjoint(words) \
        and all(word in _REPLY_NOUNS or word in _INVITING_WORDS or word in _COUNT_LINE_WORDS for word in words)


# A comment widget's credit under its thread ("comments powered by <maker>", the line blog generators' comment
# templates set): the words crediting the maker, then its name in a word or two.
_WIDGET_CREDIT = ("powered", "by")
_MAKER_NAME_WORDS = 2


def credits_comment_widget(text: str) -> bool:
    """A line naming the comments and crediting the widget's maker: "comments powered by <maker>". Linked to the
    maker's site, it reads as a closing link line, yet it is the site's, not the writer's."""
    words = WORD.findall(text.lower())
    credit = len(_WIDGET_CREDIT)
    return len(words) > credit and words[0] in _COMMENT_NOUNS and tuple(words[1:1 + credit]) == _WIDGET_CREDIT \
        and len(words) - 1 - credit <= _MAKER_NAME_WORDS


def names_comment_section(text: str) -> bool:
    """A line that only counts or names the comments: "5 comments", "Kommentarer (3)", "Leave a comment"."""
    words = WORD.findall(text.lower())
    if len(words) > COUNT_LINE_MAX_WORDS:
        return False
    if len(words) == 1 and words[0].startswith(_COMPOUND_STEMS):
        return True  # a compound naming the section or its parts: "Kommentarübersicht", "Kommentarregeln"
    return not _COMMENT_NOUNS.isdisjoint(words) \
        and all(word in _COMMENT_NOUNS or word in _COUNT_LINE_WORDS for word in words)
