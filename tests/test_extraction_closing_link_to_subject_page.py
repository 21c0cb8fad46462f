"""A post's closing line that is one link, the writer's call to read on about the subject on a page of the site
itself ("<a>Read more about the FieldKit</a>", "<a>Läs mer om FältKit</a>", "<a>Lue lisää FieldKit-laitteesta</a>"),
set in the text's own element after its last paragraph, stays in its text (issue 9, point 5). The theme's furniture
after the text goes: a bare "Read more", the way back to a listing, a box of other stories set apart from the text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://maker.example/products/fieldkit-gets-a-new-sensor/"
TITLES = {"en": "FieldKit gets a new sensor", "sv": "FältKit-väskan får en fuktsensor för basstationen",
          "fi": "FieldKit-laukku saa kosteusanturin"}
TEXTS = {
    "en": ("The FieldKit measuring case now ships with a humidity sensor that logs readings every minute and sends "
           "them to the base station over radio, so teams working far from the office see the figures as they come. "
           "The sensor fits the cases sold since last year and runs two years on its battery."),
    "sv": ("FältKit-väskan levereras nu med en fuktsensor som loggar värden varje minut och skickar dem till "
           "basstationen över radio, så att team som arbetar långt från kontoret ser siffrorna direkt. Sensorn "
           "passar väskorna som sålts sedan förra året och går två år på sitt batteri."),
    "fi": ("FieldKit-mittauslaukku toimitetaan nyt kosteusanturilla, joka tallentaa lukemat minuutin välein ja "
           "lähettää ne tukiasemalle radiolla, joten kaukana toimistosta työskentelevät tiimit näkevät luvut heti. "
           "Anturi sopii viime vuodesta myytyihin laukkuihin ja toimii paristollaan kaksi vuotta."),
}


def page(lang: str, closing: str, after: str = "") -> str:
    """A company's post at an undated address in its product folder: headline, text element (two paragraphs,
    then the closing line), then what the theme sets after the text element."""
    text, title = TEXTS[lang], TITLES[lang]
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Maker</title></head>
<body><header><a href="/">Maker</a> <a href="/news/">News</a> <a href="/products/">Products</a></header>
<main><article class="post"><h1>{title}</h1><div class="post-info">2024-05-14</div>
<div class="entry-content">
<p>{text}</p>
<p>{text[:150]}.</p>
{closing}
<p>&nbsp;</p>
</div>{after}</article></main>
<footer><p>Maker Ltd, Harbour Road 2</p></footer></body></html>"""


@pytest.mark.parametrize("lang, closing, last", [
    ("en", '<p><a href="/fieldkit/">Read more about the FieldKit</a></p>', "Read more about the FieldKit"),
    ("sv", '<p><a href="/faltkit-matvaska/">Läs mer om FältKit-väskan</a></p>', "Läs mer om FältKit-väskan"),
    ("sv", '<p><a href="/basstation-radio/">Länk till basstationen</a></p>', "Länk till basstationen"),
    ("fi", '<p><a href="/fieldkit/">Lue lisää FieldKit-laukusta</a></p>', "Lue lisää FieldKit-laukusta"),
])
def test_a_writers_closing_link_to_the_subjects_page_stays(lang, closing, last):
    """Fails before (sv, fi): a line that is one link to a page of the site, worded as a call ("Läs mer om"), was a
    link line or a sign-off, so the post lost its last line, the way to what it is about."""
    body = extract_article(page(lang, closing), URL).body
    assert body.startswith(TEXTS[lang][:40])
    assert body.endswith(last)


@pytest.mark.parametrize("closing, after", [
    ('<p><a href="/news/fieldkit-at-the-fair/">Read more</a></p>', ""),
    ('<p><a href="/news/">Read more news</a></p>', ""),
    ('<p><a href="/tags/fieldkit/">More on FieldKit sensors</a></p>', ""),
    ('<p>You may also like:</p><p><a href="/news/fieldkit-at-the-fair/">The FieldKit at the fair</a></p>', ""),
    ('<p><a href="/about/">Read about our company</a></p>', ""),
    ("", '<div class="related"><p><a href="/news/fieldkit-at-the-fair/">Read about the FieldKit at the fair</a></p>'
         '</div>'),
])
def test_the_themes_links_after_the_text_go(closing, after):
    body = extract_article(page("en", closing, after), URL).body
    assert body.endswith(TEXTS["en"][:150] + ".")
