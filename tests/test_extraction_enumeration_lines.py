"""A report that closes on its data set as lines, not as a list: group labels ("Intensity 4:") and lines naming a
group's places after a label ("Kent: Northvale, Eastport"), most names linked to the site's topic pages. Each line
alone is short and mostly links, furniture's shape; run together under the text's last paragraph, in its element,
they are the text. Lines of tags or categories under the text stay out, however alike they are set."""
from news_archive.pipelines.extraction import extract_article

URL = "https://news.example/articles/2025/01/13/quake-south.html"
TEXT = [
    "An earthquake shook the south of the island on Monday evening, the weather agency said, with no tsunami "
    "warning issued for the coast.",
    "Trains on two lines were halted for an hour while the tracks were checked, and no injuries had been reported "
    "by the evening.",
    "The intensity recorded in each town was as follows.",
]


def topic(name: str) -> str:
    return f'<a href="/topics/word/{name}.html" class="topic">{name}</a>'


# (label line, [(group, [(town, linked)])]) as the report sets them.
GROUPS = [
    ("Intensity 5:", [("Kent", [("Northvale", True), ("Eastport", True), ("Millbrook", False)])]),
    ("Intensity 4:", [("Kent", [("Southgate", True), ("Riverton*", True), ("Oakham", False), ("Fernley", True)]),
                      ("Sussex", [("Corley", True), ("Hillside", False)])]),
]


def data_lines() -> tuple[str, list[str]]:
    html, lines = "", []
    for label, groups in GROUPS:
        html += f"<p>{label}</p>"
        lines.append(label)
        for group, towns in groups:
            names = [(topic(town.rstrip("*")) + "*" if town.endswith("*") else topic(town)) if linked else town
                     for town, linked in towns]
            html += f"<p>{topic(group)}: {', '.join(names)}</p>"
            lines.append(f"{group}: {', '.join(town for town, _ in towns)}")
    return html, lines


def page(tail: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT) + tail
    return f"""<html lang="en"><head><title>Quake shakes the south - Daily News</title></head><body>
<div id="header"><a href="/">Daily News</a><ul class="menu"><li><a href="/national/">National</a></li></ul></div>
<article><h1>Quake shakes the south</h1><div class="article-body">{paragraphs}</div></article>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/articles/1.html">Storm warning for the weekend</a></li>
<li><a href="/articles/2.html">Bridge closed for repairs</a></li></ul></div></body></html>"""


def test_data_lines_closing_the_report_are_its_text():
    # Fails before: each labelled line of linked names was weighed as a line of links, each label as a box's, and the
    # text stopped at the sentence announcing them.
    html, lines = data_lines()
    article = extract_article(page(html), URL)
    assert article.body.split("\n\n") == [*TEXT, *lines]


def test_tag_and_category_lines_under_the_text_stay_out():
    tail = (f"<p>Tags: {topic('Earthquake')}, {topic('Kent')}, {topic('Sussex')}</p>"
            f"<p>Categories: {topic('National')}, {topic('Weather')}, {topic('Transport')}</p>")
    article = extract_article(page(tail), URL)
    assert article.body.split("\n\n") == TEXT
