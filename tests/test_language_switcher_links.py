"""A post and its translation joined only by a language switcher ("Deutsch" / "English"), no hreflang: one story."""
from __future__ import annotations

import pytest
import sqlite_utils

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.language import tag_language
from news_archive.pipelines.store import store_item

SITE = "https://moorland.example"

# Invented posts: the English one, its German translation, and an unrelated German post.
ENGLISH = ("Counting Beetles on the Heath",
           ["On a grey Saturday morning twelve volunteers walked the old heath with jars, nets and notebooks.",
            "They found more ground beetles than anyone had expected after the dry summer, and wrote each one down.",
            "The notes will go into a small map that the village school wants to hang in its hallway next spring."])
GERMAN = ("Käferzählung auf der Heide",
          ["An einem grauen Samstagmorgen gingen zwölf Freiwillige mit Gläsern, Netzen und Heften über die alte Heide.",
           "Sie fanden nach dem langen trockenen Sommer mehr Laufkäfer, als irgendjemand erwartet hatte.",
           "Die Notizen fließen in eine kleine Karte, die die Dorfschule im nächsten Frühling aufhängen möchte."])
OTHER_GERMAN = ("Neue Bänke am Teich",
                ["Der Verein hat drei neue Holzbänke am Teich hinter der Mühle aufgestellt und frisch gestrichen.",
                 "Wer dort sitzt, sieht am Abend die Schwalben tief über das Wasser fliegen und hört die Frösche.",
                 "Die Bänke wurden aus dem Holz einer alten Scheune gebaut, die im Winter abgerissen wurde."])


def page(title: str, paragraphs: list[str], day: str, switch: str, switch_path: str | None, lang_word: str) -> str:
    """A post page as a small theme writes it: no <html lang>, no hreflang, the translation linked in the sidebar."""
    switcher = (f'<p class="menu-label">{lang_word}</p><ul><li><a class="anchor" href="{SITE}{switch_path}">'
                f"{switch}</a></li></ul>" if switch_path else "")
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title} - Moorland Circle</title></head><body>"
            f'<aside class="menu"><ul><li><a href="{SITE}/">Home</a></li><li><a href="{SITE}/blog/">Blog</a></li></ul>'
            f"{switcher}</aside><main><article><span class='menu-label'>{day}</span><h1 class='title'>{title}</h1>"
            f"<div id='contents'>{text}</div></article></main><footer>Moorland Circle</footer></body></html>")


def crawled(path: str, html: str) -> ArticleItem:
    """The page through the real clean and language stages, as a crawl would fetch it."""
    item = ArticleItem(source="moorland", url=SITE + path, html=html, fetched_at="2025-03-01T08:00:00+00:00")
    return tag_language(clean_item(item))


@pytest.fixture
def archive():
    archive = Archive(sqlite_utils.Database(memory=True))
    archive.db["sources"].insert({"id": "moorland", "name": "Moorland Circle"})
    yield archive
    archive.close()


def stories_of(archive: Archive, stories: Stories, items: list[ArticleItem]) -> dict[str, int]:
    for item in items:
        store_item(archive, stories, dedupe_item(item))
    return dict(archive.db.execute("select url, story_id from articles"))


@pytest.mark.parametrize("english_first", [True, False])
def test_a_translation_linking_back_through_the_language_switcher_is_the_same_story(archive, english_first):
    english = crawled("/blog/beetles/", page(*ENGLISH, "02.08.2024", "Deutsch", "/de/blog/beetles/", "Translations"))
    german = crawled("/de/blog/beetles/", page(*GERMAN, "02.08.2024", "English", "/blog/beetles/", "Übersetzungen"))
    other = crawled("/de/blog/benches/",
                    page(*OTHER_GERMAN, "02.08.2024", "English", "/blog/beetles/", "Übersetzungen"))
    assert (english.language, german.language) == ("en", "de")
    assert english.language_links == [f"{SITE}/de/blog/beetles/"]
    order = [english, german, other] if english_first else [other, german, english]
    found = stories_of(archive, Stories(archive), order)
    assert found[english.url] == found[german.url]
    # A page linking to the English post that the English post does not link back to is another story.
    assert found[other.url] != found[english.url]


def test_a_one_way_language_link_joins_nothing(archive):
    english = crawled("/blog/beetles/", page(*ENGLISH, "02.08.2024", "Deutsch", "/de/blog/beetles/", "Translations"))
    german = crawled("/de/blog/beetles/", page(*GERMAN, "02.08.2024", "English", None, "Übersetzungen"))
    found = stories_of(archive, Stories(archive), [english, german])
    assert found[english.url] != found[german.url]


def test_translations_stay_joined_when_a_feed_dates_one_of_them_later(archive):
    """Dating an article from a feed indexes it again from its stored text: the links its page held must stay."""
    english = crawled("/blog/beetles/", page(*ENGLISH, "02.08.2024", "Deutsch", "/de/blog/beetles/", "Translations"))
    german = crawled("/de/blog/beetles/", page(*GERMAN, "02.08.2024", "English", "/blog/beetles/", "Übersetzungen"))
    stories = Stories(archive)
    stories_of(archive, stories, [english])
    [english_id] = [article_id for article_id, in archive.db.execute("select id from articles")]
    archive.db.execute("update articles set published = '2024-08-03' where id = ?", [english_id])
    stories.settle(stories.redated([english_id]), "2025-03-01T08:05:00+00:00")
    found = stories_of(archive, stories, [german])
    assert found[english.url] == found[german.url]


def test_a_language_name_or_code_is_a_switcher_link_and_a_headline_is_not():
    from news_archive.pipelines.extraction.language_links import names_a_language

    for text in ("Deutsch", "EN", "På svenska", "Read in English", "suomeksi", "de-AT"):
        assert names_a_language(text), text
    for text in ("Go", "The darkest day", "Counting beetles in English gardens this year", ""):
        assert not names_a_language(text), text
