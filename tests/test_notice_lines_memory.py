"""What the pages a crawl judged for a notice in place of content showed is kept for the source's next crawls: an
incremental crawl that finds one new page showing the notice many earlier pages showed under other titles skips it as
the full crawl skipped its like (pipelines/build_stamps.py, archive/page_lines.py)."""
from __future__ import annotations

from fault_site import FaultServer, crawl_source, page, stored_paths
from news_archive.archive.page_lines import earlier_lines, save_lines
from news_archive.archive.recent_evidence import RECENT_PAGES
from news_archive.archive.storage import Archive
from news_archive.pipelines.build_stamps import MIN_PAGES_SHARING

# A club's newsletter archive moved to a new site: each old issue keeps its name over one line saying it could not be
# carried over; its posts, none of them dated, say what happened.
NOTICE = ("Diese Ausgabe konnte beim Umzug auf die neue Seite nicht übernommen werden. Schreiben Sie uns, wenn Sie "
          "eine Kopie brauchen.")


def _shell(title: str, main: str) -> str:
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>{title} | Ruderclub</title><meta property='og:type' content='article'></head><body>"
            f"<header><a href='/'>Ruderclub am See</a></header><main>{main}</main>"
            "<footer><p>Ruderclub am See, Bootshaus 1.</p></footer></body></html>")


def _issue(number: int) -> str:
    return _shell(f"Rundbrief {number}", f"<article><h1>Rundbrief {number}</h1><p>{NOTICE}</p></article>")


def _post(number: int) -> str:
    return _shell(f"Ausfahrt {number}",
                  f"<article><h1>Ausfahrt {number}</h1>"
                  f"<p>Bei der Ausfahrt {number} waren {number + 5} Boote auf dem See, und {number * 3} Mitglieder "
                  f"ruderten die große Runde bis zur Insel und zurück.</p>"
                  f"<p>Danach gab es Kuchen im Bootshaus, und {number + 2} neue Mitglieder trugen sich für den "
                  f"Anfängerkurs im Sommer ein.</p></article>")


def _site(server: FaultServer, posts: list[int], issues: list[int]) -> None:
    """The start page lists the posts and the old issues alike."""
    cards = [(f"/beitraege/ausfahrt-{number}/", f"Ausfahrt {number}") for number in posts] \
        + [(f"/rundbriefe/rundbrief-{number}/", f"Rundbrief {number}") for number in issues]
    teasers = "".join(f"<article class='card'><h2><a href='{path}'>{title}</a></h2><p>Mehr über {title} lesen.</p>"
                      "</article>" for path, title in cards)
    server.routes["/"] = page("<!DOCTYPE html><html lang='de'><head><title>Ruderclub</title></head><body><main>"
                              f"<h1>Ruderclub am See</h1><div class='grid'>{teasers}</div></main></body></html>")
    for number in posts:
        server.routes[f"/beitraege/ausfahrt-{number}/"] = page(_post(number))
    for number in issues:
        server.routes[f"/rundbriefe/rundbrief-{number}/"] = page(_issue(number))


def _crawl(server: FaultServer, folder) -> set[str]:
    """Crawl the served site as one source into `folder`/a.db: the paths of the stored articles."""
    crawl_source(server, folder, "ruderclub", "Ruderclub", "/")
    return stored_paths(server, folder)


def test_a_later_crawl_finding_one_new_page_of_the_notice_skips_it_as_the_first_crawl_did(tmp_path):
    # Fails before: the second crawl judged its one new issue alone, a notice on one page, and stored it as an article.
    posts, issues = [1, 2, 3], list(range(1, MIN_PAGES_SHARING + 1))
    server = FaultServer()
    _site(server, posts, issues)
    try:
        first = _crawl(server, tmp_path)
        assert first == {f"/beitraege/ausfahrt-{number}/" for number in posts}
        _site(server, posts, [*issues, MIN_PAGES_SHARING + 1])
        first_requests = len(server.requests)
        second = _crawl(server, tmp_path)
        fetched = {path for _at, path in server.requests[first_requests:] if path not in ("/", "/robots.txt")}
    finally:
        server.stop()
    # An incremental crawl: of the issues, the new one alone (the undated posts are looked at again for edits).
    new_issue = f"/rundbriefe/rundbrief-{MIN_PAGES_SHARING + 1}/"
    assert {path for path in fetched if path.startswith("/rundbriefe/")} == {new_issue}
    assert second == first


def test_the_lines_of_pages_judged_long_ago_age_out_and_a_removed_source_leaves_none(tmp_path):
    archive = Archive(tmp_path / "a.db")
    archive.db["sources"].insert_all([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])
    save_lines(archive, "a", [(f"http://a.example/old/{n}/", f"Old {n}", {"moved"}) for n in range(RECENT_PAGES)],
               "2024-01-01")
    save_lines(archive, "a", [("http://a.example/news/1/", "News", {"its own words"})], "2024-02-01")
    save_lines(archive, "b", [("http://b.example/1/", "B's", {"moved"})], "2024-02-01")
    earlier = earlier_lines(archive, "a", besides={"http://a.example/old/5/"})
    assert len(earlier) == RECENT_PAGES - 1 and earlier[0] == ("News", earlier[0][1])
    assert archive.db["page_lines"].count == RECENT_PAGES + 1
    archive.db["sources"].delete("b")
    save_lines(archive, "a", [], "2024-03-01")
    assert {row["source"] for row in archive.db["page_lines"].rows} == {"a"}
