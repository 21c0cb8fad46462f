"""An event notice's details set as lines of its text: a field naming the event ("Title: Spring hack day") over the
fields of when and where it takes place, a sentence typed bare between line breaks that names the organisers by
links, and the venue's lines under a line introducing them in two long compounds ("Lisätiedot tapahtumapaikasta:",
Finnish for "more about the venue:") all stay; a lone "Title:" line and a short label over the venue still go."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://guild.example/news/spring-hack-day/"
TITLE = "Spring hack day"
TEXT = ("The spring hack day brings together historians, archivists and programmers for two days of building small "
        "tools on open collections, with mentors from three universities.")
MORE = "Places are limited, so please register early on the form of the guild's pages."


def _joomla_post(content: str) -> str:
    # An old CMS's article: the text typed bare in one <div>, its paragraphs split by double line breaks.
    return (f"<html lang='en'><head><title>{TITLE} - Guild</title></head><body>"
            f"<div id='menu'><a href='/'>Home</a> <a href='/news/'>News</a></div>"
            f"<div id='content'><h2 class='contentheading'>{TITLE}</h2>"
            f"<div class='article-meta'><span class='createdate'>Tuesday, 02 October 2012</span></div>"
            f"<div class='article-content'>{content}</div></div>"
            f"<div id='footer'>Guild of Digital History, Old Street 1</div></body></html>")


ORGANISERS = ("The hack day, the first of its kind in the region, is organised jointly by the "
              "<a href='https://uni.example/history'>Department of Digital History</a>, the "
              "<a href='https://archive.example/'>Regional Archive Network</a> and the "
              "<a href='https://open.example/group'>Open Collections Working Group</a>.")


def _event_details(organisers: str = "") -> str:
    return (f"<strong>Title: {TITLE}<br /> <br />When: 21st-22nd November 2012<br />"
            f"Where: North Campus, Main Building, Townsville</strong><br /> <br />{organisers}<br /> <br />"
            f"{TEXT}<br /><br />{MORE}")


def test_an_events_title_field_opens_the_text():
    """Fails before: "Title: ..." (no when or where label, short, typed bare) went as a label: the text opened on
    "When:"."""
    body = extract_article(_joomla_post(_event_details()), URL).body
    assert body.startswith(f"Title: {TITLE}\n\nWhen: 21st-22nd November 2012")


def test_a_bare_sentence_linking_the_organisers_stays():
    """Fails before: the sentence, mostly links and typed bare between line breaks, went as a link line."""
    body = extract_article(_joomla_post(_event_details(ORGANISERS)), URL).body
    assert "Townsville\n\nThe hack day, the first of its kind in the region, is organised jointly by the Department " \
        "of Digital History" in body
    assert body.endswith(MORE)


def test_a_title_field_without_when_or_where_is_no_events_fact():
    content = f"Title: {TITLE}<br /><br />{TEXT}<br /><br />{MORE}"
    body = extract_article(_joomla_post(content), URL).body
    assert "Title:" not in body
