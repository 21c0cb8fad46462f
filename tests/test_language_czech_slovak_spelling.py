"""Czech and Slovak, which lingua's wider check flips between as a text grows, are told apart by their spelling: Czech
writes ě, ř and ů, Slovak ä, ĺ, ľ, ŕ and ô."""
from __future__ import annotations

from fault_site import crawled_column
from news_archive.pipelines.langid import detect_language
from news_archive.pipelines.langid.models import shared_models
from news_archive.pipelines.langid.wider import own_words, spelled_in

# Invented notices of a municipalities' association, in Czech; lingua over every language, in its fast mode, takes
# the first, plainly Czech (ř, ě, ů in its own words), for Slovak, sure of it.
CZECH = [
    ("Kurz pro obce", "Spolek připravil nový kurz pro obce a jejich úředníky. Zástupci obcí se setkají na podzim v "
     "Brně. Pokud je kód pod svobodnou licencí, jedná se o svobodný software. Předseda spolku říká, že jde o "
     "důležitý krok. Data jsou dostupná v otevřeném formátu. Pověst horšího softwaru zadarmo je zcela zbytečná."),
    ("Nová brožura", "Brožura je k dispozici v tištěné i elektronické verzi. Program setkání bude zveřejněn během "
     "léta a naše obec se přidala mezi členy v lednu."),
]
SLOVAK = ("Spolok pripravil nový kurz pre obce a ich úradníkov. Zástupcovia obcí sa stretnú na jeseň v Bratislave. "
          "Ak je kód pod slobodnou licenciou, ide o slobodný softvér. Predseda spolku hovorí, že podľa neho ide o dôležitý krok.")


def _post(title: str, day: str, text: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | Spolek Most</title>"
            f"</head><body><main><article class='post'><h1>{title}</h1><time datetime='{day}T00:00:00+00:00'>{day}"
            f"</time><div class='post-content'><p>{text}</p></div></article></main></body></html>")


def test_a_czech_notice_lingua_takes_for_slovak_is_czech(tmp_path):
    # Fails before: the first notice was stored as Slovak (lingua's fast mode over every language, 1.0).
    assert shared_models().wider_confidences(" ".join(own_words(CZECH[0][1]))).get("sk", 0) > 0.5
    posts = {f"/2019/oznameni-{n}.html": _post(title, f"2019-0{n + 1}-05", text)
             for n, (title, text) in enumerate(CZECH)}
    teasers = "".join(f"<h2><a href='{path}'>{title}</a></h2><time datetime='2019-0{n + 1}-05'>2019-0{n + 1}-05"
                      "</time>" for n, (path, (title, _text)) in enumerate(zip(posts, CZECH)))
    listing = (f"<!DOCTYPE html><html lang='en'><head><title>Novinky | Spolek Most</title></head><body><main>"
               f"<h1>Novinky</h1>{teasers}</main></body></html>")
    stored = crawled_column(tmp_path, "most", "Spolek Most", listing, posts, "language")
    assert stored == {path: "cs" for path in posts}


def test_slovak_stays_slovak_and_letters_of_both_or_of_names_decide_nothing():
    assert detect_language(SLOVAK).language == "sk"
    assert spelled_in(frozenset({"cs", "sk"}), CZECH[0][1]) == "cs"
    assert spelled_in(frozenset({"cs", "sk"}), SLOVAK) == "sk"
    # A Slovak word quoted in a Czech sentence (letters of both): the spelling does not say which.
    assert spelled_in(frozenset({"cs", "sk"}), "Předseda řekl, že slovo dôležitý znamená totéž.") is None
    # Letters only in names (words written with a capital): no evidence.
    assert spelled_in(frozenset({"cs", "sk"}), "Zástupci z Ľubovne a Řevnic se setkali.") is None
    assert spelled_in(frozenset({"hr", "bs"}), CZECH[0][1]) is None


def test_the_dominant_spelling_decides_a_word_quoted_in_the_other_does_not():
    # Fails before: the one Slovak letter of a quoted word made the long Czech notice's spelling say nothing.
    quoting = CZECH[0][1] + " Kolegové ze Slovenska to nazvali slovem dôležitý."
    assert spelled_in(frozenset({"cs", "sk"}), quoting) == "cs"
    assert spelled_in(frozenset({"cs", "sk"}), "Předseda řekl, že slovo dôležitý znamená totéž.") is None


# More invented Czech notices of the association, and its one Slovak post (its partner's greeting).
MORE_CZECH = [
    ("Setkání v Brně", "Příští setkání členů proběhne v Brně. Zástupci obcí přednesou zprávy o tom, co se během roku "
     "podařilo, a představí se tři nové projekty. Přihlášky přijímáme do konce září, počet míst je omezený."),
    ("Výroční zpráva", "Výroční zpráva spolku je hotová. Popisuje, jak obce sdílejí software, kolik ušetřily a které "
     "úřady se připojily. Děkujeme všem členům za přízeň a těšíme se na další společnou práci v příštím roce."),
]


def test_a_slovak_post_of_a_czech_source_stays_slovak(tmp_path):
    # Fails before: the source's four Czech posts made its one Slovak post Czech (the page declares no language).
    posts = {f"/2020/oznameni-{n}.html": _post(title, f"2020-0{n + 1}-05", text)
             for n, (title, text) in enumerate(CZECH + MORE_CZECH + [("Pozdrav od partnerov", SLOVAK)])}
    teasers = "".join(f"<h2><a href='{path}'>{title}</a></h2><time datetime='2020-0{n + 1}-05'>2020-0{n + 1}-05"
                      "</time>" for n, (path, (title, _text)) in
                      enumerate(zip(posts, CZECH + MORE_CZECH + [("Pozdrav od partnerov", SLOVAK)])))
    listing = (f"<!DOCTYPE html><html lang='en'><head><title>Novinky | Spolek Most</title></head><body><main>"
               f"<h1>Novinky</h1>{teasers}</main></body></html>")
    stored = crawled_column(tmp_path, "most", "Spolek Most", listing, posts, "language")
    assert stored == {path: "sk" if n == 4 else "cs" for n, path in enumerate(posts)}
