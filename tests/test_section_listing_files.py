"""A generator that writes every page as a file (Middleman, Hugo's uglyURLs) names a section's listing after the
section's folder, beside it: `/notizie/articoli.html` lists `/notizie/articoli/<slug>.html`, and its older pages sit
in the folder (`/notizie/articoli/page/2/index.html`). A news hub shows each section's newest posts and links the
section's listing only from a "more" button under them."""
from __future__ import annotations

from news_archive.spiders.families import UrlFamilies
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

SECTIONS = {"articoli": "Articolo", "comunicati": "Comunicato"}
PER_PAGE, PAGES = 3, 3


def _posts(section: str) -> list[tuple[str, str]]:
    return [(f"/notizie/{section}/{section}-numero-{n}.html", f"{SECTIONS[section]} numero {n} del quartiere alto")
            for n in range(PER_PAGE * PAGES, 0, -1)]


def _card(path: str, title: str, prefix: str) -> str:
    return (f'<div class="card-body"><p class="card-text"><span>0{1 + len(title) % 8} marzo 2022</span></p>'
            f'<h3><a href="{prefix}{path.rsplit("/", 1)[1]}">{title}</a></h3>'
            f"<p>Una riga di presentazione scritta per la scheda.</p>"
            f'<a href="{prefix}../../argomenti/quartiere.html" class="chip">Quartiere</a></div>')


def _hub() -> str:
    """The hub: each section's two newest cards, then its "more" button to the section's listing file."""
    parts = []
    for section in SECTIONS:
        cards = "".join(_card(path, title, f"notizie/{section}/") for path, title in _posts(section)[:2])
        parts.append(f"<h2>{section}</h2>{cards}<div class=\"d-flex\"><a href=\"notizie/{section}.html\" "
                     f"class=\"btn btn-primary\">Scopri di più</a></div>")
    return (f"<html lang=\"it\"><head><title>Notizie</title></head><body><header><a href=\"index.html\">Home</a>"
            f"<a href=\"contatti.html\">Contatti</a></header><main><h1>Notizie</h1>{''.join(parts)}</main>"
            f"<footer><a href=\"privacy.html\">Privacy</a></footer></body></html>")


def _listing(section: str, number: int) -> str:
    """Page `number` of a section's listing: `/notizie/<section>.html` for the first, the folder's pages after."""
    depth = "" if number == 1 else "../../"
    prefix = f"{section}/" if number == 1 else depth
    shown = _posts(section)[(number - 1) * PER_PAGE:number * PER_PAGE]
    cards = "".join(_card(path, title, prefix) for path, title in shown)
    here = f"{section}.html" if number == 1 else f"{depth}../{section}.html"
    pager = "".join(f'<li><a href="{here if n == 1 else f"{prefix if number == 1 else depth}page/{n}/index.html"}">'
                    f"{n}</a></li>" for n in range(1, PAGES + 1))
    return (f"<html lang=\"it\"><head><title>{section}</title></head><body><header><a href=\"/\">Home</a></header>"
            f"<main><h1>{section}</h1>{cards}<nav class=\"pagination\"><ul>{pager}</ul></nav></main></body></html>")


def test_a_section_file_named_after_a_family_folder_is_that_familys_listing():
    """Fails before: `/notizie/articoli.html` was no listing of `/notizie/articoli/<slug>.html`."""
    families = UrlFamilies(["https://sito.example/notizie.html"])
    for path, _title in _posts("articoli")[:2]:
        families.learn(f"https://sito.example{path}")
    assert families.indexes("https://sito.example/notizie/articoli.html")
    assert families.indexes("https://sito.example/notizie/articoli/")
    assert not families.indexes("https://sito.example/notizie/articoli/articoli-numero-9.html")
    assert not families.indexes("https://sito.example/notizie/contatti.html")


def test_a_hubs_more_button_to_a_section_file_leads_to_all_its_posts(tmp_path):
    """Fails before: the "Scopri di più" buttons were label links outside the article families: 4 of 18 posts."""
    server = FaultServer()
    server.routes["/notizie.html"] = page(_hub())
    for section in SECTIONS:
        server.routes[f"/notizie/{section}.html"] = page(_listing(section, 1))
        for number in range(2, PAGES + 1):
            server.routes[f"/notizie/{section}/page/{number}/index.html"] = page(_listing(section, number))
        for n, (path, title) in enumerate(_posts(section), 1):
            server.routes[path] = page(article_html(title, f"{section}{n}"))
    for path in ("/contatti.html", "/privacy.html", "/argomenti/quartiere.html", "/index.html", "/"):
        server.routes[path] = page("<html><body><main><h1>Altro</h1><p>Una pagina del sito.</p></main></body></html>")
    run, _asked = crawl_one_source(server, tmp_path, "sito", "Sito", "/notizie.html")
    expected = {path for section in SECTIONS for path, _title in _posts(section)}
    assert stored_paths(server, tmp_path) == expected
    assert (run.status, run.articles_new) == ("ok", len(expected))
