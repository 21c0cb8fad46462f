"""A post opening on a greeting line and an introduction in the language its page declares, over a list of link
titles in another language (a weekly reading list), is in the page's language: the greeting and the introduction
are the writer's own words, the titles other writers'."""
from __future__ import annotations

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.language import tag_language

GREETING = "Liebe Entwickler und Administratoren!"
INTRODUCTION = ("Auch diese Woche gibt es wieder unsere kleine Liste an Artikeln, die uns aufgefallen sind. "
                "Viel Spaß beim Lesen!")
LINK_TITLES = [
    "Getting started with container networking",
    "How we moved our build pipeline to the cloud",
    "A deep dive into the scheduler of a small cluster",
    "Ten things to check before you go to production",
    "Why your health checks are lying to you",
    "Running a registry of your own behind a proxy",
    "What is new in the latest release of the engine",
    "Monitoring a cluster with open source tools",
]
ENGLISH = ("The club ran its fourth beginners' workshop on Saturday, a full day for people who have never written a "
           "line of code and want to find out whether they would enjoy it. Almost forty people came, and eight "
           "coaches walked between the tables to help whoever got stuck during the exercises of the afternoon.")


def _item(body: str) -> ArticleItem:
    return ArticleItem(source="werkbank", url="https://werkbank.example/de/blog/weekly/nr-10/", html="",
                       fetched_at="2018-01-12T10:00:00+00:00", title="Weekly #10: Interessante Links", body=body,
                       html_lang="de")


def test_a_greeting_and_an_introduction_over_a_list_of_english_titles_is_in_the_pages_language():
    # Fails before: the greeting alone was the opening, too short to speak for the post, and the titles' English
    # outweighed the introduction under it.
    post = _item("\n\n".join([GREETING, INTRODUCTION, *LINK_TITLES, "die Werkbank crew"]))
    assert tag_language(post).language == "de"


def test_a_greeting_over_a_text_in_another_language_keeps_the_texts():
    assert tag_language(_item("\n\n".join([GREETING, ENGLISH, ENGLISH]))).language == "en"


FEATURES = ["Multiple questionnaires with several pages each, and multiple runs of the same one",
            "Questions and sub-questions, with the layout adjusted to each of them",
            "Email invitations with a direct link to the questionnaire for every participant",
            "Does not require the framework's authentication system to answer a questionnaire",
            "Export of all the answers to a spreadsheet when the survey is closed",
            "Complex dependencies between the questions, using a parser of boolean expressions",
            "Easily extensible question types, each with its own template and processor",
            "Built-in question types for open answers, yes or no, a choice from a list and a range",
            "Signals sent when a page of questions or a whole questionnaire is completed"]


def test_a_short_first_sentence_is_no_greeting_and_the_opening_rule_still_needs_a_full_paragraph():
    # Fails before (with every short opening joined to the paragraphs under it): a one-sentence release note over a
    # long list of features in English was read as German, where it was, and is, read on its whole text.
    post = _item("\n\n".join(["Unser Fragebogen-Werkzeug ist als Open Source erschienen.",
                              "Es ist eine Anwendung zum Erstellen von Umfragen, die wir für eine Studie mit jährlichen "
                              "Befragungen gebaut haben, und lässt sich an eigene Bedürfnisse anpassen.", *FEATURES]))
    assert tag_language(post).language == "en"
