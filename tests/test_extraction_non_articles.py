"""Pages that are not articles: listings, about, contact, legal and event pages, static pages and plain undated
pages."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from article_page import PARAGRAPHS, page


def test_listing_page_is_not_an_article():
    teasers = "".join(
        f"<div class='post'><h2><a href='/sv/2023/06/{day}/nyhet-{day}/'>Nyhet nummer {day} om forskning</a></h2>"
        f"<p>En kort ingress om nyhet {day} som lockar till läsning.</p><a href='/sv/2023/06/{day}/nyhet-{day}/'>Läs mer</a></div>"
        for day in range(10, 20))
    html = f"<html><head><title>Nyheter | Campus</title></head><body><main><h1>Nyheter</h1>{teasers}</main></body></html>"
    result = extract_article(html, "https://campus.example/sv/category/nyheter/")
    assert (result.is_article, result.page_type) == (False, "listing")


def test_a_page_repeating_whole_posts_under_links_to_them_is_a_listing_even_when_listed_as_an_article():
    """A topic page of a static blog prints its one post whole, header, date and all, under a headline linking to
    the post: a listing, though the crawler met its address in a family of article addresses. The post itself, the
    same <article> headed by its own unlinked title, is the article."""
    def page(headline: str, heading: str) -> str:
        text = "".join(f"<p>Paragraph {n} of the report from the spring planting day, with all the beds we dug, the "
                       "seeds we swapped and the names of everyone who came to help.</p>" for n in range(5))
        return (f"<html><head><title>Garden club</title></head><body><header><p><a href='/'>Garden club</a></p>"
                f"</header><main>{heading}<article><header><h2>{headline}</h2><p>By Kim <time datetime='2021-04-11'>"
                f"2021-04-11</time></p></header>{text}</article></main></body></html>")

    tag = extract_article(page("<a href='/blog/spring-planting/'>Spring planting</a>", "<h1>seeds</h1>"),
                          "https://garden.example/topics/seeds/", listed_as_article=True)
    post = extract_article(page("Spring planting", ""), "https://garden.example/blog/spring-planting/",
                           listed_as_article=True)
    assert (tag.page_type, tag.is_article) == ("listing", False)
    assert (post.page_type, post.is_article) == ("article", True)


@pytest.mark.parametrize("url, head", [
    ("https://campus.example/sv/om-oss/", ""),
    ("https://campus.example/sv/kontakt/", ""),
    ("https://ssci.example/sv/event/frukostmote/", ""),
    ("https://campus.example/sv/frukostmote/", '<script type="application/ld+json">{"@type": "Event", "name": "Frukostmöte",'
                                               ' "startDate": "2015-10-23T07:30"}</script>'),
])
def test_about_contact_and_event_pages_are_not_articles(url, head):
    html = page(head=head, header="<p>fredag, 23 oktober, 2015 - 07:30 till 09:15</p>")
    result = extract_article(html, url)
    assert (result.is_article, result.page_type) == (False, "other")
    assert PARAGRAPHS[0] in result.body, "the page's text is still extracted: the verdict is apart from the body"


@pytest.mark.parametrize("url, page_type", [
    ("https://campus.example/sv/nyheter/2015/10/02/frukostmote/", "article"),  # posted three weeks before
    ("https://campus.example/sv/aktuellt/2015/10/23/frukostmote/", "other"),  # dated by the event's own day
    ("https://campus.example/sv/nyheter/frukostmote/", "other"),  # nothing tells the post from the event's page
])
def test_a_news_post_announcing_an_event_is_an_article_when_its_address_dates_it_before_the_event(url, page_type):
    """Blog engines date every post's address: a post dated before the event its JSON-LD `Event` describes is the
    news stream's announcement; an event page in a news stream, undated, stays the event's (see havslund-park)."""
    head = ('<script type="application/ld+json">{"@type": "Event", "name": "Frukostmöte", '
            '"startDate": "2015-10-23T07:30+02:00"}</script>')
    assert extract_article(page(head=head), url).page_type == page_type


def test_cms_stamping_og_type_article_on_an_about_page_does_not_make_it_an_article():
    head = '<meta property="og:type" content="article">'
    assert not extract_article(page(head=head), "https://campus.example/sv/om-oss/").is_article
    assert extract_article(page(head=head), "https://campus.example/sv/nyheter/ny-metod/").is_article


def test_a_theme_typing_every_page_an_article_does_not_make_contact_or_privacy_pages_articles():
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2022-09-09T10:08:30Z"}</script>'
    for path in ("/kontakt/", "/privacy-policy/", "/datenschutz/"):
        assert extract_article(page(head=head), f"https://campus.example{path}").page_type == "other", path
    assert extract_article(page(head=head), "https://campus.example/posts/ny-metod/").page_type == "article"


def test_french_and_dutch_legal_pages_typed_articles_are_no_articles():
    """Fails before: a WordPress theme types its legal notice an article, dated, and the address was not known as a
    legal page's (`mentions-legales-politique-confidentialite`, `privacyverklaring`). Politics news stays news."""
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2023-04-20T05:42:08Z"}</script>'
    for path in ("/mentions-legales-politique-confidentialite/", "/mentions-legales/", "/politique-de-confidentialite/",
                 "/privacyverklaring/", "/nl/cookiebeleid/"):
        assert extract_article(page(head=head), f"https://trust.example{path}").page_type == "other", path
    for path in ("/politique/le-conseil-vote-le-budget/", "/actualites/mentions-dans-la-presse/"):
        assert extract_article(page(head=head), f"https://trust.example{path}").page_type == "article", path


def test_dates_in_a_latest_news_list_beside_a_page_do_not_date_it_nor_do_a_comment_lists_dates():
    """Sites set a "latest news" list beside every page: its dates are other articles', not the contact page's. A
    list of readers' comments dates when they wrote, not when the post went out (test_date_not_from_reader_comments)."""
    latest = ("<div class='portlet'><h2>Senaste nyheter</h2><ul>"
              "<li><a href='/nyheter/trafik/2024/klart/'>Klart!</a><p class='datum'>24-09-27</p></li>"
              "<li><a href='/nyheter/press/2024/badet/'>Kommunen tar över badet</a><p>Publicerad 2024-09-19</p></li>"
              "</ul></div>")
    contact = page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS), after=latest, title="Öppettider")
    result = extract_article(contact, "https://kommun.example/service/oppettider/")
    assert (result.published, result.page_type) == (None, "page")
    comments = ("<ol class='commentlist'>" + "".join(
        f"<li class='comment'><a href='https://reader{n}.example/'>Läsare {n}</a> <p>27 september 2012</p>"
        f"<p>Så fint!</p></li>" for n in range(3)) + "</ol>")
    post = page(body="".join(f"<p>{p}</p>" for p in PARAGRAPHS), after=comments)
    assert extract_article(post, "https://blogg.example/om-hosten/").published is None


def test_news_kept_under_an_about_section_are_articles_and_the_about_pages_are_not():
    """Hospitals and universities keep their news under "about us": the innermost section names the page."""
    dated = page(header="<p>Publicerad 2024-05-02</p>")
    for path in ("/om-oss/centrala-nyheter/2024/05/ny-mottagning/", "/om/nyheter/juni-1.1198344", "/en/about/news/june"):
        assert extract_article(dated, f"https://campus.example{path}").page_type == "article", path
    for path in ("/om-oss/kontakt/", "/nyheter/evenemang/hostmarknad/", "/om/"):
        assert extract_article(dated, f"https://campus.example{path}").page_type == "other", path


def test_segments_joined_by_underscores_name_sections_and_the_news_listings_events_are_news():
    """`news_events` is a news section as `news-events` is, and `about_us` an about page. An events folder inside
    the news section holds the stream's event notices: those its news listing shows as news are articles."""
    dated = page(header="<p>Events | 2024-04-05</p>")
    assert extract_article(dated, "https://campus.example/about_us/news_items/june.html").page_type == "article"
    assert extract_article(dated, "https://campus.example/about_us/").page_type == "other"
    assert extract_article(dated, "https://campus.example/privacy_policy/").page_type == "other"
    event = "https://campus.example/news_events/events/448.html"
    assert extract_article(dated, event).page_type == "other"  # not shown by the news listing: an event page
    assert extract_article(dated, event, listed_as_article=True).page_type == "article"
    assert extract_article(dated, "https://campus.example/events/448.html", listed_as_article=True).page_type == "other"

def test_tag_address_is_a_listing_unless_it_shows_one_long_dated_text():
    tag_url = "https://campus.example/tag/cellterapi/"
    short = extract_article(page(header="<p>Publicerad 2023-06-13</p>"), tag_url)
    assert (short.page_type, short.page_reason) == ("listing", "address segment /tag")
    long_text = "".join(f"<p>{p} {p} {p} {p}</p>" for p in PARAGRAPHS)
    assert extract_article(page(body=long_text, header="<p>Publicerad 2023-06-13</p>"), tag_url).page_type == "article"


def test_page_without_date_or_article_markup_is_not_a_news_article():
    """Its text may be an undated article or a plain page: the crawl stores it only with other evidence."""
    result = extract_article(page(), "https://campus.example/sv/verksamhet/")
    assert (result.is_article, result.page_type, result.page_reason) == (True, "page", "no date or article markup")
    assert result.body == "\n\n".join(PARAGRAPHS)


# Teaser cards as React front ends and blog themes set them: the whole card one link, or a row of <article>s each
# headed by a link, with the date beside it.
WHOLE_CARDS = "".join(
    f'<a href="/en/news/post-{n}" class="group flex flex-col"><div class="text-xs"><span>Research</span>'
    f'<time dateTime="2024-0{n}-12T08:00:00.000Z">{n} months ago</time></div><h3 class="mt-3">Post number {n}</h3>'
    f'<p>An excerpt of post {n}, cut after a line.</p></a>' for n in range(1, 3))
ARTICLE_CARDS = "".join(
    f'<article class="post-card post"><a class="post-card-content-link" href="/post-{n}/"><header><h2>Post {n}</h2>'
    f'</header><div class="post-card-excerpt">An excerpt of post {n}.</div></a><footer class="post-card-meta">'
    f'<time datetime="2024-0{n}-12">12 Mar 2024</time></footer></article>' for n in range(1, 5))


@pytest.mark.parametrize("cards", [WHOLE_CARDS, ARTICLE_CARDS])
def test_a_cards_date_dates_no_page_and_a_page_of_cards_is_no_article(cards):
    html = (f"<html><body><main><h1>News</h1><p>News from the park and its companies.</p>"
            f"<div class='grid'>{cards}</div></main></body></html>")
    result = extract_article(html, "https://park.example/en/news")
    assert result.published is None
    assert result.page_type != "article"


def test_a_page_the_cms_marks_static_is_a_plain_page_though_typed_and_dated_like_a_post():
    head = ('<meta property="og:type" content="article"><script type="application/ld+json">{"@context": '
            '"https://schema.org", "@type": "Article", "headline": "Styrelsen", "datePublished": "2021-04-11"}</script>')
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)

    def judged(body_class: str, **options):
        html = f"<html><head>{head}</head><body class='{body_class}'><main><h1>Styrelsen</h1>{text}</main></body></html>"
        return extract_article(html, "https://forening.example/styrelsen/", **options)

    static = judged("page-template page-styrelsen")
    assert (static.page_type, static.page_reason) == ("page", "the CMS marks it a static page")
    assert static.is_article and static.published.startswith("2021-04-11")  # text and date kept for who asks
    assert judged("post-template tag-nyheter").page_type == "article"
    assert judged("page-template-default page page-id-7", listed_as_article=True).page_type == "article"
