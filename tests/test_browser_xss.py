"""Stored XSS, tried in a real browser: hostile text crawled from a partner, and raw payloads in every column,
never run on the table, search, article pages, the Atom feed or either newsletter format."""
from __future__ import annotations

import re
import shutil
from urllib.parse import quote

import lxml.html
import pytest

from news_archive.archive.storage import Archive
from staff_archive import add_article
from test_browser import CHROMIUM, chromium_context, serve_datasette

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)")

# Each payload sets window.__xss (or opens a dialog) if the browser ever runs it.
PAYLOADS = [
    '<script>window.__xss = "script"</script>',
    '<img src="x" onerror="window.__xss = \'onerror\'">',
    '<svg onload="window.__xss = \'svg\'"></svg>',
    '"><script>window.__xss = "attribute"</script>',
    "</title><script>window.__xss = 'title'</script>",
    "]]></summary><script>window.__xss = 'atom'</script>",
    '<a href="javascript:window.__xss=\'link\'">klicka</a>',
]
HOSTILE = " ".join(PAYLOADS)


@pytest.fixture(scope="module")
def hostile_archive_url(crawled, tmp_path_factory):
    """The crawled sample sites (ssci's security sample carries script, onerror and javascript: links in its body)
    plus one article with raw payloads in every column, as if a stage had let them through."""
    crawled_db, _runs, _sources = crawled
    path = tmp_path_factory.mktemp("xss") / "archive.db"
    shutil.copy(crawled_db, path)
    archive = Archive(path)
    story = archive.new_story("2025-03-01T00:00:00+00:00")
    add_article(archive, dict(source="ssci", language="sv", published="2025-03-03", url="javascript:window.__xss='url'",
                              title=f"Cellterapi {HOSTILE}", lead=f"Cellterapi {HOSTILE}", body=f"Cellterapi {HOSTILE}",
                              author=HOSTILE, body_html=HOSTILE), story)
    archive.close()
    with serve_datasette(path) as url:
        yield url


@pytest.fixture(scope="module")
def browser_context():
    with chromium_context() as context:
        yield context


def visit(context, url: str) -> list[str]:
    """Open `url`, click every link that stays on the page's own view, and say what ran."""
    page = context.new_page()
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.wait_for_load_state("load")
    flag = page.evaluate("() => window.__xss || null")
    if flag:
        ran.append(f"window.__xss = {flag}")
    page.close()
    return ran


def article_ids(hostile_archive_url, context) -> list[int]:
    page = context.new_page()
    page.goto(f"{hostile_archive_url}/archive/articles.json?_search=cellterapi&_shape=array&_col=id")
    ids = [row["id"] for row in page.evaluate("() => JSON.parse(document.body.innerText)")]
    page.close()
    return ids


def test_nothing_hostile_runs_on_any_page_staff_open(hostile_archive_url, browser_context):
    base = hostile_archive_url
    ids = article_ids(base, browser_context)
    assert len(ids) >= 2  # the crawled security sample and the planted article both match
    pages = [f"{base}/archive/articles", f"{base}/archive/articles?_search={quote('cellterapi')}",
             f"{base}/archive/articles?_search={quote('window')}", f"{base}/archive/articles.atom?_search=cellterapi",
             *(f"{base}/archive/articles/{article_id}" for article_id in ids)]
    ran = {url: visit(browser_context, url) for url in pages}
    assert {url: what for url, what in ran.items() if what} == {}


@pytest.mark.parametrize("output_format", ["html", "markdown"])
def test_newsletter_drafts_carry_no_active_content(hostile_archive_url, browser_context, output_format, tmp_path):
    page = browser_context.new_page()
    page.goto(f"{hostile_archive_url}/archive/articles?_search=cellterapi")
    link = page.locator(f'a.newsletter-link[data-format="{output_format}"][data-language="sv"]')
    with page.expect_download() as download_info:
        link.click()
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(saved)
    page.close()
    draft = saved.read_text(encoding="utf-8")
    assert "Cellterapi" in draft
    if output_format == "html":
        assert visit(browser_context, saved.as_uri()) == []
        document = lxml.html.fromstring(draft)
        assert document.xpath("//script | //iframe | //object | //embed | //svg") == []
        assert [name for element in document.iter() if isinstance(element.tag, str)
                for name in element.attrib if name.lower().startswith("on")] == []
        assert [href for href in document.xpath("//@href") if not href.startswith(("http://", "https://", "mailto:"))] == []
    else:  # Markdown pasted into a mail tool: payloads only as escaped text, no live HTML or script links
        assert re.findall(r"(?<!\\)<(?:script|img|svg|a)\b", draft, re.I) == []
        assert "](javascript:" not in draft.lower()
