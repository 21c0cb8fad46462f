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


def _wp_post(closing: str) -> str:
    return (f"<!DOCTYPE html><html lang='fi'><head><meta charset='utf-8'><title>Aamiaistilaisuus - Kerho</title>"
            f"</head><body><header><nav><a href='/'>Etusivu</a><a href='/artikkelit/'>Artikkelit</a></nav></header>"
            f"<main><article class='post type-post'><header><h1 class='entry-title'>Aamiaistilaisuus</h1>"
            f"<time class='entry-date published' datetime='2023-08-01T10:00:00+03:00'>01/08/2023</time></header>"
            f"<div class='entry-content'><p>Tervetuloa kerhon aamiaistilaisuuteen elokuun puolivälissä kello "
            f"yhdeksän alkaen satamahotelliin, jossa kuulemme kerhon tulevista tapahtumista.</p>"
            f"<p>Ilmoittautumiset viikkoa ennen lomakkeen kautta.</p>{closing}</div></article></main>"
            f"<footer><p>Kerho ry, Satamakatu 1</p></footer></body></html>")


@pytest.mark.parametrize("intro", ["Lisätiedot aamiaispaikasta:", "Weitere Veranstaltungshinweise:"])
def test_the_venue_lines_under_a_two_compound_introduction_close_the_text(intro):
    """Fails before: a line of two words was no introducing line, so it and the venue's lines went as labels."""
    closing = f"<p>{intro}</p><p>Osoite Satamakatu 12-14, Helsinki</p><p>https://hotel.example/kokoustilat</p>"
    body = extract_article(_wp_post(closing), URL).body
    assert body.endswith(f"{intro}\n\nOsoite Satamakatu 12-14, Helsinki\n\nhttps://hotel.example/kokoustilat")


def test_a_short_label_over_the_lines_still_goes():
    closing = "<p>Seuraa meitä:</p><p>Osoite Satamakatu 12-14, Helsinki</p>"
    body = extract_article(_wp_post(closing), URL).body
    assert body.endswith("Ilmoittautumiset viikkoa ennen lomakkeen kautta.")


CONTACT = ("<a href='mailto:summer.courses@school.example'>summer.courses@school.example</a><br />@school"
           "<a href='school.html'> </a>on twitter")


def test_a_release_closes_on_its_mail_address_and_handle():
    """Fails before: the line, mostly its linked address, went as a link line and the text closed above it."""
    content = f"{TEXT}<br /><br />{MORE}<br /><br />{CONTACT}"
    body = extract_article(_joomla_post(content), URL).body
    assert body.endswith(f"{MORE}\n\nsummer.courses@school.example @school on twitter")


def test_a_mail_address_beside_site_links_is_no_contact_line():
    content = (f"{TEXT}<br /><br />{MORE}<br /><br /><a href='mailto:web@guild.example'>web@guild.example</a> "
               f"<a href='/privacy/'>Privacy</a> <a href='/imprint/'>Imprint</a>")
    body = extract_article(_joomla_post(content), URL).body
    assert body.endswith(MORE)
