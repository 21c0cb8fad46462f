"""The partner sites' boilerplate kept out of the body: chrome, forms, captions, ads, repeated blocks and teaser
links."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import BoilerplateMemory, extract_article
from article_page import ARTICLE_URL, PARAGRAPHS, page


SIGNUP = "Vill du veta mer? Prenumerera på vårt nyhetsbrev."


@pytest.mark.parametrize("chrome, unwanted", [
    (dict(after=f"<div class='newsletter'><p>{SIGNUP}</p></div><div><p>{SIGNUP}</p></div><a href='#top'>Go to Top</a>"),
     [SIGNUP, "Go to Top"]),
    (dict(before="<div class='category'><a href='/kategori/nyheter'>Nyheter</a></div>"), ["Nyheter"]),
    (dict(body=f"<p>{PARAGRAPHS[0]}</p><p>Foto: Anna Svensson</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"),
     ["Foto: Anna Svensson"]),
    (dict(before="<img src='/logo.png' alt='CF_logo_neg'>"), ["CF_logo_neg"]),
    (dict(before="<div class='breadcrumbs'>Du är här: <a href='/'>Start</a> / <a href='/nyheter'>Nyheter</a></div>"),
     ["Du är här"]),
    (dict(before="<a class='skip' href='#main'>Hoppa till huvudinnehåll</a><a href='#main'>Skip to main content</a>"),
     ["Hoppa till huvudinnehåll", "Skip to main content"]),
    (dict(after="<p><a href='/sv/x'>Swedish version &gt;&gt;</a></p>"), ["Swedish version"]),
    (dict(after="<div class='share'><a href='https://facebook.com/sharer'>Dela på Facebook</a>"
                "<a href='https://linkedin.com/share'>Dela på LinkedIn</a></div>"), ["Dela på"]),
    (dict(before="<div class='contact-person'><h3>Kontakt</h3><p>Anna Svensson, kommunikatör, 08-123 456 78</p></div>"),
     ["Anna Svensson, kommunikatör"]),
    (dict(after="<h2>Relaterade nyheter</h2><ul><li><a href='/a'>Ny forskning om stamceller vid campuset</a></li>"
                "<li><a href='/b'>Nytt labb invigs i Flemingsberg under hösten</a></li></ul>"),
     ["Relaterade nyheter", "Ny forskning om stamceller"]),
    (dict(before="<div id='cookie-notice'><p>Vi använder kakor för att webbplatsen ska fungera så bra som möjligt "
                 "för dig. Genom att fortsätta godkänner du att vi använder kakor.</p><button>OK</button></div>"),
     ["Vi använder kakor"]),
    (dict(after="<div class='feedback'><p>Was this information helpful?</p><button>Yes</button><button>No</button></div>"),
     ["Was this information helpful?"]),
    (dict(body=f"<p>{PARAGRAPHS[0]}</p><p>IMG_4711.jpg</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"),
     ["IMG_4711.jpg"]),
    (dict(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<div class='writerBio'><p>Anna Svensson är "
               "vetenskapsreporter och har skrivit om forskningen vid campuset sedan 2019.</p></div>"),
     ["Anna Svensson är vetenskapsreporter"]),
    (dict(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p class='postmetadata'>Inlägget publicerades i "
               "<a href='/kategori/forskning'>Forskning</a> och märktes med cellterapi. Bokmärk permalänken.</p>"),
     ["Inlägget publicerades"]),
])
def test_partner_boilerplate_is_not_in_body(chrome, unwanted):
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", **chrome), ARTICLE_URL)
    assert result.is_article
    for paragraph in PARAGRAPHS:
        assert paragraph in result.body
    for text in unwanted:
        assert text not in result.body


def test_body_keeps_paragraphs_subheadings_and_list_items():
    body = (f"<p>{PARAGRAPHS[0]}</p><h2>Så fungerar metoden</h2><p>{PARAGRAPHS[1]}</p>"
            "<ul><li>Cellerna odlas i ett slutet system utan djurprodukter.</li>"
            "<li>Hela processen tar ungefär tre veckor från start till färdig produkt.</li></ul>"
            f"<p>{PARAGRAPHS[2]}</p>")
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [
        PARAGRAPHS[0], "Så fungerar metoden", PARAGRAPHS[1],
        "Cellerna odlas i ett slutet system utan djurprodukter.",
        "Hela processen tar ungefär tre veckor från start till färdig produkt.", PARAGRAPHS[2]]
    assert "<h2>Så fungerar metoden</h2>" in result.body_html
    assert "<li>Cellerna odlas" in result.body_html


def test_standfirst_in_the_article_header_opens_the_body():
    standfirst = "Ett nytt program ska hjälpa små life science-bolag i södra Stockholm att växa snabbare och anställa fler."
    links = "".join(f"<li><a href='/tema/{n}'>Tema nummer {n} med en lång länktext</a></li>" for n in range(12))
    html = (f"<html><head><title>Ny metod | Campus</title></head><body><div class='top'><h1>Ny metod</h1>"
            f"<p>{standfirst}</p><p>Publicerad 2023-06-13</p><ul>{links}</ul></div>"
            f"<div class='text'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></body></html>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join([standfirst, *PARAGRAPHS])


def test_blog_description_under_the_linked_site_name_is_no_standfirst():
    """A blog's name is a linked <h1> on every page, its description under it: neither opens the post."""
    description = "Anteckningar från ett labb i Flemingsberg: om celler, om mätningar och om allt som går fel på vägen."
    html = (f"<html><head><title>Labbloggen: Ny metod</title></head><body><div class='header'><h1><a href='/'>Labbloggen"
            f"</a></h1><p class='description'>{description}</p></div><div class='main'><h2>13 juni 2023</h2>"
            f"<div class='post'><h3 class='post-title'>Ny metod</h3><div class='post-body'>"
            f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></div></div></body></html>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_standfirst_is_kept_when_a_teaser_headline_follows_the_text():
    """An <h1> after the text (a teaser of the next article) does not make the body container the article header."""
    standfirst = "Ett nytt program ska hjälpa små life science-bolag i södra Stockholm att växa snabbare och anställa fler."
    text = [*PARAGRAPHS, "Studien görs tillsammans med två sjukhus i regionen och ska pågå i minst tre år framåt.",
            "Den som vill veta mer kan besöka labbet under höstens öppna hus, då forskarna visar hur cellerna odlas."]
    links = "".join(f"<li><a href='/tema/{n}'>Tema nummer {n} med en lång länktext</a></li>" for n in range(12))
    html = (f"<html><head><title>Ny metod | Campus</title></head><body><div class='top'><h1>Ny metod</h1>"
            f"<p>{standfirst}</p><ul>{links}</ul></div><div class='text'>"
            f"{''.join(f'<p>{p}</p>' for p in text)}<div class='next'><h1>Nästa artikel: Nytt labb</h1>"
            f"<p>Kort om labbet.</p></div></div></body></html>")
    assert extract_article(html, ARTICLE_URL).body.split("\n\n")[:6] == [standfirst, *text]


def test_figure_captions_scripts_and_forms_are_dropped():
    body = (f"<p>{PARAGRAPHS[0]}</p><figure><img src='a.jpg'><figcaption>Forskarna i labbet. Bild: Per Olsson"
            f"</figcaption></figure><script>var tracking = 1;</script><p>{PARAGRAPHS[1]}</p>"
            f"<form><label>E-post</label><input name='email'><button>Skicka</button></form><p>{PARAGRAPHS[2]}</p>")
    result = extract_article(page(body=body, header="<p>2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("closing", [
    "<figure><img src='fest.jpg'><figcaption>Styrelsen och kungaparet bjuder in till festen.</figcaption></figure>",
    "<div class='gallery'><div class='box'><figure><div class='img'><img src='fest.jpg'></div><a href='fest.jpg'></a>"
    "<figcaption><p>Styrelsen och kungaparet bjuder in till festen.</p></figcaption></figure></div></div>",
    # A lazy-loading picture: a blurred placeholder painted as a background, the real <img> in a <noscript>.
    "<figure><div style='background-image:url(data:image/jpeg;base64,AAAA);position:relative'><svg></svg>"
    "<noscript><img src='fest.jpg'></noscript></div><figcaption>Styrelsen och kungaparet bjuder in till festen."
    "</figcaption></figure>",
])
def test_a_post_ending_on_a_captioned_picture_keeps_the_caption_as_its_last_line(closing):
    """A writer who ends the post on a picture (the poster of the event it announces) ends it on the caption, as the
    site's own body element and feed have it; in a gallery's wrappers too. A picture amid the paragraphs is the
    page's illustration (see the test above)."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + closing
    result = extract_article(page(body=body, header="<p>2023-06-13</p>"), ARTICLE_URL)
    assert result.body.split("\n\n") == [*PARAGRAPHS, "Styrelsen och kungaparet bjuder in till festen."]


@pytest.mark.parametrize("box", [
    "<div class='box'><h3>Missa inget från campus</h3><p>Veckans nyheter i din inkorg varje fredag, helt gratis.</p>"
    "<form action='/lista'><input type='email' name='adress'><button>Skicka</button></form></div>",
    "<div class='col'><div><h4>Sök på webbplatsen</h4><p>Hitta äldre nyheter och evenemang i vårt arkiv.</p>"
    "<form><input name='q'></form></div></div>",
])
def test_box_around_a_form_asking_for_an_address_is_dropped(box):
    """A sign-up or search box is a form with its heading and pitch, whatever the site calls it."""
    for html in (page(header="<p>Publicerad 2023-06-13</p>", after=box),
                 page(header="<p>Publicerad 2023-06-13</p>", body="".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
                      + box + f"<p>{PARAGRAPHS[2]}</p>")):
        assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_text_around_a_form_in_the_article_stays():
    """A form set in the article's own text (a registration for the event it announces) takes no paragraph with it."""
    body = (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>Anmäl dig senast den 1 juni.</p>"
            f"<form><input type='text' name='namn'><button>Anmäl</button></form><p>{PARAGRAPHS[2]}</p>")
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert result.body == "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Anmäl dig senast den 1 juni.", PARAGRAPHS[2]])


@pytest.mark.parametrize("caption", [
    "Forskarna Anna och Per i det nya labbet på campuset (Foto: Per Olsson/Campus)",
    "Cellerna växer i ett slutet system utan djurprodukter. Bild: Anna Berg",
    "Researchers in the new laboratory on campus during the opening week (Picture: Campus Press)",
    # an agency's caption runs to several sentences; set with its picture, it is still the picture's
    "Students queue for the new canteen on campus, on 2 May. According to the union, the queue lasted an hour. The "
    "canteen serves a thousand meals a day. (Photo: Campus Press)",
])
def test_caption_set_as_a_paragraph_ending_on_its_credit_is_dropped(caption):
    body = f"<p>{PARAGRAPHS[0]}</p><div class='pic'><img src='a.jpg'><p>{caption}</p></div><p>{PARAGRAPHS[1]}</p>" \
           f"<p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("around", [
    ("", "<div class='note'>Inlägget kommer från vårt bildflöde. Se originalet <a href='https://photos.example/p/1'>här"
         "</a></div>"),
    (f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[1]}</p>"),
])
def test_paragraph_of_the_text_ending_on_its_pictures_credit_stays(around):
    """A post copied from a photo feed is its picture and a paragraph of several sentences closing on the picture's
    credit: the writer's text, not a caption, whatever line the site adds under it; amid other paragraphs too."""
    text = ("Hösten är här och salen fylls igen. Alla börjar som nybörjare, men alla tränar grunderna varje vecka. "
            "Sugen på att prova? Håll utkik när vi öppnar för en ny termin. Kom och träna med oss Bild: Kvällsgruppen")
    body = f"{around[0]}<div class='pic'><img src='a.jpg'></div><p>{text}</p>{around[1]}"
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert text in result.body.split("\n\n")


def test_sentence_naming_a_picture_stays():
    """A sentence of the text that speaks of a photo ends like a sentence, not on a credit."""
    sentence = "Så här beskriver hon bilden: en tidig morgon i labbet, innan studenterna kommit."
    body = f"<p>{PARAGRAPHS[0]}</p><p>{sentence}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(header="<p>Publicerad 2023-06-13</p>", body=body), ARTICLE_URL)
    assert sentence in result.body


def test_page_wrapped_in_a_form_keeps_its_article():
    """ASP.NET sites (Episerver) put the whole page inside one <form>."""
    html = page(header="<p>Publicerad 2023-06-13</p>").replace("<body>", "<body><form id='aspnetForm' method='post'>")
    html = html.replace("</body>", "</form></body>")
    assert extract_article(html, ARTICLE_URL).body == "\n\n".join(PARAGRAPHS)


def test_article_split_by_an_ad_keeps_both_parts():
    body = (f"<div class='article-body sidebar-layout'><p>{PARAGRAPHS[0]}</p></div><div class='ad-slot'>Annons</div>"
            f"<div class='article-body sidebar-layout'><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>")
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_article_split_by_a_heavy_link_strip_keeps_both_parts():
    """A strip of links between two parts of the text outweighs the second part in their common parent: the part
    sharing the first one's tag and class is still the article."""
    strip = "".join(f"<li><a href='/nyheter/{n}'>Fler nyheter från campus, del {n}</a></li>" for n in range(12))
    body = (f"<div class='stycke'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div><div class='lista'><ul>{strip}</ul>"
            f"</div><div class='stycke'><p>{PARAGRAPHS[2]}</p></div>")
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_boilerplate_memory_drops_blocks_repeated_across_a_source():
    contact = "Kontakt: Anna Svensson, presschef vid Campus Flemingsberg, telefon 08-123 456 78"
    memory = BoilerplateMemory()
    bodies = []
    for number in range(4):
        body = f"<p>Artikel nummer {number} handlar om något helt eget och har en egen lång text.</p>" + \
               "".join(f"<p>{p} ({number})</p>" for p in PARAGRAPHS) + f"<p>{contact}</p>"
        url = f"https://campus.example/sv/2023/06/1{number}/artikel-{number}/"
        bodies.append(extract_article(page(body=body), url, boilerplate=memory).body)
    assert contact in bodies[0] and contact in bodies[1]
    assert contact not in bodies[3]
    assert "Artikel nummer 3" in bodies[3]


def test_boilerplate_memory_rules():
    memory = BoilerplateMemory(min_other_pages=2, max_chars=100)
    shared, long_shared = "Prenumerera på vårt nyhetsbrev.", "Lång gemensam text. " * 10
    for _ in range(3):
        memory.observe("a", [shared, long_shared])
    assert not memory.is_boilerplate("c", shared), "one page seen three times is one page"
    memory.observe("b", [shared, long_shared])
    assert memory.is_boilerplate("c", shared), "seen on two other pages: three pages with this one"
    assert not memory.is_boilerplate("b", shared), "only one page besides this one"
    assert not memory.is_boilerplate("d", long_shared), "long shared paragraphs are cross-posts, not boilerplate"
    assert memory.clean("e", ["Egen text", shared]) == ["Egen text"]


def test_closing_link_lines_stay_at_the_end_of_the_body():
    closing = [
        "<p>Läs hela artikeln här: <a href='https://tidning.example/nyheter/12345'>https://tidning.example/nyheter/12345</a></p>",
        "<h5><a href='https://tidning.example/2020/02/28/artikel/'>Klicka här för att läsa artikeln</a></h5>",
        "<p><a href='/files/2018/09/medlemsbrev-september.pdf'>Septembers medlemsbrev från föreningen</a></p>",
        "<p><a href='https://radio.example/play/2227195'>https://radio.example/play/2227195</a></p>",
    ]
    for line in closing:
        result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + line,
                                      header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
        assert result.body.startswith(PARAGRAPHS[0])
        assert result.body.split("\n\n")[-1] not in PARAGRAPHS, line


def test_linked_headlines_closing_the_text_are_teasers():
    """Three or more linked headlines after the text are a list of other stories, even on the site's other hosts."""
    teasers = "".join(f"<h2><a href='https://{host}.campus.example/nyheter/{n}'>{headline}</a></h2>" for n, (host, headline)
                      in enumerate([("forskning", "Nytt labb invigt i Flemingsberg"), ("nyheter", "Rekordmånga sökande till kurserna"),
                                    ("student", "Så blir höstens öppna hus")]))
    result = extract_article(page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS) + teasers,
                                  header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_link_lines_amid_the_text_are_still_teasers():
    teaser = "<p><a href='https://annan.example/nyhet'>Läs också: Nytt labb invigt i Flemingsberg</a></p>"
    body = f"<p>{PARAGRAPHS[0]}</p>{teaser}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
    assert result.body == "\n\n".join(PARAGRAPHS)


def test_a_list_of_links_to_other_sites_between_paragraphs_is_the_texts_and_one_of_the_sites_pages_is_not():
    def items(*hrefs):
        return "<ul>" + "".join(f"<li><a href='{href}'>Programmet {n} på campus</a></li>" for n, href in enumerate(hrefs)) + "</ul>"
    elsewhere = items("https://utbildning.example/a", "https://utbildning.example/b", "https://antagning.example/")
    related = items("/sv/nyheter/ett/", "/sv/nyheter/tva/", "https://campus.example/sv/nyheter/tre/")
    for listed, kept in ((elsewhere, True), (related, False)):
        body = f"<p>{PARAGRAPHS[0]}</p>{listed}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
        result = extract_article(page(body=body, header="<p>Publicerad 2023-06-13</p>"), ARTICLE_URL)
        assert ("Programmet 0 på campus" in result.body) is kept
        assert all(paragraph in result.body for paragraph in PARAGRAPHS)


def test_a_post_whose_sentences_link_most_of_their_words_outweighs_a_cookie_notice_above_its_headline():
    """A municipality's list of summer activities names its organisers in links: the post, not the notice."""
    cookie = ("Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. Du väljer själv om du "
              "godkänner statistikkakor.")
    linked = ("Aktiviteterna ordnas av <a href='https://fritid.example/'>fritidsgårdarna</a>, <a href='https://bibliotek"
              ".example/'>biblioteken</a>, <a href='https://segel.example/'>Södervik Segelsällskap</a> och <a href='https"
              "://kultur.example/'>kulturskolan</a>. Anmälan öppnar den 10 juni i <a href='https://boka.example/'>"
              "bokningssystemet</a>.")
    links = "".join(f"<li><a href='https://fritid.example/{n}'>Aktivitet nummer {n}</a>, vecka 2{n}</li>" for n in range(5))
    html = f"""<html><head><title>Sommarlov</title></head><body><div class="banner"><p>{cookie}</p></div>
<div class="layout"><div class="portlet"><h1>Sommarlov</h1></div><div class="portlet"><p>24-06-03</p></div>
<div class="portlet"><p>Under sommarlovet kan barn och unga prova på allt från segling till serieteckning.</p></div>
<div class="portlet"><p>{linked}</p><ul>{links}</ul>
<p>Frågor besvaras av <a href="/kontakt/">fritidsenheten</a>. Läs också om <a href="https://fritid.example/bad">
kommunens badplatser</a> och <a href="https://fritid.example/lek">lekplatser</a>.</p></div></div></body></html>"""
    result = extract_article(html, "https://kommun.example/nyheter/kultur/2024/sommarlov/")
    assert cookie not in result.body
    assert result.body.startswith("Under sommarlovet") and "Aktivitet nummer 4, vecka 24" in result.body
    assert result.body.endswith("lekplatser.")


def test_a_post_that_is_only_a_link_to_its_document_keeps_it():
    body = "<p><a href='/files/2018/09/medlemsbrev-september.pdf'>Septembers medlemsbrev från föreningen</a></p>"
    html = page(body=body, before="<p class='notice'>Det här är vår arkiverade webbplats. Gå till den nya webbplatsen "
                                  "på <a href='https://ny.example'>ny.example</a> för aktuella nyheter.</p>")
    result = extract_article(html, "https://campus.example/2018/09/04/hosten-borjar/")
    assert (result.body, result.page_type) == ("Septembers medlemsbrev från föreningen", "article")
