"""Language identification for archived articles: which language a text is written in, and how sure.

Codes are ISO 639-1. Norwegian is always "no", whether Bokmål or Nynorsk: the archive does not
tell them apart, and lingua separates them far less reliably than it separates Norwegian from
Swedish or Danish. Empty text, or text without letters, gives language None and confidence 0.

Text decides; what the page says about itself (LanguageHints) only breaks ties and helps short
text, never overriding a confident verdict. Without hints, short text leans to Swedish and
English, the languages the archive's partners publish in.

    >>> detect_language("Forskarna vid institutet har hittat en ny behandling.").language
    'sv'
    >>> hints = LanguageHints(html_lang="da-DK", url="https://ku.dk/da/nyheder", source_languages=["da"])
    >>> detect_language("Forskning", hints).language
    'da'

Models load on first use (some seconds, once per process); preload() loads them up front.
detect_languages() does many texts at once on all CPU cores, for batch work such as the CLI.
"""

from news_archive.pipelines.langid.detector import Detection, detect_language, detect_languages
from news_archive.pipelines.langid.hints import LanguageHints
from news_archive.pipelines.langid.models import LanguageModels, shared_models

__all__ = ["Detection", "LanguageHints", "LanguageModels", "detect_language", "detect_languages", "preload"]


def preload() -> None:
    """Load the models Latin-alphabet text needs now (some seconds, once per process), not on first use."""
    shared_models().load_latin_script_models()
