"""A listing's page that shows one teaser (a person's page listing the one post they wrote, a section's page of one
press release, a pager's last page) is a listing: its text is an excerpt under a headline linking to the post."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

CONSENT = ("<div class='site-cookie-consent-bar' role='dialog'><p class='site-cookie-consent-bar__text'>The museum uses "
           "cookies for statistics and to remember your choices. By going on you accept that we use them.</p>"
           "<button type='button'>I accept</button><a href='/cookies/'>More about cookies</a></div>")
SIDEBAR = ("<aside><h2>Latest news</h2><ul>"
           "<li><a href='/news/new-wing-opens-1.204/'>New wing opens</a><p>Published May 2, 2024</p></li>"
           "<li><a href='/news/a-bronze-age-hoard-1.203/'>A bronze age hoard</a><p>Published Apr 9, 2024</p></li>"
           "</ul></aside>")


def one_teaser_page(heading: str, consent: str = "") -> str:
    return ("<html lang='en'><head><title>" + heading + " - Harbour Museum</title></head><body>" + consent +
            "<header><a href='/'>Harbour Museum</a><nav><a href='/news/'>News</a><a href='/visit/'>Visit</a></nav>"
            "</header><div class='row'><div class='column-main'><h1>" + heading + "</h1><ul class='channel'>"
            "<li class='channel-item'><div class='channel-item-content'><h2 class='font-heading-3'>"
            "<a href='/news/volunteers-wanted-for-the-summer-1.201/'>Volunteers wanted for the summer</a></h2>"
            "<p class='font-date'>Published Mar 21, 2024</p><p class='normal'>The museum looks for volunteers who can "
            "guide visitors through the harbour and its boats this summer […]</p></div></li></ul><nav class='pagination'><ul><li>"
            "<span aria-current='page'>1</span></li></ul></nav></div>" + SIDEBAR +
            "</div><footer><p>Harbour Museum, Quay Street 4.</p></footer></body></html>")


def test_a_persons_page_listing_one_post_is_a_listing():
    # Fails before: the excerpt, dated by its teaser's line, made the page an article.
    result = extract_article(one_teaser_page("Maria Holm"), "https://museum.example/profile/maria-holm/")
    assert result.page_type == "listing", result.page_reason


def test_a_pagers_last_page_of_one_teaser_beside_a_cookie_notice_is_a_listing():
    result = extract_article(one_teaser_page("News", CONSENT), "https://museum.example/news/?page=3")
    assert result.page_type == "listing", result.page_reason
    assert "cookies" not in result.body


def test_a_one_teaser_page_the_site_lists_as_a_post_is_that_post():
    page = one_teaser_page("Maria Holm", CONSENT)
    result = extract_article(page, "https://museum.example/profile/maria-holm/", listed_as_article=True)
    assert result.page_type == "article" and "cookies" not in result.body
