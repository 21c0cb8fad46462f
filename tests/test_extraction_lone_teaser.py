"""A listing's page that shows one teaser (a person's page listing the one post they wrote, a section's page of one
press release, a pager's last page) is a listing: its text is an excerpt under a headline linking to the post."""
from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem

from news_archive.archive.record import ArticleItem
from news_archive.pipelines.clean import clean_item
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


def picture_post(consent: str) -> str:
    return ("<html lang='it'><head><title>La nuova versione è uscita | Gruppo Aperto</title>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2013-05-14T09:30:00+00:00'></head>"
            "<body class='single single-post postid-12 single-format-standard'>"
            "<header><a href='/'>Gruppo Aperto</a></header><div id='content'>"
            "<article class='post type-post status-publish hentry'><h1 class='entry-title'>La nuova versione è uscita</h1>"
            "<div class='entry-meta'><time class='entry-date' datetime='2013-05-14'>14 maggio 2013</time></div>"
            "<div class='entry-content'><p><img src='/wp-content/uploads/locandina.png' alt=''></p></div></article>"
            "</div><footer><p>Gruppo Aperto</p></footer>" + consent + "</body></html>")


def test_a_listed_post_of_a_picture_alone_is_stored_with_no_text_not_with_the_cookie_notice():
    # Fails before the consent rule: the notice was the post's body; once it is no text, the empty body dropped the
    # post the site lists.
    consent = ("<div id='cookie-law-info-bar' class='cookie-notice'><span>Usiamo i cookie per offrirti la migliore "
               "esperienza sul nostro sito. Continuando a navigare accetti il loro uso.</span>"
               "<a href='#' class='cookie-accept button'>Accetto</a><a href='/privacy/'>Leggi di più</a></div>")
    url = "https://gruppo.example/2013/05/la-nuova-versione-e-uscita/"
    item = clean_item(ArticleItem(source="gruppo", url=url, html=picture_post(consent), fetched_at="2024-03-05T10:00:00+00:00",
                                  listed_as_article=True))
    assert (item.title, item.body, item.published[:10]) == ("La nuova versione è uscita", "", "2013-05-14")
    with pytest.raises(DropItem):  # not listed as a post: nothing says the empty page is one
        clean_item(ArticleItem(source="gruppo", url=url, html=picture_post(consent),
                               fetched_at="2024-03-05T10:00:00+00:00"))


def test_a_listed_post_of_pictures_alone_typed_an_article_by_its_generator_is_stored_with_no_text():
    """Fails before: a static generator (Publii) marks its posts by a JSON-LD Article, not by <body> classes, and the
    listed post of a poster alone was dropped as empty."""
    html = ("<html lang='nl'><head><title>Herfstfeest in de zaal | De gilden</title>"
            "<script type='application/ld+json'>{\"@context\": \"http://schema.org\", \"@type\": \"Article\", "
            "\"headline\": \"Herfstfeest in de zaal\", \"datePublished\": \"2022-09-15T10:20+02:00\"}</script>"
            "</head><body><div class='container'><header><a href='/'>De gilden</a></header><main><article class='post'>"
            "<div class='hero'><header class='hero__text'><h1>Herfstfeest in de zaal</h1><p class='post__meta'>Door "
            "<a href='/authors/de-schrijver/'>De schrijver</a></p></header></div><div class='post__entry'><figure>"
            "<img src='/media/posts/9/affiche.jpg' alt=''></figure></div></article></main></div></body></html>")
    url = "https://gilden.example/herfstfeest-in-de-zaal.html"
    item = clean_item(ArticleItem(source="gilden", url=url, html=html, fetched_at="2024-03-05T10:00:00+00:00",
                                  listed_as_article=True))
    assert (item.title, item.body, item.published[:10]) == ("Herfstfeest in de zaal", "", "2022-09-15")
    with pytest.raises(DropItem):  # not listed as a post: nothing says the empty page is one
        clean_item(ArticleItem(source="gilden", url=url, html=html, fetched_at="2024-03-05T10:00:00+00:00"))


def _shown_post(shown: str) -> str:
    # A static export with no <article> and no CMS marks, its <title> the site's name on every page: the headline,
    # what the post shows, its date line.
    return ("<html lang='de'><head><meta charset='utf-8'><title>Jugendgruppe Talberg</title></head><body>"
            "<header><a href='/'>Jugendgruppe Talberg</a><nav><a href='/news'>Neuigkeiten</a>"
            "<a href='/kontakt'>Kontakt</a></nav></header><main class='page__main'><h1>Filmabend im Pfarrsaal</h1>"
            f"<div class='sections'>{shown}</div><div class='page__stamp'>Veröffentlicht am: 4.3.2023</div></main>"
            "<footer><p>Jugendgruppe Talberg, Dorfstrasse 4</p></footer></body></html>")


@pytest.mark.parametrize("shown", ["<div class='media'><img src='/uploads/flyer.jpg' alt=''></div>",
                                   "<div><a href='/uploads/jahresheft-2022.pdf'>jahresheft-2022.pdf</a></div>"])
def test_a_listed_dated_post_showing_a_picture_or_a_document_alone_is_stored_with_no_text(shown):
    # Fails before: with no <article> wrapper and no CMS mark, the listed post of a flyer (or of its yearly report's
    # PDF) was dropped as empty, though the site lists it among its news under its own headline and date; and with
    # no text under it, the bare <h1> opening <main> lost to the <title> naming the site.
    url = "https://talberg.example/news/filmabend-im-pfarrsaal"
    item = clean_item(ArticleItem(source="talberg", url=url, html=_shown_post(shown),
                                  fetched_at="2024-03-05T10:00:00+00:00", listed_as_article=True))
    assert (item.title, item.body, item.published[:10]) == ("Filmabend im Pfarrsaal", "", "2023-03-04")
    with pytest.raises(DropItem):  # not listed as a post: nothing says the empty page is one
        clean_item(ArticleItem(source="talberg", url=url, html=_shown_post(shown),
                               fetched_at="2024-03-05T10:00:00+00:00"))


def test_a_listed_dated_page_showing_nothing_under_its_headline_stays_empty():
    # A shell whose text a script would fill shows neither words nor a picture: no post to store.
    url = "https://talberg.example/news/filmabend-im-pfarrsaal"
    with pytest.raises(DropItem):
        clean_item(ArticleItem(source="talberg", url=url, html=_shown_post(""),
                               fetched_at="2024-03-05T10:00:00+00:00", listed_as_article=True))


def _microdata_post(shown_day: str) -> str:
    # A WordPress theme dating the post by schema.org microdata (<meta itemprop="datePublished"> in the entry's
    # header) beside the date line it prints; the post is a gallery of pictures with no words.
    return ("<html lang='en-US'><head><meta charset='utf-8'><title>Regatta pictures – Sailors</title></head>"
            "<body class='post-template-default single single-post postid-77'><header><h1 class='site-title'>Sailors"
            "</h1></header><main><article id='post-77' class='post-77 post type-post status-publish hentry' itemscope "
            "itemtype='http://schema.org/NewsArticle'><header class='entry-header'><h1 class='entry-title' "
            "itemprop='headline'>Regatta pictures</h1><div class='entry-date'><a href='/2021/06/regatta-pictures/'>"
            f"{shown_day}</a></div><meta itemprop='datePublished' content='2021-06-20T18:02:11+01:00'></header>"
            "<div class='entry-content' itemprop='text'><p><a href='/uploads/regatta-1.jpg'><img src='/uploads/"
            "regatta-1-600x400.jpg' alt=''></a></p><p><a href='/uploads/regatta-2.jpg'><img src='/uploads/"
            "regatta-2-600x400.jpg' alt=''></a></p></div></article></main>"
            "<footer class='site-footer'><p>Sailors, Harbour Road 2</p></footer></body></html>")


def test_a_listed_post_of_pictures_dated_in_microdata_and_showing_that_day_is_stored_with_no_text():
    # Fails before: the date came from the microdata, which alone vouches for no post (generators stamp every page),
    # though the post's own date line shows readers the same day; the listed gallery post was dropped as empty.
    url = "https://sailors.example/2021/06/regatta-pictures/"
    item = clean_item(ArticleItem(source="sailors", url=url, html=_microdata_post("20 June, 2021"),
                                  fetched_at="2024-03-05T10:00:00+00:00", listed_as_article=True))
    assert (item.title, item.body, item.published[:10]) == ("Regatta pictures", "", "2021-06-20")
    with pytest.raises(DropItem):  # the page shows no day: the microdata's alone vouches for nothing
        clean_item(ArticleItem(source="sailors", url=url, html=_microdata_post("Photo gallery"),
                               fetched_at="2024-03-05T10:00:00+00:00", listed_as_article=True))
