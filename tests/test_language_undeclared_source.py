"""A short post of a source whose pages declare no language takes the language its long posts are clearly in, when its
own text gave it one only as a coin toss: a line of German under a league's name is German on a German club's site,
not Swedish. A sure verdict stays (an English notice on the same site), and a source writing two languages leaves its
short posts' verdicts as they are."""
from __future__ import annotations

from fault_site import FaultServer, crawl_source, page, stored_column
from news_archive.pipelines.langid import LanguageHints, detect_language
from news_archive.pipelines.source_declarations import undeclared_language

GERMAN = [
    ("Saisonauftakt in der Halle", "Am ersten Wochenende im November haben wir die Hallensaison mit einem kleinen "
     "Turnier eröffnet. Nach langer Pause waren die Pässe noch etwas ungenau, aber mit jedem Spiel wurde es besser, "
     "und am Ende stand ein ordentlicher dritter Platz in unserer Gruppe."),
    ("Neue Trikots sind da", "Lange haben wir gewartet, jetzt sind sie endlich angekommen: die neuen Trikots in "
     "dunkelgrün mit weißem Rücken. Wer noch keins bestellt hat, kann sich beim nächsten Training in die Liste "
     "eintragen, die zweite Lieferung kommt vor Weihnachten."),
    ("Trainingslager am See", "Drei Tage lang haben wir auf der Wiese hinter der Jugendherberge geübt, morgens "
     "Würfe und Laufwege, nachmittags kleine Spiele. Abends wurde gegrillt und am Steg gebadet, und die Neuen "
     "haben schnell gemerkt, wie viel Spaß das gemeinsame Training macht."),
    ("Bericht vom Pokalturnier", "Mit nur neun Leuten sind wir zum Pokalturnier gefahren und hatten deshalb wenig "
     "Pausen. Trotzdem haben wir vier von sechs Spielen gewonnen, darunter ein sehr enges Spiel gegen die "
     "Gastgeber, das erst mit dem letzten Punkt entschieden wurde."),
    ("Mitgliederversammlung im Vereinsheim", "Bei der Versammlung im Frühjahr wurde der Vorstand entlastet und "
     "ein neuer Kassenwart gewählt. Außerdem haben wir beschlossen, dass die Beiträge gleich bleiben und dass "
     "wir im Sommer wieder ein eigenes Turnier auf dem Platz am Kanal ausrichten."),
    ("Rückblick auf das Jahr", "Es war ein bewegtes Jahr mit vielen Turnieren, zwei Trainingslagern und einer "
     "großen Feier zum Jubiläum. Wir danken allen, die mitgeholfen haben, und freuen uns schon auf die nächste "
     "Saison mit hoffentlich noch mehr neuen Gesichtern auf dem Feld."),
]
# A line of German whose letters, under a league's name, read as a coin toss the archive's prior tips to Swedish.
LEAGUE, LEAGUE_LINE = "Sommerliga Open", "Früh- und Spätrunde in Tegel"
NOTICE = ("Guest players welcome", "Players visiting the city are welcome at our Tuesday practice, just bring "
          "shoes for the grass.")


def _post(title: str, day: str, text: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Scheibenfreunde</title></head><body>"
            f"<header><a href='/'>Scheibenfreunde</a></header><main><article class='post'><h1>{title}</h1>"
            f"<time datetime='{day}'>{day}</time><div class='entry-content'><p>{text}</p></div></article></main>"
            "</body></html>")


def _crawl(folder, posts: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Serve the posts (path -> (title, day, text)) under a listing declaring no language, crawl them as one source:
    the stored languages by path."""
    teasers = "".join(f"<article class='post'><h2><a href='{path}'>{title}</a></h2><time datetime='{day}'>{day}</time>"
                      "</article>" for path, (title, day, _text) in posts.items())
    server = FaultServer()
    server.routes["/berichte/"] = page(f"<!DOCTYPE html><html><head><title>Berichte | Scheibenfreunde</title></head>"
                                       f"<body><main><h1>Berichte</h1>{teasers}</main></body></html>")
    for path, post in posts.items():
        server.routes[path] = page(_post(*post))
    try:
        crawl_source(server, folder, "scheiben", "Scheibenfreunde", "/berichte/")
        return stored_column(server, folder, "language")
    finally:
        server.stop()


def _long_posts() -> dict[str, tuple[str, str, str]]:
    return {f"/berichte/2023/post-{n}/": (title, f"2023-0{n + 1}-14", text) for n, (title, text) in enumerate(GERMAN)}


def test_a_short_line_unsure_of_its_language_on_a_source_writing_one_takes_that_language(tmp_path):
    # Fails before: the league line was stored as Swedish, unsure of it; the pages declare nothing to weigh against
    # the archive's prior for its partners' languages and the headline's letters.
    alone = detect_language(LEAGUE_LINE, LanguageHints(title=LEAGUE))
    assert alone.language != "de" and alone.confidence < 0.5
    posts = {**_long_posts(), "/berichte/2024/sommerliga/": (LEAGUE, "2024-07-06", LEAGUE_LINE),
             "/berichte/2024/guests/": (*NOTICE[:1], "2024-08-01", NOTICE[1])}
    languages = _crawl(tmp_path, posts)
    assert languages == {**{path: "de" for path in _long_posts()}, "/berichte/2024/sommerliga/": "de",
                         "/berichte/2024/guests/": "en"}


def test_only_a_source_clearly_writing_one_language_lends_it():
    def post(language: str, length: int = 500):
        return (None, language, length, "https://club.example/post/")
    assert undeclared_language([post("de")] * 9 + [post("en")]) == "de"
    assert undeclared_language([post("de")] * 6 + [post("en")] * 4) is None  # a source writing two
    assert undeclared_language([post("de")] * 4) is None  # too few to tell
    assert undeclared_language([post("de")] * 5 + [post("en", 50)] * 5) == "de"  # short posts say nothing of it
    assert undeclared_language([("de", "de", 500, "https://club.example/post/")] * 6) is None  # declared pages
