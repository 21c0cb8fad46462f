"""A post's own unlinked list of names (a book's authors) that the page's furniture shows as links (the post's
"People:" taxonomy, a side column of tags) is the post's text; a text the furniture shows as plain words stays
furniture wherever it stands."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

_NAMES = ["Alma Lindqvist", "Bruno Oyelaran", "Carla Mendes", "Dimitri Volkov", "Esther Kamau"]


def _post(footer_line: str = "") -> str:
    people = "".join(f"<li><a class='taxonomy-term' href='/people/{n}/'>{name}</a></li>"
                     for n, name in enumerate(_NAMES))
    authors = "".join(f"<li>{name}</li>" for name in _NAMES)
    return ("<html lang='en'><head><title>Textbook: Reading Clinical Records | Data Lab</title></head><body>"
            f"<aside class='sidebar'><h5>People</h5><ul>{people}</ul></aside><main><div class='td-content'>"
            "<h1>Textbook: Reading Clinical Records</h1><time datetime='2016-06-01'>June 1, 2016</time>"
            f"<header class='article-meta'><h5>People:</h5><ul class='taxonomy-terms'>{people}</ul></header>"
            "<p>The lab published an open textbook on reading the records a hospital keeps, for students of medicine "
            f"and of data science alike, and it has been read widely since.</p>{footer_line}<p>It walks through a "
            "study from the question to the published result, one chapter a step, with the code for each step.</p>"
            f"<p>Authors (in alphabetical order):</p><ul>{authors}</ul></div></main>"
            "<footer><p>The lab is part of the medical faculty</p></footer></body></html>")


def test_an_unlinked_list_of_names_the_furniture_links_is_the_texts():
    """Fails before: every author the taxonomy list links was dropped from the text as furniture."""
    body = extract_article(_post(), "https://lab.example/news/reading-records/").body
    assert body.endswith("Authors (in alphabetical order):\n\n" + "\n\n".join(_NAMES))


def test_a_line_the_furniture_shows_as_plain_words_stays_furniture():
    body = extract_article(_post("<p>The lab is part of the medical faculty</p>"),
                           "https://lab.example/news/reading-records/").body
    assert "part of the medical faculty" not in body
