"""What a crawl learns of a source's address families is kept for its next crawls: an incremental crawl that finds one
new page of a family showing no date, where the source's news show theirs, skips it as the full crawl skipped its
like (pipelines/build_stamps.py, archive/page_families.py)."""
from __future__ import annotations

from fault_site import FaultServer, crawl_source, page, stored_paths
from news_archive.archive.page_families import earlier_pages, save_pages
from news_archive.archive.recent_evidence import RECENT_PAGES
from news_archive.archive.storage import Archive

# A workshop's grid: its news, timed in their metadata and showing readers their day, beside its kits, dated nowhere.
MONTHS = ("März", "April", "Mai")


def _news(number: int) -> str:
    day = number + 10
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>Werkstattbericht {number} | Werkstatt</title>"
            f"<meta property='article:published_time' content='2023-0{number % 3 + 3}-{day}T09:{day}:00+01:00'>"
            "</head><body><header><a href='/'>Werkstatt</a></header><main><article>"
            f"<h1>Werkstattbericht {number}</h1><p class='date'>{day}. {MONTHS[number % 3]} 2023</p>"
            f"<p>In Woche {number} haben {number + 4} Leute an {number * 3} Werkbänken neue Lötstationen ausprobiert "
            f"und {number + 11} Platinen für die Schule im Viertel bestückt.</p>"
            f"<p>Am Ende der Woche liefen {number + 2} Prototypen stabil, zwei davon mit einer neuen Firmware, die "
            f"jetzt {number + 20} Sensoren gleichzeitig ausliest.</p></article></main>"
            "<footer><p>Die Werkstatt ist ein Verein im Stadtteilzentrum.</p></footer></body></html>")


def _kit(number: int) -> str:
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>Bausatz {number} | Werkstatt</title></head><body><header><a href='/'>Werkstatt</a></header>"
            f"<main><article><h1>Bausatz {number}</h1>"
            f"<p>Der Bausatz {number} enthält {number + 6} Bauteile, eine Platine aus {number + 1} Lagen und eine "
            f"Anleitung mit {number * 4 + 12} Schritten für Einsteiger ab zwölf Jahren.</p>"
            f"<p>Er passt in jede Tasche, läuft mit {number + 2} Batterien und lässt sich mit dem Werkzeug aus der "
            f"Werkstatt in {number + 1} Stunden aufbauen.</p></article></main>"
            "<footer><p>Die Werkstatt ist ein Verein im Stadtteilzentrum.</p></footer></body></html>")


def _site(server: FaultServer, news: list[int], kits: list[int]) -> None:
    """The grid on the start page links the news and the kits alike."""
    cards = [(f"/neuigkeiten/bericht-{number}/", f"Werkstattbericht {number}") for number in news] \
        + [(f"/bausaetze/bausatz-{number}/", f"Bausatz {number}") for number in kits]
    grid = "".join(f"<article class='card'><h2><a href='{path}'>{title}</a></h2><p>Mehr über {title} lesen.</p>"
                   "</article>" for path, title in cards)
    server.routes["/"] = page("<!DOCTYPE html><html lang='de'><head><title>Werkstatt</title></head><body><main>"
                              f"<h1>Werkstatt</h1><div class='grid'>{grid}</div></main></body></html>")
    for number in news:
        server.routes[f"/neuigkeiten/bericht-{number}/"] = page(_news(number))
    for number in kits:
        server.routes[f"/bausaetze/bausatz-{number}/"] = page(_kit(number))


def _crawl(server: FaultServer, folder) -> set[str]:
    """Crawl the served site as one source into `folder`/a.db: the paths of the stored articles."""
    crawl_source(server, folder, "werkstatt", "Werkstatt", "/")
    return stored_paths(server, folder)


def test_a_later_crawl_finding_one_new_page_of_a_dateless_family_skips_it_as_the_first_crawl_did(tmp_path):
    # Fails before: the second crawl judged its one new kit page alone, a family of one page, and stored it as news.
    news, kits = [1, 2, 3, 4], [1, 2, 3]
    server = FaultServer()
    _site(server, news, kits)
    try:
        first = _crawl(server, tmp_path)
        assert first == {f"/neuigkeiten/bericht-{number}/" for number in news}
        _site(server, news, [*kits, 4])
        first_requests = len(server.requests)
        second = _crawl(server, tmp_path)
        fetched = {path for _at, path in server.requests[first_requests:] if path not in ("/", "/robots.txt")}
    finally:
        server.stop()
    assert fetched == {"/bausaetze/bausatz-4/"}  # an incremental crawl: the new page alone
    assert second == first


def test_the_families_of_pages_judged_long_ago_age_out(tmp_path):
    archive = Archive(tmp_path / "a.db")
    archive.db["sources"].insert({"id": "a", "name": "A"})
    family = ("a.example", "kits")
    save_pages(archive, "a", [(f"http://a.example/kits/{n}/", family, False) for n in range(RECENT_PAGES)], "2024-01-01")
    save_pages(archive, "a", [("http://a.example/news/1/", ("a.example", "news"), True)], "2024-02-01")
    earlier = earlier_pages(archive, "a", besides={"http://a.example/kits/5/"})
    assert len(earlier) == RECENT_PAGES - 1 and earlier[0] == ("http://a.example/news/1/", ("a.example", "news"), True)
    assert archive.db["page_families"].count == RECENT_PAGES
