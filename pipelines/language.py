"""Language stage: tag each article with its language from its text and the page's hints."""
from __future__ import annotations

import re

from news_archive.pipelines.langid import Detection, LanguageHints, detect_language
from news_archive.pipelines.langid.hints import declared_language, declared_languages
from news_archive.pipelines.langid.detector import CONFIDENT
from news_archive.pipelines.langid.majority import (Majority, group_of, language_of_majority, opening_language,
                                                   paragraph_votes)
from news_archive.archive.record import ArticleItem

# An opening paragraph this long says which language the post itself is written in.
OPENING_CHARS = 100
# A body whose every line has fewer words than this says no sentence ("PDF:" over the names of the documents it
# links, a caption's name): no language of its own.
_SENTENCE_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{2,}")
# A text this short (a notice of two or three sentences) is swung whole by a clause in another language.
_NOTICE_CHARS = 200
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The share of the text's votes its opening language holds to be the majority of it.
_MAJORITY = 0.5
# A majority holding less of the text than this is no majority but a post written in two languages about equally
# ("English version below"): the language its page declares, when it is one of the two, is the post's.
_CLEAR_MAJORITY = 0.6
# An opening in the page's language is the post's own words only while they are a fair part of it: a line or two
# above a long text in another ("Another post in English! ...", a one-sentence introduction of a reposted article)
# leaves the text's language to the text.
_OWN_WORDS_SHARE = 0.05
# A paragraph that is all one quotation, with at most its speaker's name after a dash ("— J. Doe, astronomer"): an
# epigraph, not the writer's words.
_QUOTATION = re.compile(r'[“„«"][^“”„«»"]+[”“»"](?:\s*[—–―-]+\s*[^!?“”„«»"]{1,80})?')
# A post this short is swung whole by a title it quotes in another language.
_QUOTING_NOTICE_CHARS = 400
# A greeting line opening a post: a few words addressing the readers, closing on a comma or an exclamation mark
# ("Liebe Entwickler & Administratoren!", "Hallo zusammen,", "Dear members,").
_GREETING_LINE = re.compile(r"[^.!?\n]{1,60}[,!]")
# Words quoted inside a sentence, on one line: a talk's, a book's or a film's title, someone's phrase.
_INLINE_QUOTATION = re.compile(r'[“„«»"][^“”„«»"\n]{1,300}[”“»«"]')


def tag_language(item: ArticleItem) -> ArticleItem:
    hints = LanguageHints(html_lang=item.html_lang, og_locale=item.og_locale, stated_language=item.stated_language,
                          url=item.url,
                          source_languages=list(item.source_languages), title=item.title)
    detection = language_of(item, hints)
    item.language, item.language_confidence = detection.language, round(detection.confidence, 4)
    item.declared_language = declared_language(hints)
    return item


def text_read(item: ArticleItem) -> str:
    """The text the item's language is judged on: its prose, and a lead its body does not hold when the body is too
    short to say its language. (Such a lead may be the site's description, "Society for scientific letters", on
    every page: it speaks for a post too short to say its language, never over one that can.)"""
    body = _prose(item.body, item.code_paragraphs)
    return f"{item.lead}\n\n{body}" if item.lead and item.lead not in body and len(body) < OPENING_CHARS else body


def language_of_stored(article: dict, source_languages: list[str], lead: str | None = None) -> Detection:
    """The language of an archived article (its row) judged again from its text, headline and declared language; with
    `lead` in place of its own where given."""
    item = ArticleItem(source=article["source"], url=article["url"], html="", fetched_at="", title=article["title"] or "",
                       lead=(article["lead"] if lead is None else lead) or "", body=article["body"] or "",
                       source_languages=tuple(source_languages))
    hints = LanguageHints(html_lang=article["declared_language"], url=item.url, source_languages=source_languages,
                          title=item.title)
    return language_of(item, hints)


def judge_again(archive, articles: list[dict], source_languages: list[str]) -> list[int]:
    """Judge again the language of these archived articles (rows of one source, `source_languages` the languages the
    sources file gives it) and store it where it changed; returns the ids of those whose language changed.

    A row holds fewer clues than the crawl had (no og:locale, no code or quoted blocks apart, the declaration only
    where the page's agreed): a verdict the crawl was sure of gives way only to one as sure."""
    changed = []
    for article in articles:
        detection = language_of_stored(article, source_languages)
        weaker = detection.confidence < CONFIDENT <= (article["language_confidence"] or 0.0)
        if detection.language and not weaker and store_judged_again(archive, article, detection):
            changed.append(article["id"])
    return changed


def store_judged_again(archive, article: dict, detection: Detection) -> bool:
    """Store the language an archived article (its row) was judged again to be, where it differs from the one stored
    (`archive`: the archive.storage.Archive the crawl's end works on); whether it did."""
    found = (detection.language, round(detection.confidence, 4))
    if found == (article["language"], article["language_confidence"]):
        return False
    archive.refine_article(article["id"], {"language": found[0], "language_confidence": found[1]})
    return True


def language_of(item: ArticleItem, hints: LanguageHints) -> Detection:
    """The language of the item's text, with what hints say of its page."""
    body = _prose(item.body, item.code_paragraphs)
    text = text_read(item)
    detection = detect_language(text, hints)
    if detection.confidence < CONFIDENT and item.title and _all_code(item.body, item.code_paragraphs) \
            and (headline := detect_language(item.title, hints)).language:
        # Code is in no reader's language: a post that is only a program ("Hello world" in a new language) read as
        # whatever language its keywords' letters happen to suggest, or as none. Its headline, with what its page
        # declares, says which language the post is in. (Prose set wholly in a <pre>, a plain-text announcement,
        # says its language surely, and keeps it.)
        return headline
    declared = set(declared_languages(hints))
    first_vote = opening_language(text, hints)
    if first_vote and detection.language not in first_vote.languages \
            and _outvotes(first_vote, detection.language in declared, item.title, hints):
        detection = language_of_majority(first_vote, hints)
    if len(declared) == 1 and detection.language not in declared:
        # A post introduced in the language its page declares and quoting another at length (a podcast's
        # description, an event's programme) is in the page's language: its own words are. (The body's: a lead
        # may be the site's description.)
        opening = next((part for part in body.split("\n\n") if part.strip() and not _QUOTATION.fullmatch(part.strip())),
                       "")
        words = _opening_words(body, opening)
        # An opening shorter than an opening paragraph speaks for the post when the rest is all quoted (<blockquote>):
        # a sentence sharing a song, in the page's language, over the song's lyrics in another. It must say its
        # language surely.
        quoting = len(words) < OPENING_CHARS and _quotes_the_rest(body, words, item.quoted_paragraphs)
        if (len(words) >= OPENING_CHARS or quoting) and (own := detect_language(words, hints)).language in declared \
                and (not quoting or own.confidence >= CONFIDENT) \
                and _share_from(words, own.language, body) >= _OWN_WORDS_SHARE:
            detection = own
        elif len(body) < _NOTICE_CHARS and opens_in(item.title, opening, declared, hints):
            # A notice too short to outweigh a clause in another language ("... also in Swedish") whose headline
            # and first sentence are both in the page's language is in it: the reader meets those first.
            detection = detect_language(f"{item.title}\n\n{_first_sentence(opening)}", hints)
        elif _says_no_sentence(body) and item.title \
                and (headline := detect_language(item.title, hints)).language in declared \
                and headline.confidence >= CONFIDENT:
            # A post of a picture or an embed alone, or of names (its documents' links), was judged on a lead that
            # may be the site's description in another language (an English tagline over an Italian blog): its
            # headline, in the language its page declares, says the post's.
            detection = headline
    if len(body) < _QUOTING_NOTICE_CHARS and (own_words := _without_inline_quotations(body)) != body \
            and (own := detect_language(own_words, hints)).language != detection.language \
            and own.confidence >= CONFIDENT:
        # A short post naming a talk or a book by its title in another language ("Die Folien zum Vortrag “Building
        # reliable pipelines ...” sind online"): the quoted title outweighed the few words around it, which are the
        # writer's own and surely in another language.
        detection = own
    return detection


def _says_no_sentence(body: str) -> bool:
    return all(len(_WORD.findall(line)) < _SENTENCE_WORDS for line in body.splitlines())


def _opening_words(body: str, opening: str) -> str:
    """The post's opening words: its opening paragraph, and when that is a greeting line, the paragraphs after it
    while they are shorter than an opening paragraph ("Liebe Leserinnen und Leser!" over the introduction of a list
    of links in English): a greeting says too little of the writer's language alone. A first sentence stands for
    itself ("Der Questionnaire ist als Open Source erschienen." over a list of its features). A substring of body."""
    if not _GREETING_LINE.fullmatch(opening.strip()):
        return opening
    parts = body.split("\n\n")
    start = parts.index(opening)
    end = start + 1
    while end < len(parts) and len("\n\n".join(parts[start:end])) < OPENING_CHARS:
        end += 1
    return "\n\n".join(parts[start:end])


def _quotes_the_rest(body: str, opening: str, quoted: list[str]) -> bool:
    """Whether every paragraph of body after its opening words is one it quotes: none of them the writer's own."""
    rest = [part for part in body.replace(opening, "", 1).split("\n\n") if part.strip()]
    return bool(rest) and set(rest) <= set(quoted)


def _without_inline_quotations(body: str) -> str:
    """body without the words it quotes inside its sentences; all of it where that would leave no words."""
    rest = _INLINE_QUOTATION.sub(" ", body)
    return rest if any(char.isalpha() for char in rest) else body


def _all_code(body: str, code_paragraphs: list[str]) -> bool:
    code = set(code_paragraphs)
    return bool(code) and all(part in code for part in body.split("\n\n") if part.strip())


def _prose(body: str, code_paragraphs: list[str]) -> str:
    """The body without its code and program output: a notebook's tracebacks and install logs are English whatever
    the writer's language, and outweighed the Spanish prose between them. All of it when it is all code."""
    code = set(code_paragraphs)
    prose = "\n\n".join(part for part in body.split("\n\n") if part not in code)
    return prose if any(char.isalpha() for char in prose) else body


def _share_from(opening: str, language: str, body: str) -> float:
    """The part of body's voting paragraphs in language, counting its opening, which was judged in it whole (its own
    words may be a quoted topic's)."""
    votes = paragraph_votes(body.replace(opening, "", 1))
    return (len(opening) + votes.get(group_of(language), 0)) / (len(opening) + sum(votes.values()))


def _outvotes(first_vote: Majority, detected_declared: bool, title: str, hints: LanguageHints) -> bool:
    """Whether the language the text opens in (`first_vote`) is the post's over the one its whole text was detected in
    (`detected_declared`: the one its page declares). Most of the post is in it, a quoted block or its names having
    swung the text to the other. A post written in two languages about equally is in the one its page declares,
    unless its headline, which the reader meets first, is plainly in the one it opens in ("English version below"):
    then that one, however much longer the other language writes it or more surely its letters speak. The headline
    is judged only where it decides."""
    if first_vote.share > _MAJORITY and (first_vote.share >= _CLEAR_MAJORITY or not detected_declared):
        return True
    return first_vote.share >= 1 - _CLEAR_MAJORITY and headed_in(title, first_vote.languages, hints)


def headed_in(title: str, languages: frozenset[str], hints: LanguageHints) -> bool:
    """Whether the headline, judged on its own text, is surely in one of languages."""
    alone = LanguageHints(source_languages=hints.source_languages)  # the page's declaration would decide it
    detection = detect_language(title, alone)
    return detection.language in languages and detection.confidence >= CONFIDENT


def opens_in(title: str, opening: str, declared: set[str], hints: LanguageHints) -> bool:
    """Whether the headline and the opening's first sentence, each judged on its own text, are in the declared
    language."""
    alone = LanguageHints(source_languages=hints.source_languages)  # the page's declaration would decide them
    parts = [title, _first_sentence(opening)]
    return all(part.strip() and detect_language(part, alone).language in declared for part in parts)


def _first_sentence(paragraph: str) -> str:
    return _SENTENCE_END.split(paragraph.strip(), maxsplit=1)[0]


class LanguagePipeline:
    def process_item(self, item: ArticleItem) -> ArticleItem:
        return tag_language(item)
