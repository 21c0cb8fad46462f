"""The archive in Datasette, through its in-process client: pages, facets, saved queries, feeds, newsletters."""
from __future__ import annotations

import asyncio
import re
from datetime import date, datetime, timezone
from xml.etree import ElementTree

import pytest
import sqlite_utils

from news_archive.archive.web.site import make_datasette
from news_archive.archive.storage import Archive
from staff_archive import build_staff_archive

ATOM = "{http://www.w3.org/2005/Atom}"


def started(ds):
    asyncio.run(ds.invoke_startup())
    return ds


@pytest.fixture(scope="module")
def datasette(crawled):
    return started(make_datasette(crawled[0]))


@pytest.fixture(scope="module")
def staff_path(tmp_path_factory):
    path = build_staff_archive(tmp_path_factory.mktemp("site") / "archive.db", today=date.today())
    archive = Archive(path)
    for source, status, new, warning in (("ki-news", "ok", 3, None), ("region-stockholm", "failed", 0, None),
                                         ("flemingsberg-science", "warning", 1, "30 pages fetched, usually 120")):
        run = archive.start_run("20250325T080000Z", source, "2025-03-25T08:00:00+00:00")
        archive.finish_run(run, status=status, articles_new=new, warning=warning,
                           error_summary=None if new else "no start page could be fetched\nmore detail")
    archive.close()
    return path


@pytest.fixture(scope="module")
def staff(staff_path):
    return started(make_datasette(staff_path))


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def query_rows(ds, name, args=""):
    response = get(ds, f"/archive/{name}.json?_shape=objects{args}")
    assert response.status_code == 200, response.text
    return response.json()["rows"]


# --- the crawled sample sites ------------------------------------------------------------------

def test_articles_are_listed_newest_first_with_facets(datasette):
    data = get(datasette, "/archive/articles.json?_shape=objects").json()
    published = [row["published"] for row in data["rows"]]
    assert published == sorted(published, reverse=True)
    assert {"source", "language", "year_month"} <= set(data["facet_results"])
    response = get(datasette, "/archive/articles")
    assert response.status_code == 200
    assert 'class="facet-info' in response.text or "facet-source" in response.text


def test_search_finds_the_right_article(datasette, crawled, sample_sites):
    db = sqlite_utils.Database(crawled[0])
    expected = sample_sites.articles[-1]
    word = max(re.findall(r"\w{6,}", expected.title), key=len)
    rows = get(datasette, f"/archive/articles.json?_search={word}&_shape=objects").json()["rows"]
    assert rows, word
    assert any(row["title"] == expected.title for row in rows)
    assert db["articles"].count > len(rows)


def test_titles_link_to_the_original_page(datasette, sample_sites):
    html = get(datasette, "/archive/articles").text
    expected = max(sample_sites.articles, key=lambda article: article.published)  # on the first page, newest first
    assert f'href="{expected.url}"' in html or f'href="{expected.url.replace("&", "&amp;")}"' in html


def test_a_crawled_story_page_lists_its_other_versions(datasette, crawled):
    db = sqlite_utils.Database(crawled[0])
    story = db.execute("select story_id from articles group by story_id having count(*) > 1 limit 1").fetchone()
    assert story, "the sample sites cross-post and translate stories"
    first, *others = db.execute("select id, url from articles where story_id = ? order by id", story).fetchall()
    page = get(datasette, f"/archive/articles/{first[0]}").text
    assert "Other versions of this story" in page
    assert all(f'href="{url.replace("&", "&amp;")}"' in page for _id, url in others)


def test_an_article_page_shows_its_readers_comments_apart_under_the_text(datasette, crawled, sample_sites):
    expected = next(article for article in sample_sites.articles if article.comments)
    db = sqlite_utils.Database(crawled[0])
    article_id = db.execute("select article_id from article_urls where url = ?", [expected.url]).fetchone()[0]
    page = get(datasette, f"/archive/articles/{article_id}").text
    text, comments = page.split('<details class="reader-comments">', 1)
    assert normalise_html(expected.paragraphs[-1]) in normalise_html(text)
    assert "<summary>Reader comments</summary>" in comments
    for line in expected.comments:
        assert f"<p>{normalise_html(line)}</p>" in normalise_html(comments)
        assert normalise_html(line) not in normalise_html(text.split('<div class="article-body">', 1)[1])
    other = db.execute("select id from articles where comments = '' limit 1").fetchone()[0]
    assert "reader-comments" not in get(datasette, f"/archive/articles/{other}").text


def normalise_html(text: str) -> str:
    return " ".join(text.replace("&#39;", "'").replace("&amp;", "&").split())


def test_no_write_api_and_sql_has_a_time_limit(datasette):
    assert datasette.setting("sql_time_limit_ms") <= 1000
    response = asyncio.run(datasette.client.post("/archive/articles/-/insert", json={"row": {"title": "x"}}))
    assert response.status_code in (403, 404, 405)


# --- the hand-written staff archive ---------------------------------------------------------------

def test_front_page_shows_title_and_description(staff):
    html = get(staff, "/").text
    assert "Partner news archive" in html and "Flemingsberg life-science cluster" in html


def test_table_shows_partner_names_dates_languages_and_leads(staff):
    html = get(staff, "/archive/articles").text
    row = html[html.index("Regionen öppnar fler vårdplatser"):]
    row = row[:row.index("</tr>")]
    assert ">Region Stockholm</a>" in row and "2025-03-17" in row and ">sv<" in row
    assert "Regionen har beslutat att öppna fler vårdplatser" in row
    assert 'href="https://www.regionstockholm.se/nyheter/2025/03/fler-vardplatser/"' in html
    facets = get(staff, "/archive/articles.json?_labels=on").json()["facet_results"]
    assert {item["label"] for item in facets["source"]["results"]} >= {"Karolinska Institutet", "Region Stockholm"}
    assert {item["value"] for item in facets["year_month"]["results"]} >= {"2025-02", "2025-03"}


def test_article_page_shows_text_and_the_story_elsewhere(staff, staff_path):
    article_id = sqlite_utils.Database(staff_path).execute(
        "select id from articles where title like 'Nytt labb%'").fetchone()[0]
    html = get(staff, f"/archive/articles/{article_id}").text
    assert "<p>Labbet invigs i maj med ett seminarium om ATMP.</p>" in html
    versions = html[html.index("Other versions of this story"):]
    assert "Karolinska Institutet" in versions and ">en<" in versions and ">sv<" in versions
    assert 'href="https://nyheter.ki.se/cellterapilabb-invigt-i-flemingsberg"' in versions


def test_saved_query_this_weeks_news(staff):
    assert [row["title"] for row in query_rows(staff, "this_week")] == ["Veckans nyhet om stamceller"]


def test_saved_query_stories_published_by_several_partners(staff):
    rows = query_rows(staff, "cross_posted")
    assert len(rows) == 1
    assert rows[0]["published_by"] == "Flemingsberg Science, Karolinska Institutet"
    assert rows[0]["versions"] == 3 and rows[0]["title"] == "Nytt labb för cellterapiforskningen i Flemingsberg"


def test_saved_query_articles_per_partner_per_month(staff):
    rows = {(row["year_month"], row["partner"]): row for row in query_rows(staff, "articles_per_partner_month")}
    assert rows[("2025-03", "Flemingsberg Science")]["articles"] == 2
    assert rows[("2025-03", "Flemingsberg Science")]["swedish"] == 1
    assert rows[("2025-02", "Karolinska Institutet")]["articles"] == 1


def test_saved_query_crawl_health_puts_broken_partners_first(staff):
    rows = query_rows(staff, "crawl_health")
    assert [(row["partner"], row["status"]) for row in rows] == [
        ("Region Stockholm", "failed"), ("Flemingsberg Science", "warning"), ("Akademiska Hus", "never crawled"),
        ("Karolinska Institutet", "ok")]
    assert [row["reason"] for row in rows[:2]] == ["no start page could be fetched", "30 pages fetched, usually 120"]
    by_partner = {row["partner"]: row for row in rows}
    assert by_partner["Karolinska Institutet"]["new_articles"] == 3
    assert by_partner["Akademiska Hus"]["status"] == "never crawled"
    # Whole days since the run that found it (2025-03-25 08:00 UTC), whatever the time of day the test runs.
    seen = datetime(2025, 3, 25, 8, tzinfo=timezone.utc)
    assert by_partner["Karolinska Institutet"]["days_since_new_article"] == (datetime.now(timezone.utc) - seen).days


def test_crawl_health_page_shows_staff_the_table_by_status_colour_and_folds_the_sql(staff):
    page = get(staff, "/archive/crawl_health").text
    table, sql = page.index('<table class="rows-and-columns crawl-health">'), page.index("<details class=\"crawl-health-sql\">")
    assert table < sql and "<textarea" not in page and page.count("with last_runs as") == 1
    statuses = re.findall(r'<tr class="crawl-run status-([\w-]+)">', page)
    assert statuses == ["failed", "warning", "never-crawled", "ok"]
    assert "<td class=\"col-reason\">30 pages fetched, usually 120</td>" in page
    css = get(staff, "/archive-static/archive.css").text
    assert ".crawl-health .status-failed .status-badge" in css and ".crawl-health .status-warning .status-badge" in css


def test_atom_feed_of_a_search_newest_first(staff):
    response = get(staff, "/archive/articles.atom?_search=cellterapi")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Cellterapilabb invigt i Flemingsberg", "Nytt labb för cellterapiforskningen i Flemingsberg"]
    assert entries[0].find(f"{ATOM}link").get("href") == "https://nyheter.ki.se/cellterapilabb-invigt-i-flemingsberg"
    assert entries[0].find(f"{ATOM}author/{ATOM}name").text == "Karolinska Institutet"
    assert "cellterapi" in feed.find(f"{ATOM}title").text
    page = get(staff, "/archive/articles?_search=cellterapi").text
    assert "articles.atom?_search=cellterapi" in page


def test_newsletter_of_a_search_and_of_a_filtered_table(staff):
    response = get(staff, "/archive/articles.newsletter?_search=cellterapi&_newsletter_lang=en")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    text = response.text
    assert text.count("\n### ") == 1  # three versions, one story
    assert "[New lab for cell therapy research in Flemingsberg](https://flemingsbergscience.se/en/" in text
    assert "Also published by Karolinska Institutet." in text
    html = get(staff, "/archive/articles.newsletter?source=region-stockholm&_newsletter_format=html").text
    assert html.startswith("<!DOCTYPE html>") and "Regionen öppnar fler vårdplatser" in html and "Håret och hälsan" in html
    assert "Akademiska Hus" not in html
    bad = get(staff, "/archive/articles.newsletter?_newsletter_lang=de")
    assert bad.status_code == 400 and "_newsletter_lang=de" in bad.text


def test_newsletter_of_a_saved_query(staff):
    text = get(staff, "/archive/cross_posted.newsletter").text
    assert "Nytt labb för cellterapiforskningen i Flemingsberg" in text and "Även publicerad av Karolinska Institutet" in text


def test_table_page_offers_the_newsletter_of_everything_on_screen(staff):
    html = get(staff, "/archive/articles?language=sv").text
    links = re.findall(r'class="newsletter-link"[^>]*href="([^"]+)"', html)
    assert links and all("_size=max" in link and "language=sv" in link for link in links)
