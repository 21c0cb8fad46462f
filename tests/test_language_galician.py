"""Galician, which lingua does not know and reads as Spanish or Portuguese, is told by the everyday words only it
writes so ("unha", "non", "máis", "xa", "polo"); Spanish and Portuguese posts, and a Spanish one naming a Galician
street, keep their languages. On a page declaring Galician, one such word decides a short text."""
from __future__ import annotations

from fault_site import crawled_column
from news_archive.pipelines.langid.galician import written_in_galician

# Invented notices of a neighbourhood cycling club, in Galician, Spanish and Portuguese.
GALICIAN = [
    ("Reunión cos veciños", "A asociación reuniuse onte cos veciños do barrio para falar da nova rúa. Non hai aínda "
     "unha data para as obras, mais o concello prometeu unha resposta antes do verán. Tamén se falou dos "
     "aparcadoiros de bicicletas, que xa son moi necesarios na zona."),
    ("Saída polo parque", "Este sábado organizamos unha saída en bicicleta polo parque. Pedimos a todas as persoas "
     "que traian casco e auga. A ruta é curta e cómoda, polo que pode vir calquera persoa, sen importar a súa idade."),
]
# Short: one of Galician's own words, on a page declaring Galician.
GALICIAN_SHORT = ("Fotos da xornada", "Deixamos aquí unha lembranza da xornada de onte no parque.")
SPANISH = ("Reunión con los vecinos", "La asociación se reunió ayer con los vecinos del barrio para hablar de la "
           "nueva calle. Todavía no hay una fecha para las obras, pero el ayuntamiento prometió una respuesta antes "
           "del verano. También se habló de los aparcamientos de la Rúa Nova Sen Nome, que ya son muy necesarios.")
PORTUGUESE = ("Reunião com os moradores", "A associação reuniu-se ontem com os moradores do bairro para falar da "
              "nova rua. Ainda não há uma data para as obras, mas a câmara prometeu uma resposta antes do verão. "
              "Também se falou dos estacionamentos de bicicletas, que já são muito necessários.")


def _post(lang: str, title: str, day: str, text: str) -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Pedal Vivo</title>"
            f"</head><body><main><article class='post'><h1>{title}</h1><time datetime='{day}T10:00:00+02:00'>{day}"
            f"</time><div class='post-content'><p>{text}</p></div></article></main></body></html>")


def test_galician_posts_are_galician_and_their_neighbours_keep_theirs(tmp_path):
    # Fails before: the Galician posts were stored as Spanish or Portuguese (lingua, sure of either).
    posts = [("gl", *GALICIAN[0]), ("gl", *GALICIAN[1]), ("gl", *GALICIAN_SHORT), ("es", *SPANISH),
             ("pt", *PORTUGUESE)]
    pages = {f"/blog/post-{n}.html": _post(lang, title, f"2024-0{n + 1}-10", text)
             for n, (lang, title, text) in enumerate(posts)}
    teasers = "".join(f"<h2><a href='{path}'>{title}</a></h2><time datetime='2024-0{n + 1}-10'>2024-0{n + 1}-10</time>"
                      for n, (path, (_lang, title, _text)) in enumerate(zip(pages, posts)))
    listing = (f"<!DOCTYPE html><html lang='gl'><head><title>Blogue | Pedal Vivo</title></head><body><main>"
               f"<h1>Blogue</h1>{teasers}</main></body></html>")
    stored = crawled_column(tmp_path, "pedal", "Pedal Vivo", listing, pages, "language")
    assert stored == {path: lang for path, (lang, _title, _text) in zip(pages, posts)}


def test_galician_words_must_outnumber_the_neighbours():
    assert written_in_galician(GALICIAN[0][1]) and written_in_galician(GALICIAN[1][1])
    assert not written_in_galician(SPANISH[1]) and not written_in_galician(PORTUGUESE[1])
    # One word of its own: Galician only where the page says so.
    assert not written_in_galician(GALICIAN_SHORT[1]) and written_in_galician(GALICIAN_SHORT[1], declared=True)
    # A Spanish text quoting a Galician sentence stays Spanish.
    quoting = SPANISH[1] + " El cartel decía: non hai sitio para máis coches."
    assert not written_in_galician(quoting)
    # Capitalised words inside a sentence are names ("Sen Nome"), a sentence's first word is not.
    assert not written_in_galician("Visitamos la Rúa Sen Nome Unha y la Praza Xa Non.")
    assert written_in_galician("Non hai tempo. Unha volta máis, grazas.")
