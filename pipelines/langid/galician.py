"""Galician, which lingua does not know, told from Spanish and Portuguese by the everyday words only it writes so.

lingua reads Galician prose as Spanish or Portuguese, sure of either: the three share most of their letters and many
words. Galician's own spelling of its commonest words shows it: "unha" (Spanish "una", Portuguese "uma"), "non"
("no", "não"), "máis" ("más", "mais"), "xa" ("ya", "já"). The word lists come from the languages' grammar, not from
any test text; words two of the three write alike ("que", "de", "os", "é", "pero") are left out.
"""

import re

GALICIAN_WORDS = frozenset(
    """
    unha unhas dunha dunhas nunha nunhas cunha cunhas algunha algunhas ningunha coa coas polo pola polos polas non nin
    máis tamén xa moi moito moita moitos moitas aínda ata cando hai sen dende despois ademais entón mentres xunto
    noso nosa nosos nosas súa cal iso dous foron teñen fai vostede
    """.split()
)
SPANISH_WORDS = frozenset(
    """
    el los las la del y una muy mucho mucha muchos muchas también más ya hasta cuando hay sin desde después además
    entonces nuestro nuestra nuestros nuestras su sus cual eso fueron le les es fue ni
    """.split()
)
PORTUGUESE_WORDS = frozenset(
    """
    não uma um com muito muita muitos muitas também já ainda até quando há sem depois além então nosso nossa nossos
    nossas qual isso dois foram você são estão pela numa dum duma mas nem
    """.split()
)

# A sentence or two of Galician holds several of its own words; a Spanish or Portuguese text quoting a Galician name
# or title ("Concello de Vilanova", "Rúa da Fonte") holds none or one. On a page declaring Galician one is enough:
# the page's word breaks the tie of a text that says little.
MIN_GALICIAN_WORDS = 3
MIN_GALICIAN_WORDS_DECLARED = 1
# Galician's own words must outnumber the nearer neighbour's this many times: a Spanish text quoting a Galician
# sentence stays Spanish.
DOMINANCE = 2

_WORD = re.compile(r"[^\W\d_]+")
# Marks after which a sentence (or a line) begins: its first word is written with a capital and is no name for that.
_SENTENCE_ENDS = ".!?:;\n"


def written_in_galician(text: str, declared: bool = False) -> bool:
    """Whether text's everyday words are Galician rather than Spanish or Portuguese (`declared`: its page says
    Galician). Words written with a capital inside a sentence are left out ("Rúa Nova Sen Saída" in a Spanish
    sentence), as are acronyms ("ONG")."""
    galician = spanish = portuguese = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word[0].isupper() and (word.isupper() or not _opens_sentence(text, match.start())):
            continue
        word = word.lower()
        galician += word in GALICIAN_WORDS
        spanish += word in SPANISH_WORDS
        portuguese += word in PORTUGUESE_WORDS
    least = MIN_GALICIAN_WORDS_DECLARED if declared else MIN_GALICIAN_WORDS
    return galician >= least and galician >= DOMINANCE * max(spanish, portuguese)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at start is the first of the text, of a line or of a sentence."""
    before = text[max(0, start - 8):start].rstrip(" \t\u00a0")
    return not before.strip() or before[-1] in _SENTENCE_ENDS
