"""A short line giving a price or an ISBN, closing the notice of a book, a ticket or a course ("ISBN ...", "Preis 24,50
Euro"), is the text's, not a label or a sign-off: the post keeps it, the last one too."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.furniture_lines import PRICE_OR_ISBN


def _post(closing: str) -> str:
    return ("<html lang='de'><head><title>Heimatkundeverein Talbach</title></head><body><nav><a href='/'>Start</a>"
            "<a href='/beitraege/'>Beiträge</a></nav><article><h1>Neues Heft über die Mühlen im Tal</h1>"
            "<span class='subheading'>14.03.2024</span><div class='post-content'>"
            "<p>Der Verein legt ein neues Heft seiner Reihe vor, das die Geschichte der sieben Mühlen am Talbach "
            "von den ersten Urkunden bis zur Stilllegung der letzten Mühle erzählt.</p>"
            "<p>Zwei Mitglieder haben dafür drei Jahre lang in den Archiven der Gemeinde und des Landkreises gesucht "
            "und viele Familien nach alten Bildern und Briefen gefragt.</p>"
            "<p>Das Heft ist im Rathaus, in der Bücherstube am Markt und bei allen Vorstandsmitgliedern "
            "erhältlich.</p>"
            f"{closing}</div><div class='post-tags'><a href='/tags/hefte/'>Hefte</a></div></article>"
            "<footer><a href='/impressum/'>Impressum</a></footer></body></html>")


def test_price_and_isbn_lines_closing_a_book_notice_stay_in_the_text():
    """Fails before: the price line was dropped as a short label and the ISBN line as a sign-off."""
    closing = ("<p><strong>ISBN 978-3-00-012345-6</strong></p><p><strong>Die Mühlen am Talbach</strong></p>"
               "<p><strong>Preis 24,50 Euro</strong></p>")
    body = extract_article(_post(closing), "https://verein.example/beitraege/muehlen-heft/").body
    assert body.endswith("ISBN 978-3-00-012345-6\n\nDie Mühlen am Talbach\n\nPreis 24,50 Euro")


def test_a_price_or_isbn_is_told_from_dates_counts_and_issue_numbers():
    assert all(PRICE_OR_ISBN.search(t) for t in ["Preis 19.90 Euro", "Eintritt: 5 €", "Entrée : 10 €", "$25",
                                                  "Pris: 120 kr", "EUR 15", "ISBN 9783980721264"])
    assert not any(PRICE_OR_ISBN.search(t) for t in ["Foto: Max Muster 2019", "Stand 12.3.2024", "Heft 3/2020",
                                                      "Seite 2 von 5", "1999 e.V.", "Funding: $23M", "Raised $800k"])
