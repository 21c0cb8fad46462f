"""Which languages the detector knows, and which of them are told apart with the slower, finer model."""

# Languages the archive may meet: the Nordic ones, Western Europe's largest, and the most common
# world ones. Every Latin-script language costs time on every text (leaving out Icelandic, Czech,
# Hungarian, Romanian and Turkish made detection a quarter faster) and adds a way for short texts
# to be misread. Text in a language left out is caught by letters its verdict's language does not
# write (FAST_SET_ALPHABETS) or by the page declaring it, and judged again over every language
# lingua knows (wider.py).
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

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_RUSSIAN = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
# The letters each alphabetic language of the fast set writes, lower case, by its orthography (the accents of
# common loanwords included: Swedish "idé", Norwegian "fôr", Dutch "café"). Every one holds a-z, as names and
# terms in Latin letters turn up in any text. Text with many other letters (Croatian č, Hungarian ő, Romanian ș,
# Icelandic ð, Estonian õ, Kazakh қ) is in a language the fast set leaves out, whatever it was judged.
FAST_SET_ALPHABETS = {
    "sv": _LATIN + "åäöé",
    "da": _LATIN + "æøåé",
    "no": _LATIN + "æøåéèêóòô",
    "fi": _LATIN + "äöå",
    "de": _LATIN + "äöüß",
    "nl": _LATIN + "ëïéèêöüáóú",
    "en": _LATIN,
    "fr": _LATIN + "àâæçéèêëîïôœùûüÿ",
    "es": _LATIN + "áéíñóúü",
    "it": _LATIN + "àèéìíîòóùú",
    "pt": _LATIN + "áâãàçéêíóôõú",
    "pl": _LATIN + "ąćęłńóśźż",
    "ru": _LATIN + _RUSSIAN,
    "uk": _LATIN + "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "bg": _LATIN + "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": _LATIN + "абвгдђежзијклљмнњопрстћуфхцчџш",
}
