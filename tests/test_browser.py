"""Headless Chromium on the served archive: search a Swedish word, see the article, download its newsletter."""
from __future__ import annotations

import asyncio
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from news_archive.archive.web.site import make_datasette
from staff_archive import build_staff_archive

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve_datasette(db_path: Path):
    """The archive at `db_path` served over HTTP on a free loopback port, as `news-archive serve` serves it."""
    datasette = make_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(datasette.app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the archive server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def archive_url(tmp_path_factory):
    with serve_datasette(build_staff_archive(tmp_path_factory.mktemp("browser") / "archive.db")) as url:
        yield url


@contextmanager
def chromium_context(**options):
    """A context of Debian's Chromium, headless, driven by Playwright."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_context(**options)
        finally:
            browser.close()


@pytest.fixture(scope="module")
def page():
    with chromium_context(accept_downloads=True, viewport={"width": 1280, "height": 900}) as context:
        yield context.new_page()


def test_staff_search_a_swedish_word_and_download_its_newsletter(archive_url, page, tmp_path):
    page.goto(f"{archive_url}/archive/articles")
    assert page.locator(".article-row").count() == 7
    page.fill("input#_search", "cellterapi")
    page.press("input#_search", "Enter")
    page.wait_for_url("**_search=cellterapi**")
    rows = page.locator(".article-row")
    assert rows.count() == 2
    assert rows.first.locator(".article-title a").inner_text() == "Cellterapilabb invigt i Flemingsberg"
    assert rows.first.locator("mark").first.inner_text() == "Cellterapi"
    assert "Nytt labb för cellterapiforskningen i Flemingsberg" in rows.nth(1).inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "archive-search.png"), full_page=True)

    with page.expect_download() as download_info:
        page.click('a.newsletter-link[data-format="markdown"][data-language="sv"]')
    download = download_info.value
    assert download.suggested_filename.endswith(".md")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    newsletter = saved.read_text(encoding="utf-8")
    assert newsletter.count("\n### ") == 1
    assert "[Nytt labb för cellterapiforskningen i Flemingsberg](https://flemingsbergscience.se/sv/" in newsletter
    assert "Även publicerad av Karolinska Institutet." in newsletter
    shutil.copy(saved, ARTIFACTS / "archive-search-newsletter.md")

    page.click(".article-row >> nth=1 >> a.archive-link")
    assert page.locator("h1.article-heading").inner_text() == "Nytt labb för cellterapiforskningen i Flemingsberg"
    assert page.locator(".story-version").count() == 2
    page.screenshot(path=str(ARTIFACTS / "archive-article.png"), full_page=True)
