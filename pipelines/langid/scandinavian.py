"""Swedish versus Danish/Norwegian evidence from high-frequency function words each spelling owns."""

import re

# Common words written one way in Swedish and another in Danish or Norwegian (Bokmål, Nynorsk),
# from the languages' grammar, not from any test text. Words the languages share ("som", "det",
# "har", "med", "på", "efter") or that the other side also writes (Swedish "når" = reaches,
# Norwegian "ett" = one, "lite" = small, Nynorsk "medan") are left out. Swedish "er" (you) is
# kept on the Danish/Norwegian side: there it is the everyday "is", in Swedish a rarer pronoun.
SWEDISH_WORDS = frozenset(
    """
    och att inte är jag också till från när mycket bara vad hur ska skall mellan genom något
    någon några hon sina alla andra flera hade varit här där vid detta dessa även därför
    eftersom än över själv hela många sedan tillsammans kunna måste vilken vilket vilka
    varför kanske redan ännu enligt endast dock säger
    """.split()
)
DANO_NORWEGIAN_WORDS = frozenset(
    """
    og at er ikke ikkje jeg eg til fra frå her der da meget mye mykje bare berre hvad hva kva
    hvordan korleis skal mellem mellom gennem gjennom noget noe noko nogen noen nokon hun ho
    alle flere havde hadde været vært ble blitt dei ein eit meg deg seg ved hvis hvor
    disse etter enn selv hele heile mange litt kanskje sammen kun mere hvilken hvilket
    """.split()
)

_WORD = re.compile(r"[^\W\d_]+")


def swedish_word_balance(text: str) -> int:
    """Swedish-only words minus Danish/Norwegian-only words in text (positive leans Swedish)."""
    balance = 0
    for word in _WORD.findall(text.lower()):
        if word in SWEDISH_WORDS:
            balance += 1
        elif word in DANO_NORWEGIAN_WORDS:
            balance -= 1
    return balance
