"""Tell an untranslated language copy of a page from a translation, and a retouched copy from a sibling post: one
text, not a second article.

Translation plugins (TranslatePress, WPML) serve every page under each language's address and name the versions
in hreflang links. Where nobody translated the post, the copy shows the original's title and text, but for the few
strings the plugin translates everywhere (a linked page's name, a contact label): no exact duplicate, yet one story.
Only the text written in a language tells: a translated post keeps its code, commands and figures word for word.
"""
from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"\w+")
# A word of a language: letters only (a code name has digits, underscores or operators in it), maybe between quotes
# or brackets and before a punctuation mark.
_LANGUAGE_WORD = re.compile(r"[(\[«\"'“‘¿¡]*[^\W\d_]+(?:['’-][^\W\d_]+)*[)\]»\"'”’,.;:!?…]*")
# A paragraph in a language is nearly all such words: a line of code or data is mostly other tokens.
_LANGUAGE_SHARE = 0.75
# A line of a facts list, "Location: Barcelona": a label of a few words before a colon, then its value. The theme
# translates the label in every language's copy; the value is the writer's, left as written where nobody translated.
_FIELD_LINE = re.compile(r"\A\s*[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}\s*:\s+(?=\S)")
# Share of paragraphs two versions hold alike (difflib's ratio over the lists) that makes one a copy: a translation
# changes nearly every paragraph, a copy a few labels.
COPY_SHARE = 0.75
# Words two pages in one language may differ by (changed, added or dropped) and still be one text retouched.
MAX_RETOUCHED_WORDS = 3
# Words of a text long enough that a retouched copy of it is the same post whatever its address: a notice written for
# two places from one template runs to a few sentences and differs by their names.
MIN_LONG_TEXT_WORDS = 150
# Words of a text that tell a post from another of the same headline: a caption under a picture ("Happy holidays from
# all of us") comes back word for word each year, a paragraph of news does not.
MIN_TELLING_WORDS = 25


def is_untranslated_copy(title: str, body: str, other_title: str, other_body: str) -> bool:
    """Two language versions of a page are one text: the same title, and most paragraphs the same word for word;
    of the paragraphs in a language where they have any (a translation of a post full of code keeps all its code).
    A facts line is read by its value alone: the copy's theme says "Location:" where the post's says "Lugar:"."""
    if _words(title) != _words(other_title) or not _words(title):
        return False
    body, other_body = _field_values(body), _field_values(other_body)
    paragraphs, others = _paragraphs(body), _paragraphs(other_body)
    prose, other_prose = _paragraphs(body, _in_a_language), _paragraphs(other_body, _in_a_language)
    if prose or other_prose:
        paragraphs, others = prose, other_prose
    if not paragraphs or not others:
        return paragraphs == others
    return difflib.SequenceMatcher(None, paragraphs, others, autojunk=False).ratio() >= COPY_SHARE


def is_retouched_copy(title: str, body: str, other_title: str, other_body: str) -> bool:
    """Two pages in one language are one text with a word or a label retouched: the same title and every word the same,
    in order, but for a few. A sibling post written from the same template (next year's meeting notice) differs more,
    and so does a release rewritten for another section (a sentence dropped, a contact changed): a text of its own."""
    if _words(title) != _words(other_title) or not _words(title):
        return False
    words, others = _words(body).split(), _words(other_body).split()
    if not words or abs(len(words) - len(others)) > MAX_RETOUCHED_WORDS:
        return False
    changes = difflib.SequenceMatcher(None, words, others, autojunk=False).get_opcodes()
    return sum(max(end - start, other_end - other_start)
               for tag, start, end, other_start, other_end in changes if tag != "equal") <= MAX_RETOUCHED_WORDS


def is_long_text(body: str) -> bool:
    return len(_words(body).split()) >= MIN_LONG_TEXT_WORDS


def tells_post_apart(body: str) -> bool:
    return len(_words(body).split()) >= MIN_TELLING_WORDS


def is_copy_with_a_label_more(body: str, other_body: str) -> bool:
    """Two texts of the same words in order, whatever the spacing, case or punctuation, but for a label of a few words
    one shows and the other not (a post's "Anna's blog" link under its text, dropped from the copy's page). A changed
    word is no label: the same notice written for another place differs by its name, and so do posts of one series
    whose words differ both ways (one text drops a word the other has and adds one of its own: "harbour safety",
    "safe harbour"), which the comparison shows as an insertion and a deletion, not as a change."""
    words, others = _words(body).split(), _words(other_body).split()
    if abs(len(words) - len(others)) > MAX_RETOUCHED_WORDS:
        return False
    changes = difflib.SequenceMatcher(None, words, others, autojunk=False).get_opcodes()
    changed = [(tag, end - start + other_end - other_start)
               for tag, start, end, other_start, other_end in changes if tag != "equal"]
    return len({tag for tag, _size in changed}) <= 1 and all(tag in ("insert", "delete") for tag, _size in changed) \
        and sum(size for _tag, size in changed) <= MAX_RETOUCHED_WORDS


def headlines_of_their_own(title: str, other_title: str) -> bool:
    """Two pages' headlines each name a post of its own: both longer than a label (a reply page's "Reply to comment",
    a print view's "Print") and neither holding the other (a copy's heading may name its post: "Reply to: <headline>").
    Notices written from one template show the same text word for word under headlines of their own ("Tender results -
    welding line", "Tender results - deburring line"): two posts, not a post shown again."""
    words, others = _words(title), _words(other_title)
    if min(len(words.split()), len(others.split())) <= MAX_RETOUCHED_WORDS:
        return False
    return f" {others} " not in f" {words} " and f" {words} " not in f" {others} "


def _words(text: str) -> str:
    return " ".join(_WORD.findall((text or "").casefold()))


def _paragraphs(body: str, keep=lambda paragraph: True) -> list[str]:
    return [words for paragraph in (body or "").split("\n\n") if keep(paragraph) and (words := _words(paragraph))]


def _field_values(body: str) -> str:
    return "\n\n".join(_FIELD_LINE.sub("", paragraph, count=1) for paragraph in (body or "").split("\n\n"))


def _in_a_language(paragraph: str) -> bool:
    tokens = paragraph.split()
    words = sum(1 for token in tokens if _LANGUAGE_WORD.fullmatch(token))
    return words > 0 and words >= _LANGUAGE_SHARE * len(tokens)
