"""A post whose <title> names only the site ("plantlab", "plantlab - News") keeps its own <h1> as its title, however
short ("Open day") and wherever the site's name stands too (by the logo in the menu, in the footer's address line):
a picture post so titled is then stored, its headline over the picture. A <title> stating the post's headline still
wins over a section's <h1>, though a side column lists the post under it."""
from __future__ import annotations

from fault_site import crawled_titles
from news_archive.pipelines.extraction import extract_article

PROSE = ("<p>The greenhouse team sorted the first test rows of the season this week. Each row carries a tag that "
         "links its seeds to the records kept in the shared store, so any lab can trace a plant to its batch.</p>")
POSTS = {"/news/2024-01-15-workshop-ahead.html": ("Workshop ahead", "15 Jan 2024", PROSE),
         "/news/2023-04-02-first-rows.html": ("First rows", "02 Apr 2023", PROSE.replace("sorted", "sowed")),
         "/news/2023-06-02-open-day.html": ("Open day", "02 Jun 2023", PROSE.replace("sorted", "weighed")),
         "/news/2023-12-20-greetings.html": ("Greetings", "20 Dec 2023", "<p><img src='/images/card.png' alt='A card'></p>")}


def _shell(stated: str, inner: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{stated}</title></head><body><nav class='navbar'>"
            "<a href='/'>plantlab</a> <a href='/news/'>News</a> <a href='/contact.html'>Contact</a></nav>"
            f"<section class='section'><div class='container p-4'>{inner}</div></section>"
            "<footer><p>plantlab, Greenhouse Road 4</p></footer></body></html>")


def _post(stated: str, title: str, day: str, content: str) -> str:
    return _shell(stated, f"<h1 class='title is-1'>{title}</h1><h2 class='subtitle is-2'>{day}</h2>"
                          f"<div class='content'>{content}</div>")


def _crawl(tmp_path, stated: str) -> dict[str, str]:
    listing = _shell(stated, "<h1 class='title is-1'>News</h1><div class='columns'>" + "".join(
        f"<div class='card'><a href='{path}'><h3>{title}</h3></a><p>{day}</p></div>"
        for path, (title, day, _content) in POSTS.items()) + "</div>")
    return crawled_titles(tmp_path, "plantlab", "plantlab", listing,
                          {path: _post(stated, *post) for path, post in POSTS.items()})


def test_posts_under_the_sites_name_as_title_keep_their_short_headlines_and_the_picture_post_is_stored(tmp_path):
    # Fails before: the picture post was titled "plantlab" (its <title>, whose words the menu and footer show), no
    # heading showed that title, and it was dropped as empty.
    assert _crawl(tmp_path, "plantlab") == {path: title for path, (title, _day, _content) in POSTS.items()}


def test_posts_under_the_sites_and_sections_name_as_title_keep_their_headlines(tmp_path):
    # Fails before: as above, "plantlab - News" read as a headline "plantlab" beside a site named "News".
    assert _crawl(tmp_path, "plantlab - News") == {path: title for path, (title, _day, _content) in POSTS.items()}


def test_a_stated_headline_listed_in_a_side_column_beats_a_sections_h1():
    # The side column names this post by a link to it: its words are the post's, not the site's.
    page = ("<html><head><title>Seed swap moves to the old mill | plantlab</title></head><body><nav>"
            "<a href='/'>plantlab</a> <a href='/blog/'>Blog</a></nav><main><h1>Blog</h1><p class='date'>3 May 2024</p>"
            f"{PROSE}{PROSE.replace('sorted', 'counted')}</main><aside><h3>Recent</h3><a href='/blog/seed-swap/'>Seed "
            "swap moves to the old mill</a></aside><footer>plantlab</footer></body></html>")
    assert extract_article(page, "https://plantlab.example/blog/seed-swap/").title == "Seed swap moves to the old mill"
