"""A post closing on its sources, the second joined to the first by a conjunction on a line of its own ("Details on
the school's site: <address>", then "and <address>"): both lines are the text's closing links. The joined line,
two words, was dropped as a short line while the first stayed, so the text lost one of its two sources."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://polarclub.example/news/doctoral-school-admissions/"
TITLE = "The doctoral school admits students"
TEXT = ("The international doctoral school at the centre for polar studies admits new students this year, and "
        "applications are accepted until the end of August from graduates in the earth and life sciences.")


def _post(joined: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE} - Polar Club</title></head>"
            f"<body><header><nav><a href='/'>Home</a><a href='/category/news/'>News</a></nav></header>"
            f"<main><article class='post type-post'><header><h1 class='entry-title'>{TITLE}</h1>"
            f"<time class='entry-date published' datetime='2020-07-20T10:00:00+02:00'>20/07/2020</time></header>"
            f"<div class='entry-content'><p>{TEXT}</p>"
            f"<p>Details on the school's site:<a href='http://school.example'> http://school.example </a></p>"
            f"<p>{joined} <a href='https://school.example/admissions-2020/'>https://school.example/admissions-2020/</a>"
            f"</p></div></article></main><footer><p>Polar Club, Museum Street 1</p></footer></body></html>")


@pytest.mark.parametrize("joined", ["and", "oraz"])
def test_a_source_joined_to_the_closing_one_stays(joined):
    """Fails before: the body ended on the first source's line."""
    body = extract_article(_post(joined), URL).body
    assert body.startswith(TEXT[:40])
    assert body.endswith(f"Details on the school's site: http://school.example\n\n"
                         f"{joined} https://school.example/admissions-2020/")
