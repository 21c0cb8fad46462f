"""What a source's listings, feeds and neighbours present as news, and the static pages they do not."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import page_links
from news_archive.spiders.decisions import SourceDecisions
from news_archive.archive.cms_classes import marks_static_page
from news_archive.archive.urls import page_key
from news_listing import BASE, LISTING


def test_a_start_pages_own_section_keeps_its_posts_when_a_feed_confirmed_only_another_section():
    """A source names its blog and its news archive as start pages. The blog's feed confirms /blogg/; the news
    archive's listing links its posts with a short label, and the sitemap names them: both were shut out as outside
    the article families (fails before). The site's other pages and the root stay out."""
    passed = {}
    decisions = SourceDecisions(passed.__setitem__, ["http://s.example/blogg/", "http://s.example/nyheter/index.html",
                                                     "http://s.example/", "http://s.example/en/"])
    assert decisions.from_feed([f"http://s.example/blogg/inlagg-{n}/" for n in range(3)], depth=0, sitemap=False)
    listing = lxml.html.fromstring(
        "<html><body><main><h1>Nyheter</h1><p>Anmälan är öppen. <a href='/nyheter/anmalan/'>Läs mer</a></p>"
        "<p><a href='/om/'>Om oss</a></p></main></body></html>")
    now = [url for url, _linked_as in decisions.from_listing(page_links(listing, "http://s.example/nyheter/"), depth=0)]
    assert now == ["http://s.example/nyheter/anmalan/"]
    decisions.from_feed(["http://s.example/nyheter/talare/", "http://s.example/kontakt/", "http://s.example/en/about/"],
                        depth=0, sitemap=True)
    assert [url for url, _linked_as in decisions.release()] == ["http://s.example/nyheter/talare/"]
    assert "http://s.example/om/" in passed  # a label still outside every family once the listings are read
    assert not decisions.families.admits("http://s.example/nyheter/")  # the listing itself is no post of it
    # A start page at the home of a blog served under a sub-path: its posts' family, once learnt, is the shape to keep.
    blog = SourceDecisions(passed.__setitem__, ["http://s.example/lab/"])
    assert blog.families.admits("http://s.example/lab/tag/replication.html")
    blog.from_feed([f"http://s.example/lab/2014/05/1{n}/post-{n}/" for n in range(3)], depth=0, sitemap=False)
    assert not blog.families.admits("http://s.example/lab/tag/replication.html")


def test_a_static_page_the_cms_marks_is_no_post_unless_the_sites_listings_present_it_as_one():
    """Ghost and WordPress type an about or membership page exactly like a post (og:type article, JSON-LD Article,
    a publication time); only the body classes tell them apart."""
    def page(body_class: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring('<html><head><meta property="og:type" content="article"></head>'
                                    f'<body class="{body_class}"><main><h1>Styrelsen</h1><p>Sju ledamöter.</p></main></body></html>')

    static = ["page-template page-styrelsen", "page-template-default page page-id-12", "home page-template-full-width",
              "path-node page-node-type-page"]
    posts = ["post-template tag-nyheter", "post-template-default single single-post postid-12", "home-template",
             "path-node page-node-type-article", "page-node-type-news", "paged", "page", ""]
    assert [marks_static_page(page(classes)) for classes in static] == [True] * len(static)
    assert [marks_static_page(page(classes)) for classes in posts] == [False] * len(posts)
    decisions = SourceDecisions(lambda url, why: None)
    assert decisions.static_page(page(static[0]), "http://s/styrelsen/")
    for slug in ("forsta", "andra"):  # the news listing shows its posts in a folder of their own
        decisions.families.learn(f"http://s/nyheter/{slug}/")
    assert not decisions.static_page(page(static[1]), "http://s/nyheter/tredje/")  # news set as WordPress pages


def test_a_blog_homes_teaser_shows_a_post_kept_as_a_page_and_a_language_folder_shows_no_post():
    """A multilingual WordPress blog lists its posts at the root (`/slug/`) and under a language folder (`/en/slug/`),
    where its static pages' translations sit too: only the listings' teasers tell a post kept as a page from them."""
    def page(body_class: str, title: str = "Titel") -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f'<html><body class="{body_class}"><main><h1>{title}</h1><p>Text.</p></main></body></html>')

    static = page("page-template-default page page-id-7")
    kept_as_page = page("page-template-default page page-id-8", "Ein Beitrag mit der Adresse plaedoyer")
    decisions = SourceDecisions(lambda url, why: None)
    for home, slugs in (("http://s/", ["aufruf", "bericht", "plaedoyer"]), ("http://s/en/", ["call", "report"])):
        teasers = "".join(f'<article><h2><a href="{home}{slug}/">Ein Beitrag mit der Adresse {slug}</a></h2>'
                          '<p>Kurz.</p></article>' for slug in slugs)
        listing = f'<html><body><nav><a href="{home}agenda/">Agenda</a></nav><main>{teasers}</main></body></html>'
        list(decisions.from_listing(page_links(lxml.html.fromstring(listing), home), depth=0))
    assert not decisions.static_page(kept_as_page, "http://s/plaedoyer/")  # a post the export serves as a page
    assert decisions.listed_as_article(kept_as_page, "http://s/plaedoyer/")
    assert decisions.static_page(static, "http://s/plaedoyer/")  # its teaser names another page
    assert not decisions.listed_as_article(page(""), "http://s/aufruf/")  # a lone teaser only overrules the page mark
    assert decisions.static_page(static, "http://s/en/agenda/")  # the agenda page's translation
    assert decisions.static_page(static, "http://s/agenda/")
    assert not decisions.static_page(page("post-template-default single single-post"), "http://s/en/zweiter/")


def test_only_neighbours_in_an_article_family_the_listings_showed_are_fetched():
    decisions = SourceDecisions(lambda url, reason: None)
    neighbours = ["http://blogg.example/2024/03/forra/", "http://blogg.example/evenemang/marknad/"]
    assert list(decisions.from_article(neighbours)) == []  # nothing learnt yet: no word on what a post is
    listing = page_links(lxml.html.fromstring(LISTING), BASE)
    list(decisions.from_listing(listing, depth=0))
    neighbours = ["http://127.0.0.1:8000/sv/2023/12/01/julhalsning/?utm_source=x", "http://127.0.0.1:8000/sv/evenemang/marknad/"]
    assert list(decisions.from_article(neighbours)) == ["http://127.0.0.1:8000/sv/2023/12/01/julhalsning/"]


def test_a_page_the_generator_files_with_its_pages_is_no_post_though_it_has_a_posts_dated_address():
    """A static-site generator may give every section the posts' dated address pattern; the page's `article:section`
    still names the folder of pages the writer put it in. Only the news listing's teaser or feed overrules that."""
    def page(section: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f'<html><head><meta property="article:section" content="{section}">'
                                    '<meta property="article:published_time" content="2023-03-06T00:00:00+01:00"></head>'
                                    '<body><article><h1>Kurs für Fortgeschrittene</h1><p>Zwei Tage.</p></article></body></html>')

    decisions = SourceDecisions(lambda url, why: None)
    for slug in ("erster", "zweiter", "dritter"):
        decisions.families.learn(f"http://s/2022/05/1{len(slug)}/{slug}/")
    decisions.teasers[page_key("http://s/2023/03/07/gelistet/")] = ""
    assert decisions.static_page(page("pages"), "http://s/2023/03/06/kurs/")
    assert decisions.static_page(page("Page"), "http://s/de/2023/03/06/kurs/")
    assert not decisions.static_page(page("blog"), "http://s/2023/03/06/beitrag/")
    assert not decisions.static_page(page("Pages und Bücher"), "http://s/2023/03/06/beitrag/")
    assert not decisions.static_page(page("pages"), "http://s/2023/03/07/gelistet/")
    assert marks_static_page(page("pages")) and not marks_static_page(page("posts"))


def test_a_link_in_a_whole_post_on_a_listing_presents_no_static_page_as_news():
    """A listing that shows its posts whole shows the links in their text too: a paragraph that is one link ("The
    trial got off to a good start!") looks like a teaser headline, but it does not name the page it links, a page
    of pupils' feedback the CMS marks static."""
    post = ('<article class="post"><h2><a href="/2012/0{n}/kokeilu-{n}/">Kokeilu numero {n} alkoi syksyllä</a></h2>'
            '<p>Kurssi alkoi hyvin ja oppilaat olivat innostuneita koko jakson ajan, kertoo opettaja.</p>{extra}</article>')
    link = '<p><a href="/palaute/oppilailta/">Opetuskokeilu on lähtenyt käyntiin hyvissä merkeissä!</a></p>'
    listing = "".join(post.format(n=n, extra=link if n == 2 else "") for n in range(1, 4))
    decisions = SourceDecisions(lambda url, why: None)
    root = lxml.html.fromstring(f"<html><body><main>{listing}</main></body></html>")
    list(decisions.from_listing(page_links(root, "http://s/"), depth=0))
    assert "http://s/palaute/oppilailta/" in page_links(root, "http://s/").teasers
    feedback = lxml.html.fromstring('<html><head><title>Oppilailta saatu palaute – Blogi</title></head>'
                                    '<body class="page-template-default page page-id-9"><h1>Oppilailta saatu palaute</h1>'
                                    '<p>Palautetta.</p></body></html>')
    assert decisions.static_page(feedback, "http://s/palaute/oppilailta/")
    assert not decisions.listed_as_article(feedback, "http://s/palaute/oppilailta/")


def test_a_teaser_of_a_post_with_another_id_than_the_page_presents_no_static_page_as_news():
    """A WordPress post may be nothing but a link to a static page, its teaser's headline the page's name: the teaser
    declares the post's id (`<article id="post-30">`), the page its own in its body classes (`page-id-12`). Another id
    is another entry; the same id is a post the export serves as a page."""
    teasers = "".join(f'<article id="post-{n}" class="post-{n} post type-post"><h2><a href="http://s/{slug}/">'
                      f'Der Film zur Fahrradtour {slug}</a></h2><p>Kurz.</p></article>'
                      for n, slug in ((30, "filmtour"), (31, "zweite"), (32, "dritte")))
    decisions = SourceDecisions(lambda url, why: None)
    root = lxml.html.fromstring(f"<html><body><main>{teasers}</main></body></html>")
    list(decisions.from_listing(page_links(root, "http://s/"), depth=0))

    def page(own_id: int) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f'<html><body class="page-template-default page page-id-{own_id}"><main>'
                                    '<h1>Der Film zur Fahrradtour filmtour</h1><p>Text.</p></main></body></html>')

    assert decisions.static_page(page(12), "http://s/filmtour/")
    assert not decisions.listed_as_article(page(12), "http://s/filmtour/")
    assert not decisions.static_page(page(30), "http://s/filmtour/")
    assert decisions.listed_as_article(page(30), "http://s/filmtour/")


def _dated_blog_page(main: str, *, og_article: bool = True, published: str | None = "2024-03-02T00:00:00.000Z") -> lxml.html.HtmlElement:
    head = ('<meta property="og:type" content="article">' if og_article else "") + \
        (f'<meta property="article:published_time" content="{published}">' if published else "")
    return lxml.html.fromstring(f"<html><head><title>Rowing club</title>{head}</head><body><nav><a href='/blog/'>Blog"
                                f"</a><a href='/about/'>About</a></nav><main>{main}</main></body></html>")


def test_a_post_at_a_bare_date_folder_is_an_article_and_a_days_archive_stays_a_listing():
    """Fails before: a blog engine gives a post without a slug its date folder (`/blog/2024/03/02/`), the folder of
    the family its slugged posts sit in, and every page there was taken for that family's listing. The post declares
    an article with its publication time and is one <article>; a day's archive there lists several posts."""
    decisions = SourceDecisions(lambda url, reason: None)
    site = "http://rowing.example"
    items = [f"{site}/blog/2024/0{n}/1{n}/race-report-{n}/" for n in range(1, 5)] + [f"{site}/blog/2024/03/02/"]
    decisions.from_feed(items, depth=0, sitemap=False)
    assert [url for url, _ in decisions.release()] == items  # no listing taught a family: the feed's word stands
    text = "".join("<p>The crews met at the boathouse at dawn and rowed the long course twice, with the coach "
                   f"calling the rate from the launch and the juniors close behind in the fours, part {n}.</p>"
                   for n in range(5))
    post = _dated_blog_page(f"<article><header><h1>Boathouse open</h1><time>2024-03-02</time></header>{text}</article>"
                            "<nav class='pagination-nav'><a href='/blog/2024/02/12/race-report-2/'>Older post: "
                            "Race report two</a></nav>")
    assert not decisions.is_listing(post, f"{site}/blog/2024/03/02/", "candidate")
    # Not in the feed, but the page's own markup says the same: one article with its publication time.
    assert not decisions.is_listing(post, f"{site}/blog/2024/02/27/", "candidate")
    teasers = "".join(f"<article><h2><a href='/blog/2024/04/14/regatta-{n}/'>Regatta day number {n} on the river"
                      f"</a></h2><p>Short teaser {n}.</p></article>" for n in range(3))
    whole = "<article><h2><a href='/blog/2024/04/14/regatta/'>Regatta day on the river</a></h2>" + text + "</article>"
    for archive in (_dated_blog_page(teasers), _dated_blog_page(whole), _dated_blog_page(text, og_article=False),
                    _dated_blog_page(text, published=None)):
        # A theme printing og:type=article and a time on every page does not make a day's archive a post.
        assert decisions.is_listing(archive, f"{site}/blog/2024/04/14/", "candidate")
