"""Language identification for archived articles: which language a text is written in, and how sure.

Codes are ISO 639-1. Norwegian is always "no", whether Bokmål or Nynorsk: the archive does not
tell them apart, and lingua separates them far less reliably than it separates Norwegian from
Swedish or Danish. Empty text, or text without letters, gives language None and confidence 0.

    >>> detect_language("Forskarna vid institutet har hittat en ny behandling.").language
    'sv'
"""

from pipelines.langid.detector import Detection, detect_language, detect_languages
from pipelines.langid.hints import LanguageHints
from pipelines.langid.models import LanguageModels, shared_models

__all__ = ["Detection", "LanguageHints", "LanguageModels", "detect_language", "detect_languages", "preload"]


def preload() -> None:
    """Load the models Latin-alphabet text needs now (some seconds, once per process), not on first use."""
    shared_models().load_latin_script_models()
