"""A language a source's pages declare that its posts are not written in speaks for none of its short posts.

A theme may set `<html lang="en">` on every page whatever the site writes (a Dutch foundation's, an Italian party's
WordPress left at its default). A long post's text says its own language and outweighs that; a post of a picture, a
video link or a line has too little text to, and the page's declaration decided it: a Dutch sponsor's picture post
was stored as English. The source's own posts show the declaration wrong: when most of the long posts declaring a
language are in one other language, that declaration is no evidence on the source's pages, and its short posts are
judged again with the language its long posts are in standing in its place. A text unsure of its language (the
comment form's "No comments yet." under a Swedish headline), or none, leaves it to the headline where that is a
phrase ("The Crimson Pirate": a film's English title, which the page's declaration agreed with), else to the source's
language; a name ("GeoCat", "Just Objects") says nothing of a language.

A source whose pages declare no language at all gives its short posts no word to stand against their few letters: a
line of German under a headline of a league's name came out Swedish, a coin toss the archive's prior for its partners'
languages and the headline's letters decided. When nearly all the long posts of such pages are in one language, that
language is the source's word: a short post declaring nothing whose verdict was unsure is judged again as above, with
it standing where a declaration would. A sure verdict keeps its language (an English notice on a German club's site),
and so does a source writing two languages.

The long posts are all the archive holds of the source, so a later crawl finding one short post judges it by the posts
earlier crawls stored; at the crawl's end, so the order the pages came in does not matter. A source whose pages
declare each post's language rightly (a bilingual one) keeps the page's word for its short posts.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from news_archive.archive.language_versions import language_folder
from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.pipelines.langid import Detection, LanguageHints, detect_language
from news_archive.pipelines.langid.detector import CONFIDENT, prepare_text
from news_archive.pipelines.langid.languages import FAST_SET_FUNCTION_WORDS
from news_archive.pipelines.language import language_of, store_judged_again, text_read
from news_archive.pipelines.shared_leads import own_lead, shared_leads

# A body this long says its own language, whatever its page declares: more than a notice of a sentence or two.
LONG_POST_CHARS = 200
# So many long posts declaring one language, most of them in another, show the declaration wrong; one or two may be
# quotations or reposts.
MIN_LONG_POSTS = 3
# How sure the language of a textless post is that its source's long posts give it: a prior, nothing its text confirms
# (as a language only its page declares: langid/wider.py).
SOURCE_LANGUAGE_CONFIDENCE = 0.5

# A source whose pages declare nothing writes one language when so many of their long posts, and this share of them,
# are in it: a source writing two, or one whose few posts may be chance, leaves its short posts' verdicts as they are.
MIN_UNDECLARED_LONG_POSTS = 5
CLEAR_SHARE = 0.9
# A short post's verdict under this confidence is a coin toss: no language holds half of the text's evidence.
UNSURE_CONFIDENCE = 0.5

# A declared language and the language folder its page's address sits in (None outside one).
Declaration = tuple[str, str | None]

_WORD = re.compile(r"[^\W\d_]+")
# Everyday words of one letter ("a", "i", "e", "o") are several languages' and a name's initial.
_MIN_EVERYDAY_WORD = 2


def disproved_declarations(posts: list[tuple[str | None, str | None, int, str]]) -> dict[Declaration, str]:
    """For one source's posts as (declared language, language, body length, address): each declaration (a language
    and the language folder the address sits in, if any) that the long posts making it are mostly not in, mapped to
    the one language most of them are in. A language folder (`/en/`) is the site's own word for the posts under it,
    not a theme's default: the posts elsewhere declaring that language (a German site's `/news/`, read as English)
    neither prove nor disprove it."""
    declaring: dict[Declaration, Counter] = defaultdict(Counter)
    for declared, language, length, url in posts:
        if declared and language and length >= LONG_POST_CHARS:
            declaring[(declared, language_folder(url))][language] += 1
    disproved = {}
    for declaration, languages in sorted(declaring.items(), key=lambda pair: (pair[0][0], pair[0][1] or "")):
        language, posts_in_it = max(sorted(languages.items()), key=lambda pair: pair[1])
        if sum(languages.values()) >= MIN_LONG_POSTS and language != declaration[0] \
                and 2 * posts_in_it > sum(languages.values()):
            disproved[declaration] = language
    return disproved


def undeclared_language(posts: list[tuple[str | None, str | None, int, str]]) -> str | None:
    """For one source's posts as (declared language, language, body length, address): the one language the long posts
    declaring none are clearly written in, else None."""
    languages = Counter(language for declared, language, length, _url in posts
                        if not declared and language and length >= LONG_POST_CHARS)
    if not languages:
        return None
    language, posts_in_it = max(sorted(languages.items()), key=lambda pair: pair[1])
    if posts_in_it >= MIN_UNDECLARED_LONG_POSTS and posts_in_it >= CLEAR_SHARE * sum(languages.values()):
        return language
    return None


def language_for_source(article: dict, language: str, source_languages: list[str]) -> Detection:
    """The language of a short post of a source whose pages' declaration is wrong: its text's, judged with `language`
    (its source's long posts') in the declaration's place; where the text is unsure (a line of comment-form words
    under a Swedish headline) or none, its headline's when that is a phrase, else `language`."""
    item = ArticleItem(source=article["source"], url=article["url"], html="", fetched_at="",
                       title=article["title"] or "", lead=article["lead"] or "", body=article["body"] or "",
                       source_languages=tuple(source_languages))
    text = None
    if prepare_text(text_read(item)):
        text = language_of(item, LanguageHints(html_lang=language, source_languages=source_languages,
                                               title=item.title))
        if text.confidence >= CONFIDENT:
            return text
    return headline_language(item.title, language, source_languages) or text \
        or Detection(language=language, confidence=SOURCE_LANGUAGE_CONFIDENCE)


def headline_language(title: str, language: str, source_languages: list[str]) -> Detection | None:
    """The language of a headline that is a phrase: it reads as a language on its own and holds some of its everyday
    words (articles, prepositions, conjunctions), and none of `language`'s unless it is in that one. None for a name
    or a label of names ("GeoCat", "Roma digitale"), which says nothing of a language."""
    verdict = detect_language(title, LanguageHints(source_languages=source_languages))
    if verdict.language and _everyday_words(title, verdict.language) \
            and (verdict.language == language or not _everyday_words(title, language)):
        return verdict
    return None


def _everyday_words(title: str, language: str) -> set[str]:
    words = {word.lower() for word in _WORD.findall(title) if len(word) >= _MIN_EVERYDAY_WORD}
    return words & FAST_SET_FUNCTION_WORDS.get(language, frozenset())


def tag_by_source_language(archive: Archive, article_ids: set[int]) -> list[int]:
    """Judge again the short posts among these articles (a crawl's) whose pages declare a language their source's
    long posts show wrong, or declare none and were given one unsurely where their source's long posts are clearly in
    one; returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(article_ids):
        posts = archive.article_languages(source)
        disproved, undeclared = disproved_declarations(posts), undeclared_language(posts)
        if not disproved and not undeclared:
            continue
        source_languages = archive.source_languages(source)
        shared = shared_leads(archive.article_leads(source))
        for article in archive.short_articles(source, sorted(article_ids), LONG_POST_CHARS):
            language = disproved.get((article["declared_language"], language_folder(article["url"]))) \
                or (undeclared if _unsure_and_undeclared(article) else None)
            if not language:
                continue
            article = {**article, "lead": own_lead(article["lead"], article["body"], shared)}
            detection = language_for_source(article, language, source_languages)
            if store_judged_again(archive, article, detection):
                changed.append(article["id"])
    return changed


def _unsure_and_undeclared(article: dict) -> bool:
    """Whether a post's page declares no language and its text gave it one only as a coin toss."""
    return not article["declared_language"] and bool(article["language"]) \
        and (article["language_confidence"] or 0.0) < UNSURE_CONFIDENCE
