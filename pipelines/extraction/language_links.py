"""A page's language-switcher links: "Deutsch", "På svenska", "EN", or a link that says its hreflang.

Many themes join a post to its translation only by such a link (no `<link rel=alternate hreflang>`): with the
translation linking back in the same way, and written in another language, it is the same story
(archive/stories/placement.py checks both).
"""
from __future__ import annotations

import re

from news_archive.archive.urls import is_start_page
from news_archive.pipelines.langid.hints import language_code

from .links import absolute, links_to_page
from .text import text_of

# Each language by its own name, its English name and the names the archive's other languages give it, and the
# adverbs Finnish names it by ("suomeksi": in Finnish). Casefolded.
LANGUAGE_NAMES = frozenset("""
    english englisch engelska engelsk englanti englanniksi anglais inglés ingles inglese engels angielski inglês
    deutsch german tyska tysk saksa saksaksi allemand alemán aleman tedesco duits niemiecki alemão
    svenska svensk swedish schwedisch ruotsi ruotsiksi suédois suedois sueco svedese zweeds szwedzki
    suomi suomeksi finnish finska finsk finnisch finnois finlandés finlandese fins fiński
    dansk danish danska dänisch tanska tanskaksi danois danés danese deens duński
    norsk norwegian norska norwegisch norja norjaksi norvégien noruego norvegese noors bokmål nynorsk
    nederlands dutch nederländska hollandsk niederländisch hollanti hollanniksi néerlandais neerlandés olandese
    français francais french franska fransk französisch ranska ranskaksi francés francese frans francuski
    español espanol castellano spanish spanska spansk spanisch espanja espanjaksi espagnol spagnolo spaans
    italiano italian italienska italiensk italienisch italia italiaksi italien italiaans włoski
    português portugues portuguese portugisiska portugisisk portugiesisch portugali portugais portoghese
    polski polish polska polsk polnisch puola polonais polaco polacco pools
    русский русском russian ryska russisch venäjä українська ukrainian ukrainska
    ελληνικά greek العربية arabic فارسی עברית हिन्दी 中文 简体中文 繁體中文 chinese 日本語 japanese 한국어 korean ไทย
""".split())
# A language as a switcher abbreviates it ("EN", "de-AT"), the whole of the link's text.
_LANGUAGE_TAG = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$")
# A switcher's link names its language in a few words at most ("Read in English", "På svenska").
_MAX_WORDS = 3
_WORDS = re.compile(r"[^\W\d_]+")


def find_language_links(root, page_url: str) -> list[str]:
    """The pages the page's language-switcher links lead to (none to the page itself or to a start page), in order."""
    found: list[str] = []
    for link in root.iter("a"):
        if not (language_code(link.get("hreflang")) or names_a_language(text_of(link))):
            continue
        target = absolute(link.get("href"), page_url)
        if target and not links_to_page(target, page_url) and not is_start_page(target) and target not in found:
            found.append(target)
    return found


def names_a_language(text: str) -> bool:
    """Whether a link's text is a language's name ("Deutsch", "In English") or code ("SV", "en-GB")."""
    text = " ".join(text.split()).casefold()
    if _LANGUAGE_TAG.match(text):
        return language_code(text) is not None
    words = _WORDS.findall(text)
    return 0 < len(words) <= _MAX_WORDS and any(word in LANGUAGE_NAMES for word in words)
