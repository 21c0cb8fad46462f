"""The lines a post's text opens and closes on, as a reader sees them. The headline again as a paragraph (a bold
"<p><strong>Title</strong></p>" under the <h1>, in another case, other punctuation or with a day after it) is left out:
readers read the headline once; a first line saying more is the writer's. A credit line closing the post ("Posted by
Jane Doe", "News by: <office>", "Text: ...", "Foto: ..." after the last paragraph) is the article's: the body ends on
it. The theme's dated stamp ("Posted by Jane Doe on 3 March 2024"), its metadata line linking author and category, and
a picture's credit under its picture are not."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://uni.example/news/new-soil-lab/"
TITLE = "New soil lab opens on campus"
TEXT = ("The department opened its new laboratory for soil research this week, with room for twenty researchers "
        "and a greenhouse on the roof.")
LAST = "Students will be able to use the lab for their theses from the autumn term, the head of department said."


def post(closing: str = "", opening: str = "") -> str:
    return f"""<html lang="en"><head><title>{TITLE} | Green University</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main><article><h1>{TITLE}</h1><p class="byline">Published 2 March 2024</p>
<div class="content">{opening}<p>{TEXT}</p><p>{LAST}</p>{closing}</div></article></main>
<footer><p>Green University, Campus Road 1</p></footer></body></html>"""


def last_paragraph(closing: str) -> str:
    return extract_article(post(closing), URL).body.split("\n\n")[-1]


@pytest.mark.parametrize("line", [
    f"<p><strong>{TITLE}</strong></p>",
    "<p><strong>New Soil Lab Opens on Campus!</strong></p>",
    "<p><b>NEW SOIL LAB OPENS ON CAMPUS</b></p>",
    "<p><strong>New soil lab opens on campus – 2 March 2024</strong></p>",
])
def test_the_headline_again_as_the_first_line_is_left_out(line):
    article = extract_article(post(opening=line), URL)
    assert article.body.split("\n\n") == [TEXT, LAST]


@pytest.mark.parametrize("line", ["New soil lab opens on campus!", "New soil lab opens on campus."])
def test_a_plain_first_sentence_saying_the_headline_with_its_full_stop_stays(line):
    # Fails before: a writer opening with the headline's words as a sentence of their own ("Thanks for everything!"
    # under "Thanks for everything") lost it; it is no headline typed again, only a set-off one is (bold, capitals,
    # the exact headline or a day with it).
    article = extract_article(post(opening=f"<p class='lead-line'>{line}</p>"), URL)
    assert article.body.split("\n\n") == [line, TEXT, LAST]


@pytest.mark.parametrize("line", [f"<p>{TITLE}</p>", "<p>NEW SOIL LAB OPENS ON CAMPUS!</p>",
                                  "<p>New soil lab opens on campus! 2 March 2024</p>"])
def test_a_plain_line_that_is_the_headline_again_is_left_out(line):
    assert extract_article(post(opening=line), URL).body.split("\n\n") == [TEXT, LAST]


def test_a_first_line_saying_more_than_the_headline_stays():
    line = "<p><strong>New soil lab opens on campus, with a greenhouse for the students</strong></p>"
    article = extract_article(post(opening=line), URL)
    assert article.body.split("\n\n")[0] == "New soil lab opens on campus, with a greenhouse for the students"


@pytest.mark.parametrize("credit", [
    "Posted by Jane Doe", "Written by Jane Doe", "News by: Department of Soil Science", "Text: Anna Berg",
    "Skrivet av Anna Berg", "Foto: Anna Berg", "Photo: Anna Berg", "Posted by <a href='/people/jane-doe/'>Jane Doe</a>",
    "Text: <a href='/people/jane-doe/'>Jane Doe</a>", "Text och foto: <a href='/people/jane-doe/'>Jane Doe</a>",
    "News by: <a href='/people/jane-doe/'>Department of Soil Science</a>",
])
def test_a_credit_closing_the_post_ends_its_body(credit):
    shown = credit.replace("<a href='/people/jane-doe/'>", "").replace("</a>", "")  # linked to the writer's page
    assert last_paragraph(f"<p>{credit}</p>") == shown


@pytest.mark.parametrize("credit", [
    "News by : Jane Doe (Editor, Soil Students' Society 2019/20)", "News by: Jane Doe (Editor)",
    "News reported by : Jane Doe (Editor/Soil Society 19/20)", "Story written by Jane Doe",
])
def test_a_credit_signing_the_writers_role_ends_the_body(credit):
    """Fails before: the role's "Editor" read as furniture, and "News reported by" as no credit (two words before
    "by"): the line was cut off the body's end."""
    assert last_paragraph(f"<p>{credit}</p>") == credit


def test_a_credit_naming_only_a_role_stays_out():
    assert last_paragraph("<p>Posted by Editor</p>") == LAST


@pytest.mark.parametrize("line", [
    "<p>Posted by Jane Doe on 3 March 2024</p>",
    "<p>Posted by <a href='/author/jane/'>jane</a> in <a href='/category/news/'>News</a></p>",
    "<p><img src='/lab.jpg' alt=''></p><p>Foto: Anna Berg</p>",
])
def test_the_themes_stamp_and_a_pictures_credit_stay_out(line):
    assert last_paragraph(line) == LAST


def test_a_credit_under_the_posts_sources_keeps_them():
    sources = "".join(f"<p><a href='https://{site}/report/'>https://{site}/report/</a></p>"
                      for site in ("agency.example", "journal.example"))
    body = extract_article(post(sources + "<p><em>Foto: Anna Berg</em></p>"), URL).body.split("\n\n")
    assert body[-3:] == ["https://agency.example/report/", "https://journal.example/report/", "Foto: Anna Berg"]


def test_a_wire_services_copyright_line_stays_out():
    assert last_paragraph("<p>© agency-infocom, agency:230428-99-483045/5</p>") == LAST
