"""A short dated post set as a card of its own (its headline a plain <h5>, no <h1>, no <article> or post class around
its text but the page's outer one), with a column of other posts' cards beside it ("More news": linked headlines over
one-line excerpts) inside the same <article>: the cards are the theme's, not a listing's, when the post's own box
holds its headline, its date line and its text and none of the cards. A listing's cards share the box of its
headline's text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://skills.example/launch-of-the-civic-service/"
OTHERS = [
    ("games-for-skills", "Games and the spread of skills: the position paper",
     "The working group publishes its guidelines for teachers and policy makers."),
    ("new-calls", "The fund opens two new calls worth thirty million",
     "The calls aim to raise the skills of workers whose jobs are at risk."),
    ("awards", "The skills awards return for a new edition",
     "Projects that raise the skills of citizens compete for the prize again."),
]


def _card(slug: str, title: str, excerpt: str) -> str:
    return (f"<div class='mb-2'><div class='card card-bg'><div class='card-body pb-0'><img class='w-100' "
            f"src='/img/{slug}.jpg' alt='{title}'/><h5 class='card-title big-heading'><a href='/{slug}/'>{title}</a>"
            f"</h5><div class='card-text'><p><em>{excerpt}</em></p></div></div></div></div>")


DATE_LINE = "<div class='label'><span>17 December 2019</span></div>"


def _page(text: str, title: str = "Launch of the civic service", date_line: str = DATE_LINE) -> str:
    return ("<html lang='en'><head><title>Harbour Skills | " + title + "</title></head><body>"
            "<header><a href='/'>Harbour Skills</a><nav><a href='/news/'>News</a> <a href='/about/'>About</a></nav>"
            "</header><div class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/news/'>News</a> &gt; " + title +
            "</div><article class='container my-5'><div class='row'><div class='col-12 col-lg-8'><div class='card-"
            "wrapper'><div class='card card-bg card-big'>" + date_line + "<div class='card-body'>"
            "<h5 class='card-title'>" + title + "</h5><div class='card-text'><img "
            "class='w-100' src='/img/launch.jpg' alt='A net'/><div class='my-3'>" + text + "</div></div></div></div>"
            "</div></div><div class='col-12 col-lg-4'><h4>More news</h4>" + "".join(_card(*c) for c in OTHERS) +
            "<a class='btn' href='/news/'>See all the news</a></div></div></article>"
            "<footer><p>Department for the digital transition</p></footer></body></html>")


SHORT = ("<p><em>The minister presents the vision and the strategy that will guide the country's technological "
         "growth. The prime minister speaks too.</em></p>")


def test_a_short_post_beside_a_column_of_news_cards_is_that_post():
    """Fails before: "listing: 3 linked headlines over short teasers", the column's cards counted as the page's (no
    feed or URL family of the site vouches for it: a listing's teaser alone names it)."""
    found = extract_article(_page(SHORT), URL)
    assert found.page_type == "article", found.page_reason
    assert found.title == "Launch of the civic service"
    assert found.published[:10] == "2019-12-17"
    assert found.body.startswith("The minister presents the vision")
    assert "thirty million" not in found.body and "More news" not in found.body


def test_the_same_page_with_no_date_line_in_its_box_stays_a_listing():
    # Nothing in the box of its headline says it is a post of a day: a section's intro beside its cards.
    found = extract_article(_page(SHORT, date_line=""), URL)
    assert found.page_type == "listing", found.page_reason


def test_a_listing_whose_cards_share_its_headline_box_stays_a_listing():
    page = ("<html><head><title>Harbour Skills | News</title></head><body><main><div class='section'>"
            "<h1>News</h1><p>The latest news of the initiative, its calls and its events.</p>"
            "<span>17 December 2019</span>" + "".join(_card(*c) for c in OTHERS) + "</div></main></body></html>")
    found = extract_article(page, "https://skills.example/news/", listed_as_article=True)
    assert found.page_type == "listing", found.page_reason
