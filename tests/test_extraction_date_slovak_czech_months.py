"""Slovak and Czech posts print their day with the month's name, in the name's own case or in the genitive a date
puts it in: a Drupal post line "4 júl, 2015 - 12:17 poslal jano", "3. marca 2016", "12. října 2014". Neither
language's names were month names: such a post had no date, or took a day some other line of the page held."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.dates import parse_date

URL = "https://komunita.example/node/2086/"


def _post(lang: str, submitted: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Maily z views | Komunita</title>'
            '</head><body><div id="header"><a href="/">Komunita</a> <a href="/blog/">Blogy</a></div>'
            '<div id="main"><h1>Maily z views</h1><div id="node-2086" class="node clear-block">'
            f'<span class="submitted">{submitted} <a href="/user/239/">jano</a></span>'
            '<div class="content"><p>Na tomto systéme mám rád jeho pružnosť a moduly, ktoré si každý môže '
            'prispôsobiť podľa seba. Dnes som potreboval poslať správu vybraným používateľom priamo zo zoznamu.</p>'
            '<p>Stačí pridať jedno pole do zoznamu a vybrať akciu na odoslanie. Ak máte otázky, napíšte ich do '
            'komentára pod článkom.</p></div></div></div>'
            '<div id="footer"><p>Komunita</p></div></body></html>')


@pytest.mark.parametrize("lang, submitted, expected", [
    ("sk", "4 júl, 2015 - 12:17 poslal", "2015-07-04T12:17"),
    ("sk", "Publikované 3. marca 2016", "2016-03-03"),
    ("sk", "20 máj, 2016 - 10:40 poslal", "2016-05-20T10:40"),
    ("cs", "Vloženo 12. října 2014", "2014-10-12"),
    ("cs", "1. července 2019 - 08:05", "2019-07-01T08:05"),
])
def test_a_post_line_with_a_slovak_or_czech_month_name_dates_the_post(lang, submitted, expected):
    """Fails before: no date, or not this one."""
    assert extract_article(_post(lang, submitted), URL).published == expected


@pytest.mark.parametrize("text, expected", [
    ("2 január, 2017", "2017-01-02"), ("16. augusta 2012", "2012-08-16"), ("31. decembra 2015", "2015-12-31"),
    ("8. února 2016", "2016-02-08"), ("24. listopadu 2011", "2011-11-24"), ("30. září 2013", "2013-09-30"),
])
def test_slovak_and_czech_month_names_in_both_cases(text, expected):
    assert parse_date(text) == expected
