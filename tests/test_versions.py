"""Article versions: a partner's edit keeps the earlier text, the same text adds nothing, and the story is re-checked;
readers' comments follow the page without making a version."""
from __future__ import annotations

import html
from http.server import BaseHTTPRequestHandler

import pytest
import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources

from news_archive.archive.sample_sites.server import LoopbackServer

RELEASE = [
    "Region Stockholm och Karolinska Institutet öppnar ett nytt testlabb för medicinsk bildanalys i Flemingsberg. "
    "Labbet har kostat 48 miljoner kronor och ska stå klart den 14 oktober.",
    "I labbet ska 35 forskare och 12 företag pröva nya metoder för att läsa av röntgenbilder med hjälp av AI. "
    "Verksamheten leds av docent Tove Halvarsson, som tidigare arbetat vid Linköpings universitet.",
    "– Vi vill korta tiden från idé till klinisk användning, säger Tove Halvarsson.",
]
OTHER_NEWS = [
    "Södertörns högskola inleder ett samarbete med Huddinge kommun om praktikplatser för studenter i socialt arbete. "
    "Avtalet gäller i tre år och omfattar omkring 60 platser per termin.",
    "Samarbetet samordnas av lektor Janne Rosvall. Studenterna får handledning av erfarna socionomer ute i "
    "kommunens verksamheter och en gemensam seminarieserie på campus.",
    "– Praktiken är den del av utbildningen som studenterna värdesätter mest, säger Janne Rosvall.",
]
ANOTHER_TOPIC = [
    "Akademiska Hus bygger om entrén till hus Novum under våren. Arbetet börjar den 3 mars och beräknas pågå i "
    "elva veckor, och under tiden används den norra ingången.",
    "Ombyggnaden ska göra entrén tillgänglig för alla och ge plats åt ett nytt kafé. Kostnaden beräknas till "
    "17 miljoner kronor, enligt projektledaren Saga Ljungdahl.",
]


class TinySite:
    """A two-article news site on 127.0.0.1 whose article text a test can change between crawls."""

    def __init__(self):
        self.articles = {
            "/nyheter/testlabb/": ("Nytt testlabb för bildanalys", "2024-10-01", RELEASE),
            "/nyheter/praktik/": ("Högskolan och kommunen samarbetar om praktik", "2024-10-01", OTHER_NEWS),
        }
        self.comments: dict[str, list[tuple[str, str]]] = {}  # path -> (reader, what they wrote)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = site.page(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write((body or "not found").encode("utf-8"))

            def log_message(self, *args):
                pass

        self.server = LoopbackServer(Handler)
        self.base = self.server.base_url

    def page(self, path: str) -> str | None:
        if path == "/nyheter/":
            links = "".join(f'<li><h2><a href="{href}">{html.escape(title)}</a></h2></li>'
                            for href, (title, _day, _text) in self.articles.items())
            return f'<html lang="sv"><head><title>Nyheter</title></head><body><h1>Nyheter</h1><ul>{links}</ul></body></html>'
        if path not in self.articles:
            return None
        title, day, paragraphs = self.articles[path]
        text = "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)
        comments = "".join(f'<li class="comment"><cite>{html.escape(who)}</cite> <time>{day}</time>'
                           f'<p>{html.escape(said)}</p></li>' for who, said in self.comments.get(path, []))
        return (f'<html lang="sv"><head><title>{html.escape(title)}</title><meta property="og:type" content="article">'
                f'<link rel="canonical" href="{self.base}{path}"></head><body><article><h1>{html.escape(title)}</h1>'
                f'<time datetime="{day}T09:00:00+02:00">{day}</time>{text}</article>'
                f'<div id="comments"><h2>Kommentarer</h2><ol class="comment-list">{comments}</ol>'
                f'<form class="comment-form"><textarea name="comment"></textarea></form></div></body></html>')

    def edit(self, path: str, paragraphs: list[str]) -> None:
        title, day, _old = self.articles[path]
        self.articles[path] = (title, day, paragraphs)

    def __enter__(self):
        self.server.start()
        return self

    def __exit__(self, *exc):
        self.server.stop()


@pytest.fixture
def tiny_site():
    with TinySite() as site:
        yield site


def crawl(site: TinySite, tmp_path):
    sources_file = tmp_path / "sources.toml"
    sources_file.write_text(f'[[source]]\nid = "tiny"\nname = "Tiny"\nstart_urls = ["{site.base}/nyheter/"]\n')
    # Full: the tiny site has no sitemap to date its edits, so only a full crawl fetches its old articles again.
    return run_crawl(load_sources(sources_file), tmp_path / "archive.db", show_progress=False, full=True)


def article(db, path: str) -> dict:
    return next(db["articles"].rows_where("url like ?", [f"%{path}"]))


def test_an_edit_keeps_the_earlier_text_and_rechecks_the_story(tiny_site, tmp_path):
    db = sqlite_utils.Database(tmp_path / "archive.db")
    [run] = crawl(tiny_site, tmp_path)
    assert run.articles_new == 2
    first = article(db, "/nyheter/testlabb/")
    assert first["story_id"] != article(db, "/nyheter/praktik/")["story_id"]

    [run] = crawl(tiny_site, tmp_path)  # the same text again adds nothing
    assert (run.articles_new, run.articles_updated, db["article_versions"].count) == (0, 0, 0)

    # The partner republishes the other article's news in this one, with a line of its own on top.
    tiny_site.edit("/nyheter/testlabb/", ["Uppdaterad: vi återger här nyheten från högskolan.", *OTHER_NEWS])
    [run] = crawl(tiny_site, tmp_path)
    assert run.articles_updated == 1
    edited = article(db, "/nyheter/testlabb/")
    [version] = db["article_versions"].rows
    assert version["article_id"] == edited["id"] and version["body"] == first["body"]
    assert version["first_seen"] == first["first_seen"] and version["last_seen"] >= first["last_seen"]
    assert "återger här nyheten" in edited["body"]
    assert edited["story_id"] == article(db, "/nyheter/praktik/")["story_id"]

    tiny_site.edit("/nyheter/testlabb/", ANOTHER_TOPIC)  # edited again: now it no longer matches
    crawl(tiny_site, tmp_path)
    assert db["article_versions"].count == 2
    assert article(db, "/nyheter/testlabb/")["story_id"] != article(db, "/nyheter/praktik/")["story_id"]
    assert [row["body"] for row in db["article_versions"].rows_where(order_by="id")][1].startswith("Uppdaterad")


def test_new_comments_update_the_column_and_an_edit_keeps_the_earlier_comments(tiny_site, tmp_path):
    db = sqlite_utils.Database(tmp_path / "archive.db")
    crawl(tiny_site, tmp_path)
    first = article(db, "/nyheter/testlabb/")
    assert first["comments"] == ""

    tiny_site.comments["/nyheter/testlabb/"] = [("Lisa", "Serveras det blåbärssoppa på invigningen av labbet?")]
    [run] = crawl(tiny_site, tmp_path)
    commented = article(db, "/nyheter/testlabb/")
    assert commented["comments"] == "Lisa 2024-10-01\n\nServeras det blåbärssoppa på invigningen av labbet?"
    # The article's text is the same: no version, no update counted, the body and its search untouched.
    assert (run.articles_updated, db["article_versions"].count) == (0, 0)
    assert (commented["body"], commented["content_hash"]) == (first["body"], first["content_hash"])
    assert list(db.query("select rowid from articles_fts where articles_fts match 'blåbärssoppa'")) == []

    tiny_site.edit("/nyheter/testlabb/", ANOTHER_TOPIC)
    tiny_site.comments["/nyheter/testlabb/"] = []
    [run] = crawl(tiny_site, tmp_path)
    assert run.articles_updated == 1
    [version] = db["article_versions"].rows
    assert version["comments"] == commented["comments"] and version["body"] == first["body"]
    assert article(db, "/nyheter/testlabb/")["comments"] == ""
