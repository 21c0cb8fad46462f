"""A post's own letter lines stay: a quote's attribution, a Dutch sign-off, a salutation, a request to write to a
mail address after a short text, a club's letter signed in its members' name ("Eure Kraniche", "Das Team Nordwind")
with the short closing sentence above the signature."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://club.example/news/2024/5/14/summer-course/"
TITLE = "Summer course"
LONG = ("The club runs its summer course at the lake again this year, with two groups on Saturday mornings "
        "and one group on Sunday afternoons, each led by two trainers.")
MORE = ("Beginners swim in the shallow part by the jetty; the others train across the bay to the island and back, "
        "weather allowing.")
LONG_NL = ("De club organiseert deze zomer opnieuw een cursus aan het meer, met twee groepen op zaterdagochtend "
           "en een groep op zondagmiddag, telkens met twee trainers.")

LONG_FR = ("Le comité informe les clubs que la randonnée prévue dimanche au départ de la salle des fêtes est "
           "reportée au mois prochain, faute de bénévoles pour assurer la sécurité du parcours.")

LONG_DE = ("Der Herbstpokal findet in diesem Jahr wieder in der großen Halle am Stadtpark statt, mit zwölf Teams, "
           "zwei Spielfeldern und einer Feier am Samstagabend im Vereinsheim.")
MORE_DE = ("Meldet euch bis Ende September bei uns an; die Startgebühr überweist ihr bitte erst, wenn wir euch "
           "einen Platz bestätigt haben.")


def body_of(story: str, title: str = TITLE) -> list[str]:
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/news/">News</a></nav><div id="main">
<h1>{title}</h1>{story}</div><footer><p>Club house, Lake Road 3</p></footer></body></html>"""
    return extract_article(html, URL).body.split("\n\n")


def test_an_epigraphs_attribution_stays_with_its_quote():
    # Fails before: the dash and the name were dropped as a short loose line.
    story = (f"<blockquote><div class='lines'><div class='line'>“Practice makes the swimmer.”</div>"
             f"<div class='line'>– An Old Coach</div></div></blockquote><p>{LONG}</p><p>{MORE}</p>")
    assert body_of(story)[:3] == ["“Practice makes the swimmer.”", "– An Old Coach", LONG]


def test_a_closing_quote_in_a_note_box_keeps_its_lines_and_attribution():
    # Fails before: the quote and its attribution, short lines in a box of their own, went as furniture.
    story = (f"<p>{LONG}</p><p>{MORE} So we keep to one rule:</p><div class='note'><p class='note-title'>Note</p>"
             f"<div class='lines'><div class='line'>Slow is smooth, smooth is fast.</div>"
             f"<div class='line'>– A trainer's saying</div></div></div>")
    assert body_of(story)[-2:] == ["Slow is smooth, smooth is fast.", "– A trainer's saying"]


def test_a_signature_alone_after_the_text_is_no_quote():
    # A dash and a name in the text's own element sign it off as before (the writer's closing line).
    story = f"<p>{LONG}</p><p>{MORE}</p><p>Thanks to all trainers!</p><p>– Anna</p>"
    assert body_of(story)[-2:] == ["Thanks to all trainers!", "– Anna"]


@pytest.mark.parametrize("greeting", ["Groeten", "Met vriendelijke groeten", "Groetjes"])
def test_a_dutch_sign_off_stays(greeting):
    # Fails before: the greeting and the club's name were trimmed as sign-off lines.
    story = f"<p>{LONG_NL}</p><p>{greeting}</p><p>Zwemclub Aan Het Meer</p>"
    assert body_of(story)[-2:] == [greeting, "Zwemclub Aan Het Meer"]


@pytest.mark.parametrize("greeting", ["Sportivement,", "Amicalement,"])
def test_a_french_clubs_sign_off_and_its_committees_name_stay(greeting):
    # Fails before: neither valediction read as a greeting, and it went with the committee's name under it as short
    # loose lines after the text.
    story = f"<p>{LONG_FR}</p><p>Merci de votre compréhension.</p><p>{greeting}</p><p>Commission Randonnée Isère 38</p>"
    assert body_of(story)[-3:] == ["Merci de votre compréhension.", greeting, "Commission Randonnée Isère 38"]


LONG_PT = ("A associação abre neste ano de novo as inscrições para o curso de verão no lago, com duas turmas aos "
           "sábados de manhã e uma turma aos domingos à tarde.")


@pytest.mark.parametrize("greeting", ["Atenciosamente,", "Abraços,", "Att,"])
def test_a_portuguese_sign_off_stays(greeting):
    # Fails before: the greeting and the association's name were trimmed as sign-off lines.
    story = f"<p>{LONG_PT}</p><p>{greeting}</p><p>Diretoria do Clube do Lago</p>"
    assert body_of(story)[-2:] == [greeting, "Diretoria do Clube do Lago"]
    # The abbreviation and the signer's name on one line ("Att, <name>").
    assert body_of(f"<p>{LONG_PT}</p><p>Att,\nMaria Souza</p>")[-1] == "Att, Maria Souza"


def test_a_salutation_opening_the_text_stays():
    # Fails before: two words with no comma were dropped as a tiny label.
    story = f"<p>Beste leden</p><p>{LONG_NL}</p>"
    assert body_of(story)[0] == "Beste leden"


def test_a_request_to_write_closing_the_text_stays():
    # Fails before: the line was trimmed as a sign-off (short, no full stop).
    story = ("<p>The new <a href='/courses/2024/'>summer course details</a> are online.</p>"
             "<p>Sign-ups or questions can be sent via: "
             "<a href='mailto:courses@club.example'>courses@club.example</a></p>")
    assert body_of(story)[-1] == "Sign-ups or questions can be sent via: courses@club.example"


def test_a_closing_sentence_and_the_groups_name_under_it_stay():
    # Fails before: both lines were trimmed as short loose lines after the text.
    story = f"<p>{LONG_DE}</p><p>{MORE_DE}</p><p>Wir freuen uns schon auf den Herbst</p><p>Eure Kraniche</p>"
    assert body_of(story)[-2:] == ["Wir freuen uns schon auf den Herbst", "Eure Kraniche"]


def test_a_signature_of_capitalised_names_under_a_closing_wish_stays():
    # Fails before: the wish stayed, the name line under it went as a credit.
    story = (f"<p>{LONG_DE}</p><p>{MORE_DE}</p><p>Wir wünschen euch einen guten Start ins Jahr.</p>"
             "<p>Das Team\nNordwind</p>")
    assert body_of(story)[-2:] == ["Wir wünschen euch einen guten Start ins Jahr.", "Das Team Nordwind"]


def test_a_lower_case_signature_in_the_readers_name_after_a_quote_stays():
    # Fails before: "eure ..." in lower case closing the post was dropped.
    story = (f"<p>{LONG_DE}</p><p>{MORE_DE} Ganz nach unserem Leitspruch:</p>"
             f"<blockquote><p>Wer wirft, gewinnt!</p></blockquote><p>eure kraniche vom stadtpark</p>")
    assert body_of(story)[-1] == "eure kraniche vom stadtpark"


def test_a_name_line_after_the_text_without_a_closing_sentence_still_goes():
    # A name alone under the last long paragraph (a picture's credit set as a line) is no signature of the text.
    story = f"<p>{LONG_DE}</p><p>{MORE_DE}</p><p>Anna Berg</p>"
    assert body_of(story)[-1] == MORE_DE


@pytest.mark.parametrize("line", ["Swim Club &lt;3 You", "Swim Club &lt;3 You!", "Team ❤️ You", "Team ❤️ You!",
                                  "The Trainers ♥ You"])
def test_a_closing_line_with_a_heart_between_its_words_stays(line):
    # Fails before for the lines under 15 characters without "!": dropped as a label ("Share"), while the same
    # line with "!" stayed; a heart between words stands for a verb, and labels hold none.
    assert body_of(f"<p>{LONG}</p><p>{MORE}</p><p>{line}</p>")[-1] == line.replace("&lt;", "<")


def test_a_symbol_line_of_names_after_the_text_still_goes():
    # A footer's "<site> • <section>" line is no sentence: a dot between names is a separator, not a verb.
    assert body_of(f"<p>{LONG}</p><p>{MORE}</p><p>Swim Club • News</p>")[-1] == MORE


def test_a_letters_salutation_in_two_pasted_div_lines_opens_the_text():
    """Fails before: "Respected members," and "Friends of the club," each a bare <div> line (a text pasted from a mail
    client), were dropped as short labels; a salutation in no language the salutation words know ends on a comma."""
    story = (f"<div class='entry'><div>Respected members,</div> <div>Friends of the club,</div> "
             f"<div style='text-align: justify;'>{LONG}</div> <div style='text-align: justify;'>{MORE}</div></div>")
    assert body_of(story)[:3] == ["Respected members,", "Friends of the club,", LONG]
    # A short line above the text ending otherwise is still a label.
    story = story.replace("Friends of the club,", "Club news")
    assert body_of(story)[0] == LONG


LONG_PL = ("Klub zaprasza wszystkich na letni kurs nad jeziorem, z dwiema grupami w sobotnie poranki i jedną grupą "
           "w niedzielne popołudnia, każdą prowadzoną przez dwóch trenerów.")


def test_a_polish_greeting_and_the_signers_name_stay():
    # Fails before: "Pozdrawiam!" was no greeting, so the name under it went as a loose short line.
    story = f"<p>{LONG_PL}</p><p>Pozdrawiam!</p><p>Anna Kowalska</p>"
    assert body_of(story)[-2:] == ["Pozdrawiam!", "Anna Kowalska"]


def test_a_signers_name_linked_to_their_page_under_the_greeting_stays():
    # Fails before: the linked name was taken for a link leading away from the text and dropped.
    story = (f"<p>{LONG}</p><p>{MORE}</p><p>Best regards,</p>"
             f"<p><a href='https://people.example/anna-berg/'>Anna Berg</a></p>")
    assert body_of(story)[-2:] == ["Best regards,", "Anna Berg"]


def test_a_linked_name_closing_the_text_without_a_greeting_still_leads_away():
    # Unchanged: with no greeting above it, a lone linked name is a pointer (a profile, a teaser), not the text's.
    story = f"<p>{LONG}</p><p>{MORE}</p><p><a href='https://people.example/anna-berg/'>Anna Berg</a></p>"
    assert body_of(story)[-1] == MORE


LONG_IT = ("Il circolo organizza anche quest'anno il corso estivo al lago, con due gruppi il sabato mattina e un "
           "gruppo la domenica pomeriggio, ciascuno seguito da due allenatori.")


@pytest.mark.parametrize("greeting", ["Un saluto a tutti", "Un abbraccio"])
def test_an_italian_greeting_in_the_singular_and_the_signers_name_stay(greeting):
    # Fails before: only "saluti" was a greeting, so both lines went as short loose lines after the text.
    story = f"<p>{LONG_IT}</p><p>{greeting}</p><p>Marco</p>"
    assert body_of(story)[-2:] == [greeting, "Marco"]


def test_an_italian_signature_as_the_readers_own_stays():
    # Fails before: "dal vostro caro ..." (from your dear ...) opens in lower case and named no group, so it went.
    story = f"<p>{LONG_IT}</p><p><i>dal vostro caro Marco</i></p><p><a href='/foto.jpg'><img src='/foto.jpg'></a></p>"
    assert body_of(story)[-1] == "dal vostro caro Marco"


SHORT_DE = "Die Übungsgruppen zur Vorbereitung auf die Nachprüfung fallen bis auf Weiteres aus."


@pytest.mark.parametrize("sign_off", ["MFG Die Fachschaft Chemie", "MfG Fachschaft Chemie", "LG Anna", "VG Ben",
                                      "Mvh styret", "Mvg Het Bestuur", "Cdlt, le bureau"])
def test_an_abbreviated_greeting_and_its_signer_close_the_text(sign_off):
    """Fails before: a greeting written as its initials ("MFG" for "Mit freundlichen Grüßen", "LG", "Mvh", "Mvg") with
    the signers after it was a line of capitalised names, trimmed as a credit, under a long paragraph and under a
    notice of one sentence and a few short lines alike; the greeting spelt out stayed."""
    story = f"<p>{LONG_DE}</p><p>{MORE_DE}</p><p>&nbsp;</p><p>{sign_off}</p>"
    assert body_of(story)[-2:] == [MORE_DE, sign_off]
    story = f"<p>{SHORT_DE}</p><p>Analysis: Raum 5B<br>Algebra: Raum 6C</p><p>{sign_off}</p>"
    assert body_of(story)[-1] == sign_off


@pytest.mark.parametrize("line", ["LGBT Alliance", "VGA Adapter", "Mvgs Oslo"])
def test_a_name_line_opening_on_the_letters_of_a_greeting_still_goes(line):
    # The initials are the whole first word: a word merely starting with them greets no one.
    story = f"<p>{LONG_DE}</p><p>{MORE_DE}</p><p>{line}</p>"
    assert body_of(story)[-1] == MORE_DE
