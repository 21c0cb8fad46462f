"""A report running in sections under unlinked subheadings may name one section by a link to what it reports on
("<h4><a>Glimmer Tracker</a></h4>" among "<h4>Ferntools</h4>"): that heading is the text's. A run of linked headlines
set the same way stays a box of other stories."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://weekly.example.org/2024/05/06/the-quillwork-weekly-issue-12/"


def _section(name: str) -> str:
    """An unlinked subheading over a paragraph of the report's own."""
    return (f"<h4>{name}</h4><p>The {name} crew moved the old sorting brambles to the new orchard shelves this week, "
            "and the nightly builds now load them without the long pause that everyone had grumbled about since the "
            "winter release. Two volunteers wrote the first guide for the tumble panel, and the review queue is "
            "shorter than it has been for months, thanks to a week of careful triage by the whole crew.</p>")


def _page(middle: str) -> str:
    return ("<html lang='en'><head><title>The Quillwork weekly, issue 12</title>"
            "<meta property='og:type' content='article'></head><body>"
            "<article><h1>The Quillwork weekly, issue 12</h1><p class='date'>May 6, 2024</p>"
            "<div class='entry'><p>Welcome to another issue of the weekly, where the crews of the Quillwork project "
            "say what they shipped, what they fixed and what they are stuck on, so that everyone else can help or at "
            "least cheer them on from the side of the orchard.</p>"
            f"{_section('Ferntools')}{middle}{_section('Lanterns')}{_section('Marrowdocs')}</div></article>"
            "</body></html>")


def test_a_linked_subheading_among_the_texts_own_stays():
    """Fails before: "Glimmer Tracker" was dropped as a link line amid the text, its points kept without it."""
    middle = ("<h4><a href='https://tracker.example.com/glimmer'>Glimmer Tracker</a></h4>"
              "<ul><li>Orla fixed the tumble panel that froze when a bramble had no name</li>"
              "<li>Pim made the nightly shelf report list its oldest entries first</li></ul>")
    found = extract_article(_page(middle), URL)
    assert "Glimmer Tracker" in found.body
    assert found.body.index("Glimmer Tracker") < found.body.index("Orla fixed the tumble panel")
    assert found.page_type == "article"


def test_a_run_of_linked_headlines_between_sections_stays_out():
    middle = "".join(f"<h4><a href='/2024/04/{n}/issue-{n}/'>The Quillwork weekly, issue {n}</a></h4>"
                     for n in (9, 10, 11))
    found = extract_article(_page(middle), URL)
    assert "issue 10" not in found.body
    assert "Lanterns" in found.body
