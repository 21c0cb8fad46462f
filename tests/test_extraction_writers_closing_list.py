"""A post's own closing list stays: the calls to action a writer lists right under the text's last paragraph (sign-up
forms on other sites, the site's rules page, a post elsewhere), while a list of the site's other posts set in the same
place is still no text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://guild.example/news/volunteer-reviewers/"
TITLE = "Become a volunteer reviewer"
PARAGRAPHS = [
    "The guild is starting a programme that pairs new contributors with the people who review their work.",
    "Many people would like to help with the guild's libraries but do not know where to begin, and the reviewers "
    "have more waiting than they can read. The programme is meant to bring the two together.",
    "Each pair works on one change for six weeks, from setting up the project to the day the change is merged.",
    "If you look after one of the guild's libraries and would like to guide a newcomer, we would be glad to hear "
    "from you.",
]
TEXT = "".join(f"<p class='para'>{p}</p>\n" for p in PARAGRAPHS)


def page(closing: str) -> str:
    """A script-built site's post: the date and headline over the text, set in one Markdown box whose paragraphs
    and lists are siblings; a contact box and the footer's links after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Guild</title></head>
<body><nav><ul><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li>
<li><a href="/join/">Join</a></li></ul></nav>
<div class="layout"><div class="markdown"><p class="date">March 03, 2025</p><h1 class="title">{TITLE}</h1>
<div class="markdown">{TEXT}{closing}</div></div></div>
<div class="cta"><span>Still have questions? Write to us!</span>
<h2><a href="mailto:hello@guild.example">hello@guild.example</a></h2></div>
<footer><ul><li><a href="/guidelines/">Guidelines</a></li><li><a href="/brand/">Brand usage</a></li>
<li><a href="https://lang.example">Language website</a></li></ul></footer></body></html>"""


def body_of(closing: str) -> str:
    return extract_article(page(closing), URL).body


def test_the_writers_list_of_calls_to_action_under_the_last_paragraph_stays():
    body = body_of("""<ul class="list">
<li><a href="https://forms.example/f/reviewer-sign-up">Apply as a reviewer</a></li>
<li><a href="https://forms.example/f/newcomer-sign-up">Apply as a newcomer</a></li>
<li><a href="https://guild.example/reviewer-programme-rules/">Programme rules</a></li>
<li><a href="https://blog.sponsor.example/2025/03/reviewers/">More details</a></li></ul>""")
    assert "we would be glad to hear from you." in body
    assert "Apply as a reviewer" in body
    assert body.endswith("More details")


def test_a_list_of_the_sites_other_posts_under_the_last_paragraph_still_goes():
    body = body_of("""<ul class="list">
<li><a href="/news/spring-meeting-minutes/">Minutes of the spring meeting</a></li>
<li><a href="/news/new-library-release/">A new release of the parser library</a></li>
<li><a href="/news/reviewers-thanked/">Thanks to last year's reviewers</a></li></ul>""")
    assert body.endswith("we would be glad to hear from you.")


def test_a_sponsored_link_under_the_last_paragraph_still_goes():
    body = body_of("""<ul class="link-list"><li><a href="https://shop.example/book/guide-to-reviewing">
<span class="label">Sponsored</span> <span>Get the guide to reviewing at the shop</span></a></li>
<li><a href="https://shop.example/book/reviewers-handbook"><span class="label">Sponsored</span>
<span>The reviewer's handbook, now half price</span></a></li></ul>""")
    assert body.endswith("we would be glad to hear from you.")
