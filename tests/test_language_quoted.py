"""A post in the language its page declares, quoting another language at length, is in the page's language."""
from __future__ import annotations

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.clean import clean_item
from news_archive.pipelines.language import tag_language

OPENING = ("Projektets forskare deltog i ett seminarium om lärande och teknik i Uppsala i juni. Här nedan finns "
           "arrangörens engelska beskrivning av programmet och talarna.")
QUOTED = ("The seminar brought together researchers, teachers and students to discuss how new technology changes "
          "the way we learn and teach. Speakers from several universities presented their latest findings, and the "
          "afternoon panel debated what schools should do next. The organisers thanked everyone who took part and "
          "promised a second edition next year, with more room for questions from the audience.")


def _item(body: str, html_lang: str | None = "sv-SE") -> ArticleItem:
    return ArticleItem(source="projekt", url="https://projekt.site.example/aktuellt/seminarium/", html="", fetched_at="2024-06-20T10:00:00+00:00",
                       title="Seminarium om lärande", body=body, html_lang=html_lang, source_languages=["sv", "en"])


def test_a_post_opening_in_its_pages_language_and_quoting_english_at_length_is_in_its_pages_language():
    # Fails before: most of the text is the quoted description, so it was tagged English.
    assert tag_language(_item(f"{OPENING}\n\n{QUOTED}")).language == "sv"
    # A short lead (the site's description stated as the page's) is no opening paragraph of the post.
    with_lead = _item(f"{OPENING}\n\n{QUOTED}")
    with_lead.lead = "Nyheter från projektet."
    assert tag_language(with_lead).language == "sv"


def test_the_quoted_language_stays_when_the_post_opens_in_it_or_its_page_declares_nothing():
    assert tag_language(_item(f"{QUOTED}\n\n{OPENING}")).language == "en"
    assert tag_language(_item(f"{OPENING}\n\n{QUOTED}", html_lang=None)).language == "en"


def test_a_page_declaring_a_language_the_detector_leaves_out_is_in_that_language():
    # Fails before: Romanian is no language the detector knows, so the text was given the closest it knows (Italian).
    romanian = _item("Proiectul a lansat un site nou, cu știri, documentație și descărcări pentru toate versiunile.",
                     html_lang="ro")
    assert (tag_language(romanian).language, romanian.language_confidence) == ("ro", 1.0)  # its text says so too
    # Its news folder's English name is no declaration of English.
    romanian.url = "https://projekt.site.example/ro/news/site-nou/"
    assert tag_language(romanian).language == "ro"
    # A language it knows is still the text's to say.
    assert tag_language(_item(QUOTED, html_lang="sv")).language == "en"


def test_a_short_english_post_under_the_sites_description_in_the_pages_language_is_english():
    # Fails before: the site's Swedish description, stated as every page's lead, outweighed the post's two lines.
    post = _item("Found this last week on a friend's excellent blog about old films. It is not to be missed!\n\n"
                 "https://films.site.example/2010/06/a-slideshow-of-seventy-years.html", html_lang="sv")
    post.lead = "Förening för vetenskaplig vitterhet"
    assert tag_language(post).language == "en"
    # A body too short to say its language still reads with its lead.
    bare = _item("https://films.site.example/2010/06/a-slideshow.html", html_lang="sv")
    bare.lead = "En bildserie om sjuttio år av filmer, som vår vän har samlat på sin blogg."
    assert tag_language(bare).language == "sv"


def test_a_countrys_code_in_the_lang_attribute_is_no_language_and_the_text_decides():
    # Fails before: a site's Chinese edition marked <html lang="cn"> (China's country code) had its posts stored
    # in a language "cn" that no reader's filter names; the text is Chinese.
    chinese = _item("项目组本周发布了新的图数据库版本，修复了多个查询问题，并改进了导入工具的性能和文档。", html_lang="cn")
    chinese.url = "https://projekt.site.example/cn/blog/2025/10/09/xin-ban-ben/"
    assert tag_language(chinese).language == "zh"


def _notice(title: str, body: str, html_lang: str | None = "fi") -> ArticleItem:
    return ArticleItem(source="kerho", url="https://kerho.example/uutiset/2023-10-02-kirje.html", html="",
                       fetched_at="2023-10-02T10:00:00+00:00", title=title, body=body, html_lang=html_lang)


def test_a_short_notice_opening_in_its_pages_language_with_a_clause_in_another_is_in_its_pages_language():
    # Fails before: the Swedish clause's letters outweighed the Finnish opening, sure of it, so the page's
    # declaration, its Finnish headline and Finnish first sentence were never heard.
    notice = _notice("Lokakuun tehtäväkirje julkaistu myös ruotsiksi",
                     "Lokakuun 2023 tehtäväkirje on julkaistu. Läs träningsuppgifter också på svenska.")
    assert tag_language(notice).language == "fi"


def test_a_short_notice_in_another_language_than_its_page_declares_keeps_its_own():
    # Written wholly in Swedish under a Finnish page's template: its headline and first sentence say Swedish.
    swedish = _notice("Oktobers träningsbrev publicerat", "Oktobers träningsbrev har publicerats. Läs det på svenska.")
    assert tag_language(swedish).language == "sv"
    # A Finnish headline over a Swedish text: the text's first sentence is not Finnish.
    mixed = _notice("Lokakuun harjoituskirje", "Oktobers träningsbrev har publicerats. Läs det på svenska.")
    assert tag_language(mixed).language == "sv"


def test_a_long_text_in_another_language_under_a_short_opening_in_the_pages_keeps_its_own():
    # The opening rule for long texts decides there (an opening paragraph of 100 characters or more).
    english = _notice("Lokakuun tehtäväkirje julkaistu", "Lokakuun kirje on julkaistu.\n\n" + QUOTED)
    assert tag_language(english).language == "en"


# A Spanish science blog's post under a template declaring English on every page, opening on an English epigraph.
EPIGRAPH = ("\"We are made of the same matter as the stars, and finding out how is the best adventure there is.\" "
            "— A. Astronomer")
SPANISH = [
    "Hace unas semanas dos astrónomos publicaron un artículo en el que proponen que existe un planeta más allá "
    "de la órbita de Neptuno. Nadie lo ha visto todavía, pero sus cálculos explican el movimiento extraño de "
    "varios objetos.",
    "En esta entrada vamos a repetir parte de esos cálculos con Python, usando los datos que ofrecen en el "
    "artículo, y a dibujar las órbitas para ver si la idea tiene sentido. No pretendemos hacer ciencia seria, "
    "solo jugar un poco.",
    "Si alguien encuentra el planeta gracias a esta entrada, que nos invite a un café.",
]


def test_a_post_opening_on_a_quotation_in_the_pages_language_is_in_its_writers_language():
    # Fails before: the epigraph, English like the page's declaration, was read as the post's opening words.
    post = _item("\n\n".join([EPIGRAPH] + SPANISH), html_lang="en")
    post.source_languages = []
    assert tag_language(post).language == "es"
    # Opening on the writer's own words in the page's language, the post is still in it (see above).
    assert tag_language(_item(f"{OPENING}\n\n{QUOTED}\n\n{EPIGRAPH}")).language == "sv"


# A Swedish site's post written in English, under a note in Swedish that it is: the note is a line of a long text.
NOTE = ("Ännu ett inlägg på engelska! Det skrevs för en bredare publik än våra vanliga läsare, och vi har inte "
        "hunnit översätta det.")
ENGLISH_POST = [
    "On Saturday the club ran its fourth beginners' workshop, a full day for people who have never written a line "
    "of code and want to find out whether they would enjoy it.",
    "Let me first say a few words about the idea behind it, and then about the day itself, what went well and what "
    "we will do differently next time.",
    "The workshop is free for everyone who comes. It is run by volunteers, most of whom took the same course "
    "themselves a year or two ago, and a local company lent us its meeting rooms and paid for the lunch.",
    "In the morning we explained the basic ideas: numbers and text, names for values, small functions, and "
    "decisions. After lunch everyone wrote a little game that draws shapes on the screen and reacts to the keys.",
    "We had almost forty people in the rooms, and eight coaches walking between the tables to help whoever got "
    "stuck. That is about one coach for every five people, which worked well for a first day like this.",
    "Not everything went to plan. I did not keep an eye on the clock, so the last part of the afternoon was "
    "rushed, and some people had to leave before we showed how to share a finished program with friends.",
    "There was also far too much food, because many people brought their own lunch as well. Next time we will ask "
    "in the sign-up form who wants to eat with us, so that less of it is thrown away at the end of the day.",
    "Finally, we forgot to ask for spare laptops in time, and two people had to share one machine. A short list of "
    "things to check a week before the day would have saved us from that.",
    "All in all it was a good day, and several people asked when the next long course starts. We hope to see many "
    "of them there, and we thank everyone who helped, cooked, coached or simply came along to learn.",
    "If you would like to coach at the next workshop, write to us: no teaching experience is needed, only some "
    "patience and a laptop of your own, and we will show you everything else on the morning of the day.",
    "A few words on why we run these days at all. The long course takes three months of evenings, and many "
    "people are not sure they want to spend that much time before they have tried it once. One day is an easy "
    "way to find out.",
    "It also helps the coaches. Many of them have never explained anything to a room full of strangers, and a "
    "single day with a clear plan is a gentle way to start, with more experienced people close by to lend a hand.",
    "For the same reason we keep the tools simple. Nobody has to install a database or learn three languages at "
    "once: one editor, one language and a window that shows what the program draws are enough for a first day.",
    "We also changed the order of the topics this time. Loops came after lunch instead of before it, when people "
    "had already seen why they would want to repeat something, and that part of the day went much more smoothly.",
    "The feedback forms were kind to us. Most people liked the pace of the morning, and almost everyone wanted more "
    "time for their own game in the afternoon, which is easy to give them once we cut the last talk shorter.",
    "Two people wrote that the room was too warm, and they were right: next time we will open the windows during "
    "the breaks and ask the building's staff whether the heating can be turned down before we arrive.",
    "Several coaches asked for a short meeting the evening before, to go through the exercises together and agree "
    "on how to answer the questions that come up every time. We will set that up for the next workshop.",
    "The next beginners' day is planned for the spring, in the same rooms if the company will have us again. "
    "Watch this blog and our mailing list for the date, and tell your friends who have always wanted to try.",
]


def test_a_long_post_in_another_language_under_a_short_note_in_the_pages_language_is_in_its_texts_language():
    # Fails before: the Swedish note, a twentieth of the post, was taken as the post's own words.
    post = _item("\n\n".join([NOTE] + ENGLISH_POST))
    post.title = "The beginners' workshop"
    assert tag_language(post).language == "en"


def test_a_short_post_naming_a_talk_by_its_title_in_another_language_is_in_its_pages_language():
    # Fails before: English, sure of it. The quoted English title and the event's English name held more letters
    # than the few German words around them, which are the post's own.
    talk = _notice("Der Verein beim Open Source Summit",
                   "Der Verein war beim Open Source Summit Europe mit einem Workshop dabei!\n\n"
                   "Die Unterlagen zum Workshop “Building reliable data pipelines with functional programming in "
                   "practice” (Tag 2, 10:00) sind online.", html_lang="de")
    assert tag_language(talk).language == "de"
    # A short post written in English under a German page's template stays English: its own words are.
    english = _notice("Our association at Open Source Summit",
                      "Our association ran a workshop at Open Source Summit Europe!\n\nThe material of the workshop "
                      "“Zuverlässige Datenpipelines mit funktionaler Programmierung” (day 2, 10:00) is online now.",
                      html_lang="de")
    assert tag_language(english).language == "en"


# A song's lyrics, quoted whole under one line of the writer's (invented words).
LYRICS = ("Up the hill and down the lane, I lose my way in the old town again, who parted the fire from the rain? "
          "Step by step we climb the hill, street by street we wander still, the chestnut and the beech stand by, "
          "the streets or the hills, which makes us lose our way? Lost again, here we go, nobody can read the map we "
          "hold, sheep that wander from the fold, we would rather walk with no road to follow.")


def _song_post(quoted: bool) -> ArticleItem:
    lyrics = f"<blockquote><p>{LYRICS}</p><cite>The hill</cite></blockquote>" if quoted else f"<p>{LYRICS}</p>"
    html = ("<!DOCTYPE html><html lang='sv-SE'><head><meta charset='utf-8'><title>Uppför backen</title></head><body>"
            "<main><article class='post'><h1>Uppför backen</h1><time datetime='2024-06-01'>1 juni 2024</time>"
            f"<div class='entry-content'><p>Idag ville jag dela den här sången med er.</p>{lyrics}</div></article>"
            "</main></body></html>")
    item = ArticleItem(source="blogg", url="https://blogg.site.example/uppfor-backen/", html=html,
                       fetched_at="2024-06-02T10:00:00+00:00", listed_as_article=True)
    return tag_language(clean_item(item))


def test_a_post_of_one_line_of_its_own_over_quoted_lyrics_is_in_its_own_lines_language():
    # Fails before: the quoted English lyrics outweighed the writer's one Swedish sentence, shorter than an opening
    # paragraph; set in a <blockquote>, they are someone else's words.
    assert _song_post(quoted=True).language == "sv"
    # Written into the post's own paragraphs, they are the post's text, and its language.
    assert _song_post(quoted=False).language == "en"
