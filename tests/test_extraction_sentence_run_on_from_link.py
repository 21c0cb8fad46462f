"""A two-line notice opening on a sentence led by its link ("<a>Swimming course 2030</a> is online!") over a line
of its own keeps that sentence: the link holds most of it, but it is the writer's opening line, not a link line. A
linked title with a capitalised word beside it ("<a>...</a> Photos!") before the text stays out."""
from news_archive.pipelines.extraction import extract_article

URL = "http://lifeguards.example/news/2029/9/21/swimming_course_2030/"
TITLE = "Swimming course 2030"
SECOND = ('<p>Sign up through <a href="/sign-up/">our registration page</a> or by '
          '<a href="mailto:courses@lifeguards.example">mail</a>.</p>')


def post(content: str) -> str:
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Lifeguards - {TITLE}</title>
<meta name="description" content="A swimming club training lifeguards every week in the town pool."></head><body>
<header><nav><a href="/">Home</a> <a href="/training/">Training</a> <a href="/courses/">Courses</a>
<a href="/contact/">Contact</a></nav></header>
<div class="container" id="main"><h1>{TITLE}</h1>
{content}
</div>
<footer><div class="container">Contact us: <a href="mailto:board@lifeguards.example">mail</a>
<div class="copyright">2029 <a href="mailto:web@lifeguards.example">Web team</a></div></div></footer></body></html>"""


def test_a_sentence_led_by_its_link_opening_a_notice_stays():
    """Fails before: the first line, mostly its link, was left outside the text (the second alone was the body)."""
    opening = '<p><a href="/courses/2030/">Swimming course 2030</a> is online!</p>'
    body = extract_article(post(opening + SECOND), URL, listed_as_article=True).body
    assert body.startswith("Swimming course 2030 is online!")
    assert body.endswith("or by mail.")


def test_a_linked_title_with_a_word_beside_it_stays_out():
    linked = '<p><a href="/news/2029/8/1/open_water/">Open water race on the lake</a> Photos!</p>'
    body = extract_article(post(linked + SECOND), URL, listed_as_article=True).body
    assert "Open water race" not in body
    assert body.startswith("Sign up through")
