"""Swedish-aware search through Datasette's own table search: compounds, å/ä/ö, phrases, ranking, snippets."""
from __future__ import annotations

import asyncio
from urllib.parse import quote

import pytest
import sqlite_utils

from news_archive.archive.search import parse_query, plan_search, snippet
from news_archive.archive.web.site import make_datasette
from news_archive.archive.storage import Archive
from staff_archive import add_article, build_staff_archive


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    return build_staff_archive(tmp_path_factory.mktemp("search") / "archive.db")


@pytest.fixture(scope="module")
def datasette(archive_path):
    ds = make_datasette(archive_path)
    asyncio.run(ds.invoke_startup())
    return ds


def search(ds, query, extra=""):
    response = asyncio.run(ds.client.get(f"/archive/articles.json?_search={quote(query)}&_shape=objects{extra}"))
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def titles(rows):
    return [row["title"] for row in rows]


def test_parts_of_compound_words_are_found(datasette):
    found = titles(search(datasette, "cellterapi"))
    assert sorted(found) == ["Cellterapilabb invigt i Flemingsberg", "Nytt labb för cellterapiforskningen i Flemingsberg"]
    assert "Regionen öppnar fler vårdplatser" in titles(search(datasette, "platser"))  # the end of a compound too


def test_a_ring_is_not_folded_into_a(datasette):
    assert titles(search(datasette, "hår")) == ["Håret och hälsan: ny studie om hårväxt"]
    assert "Håret och hälsan: ny studie om hårväxt" not in titles(search(datasette, "har"))
    assert "Regionen öppnar fler vårdplatser" in titles(search(datasette, "har"))


def test_case_does_not_matter_for_swedish_letters(datasette):
    assert titles(search(datasette, "återvinning")) == ["ÅTERVINNING AV LÄKEMEDEL KARTLAGD"]
    assert titles(search(datasette, "HÅRVÄXT")) == ["Håret och hälsan: ny studie om hårväxt"]


def test_prefixes_phrases_and_short_words(datasette):
    assert len(search(datasette, "cellterap*")) == 2
    assert titles(search(datasette, '"cell therapy research"')) == ["New lab for cell therapy research in Flemingsberg"]
    assert search(datasette, '"therapy cell"') == []
    assert "A new research hub for AI and life science" in titles(search(datasette, "AI"))
    assert {row["source"] for row in search(datasette, "KI")} == {"ki-news"}


def test_every_word_must_match_and_minus_leaves_one_out(datasette):
    assert len(search(datasette, "cellterapi campus")) == 2
    assert titles(search(datasette, "cellterapi -KI")) == ["Nytt labb för cellterapiforskningen i Flemingsberg"]
    assert search(datasette, "cellterapi hårväxt") == []


def test_results_are_ranked_with_highlighted_snippets(datasette):
    rows = search(datasette, "cell therapy")
    assert titles(rows)[0] == "New lab for cell therapy research in Flemingsberg"  # in the title, not only the body
    assert [row["relevance"] for row in rows] == sorted((row["relevance"] for row in rows), reverse=True)
    compound = search(datasette, "cellterapi")
    assert any("<mark>cellterapi</mark>forskningen" in row["snippet"] for row in compound)
    assert any("<mark>Cellterapi</mark>labb" in row["snippet"] for row in compound)
    page = asyncio.run(datasette.client.get("/archive/articles?_search=cellterapi")).text
    assert "<mark>Cellterapi</mark>labb" in page and "sorted by relevance" in page


def test_ranked_results_page_without_repeats(datasette):
    first = asyncio.run(datasette.client.get("/archive/articles.json?_search=har&_size=1")).json()
    seen = [first["rows"][0][0]]
    next_url = first["next_url"]
    while next_url:
        page = asyncio.run(datasette.client.get(next_url.replace("http://localhost", ""))).json()
        seen += [row[0] for row in page["rows"]]
        next_url = page["next_url"]
    assert len(seen) == len(set(seen)) == len(search(datasette, "har"))


def test_a_chosen_order_and_facets_still_apply_to_a_search(datasette):
    rows = search(datasette, "cellterapi", "&_sort_desc=published")
    assert [row["published"] for row in rows] == ["2025-03-12", "2025-03-10"]
    assert "relevance" not in rows[0]
    filtered = search(datasette, "cellterapi", "&source=ki-news")
    assert titles(filtered) == ["Cellterapilabb invigt i Flemingsberg"]
    everything = asyncio.run(datasette.client.get("/archive/articles.json?_search=&_shape=objects")).json()["rows"]
    assert len(everything) == sqlite_utils.Database(datasette.databases["archive"].path)["articles"].count


def test_raw_mode_takes_fts5_syntax(datasette):
    rows = search(datasette, "cellterapi* OR vårdplatser", "&_searchmode=raw")
    assert len(rows) == 3


def test_the_index_follows_the_crawl(datasette, archive_path):
    archive = Archive(archive_path)
    story = archive.new_story("2025-04-01T00:00:00+00:00")
    article_id = add_article(archive, {"source": "ki-news", "language": "sv", "published": "2025-04-01",
                                       "url": "https://nyheter.ki.se/ny", "title": "Stamcellsbanken växer",
                                       "lead": "", "body": "Biobanken får fler prover."}, story)
    assert titles(search(datasette, "stamcellsbank")) == ["Stamcellsbanken växer"]
    add_article(archive, {"source": "ki-news", "language": "sv", "published": "2025-04-01",
                          "url": "https://nyheter.ki.se/ny", "title": "Organbanken växer",
                          "lead": "", "body": "Biobanken får fler prover."}, story)
    assert search(datasette, "stamcellsbank") == []
    assert [row["id"] for row in search(datasette, "organbank")] == [article_id]
    archive.db["articles"].delete(article_id)
    archive.close()
    assert search(datasette, "organbank") == []


def test_query_parsing():
    terms = parse_query('cellterapi "cell therapy" -har KI* "unclosed')
    assert [(t.text, t.excluded, t.prefix) for t in terms] == [
        ("cellterapi", False, False), ("cell therapy", False, False), ("har", True, False), ("KI", False, True),
        ("unclosed", False, False)]
    assert plan_search("   ") is None
    assert plan_search('"') is None


def test_snippet_escapes_text_and_marks_matches():
    marked = snippet("Text with <script>x</script> and Cellterapi inside", "cellterapi")
    assert "&lt;script&gt;" in marked and "<mark>Cellterapi</mark>" in marked and "<script>" not in marked


def test_words_to_leave_out_alone_keep_the_rest(datasette):
    rows = search(datasette, "-KI")
    assert len(rows) == 6 and all(row["source"] != "ki-news" or "KI" not in row["body"] for row in rows)


def test_a_search_typed_into_the_date_sorted_page_is_sorted_by_relevance(datasette):
    # The filter form re-sends the page's order from its small-screen sort menu along with the search.
    form = "_search=cellterapi&_filter_column=&_filter_op=exact&_filter_value=&_sort=published&_sort_by_desc=on"
    response = asyncio.run(datasette.client.get(f"/archive/articles?{form}"))
    assert response.status_code == 302 and "_sort_desc=relevance" in response.headers["location"]
    chosen = asyncio.run(datasette.client.get("/archive/articles?_search=cellterapi&_sort=title"))
    assert "sorted by title" in chosen.text
