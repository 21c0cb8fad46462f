"""A Slovak or Czech post signed in its team's name stays whole ("Tím <camp> 2015", "za organizačný tím, <name>"), as
the English "The ... team" does, also over the table of files its CMS sets under the text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://komunita.example/node/2051/"
TEXT = ("Tohtoročné stretnutie komunity sa uskutoční v sobotu v priestoroch univerzity a program bude plný "
        "prednášok o správe webov, prekladoch aj o tom, ako začať s prvým projektom.",
        "Pre aktuálne novinky o programe a o večernom posedení nás sleduj na stránke podujatia, kde pribudnú aj "
        "mená všetkých prednášajúcich a presný čas ich vystúpení.")
ATTACHMENTS = ("<table id='attachments'><thead><tr><th>Príloha</th><th>Veľkosť</th></tr></thead><tbody><tr>"
               "<td><a href='/files/program.pdf'>program.pdf</a></td><td>74.15 KB</td></tr></tbody></table>")


def _body(closing: list[str], after: str = "", language: str = "sk") -> list[str]:
    lines = "".join(f"<p>{line}</p>" for line in closing)
    page = (f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'><title>Stretnutie</title></head>"
            "<body><div id='content'><h1>Stretnutie komunity</h1><div class='node'>"
            "<span class='submitted'>4 júl, 2015 - 12:17</span><div class='content'>"
            f"<p>{TEXT[0]}</p><p>{TEXT[1]}</p>{lines}{after}</div></div></div></body></html>")
    return extract_article(page, URL).body.split("\n\n")


@pytest.mark.parametrize("closing", [
    ["Tešíme sa na Teba!", "Tím KomunitaCamp 2015"],
    ["Tešíme sa na Vás! Prosím, šírte informáciu ďalej.", "za organizačný tím, Jana Nováková"],
    ["Těšíme se na vás!", "Tým KomunitaCamp"],
])
def test_a_team_signing_off_in_slovak_or_czech_stays(closing):
    # Fails before: the team line was no signature, and the trim took it as a credit line.
    assert _body(closing)[-2:] == closing


def test_the_sign_off_stays_over_the_table_of_the_posts_files():
    # Fails before: a line above a box in the text's run was taken for the box's label.
    closing = ["Tešíme sa na Vás!", "za organizačný tím, Jana Nováková"]
    assert _body(closing, ATTACHMENTS)[-2:] == closing

