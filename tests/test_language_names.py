"""A text naming people or places in letters its language never writes is judged on its own words."""
from __future__ import annotations

import pytest

from news_archive.pipelines.langid import detect_language

# Written for these tests: English and Swedish news naming people in Czech, Croatian, Hungarian or Turkish letters.
NAMING = {
    "en-czech-croatian": ("en", "The festival opens with music by Antonín Dvořák, and the pianist Ivo Pogorelić "
                                "plays in the second half. Tickets are on sale now."),
    "en-short": ("en", "Last night Ivo Pogorelić played Chopin, and the choir sang a cantata by Antonín Dvořák."),
    "en-three-alphabets": ("en", "A lecture on Søren Kierkegaard and Gyula Krúdy, given by Şebnem Özdemir in the "
                                 "main hall on Friday."),
    "sv": ("sv", "Konserten inleds med musik av Antonín Dvořák, och pianisten Ivo Pogorelić spelar efter pausen."),
}


@pytest.mark.parametrize("case", sorted(NAMING))
def test_names_in_other_letters_do_not_swing_the_language(case):
    # Fails before: the English texts came out Spanish or Danish, whichever writes some of the names'
    # letters.
    language, text = NAMING[case]
    assert detect_language(text).language == language


def test_a_text_whose_own_words_hold_the_letters_is_still_judged_on_them():
    # Croatian: the letters sit in its own words too, so nothing is left out and the wider check names it.
    text = ("Istraživači sa sveučilišta u Zagrebu predstavili su novi lijek. Ivo Pogorelić svirat će na "
            "otvorenju dvorane.")
    assert detect_language(text).language == "hr"
