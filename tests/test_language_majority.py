"""A post's language is the one most of its paragraphs are written in: a quoted block or its names cannot swing it."""
from __future__ import annotations

from news_archive.archive.cli.extract import clean_page
from news_archive.archive.record import ArticleItem
from news_archive.pipelines.language import tag_language

# An English post about a German event: German names, places and a title in brackets, one quoted German blurb.
OPENING = ("Last Friday Jürgen Köhler, one of the project's developers, was invited by the Stadtwerkstatt Würzburg to "
           "the Hörfunktage Nürnberg 2024 to talk with the radio presenter Björn Schäfer about listening in public "
           "space, with the title Sound that follows you (Klänge, die dich durch die Straßen begleiten).")
SECOND = ("The project was shown as an example of a medium that lets a story change as its listeners walk through a "
          "town, and of what that means for the people who write such stories.")
QUOTED_GERMAN = ("Ob auf dem Marktplatz, im Bus oder zu Hause: Neue Hörformen können dabei helfen, Geschichten näher "
                 "an die Menschen zu bringen. In der Werkstatt arbeiten Künstlerinnen und Künstler daran, solche Formen "
                 "zu entwickeln. Wir zeigen, wie das klingt, und erklären, warum Technik und Erzählen gut zusammenpassen!")
CLOSING = "More about the panel can be read on the festival's own pages."
CREDIT = "Bild: Hörfunktage Nürnberg"

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Panel at the Hörfunktage</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main class="news-single"><h1>Panel at the Hörfunktage</h1><p><time datetime="2024-06-14">June 14, 2024</time></p>
<p>{OPENING}</p><p>{SECOND}</p><p>{QUOTED_GERMAN}</p><p>{CLOSING}</p><p>{CREDIT}</p></main>
<footer><p>A listening project, 2024</p></footer></body></html>"""


def _item(body: str, html_lang: str | None = None) -> ArticleItem:
    return ArticleItem(source="projekt", url="https://projekt.site.example/news/panel/", html="",
                       fetched_at="2024-06-20T10:00:00+00:00", title="Panel", body=body, html_lang=html_lang)


def test_an_english_post_naming_german_places_and_quoting_a_german_blurb_is_english():
    # Fails before: German names and the quoted paragraph swung the whole text to German, "sure" of it (1.0).
    page = clean_page(PAGE.encode(), "https://projekt.site.example/news/panel/")
    assert QUOTED_GERMAN in page["body"]
    assert page["language"] == "en"


def test_a_post_mostly_in_the_quoted_language_is_in_that_language():
    german = ("Die Künstlerinnen haben im Sommer drei neue Hörstücke für die Altstadt geschrieben, die man mit dem "
              "Telefon unterwegs hören kann. Die Stücke ändern sich, wenn man die Richtung wechselt oder stehen bleibt.")
    assert tag_language(_item(f"{german}\n\n{QUOTED_GERMAN}\n\n{CLOSING}")).language == "de"


def test_paragraphs_of_near_languages_leave_the_whole_texts_verdict():
    # Swedish, Danish and Norwegian are told apart on the whole text, not by a vote of short paragraphs.
    swedish = ["Föreningen höll sitt årsmöte i klubblokalen i mars och valde en ny styrelse för året.",
               "Efter mötet bjöd kassören på kaffe och bullar, och många stannade kvar länge och pratade om säsongen.",
               "Vi tackar alla som kom och hoppas att vi ses på träningarna under våren."]
    assert tag_language(_item("\n\n".join(swedish), html_lang="sv")).language == "sv"


def test_a_post_opening_in_its_own_language_and_quoting_a_longer_mail_keeps_its_openings_language():
    # Fails with a bare majority vote: the German club's post forwarding an English mail became English.
    opening = ("Hier die Rückmeldung der Gastgeber zu unserem Turnier im Juni, die wir gerne an alle weitergeben. "
               "Wir haben uns sehr über die vielen Teams gefreut und sind im nächsten Jahr wieder dabei.")
    mail = ("Hi everybody, the tournament is over and we thank all teams for coming with such great spirit. The games "
            "were close and the weather held until the very last final on Sunday afternoon.")
    found = ("Lost and found: one black jacket, a green water bottle and a set of keys were left behind on the "
             "fields. Send us a mail and we will post them to you, or bring them along next year.")
    assert tag_language(_item(f"{opening}\n\n{mail}\n\n{found}")).language == "de"


# A club's call written twice, German first and English below, about equally long; the line announcing the English
# version opens the first paragraph, so that paragraph votes English too.
BILINGUAL_GERMAN = [
    "**** english version below **** Hallo liebe Leute aus der Nachbarschaft!",
    "Im Frühjahr wollen wir wieder gemeinsam den Uferweg am See aufräumen und danach zusammen am Bootshaus grillen.",
    "Du hast Lust mitzumachen? Dann komm einfach am Samstag um zehn Uhr zum Bootshaus, Handschuhe und Säcke haben "
    "wir für alle da.",
    "Wir freuen uns auf alte und neue Gesichter und auf einen schönen Tag am Wasser, bis dahin!",
]
BILINGUAL_ENGLISH = [
    "Hello dear friends of the club and everyone around it!",
    "In spring we want to clean up the path along the lake together again and have a barbecue afterwards.",
    "You would like to join in? Then just come to the boathouse on Saturday at ten o'clock, we have gloves for you.",
    "We are looking forward to seeing old and new faces and to a lovely day by the water, see you there.",
]


def test_a_post_written_in_two_languages_about_equally_is_in_the_one_its_page_declares():
    # Fails before: the English half held a bare majority of the vote (the announcing line swung the German
    # opening paragraph), so the German page's post, opening in German, was stored as English.
    body = "\n\n".join(BILINGUAL_GERMAN + ["**** english version ****"] + BILINGUAL_ENGLISH)
    assert tag_language(_item(body, html_lang="de-DE")).language == "de"
    assert tag_language(_item(body, html_lang="en-US")).language == "en"


def test_a_post_written_in_two_languages_about_equally_under_a_headline_in_the_other_is_in_the_headlines():
    # Fails before: the English half opened the post and held the majority, its headline is English, yet the German
    # page's declaration kept it German. A headline in the declared language, or one too short to tell, keeps it.
    body = "\n\n".join(BILINGUAL_ENGLISH + ["Deutsche Version unten."] + BILINGUAL_GERMAN[1:])
    english = _item(body, html_lang="de-DE")
    english.title = "Spring clean-up along the lake path, with a barbecue at the boathouse afterwards"
    assert tag_language(english).language == "en"
    english.title = "Frühjahrsputz am Uferweg, danach Grillen am Bootshaus"
    assert tag_language(english).language == "de"


ENGLISH_HALF = ["Dear members,",
                "a few weeks ago we asked whether you would like our monthly meetings in English too, and quite a "
                "few of you said yes. So we are going to try it: the meeting in March will be held in German and "
                "English, in two rooms from half past seven.",
                "The introduction at seven will be in German only, as there are not enough of us to offer it twice.",
                "If it works out well, we will keep it this way."]
GERMAN_HALF = ["Liebe Mitglieder,",
               "vor ein paar Wochen haben wir gefragt, ob ihr unsere monatlichen Treffen auch auf Englisch haben "
               "möchtet, und ziemlich viele von euch haben ja gesagt. Deshalb probieren wir es aus: Das Treffen im "
               "März findet auf Deutsch und Englisch statt, ab halb acht in zwei Räumen.",
               "Die Einführung um sieben Uhr ist nur auf Deutsch, weil wir nicht genug Leute sind, um sie zweimal "
               "anzubieten.",
               "Wenn alles gut klappt, machen wir es auch weiterhin so."]


def test_a_post_in_two_languages_about_equally_is_in_the_one_it_opens_in_under_its_headline():
    # Fails before: German, sure of it. The German half, a little longer and richer in telling letters, outweighed
    # the English half the post opens with under its English headline.
    post = _item("\n\n".join(ENGLISH_HALF + GERMAN_HALF), html_lang="de")
    post.title = "Monthly meetings in English"
    assert tag_language(post).language == "en"
    # Under a headline in the other language the whole text decides, as before.
    post = _item("\n\n".join(ENGLISH_HALF + GERMAN_HALF), html_lang="de")
    post.title = "Unsere Treffen auch auf Englisch"
    assert tag_language(post).language == "de"
