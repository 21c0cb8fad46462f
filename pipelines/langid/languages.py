"""Which languages the detector knows, and which of them are told apart with the slower, finer model."""

# Languages the archive may meet: the Nordic ones, Western Europe's largest, and the most common
# world ones. Every Latin-script language costs time on every text (leaving out Icelandic, Czech,
# Hungarian, Romanian and Turkish made detection a quarter faster) and adds a way for short texts
# to be misread; text in a language left out is given the closest known one.
# Languages in other scripts are told apart by script first and cost little.
KNOWN_LANGUAGES = (
    # Nordic and other Germanic
    "sv", "en", "da", "nb", "nn", "fi", "de", "nl",
    # Other European, Latin script
    "fr", "es", "it", "pt", "pl",
    # Other scripts
    "ru", "uk", "bg", "sr", "el", "ar", "fa", "he", "hi", "bn", "zh", "ja", "ko", "th",
)

# The codes a detection may report: Bokmål and Nynorsk are both reported as Norwegian, "no".
REPORTED_LANGUAGES = frozenset(code for code in KNOWN_LANGUAGES if code not in ("nb", "nn")) | {"no"}

# Languages short texts are often mistaken between, scored again with the high-accuracy model.
CONFUSABLE_LANGUAGES = ("sv", "en", "da", "nb", "nn", "de")

# The archive's partners publish in Swedish and English: the default prior favours them.
ARCHIVE_LANGUAGES = ("sv", "en")
