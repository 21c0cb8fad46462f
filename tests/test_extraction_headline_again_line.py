"""A post whose text opens with the headline again as a paragraph (a bold "<p><strong>Title</strong></p>" under the
<h1>, in another case, with other punctuation or a day after it) starts with the text after it: readers read the
headline once. A first line saying more than the headline is the writer's."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://uni.example/news/new-soil-lab/"
TITLE = "New soil lab opens on campus"
TEXT = ("The department opened its new laboratory for soil research this week, with room for twenty researchers "
        "and a greenhouse on the roof.")
MORE = "Students will be able to use the lab for their theses from the autumn term, the head of department said."


def post(first_line: str) -> str:
    return f"""<html lang="en"><head><title>{TITLE} | Green University</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main><article><h1>{TITLE}</h1><p class="byline">Published 2 March 2024</p>
<div class="content">{first_line}<p>{TEXT}</p><p>{MORE}</p></div></article></main>
<footer><p>Green University, Campus Road 1</p></footer></body></html>"""


@pytest.mark.parametrize("line", [
    f"<p><strong>{TITLE}</strong></p>",
    "<p><strong>New Soil Lab Opens on Campus!</strong></p>",
    "<p><b>NEW SOIL LAB OPENS ON CAMPUS</b></p>",
    "<p><strong>New soil lab opens on campus – 2 March 2024</strong></p>",
])
def test_the_headline_again_as_the_first_line_is_left_out(line):
    article = extract_article(post(line), URL)
    assert article.body.split("\n\n") == [TEXT, MORE]


def test_a_first_line_saying_more_than_the_headline_stays():
    line = "<p><strong>New soil lab opens on campus, with a greenhouse for the students</strong></p>"
    article = extract_article(post(line), URL)
    assert article.body.split("\n\n")[0] == "New soil lab opens on campus, with a greenhouse for the students"
