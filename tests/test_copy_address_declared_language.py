"""A post a mirror serves at two addresses, both pages declaring a language its text is not written in (a CMS node
whose text an editor wrote in Spanish under the English interface), is archived under the same address with the same
text however the crawl's fetches happen to be ordered: each address is judged by what its own page declares."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_one_source, page

TITLE = "Convocatoria abierta para coros de la ciudad"
PARAGRAPHS = [
    "El proyecto busca coros de aficionados de la ciudad que quieran probar una herramienta nueva para ensayar "
    "las obras de su repertorio con partituras digitales.",
    "Los coros participantes recibirán apoyo técnico durante todo el año y podrán presentar su trabajo en un "
    "concierto abierto al público en el auditorio municipal.",
    "Las inscripciones se pueden hacer hasta el final del mes de enero a través del formulario de la página web, "
    "donde también se encuentran las bases completas de la convocatoria.",
    "Para cualquier duda sobre la convocatoria, los directores de los coros pueden escribir al equipo del proyecto, "
    "que responderá a todas las preguntas en pocos días.",
]
# The mirror's two copies of the node: the plain address, and the same page again under the front controller.
PLAIN, FRONT_CONTROLLER = "/node/7.html", "/index.php/node/7.html"


def _post(path: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    # Each copy names itself as canonical (the mirror made the link relative): neither page names the other.
    name = path.rsplit("/", 1)[1]
    return (f'<!DOCTYPE html><html lang="en"><head><title>{TITLE} | Choirs</title>'
            f'<link rel="canonical" href="{name}"></head><body><nav><a href="/">Home</a></nav>'
            f'<main><article><h1>{TITLE}</h1><time datetime="2018-12-14">14 December 2018</time>{text}</article>'
            "</main></body></html>")


def _site(first: str, second: str) -> FaultServer:
    """A listing whose first page links one copy and whose second page links the other."""
    server = FaultServer()
    for path in (PLAIN, FRONT_CONTROLLER):
        server.routes[path] = page(_post(path))
    for listing, path, pager in (("/news.html", first, '<a href="/news-2.html">Older posts</a>'),
                                 ("/news-2.html", second, "")):
        teaser = f'<article><h2><a href="{path}">{TITLE}</a></h2><p>14 December 2018</p></article>'
        server.routes[listing] = page(f"<html><body><main><h1>News</h1>{teaser}"
                                      f"<nav class='pagination'>{pager}</nav></main></body></html>")
    return server


def test_a_post_at_two_addresses_declared_in_another_language_is_archived_alike_in_either_fetch_order(tmp_path):
    # Fails before: the address met first was kept, its page judged by what it declared and the other's not.
    stored = []
    for order in ((PLAIN, FRONT_CONTROLLER), (FRONT_CONTROLLER, PLAIN)):
        folder = tmp_path / order[0].strip("/").replace("/", "-")
        folder.mkdir()
        server = _site(*order)
        base = server.base_url
        crawl_one_source(server, folder, "choirs", "Choirs", start="/news.html")
        db = sqlite_utils.Database(folder / "a.db")
        stored.append([(row["url"].removeprefix(base), row["language"], row["body"]) for row in db["articles"].rows])
        assert sorted(row["url"].removeprefix(base) for row in db["article_urls"].rows) == sorted(order)
    assert stored == [[(PLAIN, "es", "\n\n".join(PARAGRAPHS))]] * 2


ENGLISH_POST = [
    "The little timer in the menu bar now remembers the projects you worked on last week and offers them first.",
    "It also writes a plain text report at the end of each day, which you can paste into your invoice or your notes.",
    "The new version needs no installer: drop it into the applications folder and start it like any other program.",
]
GERMAN_BLOG_POST, ENGLISH_ALTERNATIVE = "/blog/2007/8/menu-timer/", "/en/blog/2007/8/menu-timer/"


def _blog_post() -> str:
    # A static generator builds every page again under `/en/` with the same `<html lang="de">`: a German blog whose
    # writer posted this one in English.
    text = "".join(f"<p>{paragraph}</p>" for paragraph in ENGLISH_POST)
    return ('<!DOCTYPE html><html lang="de"><head><title>Menu timer</title></head><body><nav><a href="/">Home</a>'
            '</nav><main><article><h1>Menu timer</h1><time datetime="2007-08-24">24. August 2007</time>'
            f"{text}</article></main></body></html>")


def test_a_static_generators_language_alternative_leaves_the_post_at_its_own_address_in_either_fetch_order(tmp_path):
    # Fails before: the `/en/` copy, judged by its folder, looked declared in its text's language when stored first,
    # and by its <html lang> when met second: the address met first was kept.
    stored = []
    for order in ((GERMAN_BLOG_POST, ENGLISH_ALTERNATIVE), (ENGLISH_ALTERNATIVE, GERMAN_BLOG_POST)):
        folder = tmp_path / order[0].strip("/").replace("/", "-")
        folder.mkdir()
        server = FaultServer()
        for path in order:
            server.routes[path] = page(_blog_post())
        for listing, path, pager in (("/blog/", order[0], '<a href="/blog/page/2/">Older posts</a>'),
                                     ("/blog/page/2/", order[1], "")):
            teaser = f'<article><h2><a href="{path}">Menu timer</a></h2><p>24. August 2007</p></article>'
            server.routes[listing] = page(f"<html lang='de'><body><main><h1>Blog</h1>{teaser}"
                                          f"<nav class='pagination'>{pager}</nav></main></body></html>")
        base = server.base_url
        crawl_one_source(server, folder, "timer", "Timer", start="/blog/")
        db = sqlite_utils.Database(folder / "a.db")
        stored.append([(row["url"].removeprefix(base), row["language"], row["body"]) for row in db["articles"].rows])
    assert stored == [[(GERMAN_BLOG_POST, "en", "\n\n".join(ENGLISH_POST))]] * 2


RELEASE = [
    "I comuni con meno di cinquemila abitanti possono chiedere da oggi un contributo per portare online i loro servizi.",
    "Le domande si presentano sulla piattaforma nazionale entro la fine di marzo, con un modulo semplice e breve.",
    "Il contributo copre le spese per i servizi di pagamento, per l'identità digitale e per l'app dei servizi pubblici.",
]
ARTICLES, PRESS = "/notizie/articoli/contributi-ai-comuni/", "/notizie/comunicati-stampa/contributi-ai-comuni/"


def _release(path: str, base: str) -> str:
    # Each copy's hreflang names the copy itself its version for any language, as every page of the CMS does.
    text = "".join(f"<p>{paragraph}</p>" for paragraph in RELEASE)
    return (f'<!DOCTYPE html><html lang="it"><head><title>Contributi ai comuni</title>'
            f'<link rel="alternate" hreflang="it" href="{base}{path}">'
            f'<link rel="alternate" hreflang="x-default" href="{base}{path}"></head><body><main><article>'
            f'<h1>Contributi ai comuni</h1><time datetime="2020-12-15">15 dicembre 2020</time>{text}</article></main>'
            "</body></html>")


def test_a_release_filed_twice_whose_copies_each_name_themselves_x_default_is_archived_alike_in_either_order(tmp_path):
    # Fails before: the page in hand's x-default named itself and so always beat the stored copy: the one met last won.
    stored = []
    for order in ((ARTICLES, PRESS), (PRESS, ARTICLES)):
        folder = tmp_path / order[0].strip("/").replace("/", "-")
        folder.mkdir()
        server = FaultServer()
        base = server.base_url
        for path in order:
            server.routes[path] = page(_release(path, base))
        for listing, path, pager in (("/notizie/", order[0], '<a href="/notizie/pagina/2/">Pagina 2</a>'),
                                     ("/notizie/pagina/2/", order[1], "")):
            teaser = f'<article><h2><a href="{path}">Contributi ai comuni</a></h2><p>15 dicembre 2020</p></article>'
            server.routes[listing] = page(f"<html lang='it'><body><main><h1>Notizie</h1>{teaser}"
                                          f"<nav class='pagination'>{pager}</nav></main></body></html>")
        crawl_one_source(server, folder, "comuni", "Comuni", start="/notizie/")
        db = sqlite_utils.Database(folder / "a.db")
        stored.append([(row["url"].removeprefix(base), row["body"]) for row in db["articles"].rows])
    assert stored == [[(ARTICLES, "\n\n".join(RELEASE))]] * 2
