"""Scraped HTML is untrusted: it renders inert everywhere; Datasette is read-only, time-limited, and can be locked; a crawl opens no remote control."""
from __future__ import annotations

import asyncio
import base64
import re
from xml.etree import ElementTree

import lxml.html
import pytest
from datasette_auth_passwords.utils import hash_password
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list

from news_archive.archive.web.site import PASSWORD_HASH_VARIABLE, make_datasette
from news_archive.archive.storage import Archive
from staff_archive import add_article, build_staff_archive

PAYLOAD_HTML = (
    "<p>Före <script>alert('xss-script')</script> efter.</p>"
    "<p><img src=x onerror=\"alert('xss-onerror')\"> Bild.</p>"
    "<p><a href=\"javascript:alert('xss-link')\">Klicka här</a> och <a href=\"https://example.org/ok\">här</a>.</p>"
    "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">Stilad text.</p>"
    "<iframe src=\"https://evil.example/\"></iframe><form action=\"https://evil.example/\"><input name=q></form>"
)
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    path = build_staff_archive(tmp_path_factory.mktemp("security") / "archive.db")
    archive = Archive(path)
    add_article(archive, {
        "source": "ki-news", "language": "sv", "published": "2025-03-21", "url": "https://nyheter.ki.se/farlig",
        "title": "Farlig <script>alert('xss-title')</script> sida", "lead": "Ingress <b onmouseover=alert('xss-lead')>fet</b>",
        "body": "Före efter. Bild. Klicka här och här. Stilad text. Giftigtord", "body_html": PAYLOAD_HTML,
    }, archive.new_story("2025-03-21"))
    archive.close()
    return path


@pytest.fixture(scope="module")
def datasette(archive_path):
    ds = make_datasette(archive_path)
    asyncio.run(ds.invoke_startup())
    return ds


def get(ds, path, **kwargs):
    return asyncio.run(ds.client.get(path, **kwargs))


def assert_inert(html: str) -> None:
    """No script, handler, javascript: URL, inline style or frame that came from the payload."""
    tree = lxml.html.fromstring(html)
    for script in tree.iter("script"):
        assert "xss" not in (script.text or "") and "xss" not in script.get("src", "")
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not (name.lower().startswith("on") and "xss" in value), (element.tag, name, value)
            assert not value.strip().lower().startswith("javascript:"), (element.tag, name, value)
            assert not (name == "style" and "position:fixed" in value.replace(" ", "")), element.tag
    assert not tree.xpath("//iframe | //form[contains(@action, 'evil')]")


def article_id(ds) -> int:
    return get(ds, "/archive/articles.json?_search=giftigtord&_shape=objects").json()["rows"][0]["id"]


def test_article_page_renders_the_payload_inert_but_keeps_the_text(datasette):
    response = get(datasette, f"/archive/articles/{article_id(datasette)}")
    assert response.status_code == 200
    assert_inert(response.text)
    body = response.text[response.text.index('class="article-body"'):]
    body = body[:body.index("</div>")]
    assert "Klicka här" in body and "Stilad text." in body and 'href="https://example.org/ok"' in body
    assert "<script" not in body and "<img" not in body and "style=" not in body


@pytest.mark.parametrize("path", ["/archive/articles", "/archive/articles?_search=giftigtord",
                                  "/archive/articles?_search=xss", "/archive/this_week", "/archive/cross_posted"])
def test_tables_and_searches_render_it_inert(datasette, path):
    response = get(datasette, path)
    assert response.status_code == 200
    assert_inert(response.text)


def test_feed_and_newsletter_carry_it_inert(datasette):
    feed = ElementTree.fromstring(get(datasette, "/archive/articles.atom?_search=giftigtord").content)
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Farlig <script>alert('xss-title')</script> sida"  # text, escaped in XML
    content = entry.find(f"{ATOM}content").text
    assert "<script" not in content and "onerror" not in content and "javascript:" not in content and "style=" not in content
    html = get(datasette, "/archive/articles.newsletter?_search=giftigtord&_newsletter_format=html").text
    assert_inert(html)
    assert "&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;" in html


def test_no_writes_through_datasette(datasette):
    for path in ("/archive/articles/-/insert", "/archive/articles/1/-/delete", "/archive/-/create"):
        response = asyncio.run(datasette.client.post(path, json={"row": {"title": "x"}}))
        assert response.status_code in (403, 404, 405), path
    for sql in ("delete from articles", "update articles set title = 'x'", "drop table articles",
                "insert into sources (id, name) values ('x', 'y')"):
        response = get(datasette, "/archive.json", params={"sql": sql})
        assert response.status_code == 400, sql
    assert get(datasette, "/archive.db").status_code in (403, 404)
    assert get(datasette, "/archive/sources.json?_shape=array").json()[0]["id"] != "x"


def test_sql_has_a_time_limit(datasette):
    runaway = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n"
    response = get(datasette, "/archive.json", params={"sql": runaway})
    assert response.status_code == 400 and ("too long" in response.text.lower() or "interrupted" in response.text.lower())


def test_password_login_locks_the_archive(archive_path):
    ds = make_datasette(archive_path, password_hash=hash_password("correct-horse-9"))
    asyncio.run(ds.invoke_startup())
    anonymous = get(ds, "/archive/articles")
    assert anonymous.status_code == 302 and anonymous.headers["location"].endswith("/-/login")
    assert get(ds, "/archive/articles.json").status_code in (302, 403)
    form = get(ds, "/-/login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
    cookies = {"ds_csrftoken": form.cookies["ds_csrftoken"]}
    wrong = asyncio.run(ds.client.post("/-/login", data={"username": "staff", "password": "fel", "csrftoken": token},
                                       cookies=cookies))
    assert "Invalid username or password" in wrong.text and "ds_actor" not in wrong.cookies
    right = asyncio.run(ds.client.post("/-/login", data={"username": "staff", "password": "correct-horse-9", "csrftoken": token},
                                       cookies=cookies))
    assert right.status_code == 302
    page = get(ds, "/archive/articles", cookies={"ds_actor": right.cookies["ds_actor"]})
    assert page.status_code == 200 and "Cellterapilabb invigt i Flemingsberg" in page.text
    basic = base64.b64encode("staff:correct-horse-9".encode()).decode()
    feed = get(ds, "/archive/articles.atom?_search=cellterapi", headers={"authorization": f"Basic {basic}"})
    assert feed.status_code == 200 and b"Cellterapilabb" in feed.content  # feed readers log in with HTTP basic auth


def test_password_hash_from_the_environment(archive_path, monkeypatch):
    monkeypatch.setenv(PASSWORD_HASH_VARIABLE, hash_password("hemligt"))
    ds = make_datasette(archive_path)
    asyncio.run(ds.invoke_startup())
    assert get(ds, "/archive/articles").status_code == 302
    monkeypatch.delenv(PASSWORD_HASH_VARIABLE)
    open_ds = make_datasette(archive_path)
    asyncio.run(open_ds.invoke_startup())
    assert get(open_ds, "/archive/articles").status_code == 200


def test_a_crawl_runs_no_remote_control_server():
    """Scrapy's RemoteControl extension runs code sent to a local HTTP port: a crawl never enables it."""
    settings = Settings()
    settings.setmodule("news_archive.spiders.settings", priority="project")
    extensions = build_component_list(settings.getwithbase("EXTENSIONS"))
    assert "news_archive.archive.crawl.warc_capture.WarcCapture" in extensions
    assert not [path for path in extensions if "remote_control" in path]
