"""Which languages the detector knows, and which of them are told apart with the slower, finer model."""

# Languages the archive may meet: the Nordic ones, Europe's largest, and the most common world ones.
# Every Latin-script language costs detection time on every text and adds a way for short texts
# to be misread, so rarer ones are left out; languages in other scripts are told apart by script
# first and cost little.
KNOWN_LANGUAGES = (
    # Nordic and other Germanic
    "sv", "en", "da", "nb", "nn", "fi", "is", "de", "nl",
    # Other European, Latin script
    "fr", "es", "it", "pt", "pl", "cs", "hu", "ro", "tr",
    # Other scripts
    "ru", "uk", "bg", "sr", "el", "ar", "fa", "he", "hi", "bn", "zh", "ja", "ko", "th",
)

# Languages short texts are often mistaken between, scored again with the high-accuracy model.
CONFUSABLE_LANGUAGES = ("sv", "en", "da", "nb", "nn", "de")

# The archive's partners publish in Swedish and English: the default prior favours them.
ARCHIVE_LANGUAGES = ("sv", "en")
