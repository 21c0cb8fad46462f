"""A post with no text of its own (a picture, an embed) is judged on its lead, which may be the site's description
in another language than the blog's (an English tagline over an Italian blog): its headline, surely in the language
its page declares, says the post's language."""
from __future__ import annotations

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.language import tag_language

URL = "https://representative.example/2017/06/19/scholarship-raise/"
TAGLINE = "PhD student representative in the Academic Senate of the University of Milan"


def _item(title: str, body: str = "", html_lang: str = "it-IT") -> ArticleItem:
    return ArticleItem(source="rappresentante", url=URL, html="", fetched_at="2024-06-20T10:00:00+00:00",
                       title=title, body=body, lead=TAGLINE, html_lang=html_lang)


def test_a_post_with_no_text_is_in_its_headlines_declared_language_not_the_site_descriptions():
    # Fails before: with no text, the English site description (the lead) decided the language of an Italian post.
    item = _item("Statale apripista: 200 euro in più per (quasi) tutti i dottorandi")
    assert tag_language(item).language == "it"


def test_a_label_alone_is_no_text_either():
    # "PDF:" over links the body left out says no sentence: the headline decides as well.
    item = _item("L’aumento della borsa agli occhi della stampa", body="PDF:")
    assert tag_language(item).language == "it"


def test_a_headline_in_the_descriptions_language_keeps_it():
    # The headline must be in the declared language: an English headline over an English tagline stays English.
    item = _item("Our first meeting with the rector")
    assert tag_language(item).language == "en"


def test_names_of_linked_documents_are_no_text_either():
    # A label over the names of the press cuttings the post links: no line says a sentence.
    item = _item("L’aumento della borsa agli occhi della stampa",
                 body="PDF:\n\nCorriere Milano 6-4-16\n\nCorriere Milano 1-4-16")
    assert tag_language(item).language == "it"


def test_a_short_sentence_in_the_descriptions_language_is_judged_as_before():
    # A line of four words or more is a sentence of the post's own: the rule leaves its verdict alone.
    item = _item("Incontro con il rettore", body="See you all on Monday at the rector's office!")
    assert tag_language(item).language == "en"


def test_a_post_of_two_team_names_alone_is_in_its_pages_declared_language():
    # Fails before: Norwegian, at 0.23. The invented names' letters spread the text out among many languages, and
    # Bokmål and Nynorsk, counted as one, outweighed the Italian the page declares.
    item = ArticleItem(source="club", url="https://club.example/2022/05/21/match/", html="",
                       fetched_at="2024-06-20T10:00:00+00:00", title="Baskin Sette Colli Varenna vs FGS Welcome "
                       "Baskin Lodrano", body="", html_lang="it-IT")
    assert (tag_language(item).language, item.language_confidence) == ("it", 0.5)
    # With no page's word, the text's own unsure verdict stands.
    item.html_lang = None
    tagged = tag_language(item)
    assert tagged.language != "it" and tagged.language_confidence < 0.5
