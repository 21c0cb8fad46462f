"""An untranslated language copy of a post (a translation plugin's `/en/` page) is the post again, not an article."""
from __future__ import annotations

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.pipelines.dedupe import content_fingerprint, dedupe_item
from news_archive.pipelines.store import store_item

TITLE = "Ferry strike ends on the island"
PARAGRAPHS = [
    "The ferry crews went back to work on Monday morning after a week of strikes over the new rota.",
    "The first crossing left the harbour at half past six, with more passengers than on any day this spring.",
    "The union and the company agreed to meet again in June to look at the rota for the winter season.",
    "Travellers with tickets for cancelled crossings can claim their money back at the harbour office.",
]
ORIGINAL = "https://harbour.example/ferry-strike-ends/"
COPY = "https://harbour.example/en/ferry-strike-ends/"


def record(url: str, title: str, paragraphs: list[str]) -> dict:
    body = "\n\n".join(paragraphs)
    return {"source": "harbour", "url": url, "title": title, "body": body, "language": "en",
            "content_hash": content_fingerprint(title, body)}


def test_an_untranslated_copy_naming_the_post_as_its_hreflang_version_is_the_post(tmp_path):
    """The plugin translates the few strings it knows (a label, a linked page's name) but not the post: the copy is
    no exact duplicate, yet the same story, which gains the copy's address."""
    archive = Archive(tmp_path / "archive.db")
    seen = "2024-05-14T08:00:00+00:00"
    original = archive.save_article(record(ORIGINAL, TITLE, PARAGRAPHS), [ORIGINAL], seen)
    copied = PARAGRAPHS[:3] + ["Contact: press office"] + PARAGRAPHS[3:]
    copy = archive.save_article(record(COPY, TITLE, copied), [COPY], seen, alternates=[ORIGINAL, COPY])
    assert copy.article_id == original.article_id and copy.outcome == "unchanged"
    assert archive.article_seen_at(COPY)["body"] == "\n\n".join(PARAGRAPHS)


def test_a_translation_or_an_unrelated_version_is_an_article_of_its_own(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    seen = "2024-05-14T08:00:00+00:00"
    original = archive.save_article(record(ORIGINAL, TITLE, PARAGRAPHS), [ORIGINAL], seen).article_id
    translated = [p.replace("the", "die") for p in PARAGRAPHS]  # every paragraph changed
    german = "https://harbour.example/de/ferry-strike-ends/"
    assert archive.save_article(record(german, TITLE, translated), [german], seen,
                                alternates=[ORIGINAL]).article_id != original
    other = "https://harbour.example/en/ferry-timetable/"  # the same text under another title: no copy
    assert archive.save_article(record(other, "New summer timetable", PARAGRAPHS[:3]), [other], seen,
                                alternates=[ORIGINAL]).article_id != original


def test_a_translation_sharing_its_code_is_an_article_of_its_own(tmp_path):
    """A post that is mostly code keeps its code and its title word for word in translation: only the sentences,
    the text in a language, tell a copy from a translation."""
    archive = Archive(tmp_path / "archive.db")
    seen = "2024-05-14T08:00:00+00:00"
    code = [f"rota_{day} := rota[filter day = {day}][calc crew := cast(crew, integer)];" for day in range(10)] \
        + ["late := check(rota, rule id always_zero);", 'send(late, "harbour@site.example");']
    title = "Ferry - check_rota"
    english = ["The new release checks the crew rota with the operator check_rota.",
               "Each day of the rota is checked on its own, then the late crossings are sent to the office.",
               "The rule below is the one the harbour office uses."]
    french = ["La nouvelle version vérifie le planning des équipages avec l'opérateur check_rota.",
              "Chaque jour du planning est vérifié à part, puis les traversées en retard partent au bureau.",
              "La règle ci-dessous est celle du bureau du port."]
    original = archive.save_article(record(ORIGINAL, title, english + code), [ORIGINAL], seen).article_id
    french_url = "https://harbour.example/fr/ferry-strike-ends/"
    assert archive.save_article(record(french_url, title, french + code), [french_url], seen,
                                alternates=[ORIGINAL]).article_id != original
    untranslated = english[:2] + ["Contact: press office"] + english[2:] + code
    assert archive.save_article(record(COPY, title, untranslated), [COPY], seen,
                                alternates=[ORIGINAL]).article_id == original  # a copy of it is still the post


def test_an_untranslated_copy_archived_before_the_post_it_names_takes_the_post_in(tmp_path):
    """A language plugin's copy names the post only one way (its canonical or hreflang; the post names no copy): the
    copy may be archived first. Fails before: the post came in as a second article."""
    archive = Archive(tmp_path / "archive.db")
    stories = Stories(archive)
    copied = PARAGRAPHS[:3] + ["Kontakt: Pressestelle"] + PARAGRAPHS[3:]
    copy = _item(COPY, TITLE, copied, canonical=ORIGINAL)
    post = _item(ORIGINAL, TITLE, PARAGRAPHS)
    for item in (copy, post):
        store_item(archive, stories, dedupe_item(item))
    [row] = archive.db["articles"].rows
    assert row["url"] == ORIGINAL
    assert {url["url"] for url in archive.db["article_urls"].rows} >= {ORIGINAL, COPY}
    timetable = "https://harbour.example/ferry-timetable/"
    german = _item("https://harbour.example/de/ferry-timetable/", "Neuer Sommerfahrplan",
                   [p.replace("the", "die") for p in PARAGRAPHS], canonical=timetable)
    store_item(archive, stories, dedupe_item(german))
    store_item(archive, stories, dedupe_item(_item(timetable, "New summer timetable", PARAGRAPHS[::-1])))
    assert archive.db["articles"].count == 3  # a translation stored first keeps its own article


def test_a_copy_with_the_same_text_archived_before_the_post_takes_the_posts_address(tmp_path):
    """The copy's text is the post's word for word (only a dropped label differed), so the post finds it by its
    text. Fails before: the article stayed at the copy's address or not, as the crawl's order fell."""
    archive = Archive(tmp_path / "archive.db")
    stories = Stories(archive)
    for item in (_item(COPY, TITLE, PARAGRAPHS, canonical=ORIGINAL), _item(ORIGINAL, TITLE, PARAGRAPHS)):
        store_item(archive, stories, dedupe_item(item))
    [row] = archive.db["articles"].rows
    assert row["url"] == ORIGINAL
    assert {url["url"] for url in archive.db["article_urls"].rows} >= {ORIGINAL, COPY}


def _item(url: str, title: str, paragraphs: list[str], canonical: str = "") -> ArticleItem:
    return ArticleItem(source="harbour", url=url, html="", fetched_at="2024-05-14T08:00:00+00:00", title=title,
                       body="\n\n".join(paragraphs), language="en", canonical_url=canonical)


FACTS = ["Kind: Congress", "Place: Hybrid in Velmora, Trandia", "Organiser: Institute of Velmoran Studies",
         "Date: 12-14 Brumal 2031", "Language: Trandian"]
LABELS = {"Kind": "Tipo", "Place": "Sitio", "Organiser": "Organizador", "Date": "Fecha", "Language": "Idioma"}


def test_an_untranslated_copy_whose_theme_translates_its_facts_labels_is_the_post(tmp_path):
    """An event post opens on a facts list, "Label: value", whose labels the theme writes in each language's copy
    while the values and the text stay as written: the copy is the post. Fails before: five translated labels made
    it differ in five of its eight paragraphs, and it was stored as a second article."""
    archive = Archive(tmp_path / "archive.db")
    seen = "2024-05-14T08:00:00+00:00"
    labelled = [f"{LABELS[line.split(':')[0]]}:{line.split(':', 1)[1]}" for line in FACTS]
    post = labelled + ["More details"] + PARAGRAPHS[:3]
    original = archive.save_article(record(ORIGINAL, TITLE, post), [ORIGINAL], seen).article_id
    copied = FACTS + ["Further reading"] + PARAGRAPHS[:3]
    assert archive.save_article(record(COPY, TITLE, copied), [COPY], seen, alternates=[ORIGINAL]).article_id == original
    translated = FACTS + ["Further reading"] + [p.replace("the", "die") for p in PARAGRAPHS[:3]]
    german = "https://harbour.example/de/ferry-strike-ends/"  # the same facts, its text translated: its own article
    assert archive.save_article(record(german, TITLE, translated), [german], seen,
                                alternates=[ORIGINAL]).article_id != original
