"""Page-level language hints (HTML lang, og:locale, stated language, URL, source languages, title) and their parsing."""

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from news_archive.archive.language_codes import ISO_639_1
from news_archive.pipelines.langid.languages import KNOWN_LANGUAGES

# Norwegian Bokmål and Nynorsk are reported as the macrolanguage "no" (see the package docstring).
_NORWEGIAN = {"nb", "nn", "no"}

# Codes ISO 639-1 withdrew that older software still writes (Java's locales among it): their current codes.
_WITHDRAWN = {"iw": "he", "in": "id", "ji": "yi"}

# Words that name a language edition in a host or a path (nyheter.example.se, /english/).
_EDITION_WORDS = {"nyheter": "sv", "news": "en", "svenska": "sv", "english": "en"}


@dataclass(frozen=True)
class LanguageHints:
    """What the page says about its own language, and what its source usually publishes in.

    html_lang ("sv-SE"), og_locale ("en_GB"), stated_language (JSON-LD inLanguage or <meta
    http-equiv="content-language">: "hr"), url and title come from the page; source_languages (["sv", "en"])
    from the sources file. Every field is optional."""

    html_lang: str | None = None
    og_locale: str | None = None
    stated_language: str | None = None
    url: str | None = None
    source_languages: Sequence[str] = ()
    title: str | None = None


def language_code(tag: str | None) -> str | None:
    """ISO 639-1 code of a language tag such as "sv-SE", "en_GB" or "nb", or None if it names none."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    primary = _WITHDRAWN.get(primary, primary)
    if primary not in ISO_639_1:
        return None
    return "no" if primary in _NORWEGIAN else primary


def url_language(url: str | None) -> str | None:
    """Language a URL declares: a path segment like /sv/, /en-gb/ or /nyheter/, or a host like en.*, news.*."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    for segment in parts.path.lower().split("/"):
        if segment in _EDITION_WORDS:
            return _EDITION_WORDS[segment]
        if _is_language_segment(segment):
            return language_code(segment)
    host_label = (parts.hostname or "").split(".")[0]
    if host_label in _EDITION_WORDS:
        return _EDITION_WORDS[host_label]
    return language_code(host_label) if _is_language_segment(host_label) else None


def _is_language_segment(segment: str) -> bool:
    """True for "sv", "en-gb", "nb_no": a known code alone or with a region, not any two letters."""
    if len(segment) == 5 and segment[2] in "-_":
        segment = segment[:2]
    return len(segment) == 2 and (segment in KNOWN_LANGUAGES or segment == "no")


def declared_languages(hints: LanguageHints) -> list[str]:
    """Languages the page declares about itself (HTML lang, og:locale, URL), one entry per declaration.

    The language its metadata states otherwise (JSON-LD, content-language meta) counts only when neither html lang
    nor og:locale names one: as for browsers, which read the content-language meta only when <html> has no lang,
    the markup's own declaration comes first, and where it speaks the page is judged as before."""
    found = [language_code(hints.html_lang), language_code(hints.og_locale)]
    if not any(found):
        found.append(language_code(hints.stated_language))
    found.append(url_language(hints.url))
    return [code for code in found if code]


def declared_language(hints: LanguageHints) -> str | None:
    """The one language the page declares, where its declarations agree; None where it declares none, or two."""
    found = set(declared_languages(hints))
    return found.pop() if len(found) == 1 else None
