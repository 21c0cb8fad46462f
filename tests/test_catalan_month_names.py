"""Catalan month names in a post's date: a Drupal theme prints the day in a box of month, day and year, in the
page's language ("febr. 17 2020", "maig 28 2020", "des. 14 2018"); Catalan posts were stored undated."""
import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.dates import parse_date

TEXT = ("<p>La coral del barri ha preparat un concert nou amb peces del segle setze i una obra encarregada per a "
        "l'ocasió.</p><p>Els assajos es fan cada dijous al vespre a la sala gran del centre cívic, oberta a tothom "
        "que vulgui escoltar.</p><p>El concert serà el primer diumenge del mes que ve, amb entrada lliure fins "
        "a omplir l'aforament.</p>")


def _page(month: str, day: str, year: str) -> str:
    return f"""<!DOCTYPE html><html lang="ca"><head><meta charset="utf-8"><title>Concert de primavera | Cor</title>
</head><body class="path-node page-node-type-article"><header><a href="/ca">Inici</a></header><main>
<article class="node node--type-article node--view-mode-full"><div class="node--submitted-info">
<div class="submitted-date"><div class="month">{month}</div><div class="day">{day}</div><div class="year">{year}</div>
</div></div><div class="node--content"><h1>Concert de primavera</h1><div class="field--name-body">{TEXT}</div></div>
</article></main><footer><p>Cor del barri</p></footer></body></html>"""


@pytest.mark.parametrize("month, day, year, expected", [
    ("febr.", "17", "2020", "2020-02-17"),
    ("maig", "28", "2020", "2020-05-28"),
    ("des.", "14", "2018", "2018-12-14"),
    ("gen.", "09", "2021", "2021-01-09"),
    ("març", "03", "2019", "2019-03-03"),
    ("jul.", "21", "2019", "2019-07-21"),
])
def test_a_catalan_month_in_the_date_box_dates_the_post(month, day, year, expected):
    found = extract_article(_page(month, day, year), "https://cor.example/ca/node/12")
    assert found.published == expected


@pytest.mark.parametrize("text, expected", [
    ("14 de desembre de 2018", "2018-12-14"),
    ("3 de juny de 2020", "2020-06-03"),
    ("1 d'agost de 2019", "2019-08-01"),
    ("12 de setembre de 2021", "2021-09-12"),
    ("5 de febrer de 2022", "2022-02-05"),
    ("28 de gener de 2020", "2020-01-28"),
])
def test_catalan_dates_written_out(text, expected):
    assert parse_date(text) == expected


def test_french_des_before_a_number_is_no_december():
    # "des" is French for "of the": "des 12 membres" is no date without a year
    assert parse_date("la réunion des 12 membres du bureau") is None
