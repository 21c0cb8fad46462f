"""A translation whose rel=canonical names the original language's page (jekyll-polyglot and other language
plugins) is an article of its own; an untranslated copy still folds into the original."""
from __future__ import annotations

import sqlite_utils

from news_archive.archive.language_versions import canonical_in_other_language, language_folder
from news_archive.archive.record import ArticleItem
from news_archive.pipelines.dedupe import dedupe_item
from fault_site import FaultServer, crawl_one_source, page

ENGLISH = {
    "harbour-fair": ("Harbour fair draws record crowds", [
        "The harbour fair opened on Saturday with more stalls than in any year since the quay was rebuilt.",
        "Fishermen sold smoked herring beside potters, and the brass band played until the ferry left at nine.",
        "The organisers counted close to twelve thousand visitors over the two days of the weekend fair.",
        "Next year the fair moves to the first weekend of June, when the evenings are longer and lighter."]),
    "new-pier": ("Work starts on the new pier", [
        "Divers began surveying the seabed on Monday for the new pier at the northern end of the harbour.",
        "The pier will let two ferries berth at once and should shorten the queues on summer mornings.",
        "The council expects the work to take eighteen months and to cost a little under four million.",
        "Residents can see the plans at the library every weekday afternoon until the end of the month."]),
    "lighthouse": ("Lighthouse opens to visitors", [
        "The old lighthouse on the point opens its doors to visitors for the first time in forty years.",
        "Volunteers repaired the spiral stair over the winter and painted the lantern room bright red.",
        "Guided tours leave from the foot of the tower every hour between ten in the morning and four.",
        "Tickets are sold at the harbour office, and children under twelve climb the tower for free."]),
}
GERMAN = ("Hafenfest lockt so viele Besucher wie nie", [
    "Das Hafenfest begann am Samstag mit mehr Ständen als in jedem Jahr seit dem Umbau des Kais.",
    "Fischer verkauften geräucherten Hering neben Töpfern, und die Blaskapelle spielte bis zur letzten Fähre.",
    "Die Veranstalter zählten an den zwei Tagen des Wochenendes fast zwölftausend Besucher auf dem Fest.",
    "Im nächsten Jahr findet das Fest am ersten Juniwochenende statt, wenn die Abende länger und heller sind."])
RUSSIAN = ("Маяк открыт для посетителей", [
    "Старый маяк на мысу впервые за сорок лет открывает свои двери для посетителей и гостей города.",
    "Зимой добровольцы отремонтировали винтовую лестницу и покрасили фонарную комнату в ярко-красный цвет.",
    "Экскурсии начинаются у подножия башни каждый час с десяти часов утра до четырёх часов дня.",
    "Билеты продаются в конторе порта, а дети до двенадцати лет поднимаются на башню бесплатно."])


def _post(language: str, title: str, paragraphs: list[str], canonical: str, label: str = "Share this post") -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f'<!DOCTYPE html><html lang="{language}"><head><title>{title} | Harbour News</title>'
            f'<link rel="canonical" href="{canonical}"><meta property="og:type" content="article"></head>'
            f'<body><main><article><h1>{title}</h1><p class="date">2024-05-14</p>{text}<p>{label}</p></article>'
            "</main></body></html>")


def _harbour_site(server: FaultServer) -> None:
    """English posts at `/news/slug/`; under `/de/` a German translation and an untranslated copy (one label
    translated), under `/ru/` a Russian translation: each names the English address as its canonical, which for
    the Russian one does not exist (404)."""
    base = server.base_url
    posts = {f"/de/news/{slug}/": ("de", *ENGLISH[slug], "Beitrag teilen") for slug in ("new-pier",)}
    posts["/de/news/harbour-fair/"] = ("de", *GERMAN, "Beitrag teilen")
    posts["/ru/news/lighthouse/"] = ("ru", *RUSSIAN, "Поделиться")
    posts.update({f"/news/{slug}/": ("en", *ENGLISH[slug], "Share this post") for slug in ("harbour-fair", "new-pier")})
    for path, (language, title, paragraphs, label) in posts.items():
        english = "/news/" + path.split("/news/", 1)[1]
        server.routes[path] = page(_post(language, title, paragraphs, base + english, label))
    teasers = "".join(f'<article><h2><a href="{path}">{title}</a></h2><p>A short teaser.</p></article>'
                      for path, (_language, title, _paragraphs, _label) in posts.items())
    server.routes["/news/"] = page(f'<html lang="en"><head><title>News</title></head><body><main><h1>News</h1>'
                                   f"{teasers}</main></body></html>")


def test_translations_naming_the_original_as_canonical_are_articles_and_an_untranslated_copy_folds(tmp_path):
    """Fails before: the German and Russian translations were dropped as duplicates of their canonical (the
    Russian one's canonical is a 404: lost altogether)."""
    server = FaultServer()
    _harbour_site(server)
    base = server.base_url
    run, _asked = crawl_one_source(server, tmp_path, "harbour", "Harbour News", "/news/")
    assert run.status == "ok"
    db = sqlite_utils.Database(tmp_path / "a.db")
    stored = {row["url"].removeprefix(base): row for row in db["articles"].rows}
    assert set(stored) == {"/news/harbour-fair/", "/news/new-pier/", "/de/news/harbour-fair/", "/ru/news/lighthouse/"}
    assert stored["/de/news/harbour-fair/"]["title"] == GERMAN[0]
    assert stored["/ru/news/lighthouse/"]["title"] == RUSSIAN[0]
    pier = stored["/news/new-pier/"]["id"]
    copy_urls = {row["url"].removeprefix(base) for row in db.query(
        "select url from article_urls where article_id = ?", [pier])}
    assert "/de/news/new-pier/" in copy_urls


def test_a_canonical_in_another_language_is_told_by_folder_html_lang_or_hreflang():
    site = "https://site.example"
    # The page's language folder is missing from the canonical, or another.
    assert canonical_in_other_language(f"{site}/de/2020/09/15/post/", f"{site}/2020/09/15/post/")
    assert canonical_in_other_language(f"{site}/ru/news/post/", f"{site}/en/news/post/")
    # The canonical page is known to be in another language.
    assert canonical_in_other_language(f"{site}/post-de/", f"{site}/post/", "de-DE", canonical_lang="en")
    # hreflang names the canonical as the English version of a German page.
    alternates = {"en": f"{site}/post/", "de": f"{site}/beitrag/"}
    assert canonical_in_other_language(f"{site}/beitrag/", f"{site}/post/", "de", alternates)
    assert canonical_in_other_language(f"{site}/beitrag/", f"{site}/post/", None, alternates)
    # A shortlink, a print view or an AMP copy in the same language names its own page.
    assert not canonical_in_other_language(f"{site}/de/post/amp/", f"{site}/de/post/")
    assert not canonical_in_other_language(f"{site}/?p=12", f"{site}/2024/post/", "en")
    assert not canonical_in_other_language(f"{site}/post/print/", f"{site}/post/", "en", alternates)
    assert not canonical_in_other_language(f"{site}/post/print/", f"{site}/post/", "en", canonical_lang="en-GB")
    assert not canonical_in_other_language(f"{site}/post-2/", f"{site}/post/", None, {"x-default": f"{site}/post/"})
    assert language_folder(f"{site}/pt-br/post/") == "pt-br" and language_folder(f"{site}/de/") is None


def test_a_translation_is_archived_at_its_own_address_with_the_original_as_a_version():
    """Fails before: archived under the original's address, so it updated the original's article."""
    item = ArticleItem(source="s", url="https://site.example/de/post/", html="", title="Titel", body="Text.",
                       fetched_at="2024-05-14T08:00:00+00:00", canonical_url="https://site.example/post/",
                       html_lang="de")
    dedupe_item(item)
    assert item.canonical_url == "https://site.example/de/post/"
    assert item.urls == ["https://site.example/de/post/"]
    assert item.alternates == {"x-default": "https://site.example/post/"}
