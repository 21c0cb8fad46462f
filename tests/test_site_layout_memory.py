"""What a crawl learns of a source's page layout is kept for its next crawls: an incremental crawl that finds one new
short post cleans it as the crawl that read the whole site cleaned its like."""
from __future__ import annotations

import sqlite_utils

from fault_site import FaultServer, crawl_source, page, stored_column
from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.site_layout import RECENT_PAGES, layout_values, save_layout
from news_archive.archive.sources import load_sources
from news_archive.archive.storage import Archive
from news_archive.pipelines.site_boilerplate import OWN_TEXT_SLOT

# A seminar series' news: the template prints each post's standfirst in a header band and the post's own text in a
# text element below it; the writer closes every post with the same line, and most posts hold nothing else there.
MORE = "Programmet och anmälan finns på seminariets sida!"
SHORT_POSTS = 9


def _post(number: int, own_lines: int) -> str:
    own = "".join(f"<p>Del {line} av seminarium {number}: {number * 13 + line} forskare från {line + 3} lärosäten "
                  f"talar om {('celler', 'proteiner', 'modeller')[line % 3]} i {number + line} pass.</p>"
                  for line in range(own_lines))
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Seminarium {number} | Seminarieserien"
            f"</title></head><body class='post-{number}'><header><a href='/'>Seminarieserien</a></header>"
            f"<div class='band'><div class='post-title'><h1>Seminarium {number}</h1>"
            f"<time datetime='2023-0{number % 9 + 1}-1{number % 10}'>2023-0{number % 9 + 1}-1{number % 10}</time></div>"
            f"<div class='post-description'><p>Seminarium {number} hålls i sal {number * 7} under {number + 2} timmar "
            f"en tisdag i {('mars', 'april', 'maj')[number % 3]}.</p></div></div>"
            f"<div class='band'><div class='content'>{own}<p>Programmet och anmälan finns på "
            f"<a href='/program/{number}/'>seminariets sida</a>!</p></div></div>"
            "<footer><p>Seminarieserien drivs av ett nätverk av forskargrupper.</p></footer></body></html>")


def _site(server: FaultServer, posts: dict[int, int]) -> None:
    """The posts (number -> lines of their own) and the news listing linking each."""
    links = "".join(f"<li><a href='/seminarier/{number}/'>Seminarium {number}</a></li>" for number in sorted(posts))
    server.routes["/seminarier/"] = page(f"<!DOCTYPE html><html lang='sv'><head><title>Seminarier | Seminarieserien"
                                         f"</title></head><body><main><h1>Seminarier</h1><ul>{links}</ul></main>"
                                         "</body></html>")
    for number, own_lines in posts.items():
        server.routes[f"/seminarier/{number}/"] = page(_post(number, own_lines))


def _crawl(server: FaultServer, folder) -> dict[str, str]:
    """Crawl the served site as one source into `folder`/a.db: the stored bodies by path."""
    crawl_source(server, folder, "seminarier", "Seminarieserien", "/seminarier/")
    return stored_column(server, folder, "body")


def test_a_later_crawl_finding_one_short_post_keeps_the_writers_line_as_the_first_crawl_did(tmp_path):
    # Fails before: the second crawl, with one short post to learn from, did not know that the post's text element is
    # where the source's posts hold their own text, and dropped the line as the site's furniture.
    posts = {number: 3 if number < 2 else 0 for number in range(2 + SHORT_POSTS)}
    server = FaultServer()
    _site(server, posts)
    try:
        first = _crawl(server, tmp_path)
        assert len(first) == len(posts)
        assert all(body.split("\n\n")[-1] == MORE for body in first.values()), first
        posts[40] = 0
        _site(server, posts)
        first_requests = len(server.requests)
        second = _crawl(server, tmp_path)
        posts_fetched = {path for _at, path in server.requests[first_requests:] if path.rstrip("/")[-1].isdigit()}
    finally:
        server.stop()
    assert second["/seminarier/40/"].split("\n\n")[-1] == MORE, second["/seminarier/40/"]
    assert {path: body for path, body in second.items() if path != "/seminarier/40/"} == first
    assert posts_fetched == {"/seminarier/40/"}  # an incremental crawl: the new post alone


def _archive_with_articles(path, articles: int) -> Archive:
    archive = Archive(path)
    archive.db["sources"].insert_all([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])
    archive.db["articles"].insert_all({"id": n, "url": f"http://a.example/{n}/", "source": "a"}
                                      for n in range(1, articles + 1))
    return archive


def test_a_redesigns_slots_are_outweighed_by_the_new_templates_pages_and_age_out(tmp_path):
    archive = _archive_with_articles(tmp_path / "a.db", RECENT_PAGES + 3)
    save_layout(archive, "a", "sv", OWN_TEXT_SLOT, {n: {"old"} for n in (1, 2, 3)}, "2024-01-01T00:00:00+00:00")
    save_layout(archive, "a", "sv", OWN_TEXT_SLOT, {4: {"new"}, 5: set()}, "2024-02-01T00:00:00+00:00")
    assert layout_values(archive, "a", "sv", OWN_TEXT_SLOT) == {"old", "new"}
    assert layout_values(archive, "a", "en", OWN_TEXT_SLOT) == set()  # pooled by the pages' language, as the memory
    save_layout(archive, "a", "sv", OWN_TEXT_SLOT, {n: {"new"} for n in range(6, RECENT_PAGES + 4)},
                "2024-03-01T00:00:00+00:00")
    assert layout_values(archive, "a", "sv", OWN_TEXT_SLOT) == {"new"}
    assert archive.db.execute("select count(*) from site_layout where value = 'old'").fetchone()[0] == 0
    # A page read again replaces what it showed.
    save_layout(archive, "a", "sv", OWN_TEXT_SLOT, {6: set()}, "2024-04-01T00:00:00+00:00")
    assert [row[0] for row in archive.db.execute("select value from site_layout where article_id = 6")] == [""]


def test_evidence_follows_its_articles_and_leaves_no_row_behind_a_source_renamed_or_removed(tmp_path):
    archive = _archive_with_articles(tmp_path / "a.db", 4)
    save_layout(archive, "a", "sv", OWN_TEXT_SLOT, {n: {"slot"} for n in (1, 2, 3, 4)}, "2024-01-01T00:00:00+00:00")
    # Source `a` renamed `b` in the sources file: b's crawl reads pages 1 and 2 again and takes their evidence over.
    save_layout(archive, "b", "sv", OWN_TEXT_SLOT, {1: {"slot"}, 2: {"slot"}}, "2024-02-01T00:00:00+00:00")
    assert layout_values(archive, "b", "sv", OWN_TEXT_SLOT) == {"slot"}
    assert {row[0] for row in archive.db.execute("select source from site_layout where article_id in (1, 2)")} == {"b"}
    # An article deleted, a source deleted from the archive's sources: their rows go with the next save.
    archive.db.execute("delete from articles where id = 3")
    archive.db.execute("delete from sources where id = 'a'")
    save_layout(archive, "b", "sv", OWN_TEXT_SLOT, {2: {"slot"}}, "2024-03-01T00:00:00+00:00")
    assert {row for row in archive.db.execute("select article_id, source from site_layout")} == {(1, "b"), (2, "b")}


# A choir's news: every page states the same <title>, each post's headline is a bold line opening its text.
CHOIR_TITLE = "Kammarkören | Sång i stadens kyrkor sedan 1962"
CHOIR_HEADLINES = ["Kören sjunger in en skiva i vår", "Nya stämledare till altarna",
                   "Julkonserten får en extra kväll", "Sommarturné längs kusten", "Provsjungning för nya medlemmar"]


def _choir_post(number: int) -> str:
    text = "".join(f"<p>Inför säsong {number + 40} har kören övat på stycke {part} varje torsdag, och dirigenten "
                   f"berättar att arbetet med {part + number} nya arrangemang går framåt.</p>"
                   for part in range(1, 4))
    return (f"<!DOCTYPE html><html lang='sv'><head><title>{CHOIR_TITLE}</title></head><body><header><nav>"
            "<a href='/'>Kammarkören</a> <a href='/nytt/'>Nytt</a></nav></header><main role='main'>"
            f"<p><strong>{CHOIR_HEADLINES[number]}</strong></p><p>{number + 4} mars 2024</p>{text}</main>"
            "<footer><p>Kammarkören, ideell förening</p></footer></body></html>")


def _choir(server: FaultServer, posts: int) -> None:
    links = "".join(f"<li><a href='/nytt/{n}/'>{CHOIR_HEADLINES[n]}</a></li>" for n in range(posts))
    server.routes["/nytt/"] = page(f"<html><head><title>{CHOIR_TITLE}</title></head><body><main><h1>Nytt</h1>"
                                   f"<ul>{links}</ul></main></body></html>")
    for n in range(posts):
        server.routes[f"/nytt/{n}/"] = page(_choir_post(n))


def test_a_later_crawl_finding_one_post_under_the_title_the_source_states_everywhere_titles_it_by_its_headline(
        tmp_path):
    # Fails before: the second crawl saw the shared <title> on one page only, and stored the new post under it.
    server = FaultServer()
    _choir(server, 4)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "kor"\nname = "Kammarkören"\nstart_urls = ["{server.base_url}/nytt/"]\n',
                       encoding="utf-8")
    try:
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
        _choir(server, 5)
        run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    titles = {row["url"].removeprefix(server.base_url): row["title"]
              for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert titles == {f"/nytt/{n}/": headline for n, headline in enumerate(CHOIR_HEADLINES)}
