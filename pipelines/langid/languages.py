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

# Everyday function words of each alphabetic language of the fast set, from its grammar (articles, conjunctions,
# prepositions, pronouns, forms of "be" and "have"), not from any test text. Running prose of a sentence or two
# and more has 10% (Finnish, whose endings do much of their work) to 45% of its lower-case words among them; text
# in a language left out that writes no letters of its own (Indonesian, Swahili, Zulu) has hardly any.
FAST_SET_FUNCTION_WORDS = {code: frozenset(words.split()) for code, words in {
    "sv": "och att det som en ett är på i av för med till den har inte om de var kan men sig vi jag han hon från "
          "ska också vid",
    "da": "og at det i en et er på til med for som af den har ikke de der var kan men sig vi jeg han hun fra skal "
          "også efter om",
    "no": "og at det i en et er på til med for som av den har ikke de der var kan men seg vi jeg han hun fra skal "
          "også etter om ein eit ikkje dei ho frå eg",
    "fi": "ja on ei että se oli ovat myös kun mutta tai joka jotka hän he ne niin sekä kuin mukaan vain jo nyt voi "
          "olla tämä tässä sen siitä jos vielä ole olisi kanssa mitä ennen jälkeen",
    "de": "der die das und ist nicht mit von zu den ein eine im auf für sich dem des es auch wird werden wurde sind "
          "bei nach aus als wie noch aber oder um an er sie hat haben",
    "nl": "de het een en van in is op te dat die niet met voor zijn er ook aan als maar bij door om naar wordt werd "
          "heeft dit nog hij ze uit",
    "en": "the and of to a in is that for it on with as was are by be this from at or an have has not but they he "
          "she which were will their",
    "fr": "le la les de des du un une et est en que qui dans pour pas sur au aux par il elle ne se plus avec ce "
          "cette sont ont été mais ou son sa ses leur",
    "es": "el la los las de del y en que un una es por con para se no lo al su sus como más pero fue ha han este "
          "esta o entre sobre",
    "it": "il lo la i gli le di del della e è che un una in per con non si da al alla dei delle sono ha anche più "
          "come ma nel nella questo",
    "pt": "o a os as de do da dos das e é que em no na um uma para com não por se ao mais como mas foi ser seu sua "
          "também nos pelo pela",
    "pl": "i w z na się nie do że to jest o od po a jak ale za przez dla oraz ich jego już tak był była są może "
          "tym które który która",
}.items()}
