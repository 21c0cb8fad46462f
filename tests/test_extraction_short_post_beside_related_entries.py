"""A short post (a greeting under a picture) whose headline stands in a banner above its own entry, with a "Related
stories" box of cards below the entry, each card a post wrapper of its own headed by a link to its post: the post's
text is what its own entry holds, and the cards' headlines make no listing of it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://agency.example/2022/05/01/labour-day/"
RELATED = [
    ("metrology-day", "Metrology day 2024", "May 22, 2024"),
    ("new-director", "Agency: the new director takes office.", "April 4, 2024"),
    ("partnership", "The certification body signs a partnership agreement with the agency for its auditors",
     "March 15, 2024"),
    ("students", "Agency: a day in the laboratory with the students of the polytechnic school of applied sciences.",
     "March 13, 2024"),
    ("board-chair", "Agency: the installation ceremony of the new chair of the board of directors.", "March 13, 2024"),
    ("womens-day", "Agency: greetings to all for the international day of women's rights", "March 8, 2024"),
    ("training", "Agency and inspection firm: the training of the inspectors goes on.", "March 12, 2024"),
    ("laboratories", "Agency and inspection firm: a visit to the two partner laboratories abroad, providers of the "
     "reference analyses of the programme.", "March 11, 2024"),
]


def _card(slug: str, title: str, day: str) -> str:
    """One related post as the theme's carousel shows it: a post wrapper (hentry) with a picture, a date, a linked
    headline and a cut excerpt."""
    href = f"/2024/03/01/{slug}/"
    return (f"<div class='page-content post-head list-item cbp-item post type-post status-publish has-post-thumbnail "
            f"hentry category-blog'><div class='post-article has-image-wrapper'><div class='standard-post-format "
            f"as-image'><div class='post-media-date'><div class='thumbnail'><a href='{href}'><img src='/thumbs/"
            f"{slug}.jpg' class='wp-post-image'><span class='icon'>&#58897;</span></a></div>"
            f"<div class='post-actions-wrapper'><div class='post-date'>{day}</div></div></div>"
            f"<div class='post-content-wrapper'><header class='single'><div class='content'><h3><a href='{href}' "
            f"class='entry-title'>{title}</a></h3></div></header><div class='post-content-outer'><p>Like the other "
            f"members of the international network, the standards agency of the country takes part in&#8230;</p>"
            f"</div></div></div></div></div>")


def _share() -> str:
    return ("<div class='clearfix share-btns'><div class='sep-3'></div><ul class='socialcount'>"
            + "".join(f"<li class='{net}'><a href='https://{net}.example/share?u=labour-day'><span class='icon'>"
                      f"&#58155;</span><span class='count'>{label}</span></a></li>&nbsp;"
                      for net, label in (("book", "Like"), ("chirp", "Tweet"), ("pins", "Pin it")))
            + "</ul></div>")


def _page(text: str) -> str:
    cards = "".join(_card(*item) for item in RELATED)
    return ("<html lang='en'><head><title>Labour day – Standards Agency</title></head><body class='single postid-14612 "
            "single-post'><div id='main-content'><div id='sub-header' class='layout-full has-background'>"
            "<div class='meta-header'><div class='limit-wrapper'><div class='meta-header-inside'><header "
            "class='page-header has-buttons'><div class='page-header-content'><h1><span class='title'><span "
            "itemprop='headline'>Labour day</span></span></h1><span class='post-siblings'><a "
            "href='/2022/04/28/safety-at-work-day/' rel='prev'><span class='icon'>&#58887;</span></a><a href='/news/' "
            "class='all-items'><span class='icon'>&#57509;</span></a><a href='/2022/05/17/standard-of-the-day/' "
            "rel='next'><span class='icon'>&#58886;</span></a></span></div></header></div></div></div></div>"
            "<div id='main' role='main' class='wpv-main layout-full'><div class='limit-wrapper'><div class='row "
            "page-wrapper'><article class='single-post-wrapper full post-14612 post type-post status-publish "
            "has-post-thumbnail hentry category-blog'><div class='page-content loop-wrapper full'><div "
            "class='post-article has-image-wrapper single'><div class='standard-post-format as-image'><div "
            "class='post-content-outer single-post'><div class='meta-top'><span class='post-date' "
            "itemprop='datePublished'>May 1, 2022</span></div><div class='post-media'><div class='media-inner'><img "
            "src='/uploads/labour-day.jpg' class='wp-post-image'></div></div><div class='post-content the-content'>"
            + text + "</div>" + _share() + "</div></div></div><div class='clearboth'><div class='limit-wrapper'></div>"
            "</div></div></article><div class='related-posts'><div class='clearfix'><div class='grid-1-1'><h2 "
            "class='related-content-title'>RELATED STORIES</h3><div class='loop-wrapper news scroll-x'><div "
            "class='cubeportfolio slider'>" + cards + "</div></div></div></div></div></div></div></div></div>"
            "</body></html>")


GREETING = "<p> » The only way to do good work is to love what you do » </p><p>A happy labour day to all.</p>"


def test_a_short_post_beside_related_cards_is_that_post():
    """Fails before: "listing: 4 linked headlines over short teasers", the related box taken for the post's text."""
    found = extract_article(_page(GREETING), URL, listed_as_article=True)
    assert found.page_type == "article", found.page_reason
    assert found.title == "Labour day"
    assert found.published[:10] == "2022-05-01"
    assert found.body.startswith("» The only way to do good work")
    assert found.body.endswith("A happy labour day to all.")
    assert "RELATED STORIES" not in found.body and "Metrology day" not in found.body


def test_a_long_post_beside_the_same_cards_keeps_its_whole_text():
    text = "".join(f"<p>Paragraph {n} of the report tells how the inspectors checked the scales of the market halls "
                   f"in the towns of the province, and what they found there in the spring.</p>" for n in range(1, 9))
    found = extract_article(_page(text), URL, listed_as_article=True)
    assert found.page_type == "article", found.page_reason
    assert found.body.startswith("Paragraph 1 of the report") and found.body.endswith("found there in the spring.")
    assert "Metrology day" not in found.body


def test_a_post_of_a_picture_alone_beside_related_cards_is_stored_without_text():
    """Fails before: "listing: 4 linked headlines over short teasers": with no text of its own, the post's entry drew
    nothing, and the related box was taken for its text. Its entry shows the picture: an article with an empty body."""
    found = extract_article(_page(""), URL, listed_as_article=True)
    assert found.page_type == "article", found.page_reason
    assert (found.title, found.published[:10], found.body) == ("Labour day", "2022-05-01", "")


def test_related_cards_without_a_picture_post_beside_them_stay_a_listing():
    # The same cards on a page with no entry of its own showing a picture: its text is the cards'.
    page = _page("").replace("<img src='/uploads/labour-day.jpg' class='wp-post-image'>", "")
    found = extract_article(page, URL, listed_as_article=True)
    assert found.page_type == "listing", found.page_reason
