"""A theme sets the post's day before the first sentence of its text, in an element of its own and a dash after it
("<i>05. 06. 2019</i> &mdash; Text"): the page's stamp, neither the lead's nor the body's opening words."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article


def _stamped_post(stamp: str, day: str = "2019-06-05") -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Lantern repairs finished</title>"
            "</head><body><header><a href='/'>Harbour Club</a></header>"
            "<article itemscope itemtype='http://schema.org/BlogPosting'>"
            "<h1 itemprop='headline'>Lantern repairs finished</h1><p class='post__excerpt'>"
            f"<meta itemprop='datePublished' content='{day}T00:00:00+00:00'>{stamp}<span itemprop='description'>"
            "The harbour club finished repairing the old lantern on the north pier before the autumn storms.</span>"
            "</p><div class='post__content'><p>Volunteers replaced the glass and the brass frame over three weekends,"
            " and the lamp was lit again on Saturday evening.</p><p>The club thanks everyone who gave an afternoon,"
            " and the rowing section for the loan of its boats.</p></div></article></body></html>")


def test_the_pages_day_set_before_the_first_sentence_opens_neither_lead_nor_body():
    # Fails before: lead and body opened on "05. 06. 2019 — The harbour club ...".
    result = extract_article(_stamped_post("<i>05. 06. 2019</i> &mdash; "), "https://harbour.example/2019/lantern.html")
    assert result.published[:10] == "2019-06-05"
    assert result.lead.startswith("The harbour club finished")
    assert result.body.startswith("The harbour club finished")


def test_another_day_or_one_typed_in_the_sentence_stays_the_texts():
    # A day that is not the page's own is the writer's (an event's day); so is one the sentence itself types.
    other = extract_article(_stamped_post("<i>12. 09. 2019</i> &mdash; "), "https://harbour.example/2019/lantern.html")
    assert other.body.startswith("12. 09. 2019 — The harbour club")
    typed = extract_article(_stamped_post("05. 06. 2019 &mdash; "), "https://harbour.example/2019/lantern.html")
    assert typed.body.startswith("05. 06. 2019 — The harbour club")


def test_the_paragraph_less_its_stamp_keeps_its_links_and_emphasis():
    # Fails before: the first paragraph's body_html was its text less the stamp, escaped: link and emphasis lost.
    linked = ("<span itemprop='description'>The harbour club finished <em>repairing</em> the old lantern on the "
              "<a href='/pier/north.html'>north pier</a> before the autumn storms.</span>")
    page = _stamped_post("<i>05. 06. 2019</i> &mdash; ").replace(
        "<span itemprop='description'>The harbour club finished repairing the old lantern on the north pier before the "
        "autumn storms.</span>", linked)
    result = extract_article(page, "https://harbour.example/2019/lantern.html")
    assert result.body.startswith("The harbour club finished repairing")
    assert '<a href="https://harbour.example/pier/north.html"' in result.body_html
    assert "<em>repairing</em>" in result.body_html
    assert "05. 06. 2019" not in result.body and "05. 06. 2019" not in result.body_html
    assert result.body_html.startswith("<p>The harbour club")
