"""A news page that an SEO plugin types an article (og:type, as on every page of the site) and that shows its posts as
whole-card links (one <a> around a picture, a date, a title and an excerpt, set in <div>s: no headings, no <article>
blocks, no pager, a theme's own body classes) is the listing it shows. A start page that is one post, with five such
cards of related posts under its text, stays an article."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, article_html, crawl_one_source, page

POSTS = [(f"/{slug}-{n}/", f"New meadow bought near the {slug} river, parcel {n}")
         for n, slug in enumerate(["alder", "willow", "heron", "otter", "beaver", "reed", "marsh"], 1)]
TYPED_ARTICLE = ('<meta property="og:type" content="article">'
                 '<meta property="article:modified_time" content="2024-02-29T09:07:42+00:00">')


def _card(path: str, title: str, n: int) -> str:
    """The theme's card: the whole teaser is one link, its parts plain <div>s."""
    return (f'<a href="..{path}index.html" class="cell event-item"><div class="image"><img src="../up/m{n}.jpg" alt="">'
            f'</div><div class="content"><div class="date"> 0{n} mars 2023</div><div class="title"> {title}</div>'
            f'<div class="excerpt"> The trust signed for wet grassland beside the water, where the waders nest in '
            f'spring and the cattle graze in late summer ...</div></div></a>')


def _menu() -> str:
    return ('<header><nav><ul><li><a href="../about/index.html">The trust</a></li><li><a href="index.html">News</a>'
            '</li><li><a href="../join/index.html">Join us</a></li></ul></nav></header>')


def _news_page() -> str:
    cards = "".join(_card(path, title, n) for n, (path, title) in enumerate(POSTS, 1))
    return (f"<html><head><title>News - The trust</title>{TYPED_ARTICLE}</head><body class='template-page-news'>"
            f"{_menu()}<main><section id='intro'><h1>News</h1></section><section class='cards'>"
            f"<div class='grid'>{cards}</div></section></main><footer><a href='../legal/index.html'>Legal</a></footer>"
            "</body></html>")


def _post_with_cards() -> str:
    text = "".join(f"<p>The trust has bought four parcels of wet woodland on the slope above the lake, where the old "
                   f"alders stand in standing water and the moss grows thick between them, note {k}.</p>"
                   for k in range(6))
    cards = "".join(_card(path, title, n) for n, (path, title) in enumerate(POSTS[:5], 1))
    return (f"<html><head><title>Wet woodland - The trust</title>{TYPED_ARTICLE}</head><body class='template-post'>"
            f"{_menu()}<main><section id='intro'><h1>Wet woodland</h1></section><section>{text}</section>"
            f"<section class='more'><div class='grid'>{cards}</div></section></main></body></html>")


def test_a_start_page_typed_article_showing_whole_card_links_is_read_as_a_listing():
    """Fails before: the start page declared an article, and its cards are neither headings nor <article> blocks."""
    base = "http://trust.example"
    decisions = SourceDecisions(lambda url, why: None)
    assert decisions.is_listing(lxml.html.fromstring(_news_page()), f"{base}/news/", "start")
    post = lxml.html.fromstring(_post_with_cards())
    assert not SourceDecisions(lambda url, why: None).is_listing(post, f"{base}/wet-woodland/", "start")


def test_a_news_page_of_whole_card_links_typed_article_is_crawled_to_its_posts(tmp_path):
    """Fails before: 0 of 7 posts (the start page alone was fetched, taken for an article and judged not one)."""
    server = FaultServer()
    server.routes["/news/"] = page(_news_page())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path + "index.html"] = page(article_html(title, f"post{n}"))
    run, _asked = crawl_one_source(server, tmp_path, "trust", "The trust", start="/news/")
    assert (run.status, run.articles_new) == ("ok", len(POSTS))


def _post_dated_in_metadata(title: str, n: int, headline: bool = True) -> str:
    """A post filed at the site root, as the theme files its pages, dated only in its metadata: the day is shown on
    the listing's card, not on the post. `headline`: the theme sets the title in an <h1>, else in a <div>."""
    text = "".join(f"<p>The trust's volunteers counted the birds on parcel {n} along the ditch and the old hedge, "
                   f"and the warden wrote down what the meadow needs next year, line {k}.</p>" for k in range(4))
    shown = f"<section id='intro'><h1>{title}</h1></section>" if headline else f"<div class='title'>{title}</div>"
    return (f"<html><head><title>{title} - The trust</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2023-03-0{n}T08:00:00+00:00'></head>"
            f"<body class='template-post'>{_menu()}<main>{shown}<section class='text'>{text}</section></main>"
            "</body></html>")


def test_posts_at_the_site_root_dated_only_in_metadata_are_presented_by_their_whole_card_teasers(tmp_path):
    """Fails before: 0 of 7 stored. The cards present the posts (each card shows the post's headline among its date and
    excerpt), so the posts are no pages that only their address puts beside the news."""
    server = FaultServer()
    server.routes["/news/"] = page(_news_page())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path + "index.html"] = page(_post_dated_in_metadata(title, n))
    run, _asked = crawl_one_source(server, tmp_path, "trust", "The trust", start="/news/")
    assert (run.status, run.articles_new) == ("ok", len(POSTS))


SHORT_TITLES = ["Bird count results", "Hedge planting day", "Spring walk notes", "Pond survey begins", "Gate mended again",
                "New warden starts", "Open day announced"]


def _dated_card(path: str, title: str, n: int) -> str:
    """A whole-card link holding a short headline and the day in figures: the card's words are half figures."""
    return (f'<div class="item">\n<a href="..{path}index.html">\n<div class="item-content">\n<div class="item-title">'
            f'\n<p>{title}</p>\n</div>\n<div class="item-date">\n<p>0{n}/03/2023</p>\n</div>\n</div>\n</a>\n</div>')


def test_whole_card_teasers_printing_their_day_in_figures_present_posts_of_short_headlines(tmp_path):
    """Fails before: 0 of 7 stored ("no feed, listing or article family presents it as news"). The card's day,
    `03/03/2023`, made half its words figures, so a headline of three words was short of the share of the page's
    title that names it; the figures name no page."""
    run = _crawl_cards(tmp_path, _dated_card, SHORT_TITLES, headline=False)
    assert (run.status, run.articles_new) == ("ok", len(POSTS))


def _crawl_cards(tmp_path, card, titles: list[str], headline: bool = True):
    """Crawl a news page of the posts' cards (`card`: path, title, n -> HTML) under these titles, the posts at the site
    root dated in their metadata; returns the crawl's run."""
    server = FaultServer()
    cards = "".join(card(path, title, n) for n, ((path, _long), title) in enumerate(zip(POSTS, titles), 1))
    server.routes["/news/"] = page(
        f"<html><head><title>News - The trust</title></head><body>{_menu()}<main><h1>News</h1>"
        f"<div class='slider'>{cards}</div></main></body></html>")
    for n, ((path, _long), title) in enumerate(zip(POSTS, titles), 1):
        server.routes[path + "index.html"] = page(_post_dated_in_metadata(title, n, headline=headline))
    run, _asked = crawl_one_source(server, tmp_path, "trust", "The trust", start="/news/")
    return run


YEAR_TITLES = ["Yearbook 2015", "Logbook 2016", "Ringing 2017", "Haymaking 2018", "Waders 2019", "Census 2020",
               "Accounts 2021"]


def test_whole_card_teasers_present_posts_whose_headline_is_a_word_and_a_year(tmp_path):
    """Fails before: 0 of 7 stored. The figures of the card's day name no page, but a year in the page's own headline
    ("Yearbook 2015") is half its words: dropping it too left the card short of the headline it shows."""
    run = _crawl_cards(tmp_path, _card, YEAR_TITLES)
    assert (run.status, run.articles_new) == ("ok", len(POSTS))
