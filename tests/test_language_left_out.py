"""Text in a language the fast set leaves out (Croatian, Czech, Icelandic, Estonian ...) is stored in it, not in
the closest language the fast set knows; text that fits no language is stored with none."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from news_archive.archive.cli.main import cli
from news_archive.archive.record import ArticleItem
from news_archive.pipelines.langid import LanguageHints, detect_language
from news_archive.pipelines.langid.models import LanguageModels, shared_models
from news_archive.pipelines.langid.wider import fits_poorly
from news_archive.pipelines.language import tag_language

# Written for these tests (a few lines of news each); lingua over every language it knows agrees on each.
LEFT_OUT = {
    "hr": "Istraživači sa sveučilišta predstavili su novi lijek za rijetku bolest jetre. Klinička ispitivanja "
          "trajat će dvije godine, a u njima će sudjelovati bolnice iz tri države.",
    "cs": "Vědci z univerzity vyvinuli nový způsob, jak rychleji rozpoznat zánět plic. Metoda využívá umělou "
          "inteligenci a běžné rentgenové snímky.",
    "sk": "Výskumníci z univerzity vyvinuli nový spôsob, ako rýchlejšie rozpoznať zápal pľúc. Podľa vedúceho tímu "
          "by sa mohla v nemocniciach začať používať už budúci rok.",
    "sl": "Raziskovalci univerze so razvili novo metodo za hitrejše odkrivanje vnetja pljuč. Po besedah vodje "
          "skupine bi jo bolnišnice lahko začele uporabljati že prihodnje leto.",
    "hu": "Az egyetem kutatói új módszert fejlesztettek ki a tüdőgyulladás gyorsabb felismerésére. A csoport "
          "vezetője szerint a kórházak már jövőre bevezethetik.",
    "tr": "Üniversitenin araştırmacıları, zatürreyi daha hızlı teşhis etmek için yeni bir yöntem geliştirdi. Ekip "
          "liderine göre hastaneler bu yöntemi gelecek yıl kullanmaya başlayabilir.",
    "ro": "Cercetătorii de la universitate au dezvoltat o metodă nouă pentru recunoașterea mai rapidă a pneumoniei. "
          "Spitalele ar putea începe să o folosească de anul viitor.",
    "is": "Vísindamenn við háskólann hafa þróað nýja aðferð til að greina lungnabólgu hraðar. Að sögn stjórnanda "
          "hópsins gætu sjúkrahús byrjað að nota hana strax á næsta ári.",
    "et": "Ülikooli teadlased on välja töötanud uue meetodi kopsupõletiku kiiremaks tuvastamiseks. Rühma juhi "
          "sõnul võiksid haiglad seda kasutama hakata juba järgmisel aastal.",
    "lt": "Universiteto mokslininkai sukūrė naują metodą, leidžiantį greičiau nustatyti plaučių uždegimą. Pasak "
          "grupės vadovo, ligoninės galėtų jį pradėti naudoti jau kitais metais.",
    "lv": "Universitātes pētnieki ir izstrādājuši jaunu metodi, kā ātrāk atpazīt plaušu karsoni. Pēc grupas "
          "vadītāja teiktā, slimnīcas to varētu sākt izmantot jau nākamgad.",
}

# Languages left out that write no letters of their own: told by the fast set's everyday words they lack.
PLAIN_LETTERS = {
    "id": "Pemerintah kota membuka perpustakaan baru di pusat kota pada hari senin. Gedung itu memiliki ruang baca "
          "untuk anak-anak, ruang komputer, dan taman kecil di atapnya. Menurut kepala perpustakaan, warga dapat "
          "meminjam buku tanpa biaya selama tiga minggu. Perpustakaan akan buka setiap hari kecuali hari minggu, dan "
          "pada akhir pekan ada kegiatan membaca bersama untuk keluarga. Banyak sekolah di sekitar kota sudah "
          "mendaftar untuk kunjungan kelas pada bulan depan.",
    "sw": "Serikali ya mkoa imefungua hospitali mpya katika mji mdogo karibu na ziwa. Hospitali hiyo ina vitanda mia "
          "moja na chumba cha upasuaji, na itahudumia wakazi wa vijiji vingi vya jirani. Mkuu wa mkoa alisema kwamba "
          "wananchi hawatalazimika tena kusafiri mbali kupata matibabu. Madaktari na wauguzi wapya wataanza kazi "
          "mwezi ujao, na huduma za mama na mtoto zitakuwa bure kwa mwaka wa kwanza.",
}
LONG_FINNISH = (
    "Kaupunki avasi maanantaina uuden kirjaston keskustaan. Rakennuksessa on lukusali lapsille, tietokonehuone ja "
    "pieni puutarha katolla. Kirjaston johtajan mukaan asukkaat voivat lainata kirjoja ilmaiseksi kolmen viikon "
    "ajan. Kirjasto on auki joka päivä paitsi sunnuntaisin, ja viikonloppuisin siellä järjestetään lukuhetkiä "
    "perheille. Monet lähialueen koulut ovat jo ilmoittautuneet luokkaretkille ensi kuussa, ja opettajat ovat "
    "olleet tyytyväisiä uusiin tiloihin."
)

# A Croatian post of three paragraphs: none is short enough to be misread on its own.
CROATIAN_POST = (
    "Gradska knjižnica otvorila je novu čitaonicu za djecu i mlade. Prostor je uređen tijekom ljeta, a namještaj "
    "su izradili učenici obrtničke škole.\n\n"
    "Ravnateljica knjižnice rekla je da se nada većem broju posjetitelja zimi, kada su dani kraći i hladniji. "
    "Čitaonica će biti otvorena svakim danom osim nedjelje.\n\n"
    "Upis je besplatan za sve učenike osnovnih škola, a roditelji mogu posuditi knjige na istu iskaznicu."
)

# Texts in languages the fast set knows, some naming people in letters of languages it leaves out.
KNOWN = {
    "sv": "Forskarna vid institutet har hittat ett nytt sätt att behandla sjukdomen, och de första patienterna "
          "får hjälp redan i höst.",
    "en": "The orchestra played a new symphony, and a young pianist joined them after the interval. Tickets for the "
          "next concert go on sale on Monday.",
    "da": "Kommunen vil bygge en ny skole ved havnen, og byggeriet begynder efter sommerferien.",
    "no": "Forskeren Miloš Đurić fra Beograd besøkte instituttet denne uken og fortalte om nye behandlinger mot "
          "kreft hos barn.",
    "fi": "Yliopiston tutkijat ovat kehittäneet uuden menetelmän, jolla keuhkokuume voidaan tunnistaa nopeammin.",
    "de": "Die Stadt plant einen neuen Radweg entlang des Flusses, der im nächsten Frühjahr fertig sein soll.",
    "fr": "La mairie a présenté hier un projet de nouvelle bibliothèque au centre de la ville.",
    "es": "El ayuntamiento presentó ayer un proyecto para construir una nueva biblioteca en el centro.",
    "pl": "Naukowcy z uniwersytetu opracowali nową metodę szybszego rozpoznawania zapalenia płuc.",
}


def _item(body: str, html_lang: str | None = None, title: str = "") -> ArticleItem:
    return ArticleItem(source="partner", url="https://partner.site.example/vijesti/clanak/", html="",
                       fetched_at="2024-06-20T10:00:00+00:00", title=title, body=body, html_lang=html_lang)


class CountingModels(LanguageModels):
    """The shared models, counting how often the wider check runs."""

    def __init__(self):
        super().__init__()
        self.wider_checks = 0

    def wider_confidences(self, text: str) -> dict[str, float]:
        self.wider_checks += 1
        return super().wider_confidences(text)


@pytest.mark.parametrize("language", sorted(LEFT_OUT))
def test_text_in_a_language_the_fast_set_leaves_out_is_in_that_language(language):
    # Fails before: each came out the closest language the fast set knows (Croatian Swedish, Czech Spanish, Slovak
    # Polish, Icelandic Portuguese, Estonian Finnish), sure of it.
    text = LEFT_OUT[language]
    assert shared_models().wider_short.detect_language_of(text).iso_code_639_1.name.lower() == language
    assert detect_language(text).language == language
    # A CMS's default declaration of English does not make it English.
    assert tag_language(_item(text, html_lang="en-US")).language == language


@pytest.mark.parametrize("language", sorted(PLAIN_LETTERS))
def test_a_long_text_in_a_language_left_out_written_in_plain_letters_is_in_that_language(language):
    # Fails before: Indonesian and Swahili came out Spanish or Finnish, sure of it.
    text = PLAIN_LETTERS[language]
    assert shared_models().wider_short.detect_language_of(text).iso_code_639_1.name.lower() == language
    assert detect_language(text).language == language


def test_a_post_in_a_language_left_out_is_stored_in_it_whatever_its_page_declares():
    # Fails before: stored as Swedish, declared or not.
    for html_lang in (None, "en-US", "hr-HR"):
        item = tag_language(_item(CROATIAN_POST, html_lang=html_lang, title="Nova čitaonica u gradskoj knjižnici"))
        assert (item.language, item.language_confidence) == ("hr", 1.0)


def test_text_in_the_fast_sets_languages_keeps_its_verdict_and_its_cost():
    models = CountingModels()
    for language, text in [*KNOWN.items(), ("fi", LONG_FINNISH)]:
        assert detect_language(text, models=models).language == language
    # Not even the Norwegian text naming people in Serbian letters is checked again: names are no text's language.
    assert models.wider_checks == 0


def test_text_that_fits_no_language_well_gets_none_unless_its_page_declares_one_left_out():
    # Fails before: Swedish. Three words Croatian, Bosnian, Serbian and Slovenian write alike: no language is
    # stored rather than a wrong one, and the page's declaration names it.
    words = "žena i muž"
    assert detect_language(words).language is None
    item = tag_language(_item(words, html_lang="hr"))
    assert (item.language, item.language_confidence) == ("hr", 0.5)
    # Text that fits a language of the fast set is in it, whatever the page declares.
    assert tag_language(_item(KNOWN["en"], html_lang="ro")).language == "en"


def test_the_detect_language_command_names_languages_left_out():
    lines = "\n".join([LEFT_OUT["is"], LEFT_OUT["et"], KNOWN["da"]])
    result = CliRunner().invoke(cli, ["detect-language"], input=lines + "\n")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["language"] for line in result.output.splitlines()] == ["is", "et", "da"]


def test_page_hints_name_a_language_left_out_for_a_short_title():
    # Two words could be Croatian or Bosnian; the page's declaration says which.
    hints = LanguageHints(html_lang="hr")
    assert detect_language("Nova čitaonica", hints).language == "hr"


def test_fractions_and_superscripts_are_no_letters_of_another_language():
    # Fails before: no language. A results table's draws ("½-½") held a character no English word writes, so the
    # table was taken for a language the fast set leaves out, and over every language fitted none.
    results = "\n\n".join(f"{white} {1200 + 37 * n} ½-½ {black} {1100 + 41 * n}" for n, (white, black) in enumerate(
        [("Arlen Tobby", "Mirel Quane"), ("Dovan Strick", "Pella Marrow"), ("Ossie Brannt", "Tilda Vorne"),
         ("Corwin Hale", "Ennis Parlo"), ("Rudd Fenwick", "Sable Omara")]))
    item = tag_language(_item(results, html_lang="en-GB", title="Club Championship Round 4"))
    assert item.language == "en"
    # Letters of another language in a lower-case word still count: "m²" is an English unit, "čak" no English word.
    assert fits_poorly("the hall of 300 m² was full, čak i vani, čekali smo", "en")


def test_latin_script_serbian_on_a_page_declaring_serbian_is_serbian():
    # Fails before: lingua knows Serbian in Cyrillic letters only, and named this Latin-script notice Bosnian or
    # Croatian, whose words it shares, though its page declares Serbian.
    notice = ("Na osnovu člana 7. Pravilnika o radu komisije, opštinska uprava raspisuje javni poziv za prijavu "
              "kandidata za dodelu stanova izbeglim porodicama. Prijave se podnose do kraja meseca.")
    assert detect_language(notice, LanguageHints(html_lang="sr-RS")).language == "sr"
    assert detect_language(notice, LanguageHints(source_languages=["sr"])).language == "sr"
    # Declaring nothing, the text stays in the pair it is surely written in.
    assert detect_language(notice).language in {"hr", "bs"}
