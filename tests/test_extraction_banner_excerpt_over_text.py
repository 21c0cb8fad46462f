"""A theme sets the headline, the date and the post's excerpt (its opening words, cut off anywhere) in a banner, and the
post's own text below opens on a heading of its own (an editor's <h1>, the title again or a variant of it): the banner
is no article of its own, the text below is the post's. A page appending the next article under its own headline, a
text of its own, still keeps to the page's own part."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://larm.example.se/nyheter/nya-displayer/"
TITLE = "Nya trådlösa displayer med ljud"
OPENING = "Vi utökar nu vårt sortiment av trådlösa tak- och väggdisplayer med två nya modeller."
MIDDLE = "Båda modellerna är läsbara på långt avstånd och visar alla larm i klartext."
CLOSING = "Text och ljud går att programmera."


def _page(text_heading: str, text: str, after: str = "") -> str:
    excerpt = f"{text_heading} {OPENING} {MIDDLE}"[:150]  # the banner's excerpt, cut mid-word
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{TITLE} — Larmbolaget</title></head>"
            "<body><header><nav><a href='/'>Start</a> <a href='/nyheter/'>Nyheter</a></nav></header><main>"
            f"<section class='hero'><p class='eyebrow'>Nyheter</p><h1>{TITLE}</h1><p class='lead'>{excerpt}</p>"
            "<time datetime='2023-05-04T10:00:00'>4 maj 2023</time></section>"
            f"<section class='page'><article class='page-content'><div class='text'><h1>{text_heading}</h1>{text}</div>"
            f"</article></section>{after}</main><footer><p>Larmbolaget AB, Stockholm</p></footer></body></html>")


TEXT = f"<p>{OPENING}</p><p>{MIDDLE}</p><p>{CLOSING}</p>"


def test_the_text_under_a_banner_excerpt_is_the_post_whatever_heading_opens_it():
    """Fails before: the banner, holding the page's headline, was kept as the post, its excerpt the whole text."""
    for heading in ("Nya trådlösa displayer till kallelselarm", TITLE):
        body = extract_article(_page(heading, TEXT), URL).body
        assert body.rstrip().endswith(CLOSING), heading
        assert MIDDLE in body, heading


def test_a_next_article_appended_under_its_own_headline_stays_out():
    nxt = ("<section class='next'><article><h1>Nästa nyhet: nytt avtal med regionen</h1>"
           "<p>Regionen har tecknat ett nytt avtal om larm för hemtjänsten som gäller i fyra år framåt från i höst.</p>"
           "<p>Avtalet omfattar alla kommuner i länet och installationen börjar redan under sommaren.</p>"
           "</article></section>")
    page = (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{TITLE}</title></head><body><main>"
            f"<section class='post'><h1>{TITLE}</h1><time datetime='2023-05-04'>4 maj 2023</time>{TEXT}</section>"
            f"{nxt}</main></body></html>")
    body = extract_article(page, URL).body
    assert body.rstrip().endswith(CLOSING)
    assert "Regionen har tecknat" not in body
