"""A post whose opening the crawl's end drops as its site's boilerplate is judged again on its own text: a festival's
English farewell notice set above every German news item on its English pages (untranslated items shown with their
German text) opened each post while the crawl judged it, and had the German posts stored as English."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_column
from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.pipelines.archive_connection import CrawlArchive
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.language import tag_language
from news_archive.pipelines.reopened_language import tag_reopened
from news_archive.pipelines.store import store_item

# The notice the site sets above every news item of its English pages, as the first block of the content column.
NOTICE = ("After four wonderful years we decided to end the Invented Film Days. We would like to thank all the "
          "volunteers and the film makers for their support over the years!")
GERMAN_POSTS = {
    "/en/news/kurzfilmnacht/": ("Die lange Nacht der kurzen Filme", "09.10.2024",
                                "Am Samstag zeigen wir in der alten Mühle zwanzig kurze Filme aus zwölf Ländern, und "
                                "zwischen den Blöcken gibt es Suppe und Brot für alle, die bis zum Morgen bleiben. Der "
                                "Eintritt ist frei, die Kollekte geht an die Filmschaffenden."),
    "/en/news/programm-online/": ("Unser Programm ist online", "21.09.2024",
                                  "Siebzig Filme aus einundzwanzig Nationen warten auf euch, und das ganze Programm "
                                  "mit allen Zeiten und Sälen steht ab heute auf unserer Seite. Wir freuen uns sehr "
                                  "auf die vier Tage mit euch im Saal und im Garten."),
    "/en/news/helfer-gesucht/": ("Helferinnen und Helfer gesucht", "02.09.2024",
                                 "Für die Festivaltage suchen wir noch Menschen, die an der Kasse, in der Küche und "
                                 "beim Aufbau mithelfen wollen. Wer Zeit und Lust hat, schreibt uns einfach eine "
                                 "kurze Nachricht mit den Tagen, an denen es passt."),
}
ENGLISH_POSTS = {
    "/en/news/programme-online/": ("Our festival programme is online", "20.09.2024",
                                   "Seventy films from twenty-one nations are waiting for you, and the whole "
                                   "programme with every time and every hall is on our site from today. We are "
                                   "looking forward to four days with you in the hall and in the garden."),
}


def _post(title: str, day: str, text: str) -> str:
    # A TYPO3 news record's single view: a content element holding the notice, then the record (schema.org Article).
    teaser = text.split(". ")[0] + "."
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<meta property='og:title' content='{title}'><meta property='og:type' content='article'>"
            f"<meta name='description' content='{teaser}'><title>News - Invented Film Days</title></head><body>"
            "<div id='container'><div id='menu'><ul><li><a href='/en/news/'>News</a></li>"
            "<li><a href='/en/festival/'>The festival</a></li><li><a href='/en/contact/'>Contact</a></li></ul></div>"
            "<div id='content'><div id='content_main' class='content-n'>"
            f"<div id='c642' class='csc-default'><h2>{NOTICE}</h2></div>"
            "<div id='c552' class='csc-default csc-space-before-40'><div class='news news-single'>"
            "<div class='article' itemscope='itemscope' itemtype='http://schema.org/Article'>"
            f"<div class='header'><h3 itemprop='headline'>{title}</h3></div>"
            f"<div class='footer'><p><span class='news-list-date'>{day}</span></p></div>"
            f"<div class='teaser-text' itemprop='description'><p>{teaser}</p></div>"
            f"<div class='news-text-wrap' itemprop='articleBody'><p>{text}</p></div>"
            "<div class='news-backlink-wrap'><a href='/en/news/'>Back</a></div>"
            "</div></div></div></div></div>"
            "<div id='footer'><div id='copyright'>Invented Film Days association, 2024.</div></div>"
            "</div></body></html>")


def test_posts_under_a_notice_the_crawls_end_drops_take_their_own_texts_language(tmp_path):
    # Fails before: the three German posts were stored as English, judged with the English notice as their opening.
    posts = {**GERMAN_POSTS, **ENGLISH_POSTS}
    server = FaultServer()
    cards = "".join(f"<div class='news-item'><h3><a href='{path}'>{title}</a></h3><span>{day}</span></div>"
                    for path, (title, day, _text) in posts.items())
    server.routes["/en/news/"] = page("<!DOCTYPE html><html><head><title>News - Invented Film Days</title></head>"
                                      f"<body><div id='content'><h1>News</h1>{cards}</div></body></html>")
    for path, post in posts.items():
        server.routes[path] = page(_post(*post))
    crawl_one_source(server, tmp_path, "filmdays", "Invented Film Days", "/en/news/")
    bodies = stored_column(server, tmp_path, "body")
    languages = stored_column(server, tmp_path, "language")
    assert set(bodies) == set(posts)
    assert not any(NOTICE[:40] in body for body in bodies.values())
    assert languages == {**{path: "de" for path in GERMAN_POSTS}, **{path: "en" for path in ENGLISH_POSTS}}


def test_a_sure_verdict_gives_way_only_to_one_as_sure_when_judged_again_from_the_row(tmp_path):
    # Fails before: the row keeps no og:locale, so a Basque notice its page declared eu (html lang) and en_US
    # (og:locale) has no declared language stored; judged again from the row, among the fast set's languages alone,
    # it came out Norwegian, unsure, over the crawl's sure Basque.
    crawl = CrawlArchive(Archive(tmp_path / "archive.db"))
    item = ArticleItem(source="elkartea", url="https://elkartea.example/eu/batzarra/", html="",
                       fetched_at="2024-05-03T10:00:00+00:00", title="Batzarra", published="2024-05-02",
                       body="Gaur goizean elkartearen batzarra egin dugu herriko liburutegian.",
                       html_lang="eu", og_locale="en_US")
    item = tag_language(item)
    assert (item.language, item.language_confidence) == ("eu", 1.0)
    store_item(crawl.archive, crawl.stories, dedupe_item(item))
    article_id, = [row[0] for row in crawl.archive.db.execute("select id from articles")]
    assert tag_reopened(crawl.archive, {article_id}) == []
    assert crawl.archive.db.execute("select language from articles").fetchone()[0] == "eu"
    crawl.archive.close()
