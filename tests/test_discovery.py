"""Link discovery on pages the tests write: pagination, content links, feeds, sitemaps, page types."""
from __future__ import annotations

import lxml.html
import pytest

from news_archive.spiders.discovery import head_links, neighbour_links, page_links
from news_archive.spiders.families import UrlFamilies, url_family
from news_archive.spiders.feed_document import read_feed
from news_archive.spiders.decisions import SourceDecisions
from news_archive.archive.cms_classes import marks_static_page
from news_archive.archive.urls import page_key
from news_archive.spiders.pagetype import RepeatedLinks, declared_type, is_listing
from news_archive.spiders.site_maps import feed_kind, lists_no_posts, robots_sitemaps, sub_path_robots, xml_links

LISTING = """<html><head>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<header><nav><a href="/sv/om-oss/">Om oss</a><a href="/sv/kontakt/">Kontakt</a></nav></header>
<main>
  <article><header><h2><a href="/sv/2024/03/01/ny-cellterapienhet/?utm_source=x">Ny cellterapienhet öppnar i Flemingsberg</a></h2></header><p>Kort ingress.</p></article>
  <article><h2><a href="/sv/2024/02/20/forskare-far-anslag/">Forskare får anslag för ny studie</a></h2><p>Kort ingress.</p></article>
  <article><h2><a href="/sv/2024/02/11/inkubatorn-vaxer/">Inkubatorn växer med tre bolag</a></h2><p>Kort ingress.</p></article>
  <article><h2><a href="/sv/2024/01/30/nytt-labb/">Nytt labb för avancerade terapier</a></h2><p>Kort ingress.</p></article>
  <div class="pagination"><a href="/sv/category/news-eng/page/2/">2</a><a href="/sv/category/news-eng/page/3/">3</a></div>
</main>
<footer><a href="/sv/integritet/">Integritetspolicy</a></footer>
</body></html>"""

BASE = "http://127.0.0.1:8000/sv/category/news-eng/"


def test_listing_links_are_sorted_into_pagination_content_and_feeds():
    links = page_links(lxml.html.fromstring(LISTING), BASE)
    assert links.pagination == ["http://127.0.0.1:8000/sv/category/news-eng/page/2/", "http://127.0.0.1:8000/sv/category/news-eng/page/3/"]
    assert [url for url, _ in links.content] == [
        "http://127.0.0.1:8000/sv/2024/03/01/ny-cellterapienhet/?utm_source=x",
        "http://127.0.0.1:8000/sv/2024/02/20/forskare-far-anslag/",
        "http://127.0.0.1:8000/sv/2024/02/11/inkubatorn-vaxer/",
        "http://127.0.0.1:8000/sv/2024/01/30/nytt-labb/",
    ]
    assert links.feeds == ["http://127.0.0.1:8000/feed/"]


def _headed_entries_listing(entries: int) -> str:
    """A static blog's listing with no <main> or <article>: a masthead header with the blog's name and its pages,
    in a layout row like the row holding the posts, and each post a repeated block opened by its own header."""
    posts = "".join(f'<section class="post"><header class="post-header"><h3><a class="post-title" href="/inlagg-{n}/">'
                    f'Föreningens inlägg nummer {n}</a></h3><p class="post-meta">Kort om inlägget.</p></header></section>'
                    for n in range(1, entries + 1))
    return ('<html><body><div class="row"><header class="header"><h1><a href="/">Föreningen</a></h1><ul>'
            '<li><a href="/om-oss/">Om oss</a></li><li><a href="/arkiv/">Arkiv</a></li></ul></header></div>'
            f'<div class="row"><div class="posts"><h1>Alla inlägg</h1>{posts}</div></div>'
            '<footer><a href="/integritet/">Integritetspolicy</a></footer></body></html>')


def test_an_entrys_own_header_on_a_listing_without_main_is_no_page_chrome():
    """Fails before: every header outside <main>/<article> was page chrome, the posts' headlines with it."""
    links = page_links(lxml.html.fromstring(_headed_entries_listing(3)), "http://127.0.0.1:8000/")
    posts = [f"http://127.0.0.1:8000/inlagg-{n}/" for n in range(1, 4)]
    assert [url for url, _text in links.content] == posts and links.teasers == posts
    # A lone block with a header is no listing's entry: nothing says whose header it is.
    assert page_links(lxml.html.fromstring(_headed_entries_listing(1)), "http://127.0.0.1:8000/").content == []


def test_a_listings_filters_are_links_to_itself_narrowed_by_a_query():
    """Year and topic filters of a listing whose "show more" button runs a script: the way to its older news.
    A headline on the same address with an id, a page number and a search form's own target are no filters."""
    listing = """<html><body><main><h1>Nyheter</h1>
      <ul class="filter"><li><a href="?year=2024">2024</a></li><li><a href="/nyheter/?year=2023&utm_source=x">2023</a></li>
        <li><a href="/nyheter/?topic=forskning">Forskning</a></li><li><a href="/nyheter/?utm_campaign=vinter">Nyheter</a></li></ul>
      <article><h2><a href="/nyheter/?id=512">Ny cellterapienhet öppnar i Flemingsberg</a></h2></article>
      <article><h2><a href="/nyheter/2024/nytt-labb/">Nytt labb för avancerade terapier</a></h2></article>
      <a href="/nyheter/?page=2">2</a><a href="/evenemang/?year=2024">Evenemang 2024</a>
      <button type="button" data-endpoint="/api/news?take=20">Visa fler</button></main></body></html>"""
    links = page_links(lxml.html.fromstring(listing), "http://127.0.0.1:8000/nyheter/")
    assert links.filters == ["http://127.0.0.1:8000/nyheter/?year=2024", "http://127.0.0.1:8000/nyheter/?year=2023&utm_source=x",
                             "http://127.0.0.1:8000/nyheter/?topic=forskning"]
    assert links.pagination == ["http://127.0.0.1:8000/nyheter/?page=2"]
    assert "http://127.0.0.1:8000/nyheter/?id=512" in links.teasers


def test_listing_and_article_pages_are_told_apart():
    assert is_listing(lxml.html.fromstring(LISTING), BASE)
    prose = " ".join(["Forskarna vid campus har under året byggt upp en ny verksamhet för cellterapi."] * 40)
    article = f"<html><body><main><h1>Ny cellterapienhet</h1><p>{prose}</p><aside><a href='/a/'>Relaterad nyhet ett två tre</a></aside></main></body></html>"
    assert not is_listing(lxml.html.fromstring(article), "http://127.0.0.1:8000/sv/2024/03/01/ny/")
    declared = '<html><head><meta property="og:type" content="article"></head><body>' + LISTING.split("<body>")[1]
    assert not is_listing(lxml.html.fromstring(declared), BASE)


def test_feeds_and_sitemaps_give_their_item_links():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><link>http://s/</link>
      <item><link>http://s/en/2024/01/02/a/</link></item><item><link>http://s/en/2024/01/01/b/</link></item></channel></rss>"""
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link href="http://s/"/>
      <entry><link rel="alternate" href="http://s/a"/></entry></feed>"""
    sitemap = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>http://s/x/</loc></url><url><loc>http://s/y/</loc></url></urlset>"""
    assert (feed_kind(rss), xml_links(read_feed(rss), "http://s/feed/")) == ("rss", ["http://s/en/2024/01/02/a/", "http://s/en/2024/01/01/b/"])
    assert (feed_kind(atom), xml_links(read_feed(atom), "http://s/feed/")) == ("atom", ["http://s/a"])
    assert (feed_kind(sitemap), xml_links(read_feed(sitemap), "http://s/sitemap.xml")) == ("sitemap", ["http://s/x/", "http://s/y/"])
    assert feed_kind(b"<!doctype html><html></html>") is None


def test_robots_txt_sitemap_lines():
    robots = b"User-agent: *\nDisallow: /wp-admin/\nSitemap: http://s/sitemap.xml\nsitemap: /news-sitemap.xml\n"
    assert robots_sitemaps(robots, "http://s/robots.txt") == ["http://s/sitemap.xml", "http://s/news-sitemap.xml"]


@pytest.mark.parametrize("sitemap", [
    "http://s/page-sitemap.xml", "http://s/category-sitemap.xml", "http://s/post_tag-sitemap2.xml",
    "http://s/author-sitemap.xml.gz", "http://s/wp-sitemap-posts-page-1.xml", "http://s/wp-sitemap-users-1.xml",
    "http://s/wp-sitemap-taxonomies-category-1.xml", "http://s/wp-sitemap-taxonomies-post_tag-2.xml",
])
def test_sitemaps_of_a_blog_engines_static_pages_topics_and_authors_are_not_read(sitemap):
    assert lists_no_posts(sitemap)


@pytest.mark.parametrize("sitemap", [
    "http://s/post-sitemap.xml", "http://s/post-sitemap2.xml", "http://s/wp-sitemap-posts-post-1.xml",
    "http://s/sitemap.xml", "http://s/news-sitemap.xml", "http://s/sitemap-pages.xml", "http://s/page-sitemap/news.xml",
    "http://s/wp-sitemap-posts-news-1.xml",
])
def test_sitemaps_that_may_list_posts_are_read(sitemap):
    assert not lists_no_posts(sitemap)


CARDS = """<html><head><meta property="og:type" content="website"></head><body>
<nav class="navbar"><a href="/blogg/">Blogg</a><a href="/kontakt/">Kontakt</a></nav>
<div class="nav-padding" id="content">
  <div class="card"><a href="https://s.example/blogg/nyheter/%C3%B6ppet-hus/"><img src="/a.jpg" alt=""></a>
    <h2><a href="https://s.example/blogg/nyheter/%C3%B6ppet-hus/">Öppet hus</a></h2><h4>Labbet öppnar sina dörrar för alla som vill se hur fibrerna spinns.</h4></div>
  <div class="card"><a href="https://s.example/blogg/nyheter/nytt-år/"><img src="/b.jpg" alt=""></a>
    <h2><a href="https://s.example/blogg/nyheter/nytt-år/">Nytt år</a></h2><h4>Fem nya doktorander flyttade in i lokalerna vid kanalen i höstas.</h4></div>
  <div class="card"><a href="https://s.example/blogg/insikter/fem-fragor/"><img src="/c.jpg" alt=""></a>
    <h2><a href="https://s.example/blogg/insikter/fem-fragor/">Fem frågor</a></h2><h4>Biobaserad plast låter bra, men vad är den gjord av och bryts den ned?</h4></div>
  <p><a href="https://s.example/kontakt/">Kontakt</a> <a href="https://s.example/?p=42">Labbet får pengar för försök med träfiber</a></p>
</div></body></html>"""


def test_a_wrapper_named_like_the_menu_is_content_and_cards_are_teasers_by_their_headline():
    links = page_links(lxml.html.fromstring(CARDS), "https://s.example/blogg/")
    urls = [url for url, _ in links.content]
    assert "https://s.example/blogg/nyheter/%C3%B6ppet-hus/" in urls and "https://s.example/blogg/" not in urls
    assert links.teasers == ["https://s.example/blogg/nyheter/%C3%B6ppet-hus/", "https://s.example/blogg/nyheter/nytt-år/",
                             "https://s.example/blogg/insikter/fem-fragor/", "https://s.example/?p=42"]
    assert "https://s.example/kontakt/" not in links.teasers  # a label, not a headline
    assert links.pagination == []  # a headline linking a `?p=N` shortlink is not a page number


NAVIGATION_CARDS = """<html><body><header class="site-header"><a href="/">Hjem</a><a href="/om/">Om oss</a></header>
<main><h1>Bloggarkiv</h1><div class="row">
  <div class="col"><div class="navigation-card"><a class="navigation-card__content" href="/blogg/skyen-flytter/">
    <div class="navigation-card__img"><img src="/skyen-flytter.png" alt=""></div><div>3. Mar 2022</div>
    <h2 class="navigation-card__title">Skyen flytter</h2><p class="navigation-card__desc"></p></a></div></div>
  <div class="col"><div class="navigation-card"><a class="navigation-card__content" href="/blogg/ny-plattform/">
    <div class="navigation-card__img"><img src="/ny-plattform.png" alt=""></div><div>12. Mar 2022</div>
    <h2 class="navigation-card__title">Ny plattform</h2><p class="navigation-card__desc"></p></a></div></div>
  <div class="col"><div class="navigation-card"><a class="navigation-card__content" href="/blogg/tre-team/">
    <div class="navigation-card__img"><img src="/tre-team.png" alt=""></div><div>28. Mar 2022</div>
    <h2 class="navigation-card__title">Tre team</h2><p class="navigation-card__desc"></p></a></div></div>
</div><ul class="pagination"><li><a href="/blogg/page/2/">2</a></li></ul></main></body></html>"""


def test_cards_classed_after_navigation_are_teasers_not_a_menu():
    links = page_links(lxml.html.fromstring(NAVIGATION_CARDS), "https://s.example/blogg/")
    urls = [url for url, _ in links.content]
    assert urls[:3] == ["https://s.example/blogg/skyen-flytter/", "https://s.example/blogg/ny-plattform/",
                        "https://s.example/blogg/tre-team/"]
    assert "https://s.example/om/" not in urls  # the masthead's links stay chrome


def test_url_families_learnt_from_teasers():
    families = UrlFamilies()
    assert url_family("https://www.s.example/2011/03/23/slug/index.html") == ("s.example", "#", "#", "#")
    for slug in ("a", "b"):
        families.learn(f"https://s.example/blogg/nyheter/{slug}/")
    families.learn("https://s.example/kontakt/")  # one stray link opens nothing
    assert families.known
    assert families.admits("https://s.example/blogg/nyheter/2019/old/")  # below a family: worth fetching
    assert families.holds("https://s.example/blogg/nyheter/c/") and not families.holds("https://s.example/blogg/nyheter/2019/old/")
    assert not families.admits("https://s.example/kontakt/") and not families.admits("https://s.example/taggar/x/")
    assert families.indexes("https://s.example/blogg/nyheter/")  # the family's own listing
    root = UrlFamilies()
    for slug in ("a", "b"):
        root.learn(f"https://s.example/{slug}/")
    assert root.admits("https://s.example/kontakt/") and not root.holds("https://s.example/kontakt/")


def test_a_learnt_family_admits_its_section_in_another_language_folder():
    """Fails before: a bilingual site's listing shows its English posts at `/announcements/slug/`; its sitemap names
    the German ones at `/de/announcements/slug/`, which waited outside the learnt family and were never fetched. The
    German site's other pages, and a language folder's own pages, stay out."""
    english = UrlFamilies()
    for slug in ("release-5", "release-6", "joint-work"):
        english.learn(f"https://s.example/announcements/{slug}/")
    assert english.admits("https://s.example/de/announcements/release-5/")
    assert not english.admits("https://s.example/de/about/") and not english.admits("https://s.example/de/")
    assert not english.admits("https://s.example/de/events/summit/")
    # a German post the listing never shows is still in the news families when it comes to be judged
    assert not english.outside_every_family("https://s.example/de/announcements/release-5/")
    assert english.outside_every_family("https://s.example/de/about/")
    folders = UrlFamilies()  # each language in a folder of its own: the other folder's section is the same section
    for slug in ("a", "b"):
        folders.learn(f"https://s.example/en/news/{slug}/")
    assert folders.admits("https://s.example/fr/news/c/") and folders.admits("https://s.example/news/d/")
    assert not folders.admits("https://s.example/fr/contact/")


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
    assert now == ["http://s.example/nyheter/anmalan/"] and "http://s.example/om/" in passed
    decisions.from_feed(["http://s.example/nyheter/talare/", "http://s.example/kontakt/", "http://s.example/en/about/"],
                        depth=0, sitemap=True)
    assert [url for url, _linked_as in decisions.release()] == ["http://s.example/nyheter/talare/"]
    assert not decisions.families.admits("http://s.example/nyheter/")  # the listing itself is no post of it
    # A start page at the home of a blog served under a sub-path: its posts' family, once learnt, is the shape to keep.
    blog = SourceDecisions(passed.__setitem__, ["http://s.example/lab/"])
    assert blog.families.admits("http://s.example/lab/tag/replication.html")
    blog.from_feed([f"http://s.example/lab/2014/05/1{n}/post-{n}/" for n in range(3)], depth=0, sitemap=False)
    assert not blog.families.admits("http://s.example/lab/tag/replication.html")


def test_a_root_family_of_posts_named_by_their_day_admits_only_such_pages():
    """Fails before: a family at the site root admitted every page of the site, the manual's and the glossary beside
    posts named `/2024-07-02-slug/`. A stray undated teaser does not open the rest; undated root posts still do."""
    dated = UrlFamilies()
    for day in ("2024-07-02-new-machine", "2024-08-14-maintenance", "2025-01-20-workshop"):
        dated.learn(f"https://s.example/{day}/")
    dated.learn("https://s.example/about-the-lab/")  # one stray teaser link
    assert dated.admits("https://s.example/2025-03-01-spring-course/")
    assert not dated.admits("https://s.example/glossary/") and not dated.admits("https://s.example/tools/grid/")
    plain = UrlFamilies()
    for slug in ("new-machine", "maintenance", "about-the-lab"):
        plain.learn(f"https://s.example/{slug}/")
    assert plain.admits("https://s.example/glossary/") and plain.admits("https://s.example/tools/grid/")


def test_posts_in_folders_named_by_their_day_are_one_family():
    """Fails before: a generator that files each post in a folder named by its day (`/blog/2021-10-11/slug/`) gave each
    post a family of its own, so no family was ever learnt and the sitemap's docs pages and home were all fetched as
    candidates. The day folder now counts like the numbers of `/2021/10/11/`."""
    assert url_family("https://s.example/lab/blog/2021-10-11/hello/") == ("s.example", "lab", "blog", "#")
    assert url_family("https://s.example/lab/blog/2021-10-11-hello/") == ("s.example", "lab", "blog")  # a leaf: as it was
    families = UrlFamilies()
    for day, slug in (("2021-10-11", "hello"), ("2021-11-04", "new-collection"), ("2022-01-27", "award")):
        families.learn(f"https://s.example/lab/blog/{day}/{slug}/")
    assert families.known and families.admits("https://s.example/lab/blog/2022-05-05/mooc-online/")
    assert not families.admits("https://s.example/lab/projects/tool/output/")
    assert not families.admits("https://s.example/lab/")


def test_a_page_with_a_query_is_the_index_of_its_folder_only_when_its_path_is_the_folder():
    """Sites whose every page is a file at the root with the CMS's query kept (`/item7.html?view=article&id=7`):
    an article's query is no folder below it, so the article is not the listing of its root-level siblings."""
    families = UrlFamilies()
    for n in (1, 2, 3):
        families.learn(f"http://s.example/item{n}.html?view=article&id={n}")
    assert not families.indexes("http://s.example/item4.html?view=article&id=4")
    assert families.indexes("http://s.example/?page=2")  # the root's own listing, a later page of it
    nested = UrlFamilies()
    for slug in ("a", "b"):
        nested.learn(f"http://s.example/news/{slug}/")
    assert nested.indexes("http://s.example/news/?page=2") and not nested.indexes("http://s.example/news/a/?print=1")


def test_a_shortlink_makes_a_page_one_entry_and_hatom_entries_a_listing():
    single = '<html><head><link rel="shortlink" href="/?p=7"></head><body><div class="post hentry"><h1>Kort</h1></div></body></html>'
    assert declared_type(lxml.html.fromstring(single)) == "article"
    entries = "".join(f'<div class="hentry"><h2><a href="/p{n}/">Inlägg nummer {n} i listan</a></h2></div>' for n in range(4))
    assert declared_type(lxml.html.fromstring(f"<html><body>{entries}</body></html>")) == "listing"


def test_a_shortlink_beside_a_run_of_linked_headlines_does_not_make_a_listing_one_entry():
    """Some CMSs print `rel=shortlink` on every page, their news listing too: the listing's teaser headlines win,
    and a start page showing them is read as the listing it is."""
    teasers = "".join(f'<div class="row"><h3><a href="/news/item-{n}/">Research network meets in spring {n}</a></h3>'
                      f"<span>Partners from twelve countries met to plan the next calls.</span></div>" for n in range(6))
    listing = lxml.html.fromstring(f'<html><head><link rel="shortlink" href="/node/3"></head><body>'
                                   f"<h1>News</h1><div class='view'>{teasers}</div></body></html>")
    assert declared_type(listing) is None
    decisions = SourceDecisions(lambda url, why: None)
    assert decisions.is_listing(listing, "http://s/news/", "start")
    related = "".join(f'<h3><a href="/news/item-{n}/">Research network meets in spring {n}</a></h3>' for n in range(2))
    sidebar = "".join(f'<h3><a href="/news/item-{n}/">Research network meets {n}</a></h3>' for n in range(6))
    post = lxml.html.fromstring('<html><head><link rel="shortlink" href="/node/9"></head><body><main><h1>Kort</h1>'
                                f"<p>Ett inlägg.</p>{related}</main><aside>{sidebar}</aside></body></html>")
    assert declared_type(post) == "article"  # a related-posts pair and a sidebar leave a post one entry
    headings = lxml.html.fromstring(  # linked headings of a single post: site name, title, comments, reply form
        '<html><head><link rel="shortlink" href="/?p=9"></head><body><h4><a href="/">Föreningen</a></h4>'
        '<h1><a href="/?p=9">Kort</a></h1><p>Ett inlägg.</p><h2>Inga kommentarer <a href="/?p=9#postcomment">»</a></h2>'
        '<h3>Svara <a href="/?p=9#respond">Avbryt</a></h3><h3><a href="/?p=8">Förra inlägget</a></h3></body></html>')
    assert declared_type(headings) == "article"


def test_the_home_link_linked_documents_and_other_sites_are_not_a_short_articles_teasers():
    """A short post under a long site-name logo link, with its headline linking itself, a list of linked reports and
    links to the other sites it cites: the home page, the documents and other sites are no teasers of its articles."""
    prose = " ".join(["The working group met in the spring to agree on the shared catalogue and its metadata."] * 9)
    reports = "".join(f'<li><a href="/files/report-{n}.pdf">Minutes of meeting number {n}</a></li>' for n in range(5))
    cited = "".join(f'<div><a href="https://partner{n}.example/call/">Call for papers, partner {n}</a></div>' for n in range(5))
    page = lxml.html.fromstring(
        '<html><body><div id="logo"><a href="/">Research Infrastructure for the Arts and Humanities</a></div>'
        '<div class="main"><h2><a href="/item7.html">Working group meeting</a></h2>'
        f"<p>{prose}</p><ul>{reports}</ul><div>{cited}</div></div></body></html>")
    assert not is_listing(page, "http://s/item7.html")

# A post's one <article> opening with a subheading that links: a bold lead holding the picture the editor floated
# beside it, linked to its full-size file; a "have a look around" line linking the site's own start page. Neither the
# file nor the start page is another entry, and the article is no list of entries; linking a post, it would be one.
SUBHEADING_LINKS = {
    "picture": ('<h3><strong><a href="/uploads/butiken.jpg"><img src="/uploads/butiken-256x300.jpg" alt="Butiken"></a>'
                'Butiken i stadsdelen har en stor och trogen kundkrets.</strong> Många av kunderna är äldre.</h3>',
                "/uploads/butiken.jpg"),
    "start page": ('<h4><a href="http://s/">Klicka in och klicka runt</a></h4>', "http://s/"),
}


@pytest.mark.parametrize("kind", sorted(SUBHEADING_LINKS))
def test_a_posts_subheading_linking_a_file_or_the_start_page_is_no_headline_of_another_entry(kind):
    subheading, target = SUBHEADING_LINKS[kind]
    prose = " ".join(["Kunderna i butiken får snabbare hjälp sedan knappen sattes upp vid kassan."] * 8)
    html = ('<html><body><main><section><h1>Butiken som aldrig låter kunden vänta</h1>'
            '<time datetime="2015-04-14T13:34:06">14 april 2015</time></section><article class="page-content">'
            f'{subheading}<p>{prose}</p><p>{prose}</p></article></main></body></html>')
    url = "http://s/nyheter/butiken-som-aldrig-later-kunden-vanta/"
    assert not is_listing(lxml.html.fromstring(html), url)
    assert is_listing(lxml.html.fromstring(html.replace(f'"{target}"', '"/nyheter/en-annan-post/"')), url)


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


def test_robots_txt_is_also_read_in_the_sub_path_a_site_is_served_under():
    assert sub_path_robots(["http://s/project-site/news/", "http://s/project-site/en/news/", "http://s/news/"]) == [
        "http://s/project-site/robots.txt"]


def test_a_latest_news_block_on_every_page_does_not_make_a_short_release_a_listing():
    block = "".join(f'<li><h3><a href="/nyheter/senaste-{n}/">Senaste nyheten nummer {n} i blocket</a></h3></li>' for n in range(5))

    def page(text: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f"<html><body><main><h1>Rubrik</h1><p>{text}</p></main>"
                                    f"<section class='latest'><h2>Senaste nytt</h2><ul>{block}</ul></section></body></html>")

    short_release = page("Bolaget har utsett en ny vd. Hon tillträder i maj.")
    assert is_listing(short_release, "http://s/nyheter/ny-vd/")  # judged alone, the block's five headlines win
    repeated = RepeatedLinks()
    for n in range(4):
        repeated.observe(page(f"Ett annat pressmeddelande, nummer {n}."), f"http://s/nyheter/annat-{n}/")
    assert not is_listing(short_release, "http://s/nyheter/ny-vd/", repeated)



def test_a_year_archive_read_early_in_a_crawl_is_still_a_listing():
    """A link counts once per page that shows it, however many words its headline has: the main listing and
    one year's archive linking the same posts do not make those posts a block repeated on every page."""
    years = {year: [f"/{year}/05/inlagg-{n}/" for n in range(4)] for year in ("2021", "2022", "2023", "2024")}

    def archive(hrefs: list[str]) -> lxml.html.HtmlElement:
        cards = "".join(f"<li><a href='{h}'>Klubben tog fyra medaljer på vårens tävling nummer {i}</a>"
                        f" <span>(2021-05-0{i + 1})</span></li>" for i, h in enumerate(hrefs))
        return lxml.html.fromstring(f"<html><body><main><h2>Inlägg</h2><ul>{cards}</ul></main></body></html>")

    repeated = RepeatedLinks()
    repeated.observe(archive([h for hrefs in years.values() for h in hrefs]), "http://s/inlagg/")
    for year, hrefs in years.items():
        page, url = archive(hrefs), f"http://s/inlagg/ar/{year}/"
        found = repeated.observe(page, url)
        if repeated.pages > 4:  # from the fifth page on, "half of the pages" means three
            assert is_listing(page, url, repeated, found=found)

def test_links_inside_running_text_are_not_teasers():
    sentence = ("Projektet leds av <a href='/partner/a/'>Institutet för material och miljö</a> tillsammans med flera "
                "andra aktörer i regionen som har arbetat med frågan länge.")
    html = "<html><body><main>" + "".join(f"<p>{sentence.replace('/a/', f'/{n}/')}</p>" for n in range(6)) + "</main></body></html>"
    assert not is_listing(lxml.html.fromstring(html), "http://s/nyheter/projekt/")


def test_a_months_archive_holding_one_post_is_a_listing_and_the_post_is_not():
    def page(title_href: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f"<html><body><div class='post hentry'><h2><a href='{title_href}' rel='bookmark'>"
                                    f"Vårkonsert i kyrkan</a></h2><p>Kören sjunger på lördag.</p></div></body></html>")

    assert is_listing(page("/2024/04/02/varkonsert/"), "http://s/2024/04/")
    assert not is_listing(page("/2024/04/02/varkonsert/"), "http://s/2024/04/02/varkonsert/")


def test_a_headline_linking_a_shortlink_on_the_home_page_is_not_a_page_number():
    home = ("<html><body><main><h2><a href='/?p=42'>Labbet får pengar för försök med träfiber</a></h2>"
            "<div class='nav-links'><a href='/?paged=2'>Äldre inlägg</a></div></main></body></html>")
    links = page_links(lxml.html.fromstring(home), "https://s.example/")
    assert [url for url, _ in links.content] == ["https://s.example/?p=42"]
    assert links.pagination == ["https://s.example/?paged=2"]


def test_a_menu_link_with_no_valid_address_is_passed_over():
    # A real site's menu holds `http://[ccpa-preferences]`, a placeholder its scripts replace: no address at all.
    page = LISTING.replace('<a href="/sv/kontakt/">', '<a href="http://[ccpa-preferences]">')
    links = page_links(lxml.html.fromstring(page), BASE)
    assert len(links.content) == 4 and not any("ccpa" in url for url, _ in links.content)
    assert is_listing(lxml.html.fromstring(page), BASE)


COMMENTED_POST = """<html><body><main><article><h1>Nytt labb öppnar</h1><p>Labbet öppnar i höst för forskare.</p></article>
<ol class="commentlist">{}</ol></main></body></html>""".format("".join(
    f'<li id="comment-{n}" class="comment"><p>Läsare {n} undrar när labbet tar emot besökare.</p>'
    f'<a rel="nofollow" class="comment-reply-link" href="/sv/2024/03/01/nytt-labb/?replytocom={n}#respond">Svara</a></li>'
    for n in range(1, 4)))


def test_wordpress_reply_links_are_the_page_itself_not_links_to_follow():
    page = "http://127.0.0.1:8000/sv/2024/03/01/nytt-labb/"
    links = page_links(lxml.html.fromstring(COMMENTED_POST), page)
    assert links.content == [] and links.pagination == []


def test_a_listing_showing_its_posts_in_full_presents_only_their_headlines_as_teasers():
    """A news page printing each post whole links schedules and forms from the posts' sentences; those links are no
    headlines, and their folder (`/schema/`) must not become an article family. A headline after its date is one."""
    posts = "".join(
        f"<h2>Träningshelg vecka {week} <a href='/nyheter/2024-0{week}-01-helg.html'>1.{week}.2024</a></h2>"
        f"<p>Helgen hålls på distans i år. <a href='/schema/2024v{week}/'>Mer information och anmälan här nedan</a>.</p>"
        f"<p><strong>Obs!</strong> <em><a href='/schema/2024v{week}/extra/'>Extra övningar för den som hinner</a></em></p>"
        for week in range(1, 5))
    row = "<p><a href='/kontakt/'>Kontakt</a> <a href='/nyheter/2024-05-01-vår.html'>Våren börjar med en ny kurs</a></p>"
    row += "<p>Fre 3 maj 2024 – <a href='/nyheter/2024-05-03-lager.html'>Sommarens läger är fullbokat</a></p>"
    links = page_links(lxml.html.fromstring(f"<html><body><main>{posts}{row}</main></body></html>"),
                       "https://s.example/nyheter/")
    assert links.teasers == [f"https://s.example/nyheter/2024-0{week}-01-helg.html" for week in range(1, 5)] + [
        "https://s.example/nyheter/2024-05-01-vår.html", "https://s.example/nyheter/2024-05-03-lager.html"]
    assert "https://s.example/schema/2024v1/" in [url for url, _ in links.content]  # still fetched, to be judged


def test_a_year_heading_an_archive_card_is_no_headline():
    """A blog's year archives shown as cards headed by the year ("2024", "3 posts"): their folder is no article
    family. A post linked by its date in its heading still is one."""
    cards = "".join(f"<article><h2><a href='/innlegg/aar/{year}/'>{year}</a></h2><p>{count} innlegg</p></article>"
                    for year, count in ((2024, 12), (2023, 9), (2022, 4)))
    posts = "".join(f"<article><h2><a href='/innlegg/{slug}/'>{title}</a></h2></article>" for slug, title in
                    (("ny-trener", "Ny trener fra høsten"), ("gradering", "Gradering i juni"), ("1-5-2024", "1.5.2024")))
    links = page_links(lxml.html.fromstring(f"<html><body><main>{posts}{cards}</main></body></html>"),
                       "https://k.example/innlegg/")
    assert links.teasers == ["https://k.example/innlegg/ny-trener/", "https://k.example/innlegg/gradering/",
                             "https://k.example/innlegg/1-5-2024/"]


def test_canonical_links_naming_two_pages_name_none():
    """A theme's own canonical (the site root) printed before the CMS's: the spider follows neither."""
    post = "http://127.0.0.1:8000/2021/01/intransparenz.html"
    both = lxml.html.fromstring('<html><head><link href="../" rel="canonical"><link href="2021/01/intransparenz.html" '
                                'rel="canonical"></head><body></body></html>')
    assert head_links(both, post).canonical is None
    shortlink = lxml.html.fromstring('<html><head><link rel="canonical" href="/2021/01/intransparenz.html">'
                                     '</head></html>')
    assert head_links(shortlink, "http://127.0.0.1:8000/?p=12").canonical == post


def test_an_articles_links_to_the_posts_beside_it_by_rel_or_post_navigation():
    """Fails before (no such links were read): the way past a listing pager that breaks or stops."""
    post = """<html><head><link rel="prev" href="../aldre-inlagg/index.html"><link rel="next" href="/2024/05/nyare/">
      <link rel="stylesheet" href="/style.css"></head><body><nav class="menu"><a href="/2024/01/i-menyn/">Meny</a></nav>
      <main><article><h1>Inlägg</h1><p>Text med <a href="/2023/01/annat-inlagg/">en länk</a>.</p>
      <nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">
        <a href="/2024/03/forra/" rel="prev">Förra inlägget</a></div><div class="nav-next"><a href="2/">Del 2</a></div></div></nav>
      <nav class="paginav"><a class="prev" href="/2024/02/ännu-äldre/">← Äldre</a></nav>
      <nav class="comment-navigation"><a href="comment-page-1/">Äldre kommentarer</a></nav>
      </article></main></body></html>"""
    url = "http://blogg.example/2024/04/inlagg/index.html"
    assert neighbour_links(lxml.html.fromstring(post), url) == [
        "http://blogg.example/2024/04/aldre-inlagg/index.html", "http://blogg.example/2024/05/nyare/",
        "http://blogg.example/2024/03/forra/", "http://blogg.example/2024/02/ännu-äldre/"]


def test_an_articles_previous_and_next_links_count_outside_a_nav_element_too():
    """Fails before: a theme printing its post navigation in a <div> (WordPress's Neve) led nowhere, and the posts no
    listing shows were never fetched."""
    post = """<html><body><main><article><h1>Andra mötet</h1><p>Rådet träffades en andra gång.</p>
      <div class="nv-post-navigation"><div class="previous"><a href="/forsta-motet/" rel="prev">Förra</a></div>
      <div class="next"><a href="/flygblad/" rel="next noopener">Nästa</a></div></div>
      <p><a href="/kontakt/" rel="nofollow">Kontakt</a></p></article></main></body></html>"""
    assert neighbour_links(lxml.html.fromstring(post), "http://projekt.example/andra-motet/") == [
        "http://projekt.example/forsta-motet/", "http://projekt.example/flygblad/"]


def test_the_page_bodys_layout_classes_do_not_make_the_whole_page_a_menu():
    """Fails before: a WordPress theme's body classes ('menu_sidebar_slide_left') made every link on the page a
    menu's, and the news page's grid of posts (teasers mostly their links' words) gave none."""
    listing = """<html><body class="page nv-sidebar-full-width menu_sidebar_slide_left"><header class="header">
      <nav><a href="/om/">Om projektet</a></nav></header><main id="content" class="neve-main sidebar-none">
      <h1>Nyheter</h1>""" + "".join(f"""<div class="post-grid"><h2 class="post-title"><a href="/{slug}/">{title}</a></h2>
      <div class="post-short-content">{text}</div><a class="readmore" href="/{slug}/">Läs mer</a></div>"""
        for slug, title, text in (("andra-motet", "Projektets råd träffades för andra gången", "Hösten."),
                                  ("flygblad", "Projektets flygblad finns nu att läsa på nätet", "Nytt."),
                                  ("forsta-motet", "Projektets råd träffades för första gången", "Våren."))) + """
      </main></body></html>"""
    links = page_links(lxml.html.fromstring(listing), "http://projekt.example/nyheter/")
    assert links.teasers == ["http://projekt.example/andra-motet/", "http://projekt.example/flygblad/",
                             "http://projekt.example/forsta-motet/"]
    assert "http://projekt.example/om/" not in [url for url, _ in links.content]


def test_only_neighbours_in_an_article_family_the_listings_showed_are_fetched():
    decisions = SourceDecisions(lambda url, reason: None)
    neighbours = ["http://blogg.example/2024/03/forra/", "http://blogg.example/evenemang/marknad/"]
    assert list(decisions.from_article(neighbours)) == []  # nothing learnt yet: no word on what a post is
    listing = page_links(lxml.html.fromstring(LISTING), BASE)
    list(decisions.from_listing(listing, depth=0))
    neighbours = ["http://127.0.0.1:8000/sv/2023/12/01/julhalsning/?utm_source=x", "http://127.0.0.1:8000/sv/evenemang/marknad/"]
    assert list(decisions.from_article(neighbours)) == ["http://127.0.0.1:8000/sv/2023/12/01/julhalsning/"]


def _entry(slug: str, headline: str, day: str, paragraphs: int, *, heading: str = "h2", linked: bool = True,
           section: str = "") -> str:
    """A post as a blog engine prints it: a header with its headline, byline, date and tags, then its paragraphs
    (`section`: a heading of the post's own, set after its first paragraph)."""
    title = f'<a href="https://garden.example/blog/{slug}/">{headline}</a>' if linked else headline
    text = "".join(f"<p>Paragraph {n} of the post about {headline.lower()}, with the whole of what the writer said "
                   "about the beds, the compost and the volunteers who came on the day.</p>" + (section if n == 0 else "")
                   for n in range(paragraphs))
    return (f'<article><header><{heading}>{title}</{heading}><p>By <a href="https://garden.example/authors/kim/">Kim</a>'
            f' <time datetime="{day}">{day}</time></p><p><small>About <a href="https://garden.example/tags/'
            f'seed-swap-and-spring-planting/">seed swap and spring planting</a></small></p></header>'
            f"{text}</article>")


def _page(main: str, title: str = "Garden club") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body><header><p><a href="
                                f"'https://garden.example/'>Garden club</a></p></header><main>{main}</main>"
                                "<footer><nav><a href='https://garden.example/blog/'>Blog</a></nav></footer></body></html>")


def test_a_tag_page_repeating_whole_posts_is_a_listing_even_of_one_post():
    """A static blog's tag page prints each tagged post whole, in an <article> headed by a link to the post; it has no
    text of its own, however long the posts, and a tag with one post is a list of one."""
    tag = "https://garden.example/topics/compost/"
    one = _page("<header><h1>compost</h1></header>" + _entry("autumn-beds", "Autumn beds", "2021-10-02", 6))
    several = _page("<header><h1>compost</h1></header>" + "".join(
        _entry(f"post-{n}", f"Post {n}", f"2021-10-0{n}", 5, section=f"<h1 id='part-{n}'>Part {n}</h1>") for n in (1, 2, 3)))
    assert is_listing(one, tag) and is_listing(several, tag)


def test_a_post_with_its_own_article_related_posts_or_a_linked_kicker_is_no_listing():
    post = "https://garden.example/blog/autumn-beds/"
    own = _page(_entry("autumn-beds", "Autumn beds", "2021-10-02", 6, heading="h1", linked=False))
    self_linked = _page(_entry("autumn-beds", "Autumn beds", "2021-10-02", 6, heading="h1"))
    related = "".join(_entry(f"post-{n}", f"Post {n}", "2021-09-01", 1, heading="h3") for n in (1, 2))
    body_in_div = _page("<h1>Autumn beds</h1><div class='post'>" + "<p>What we did in the beds this autumn, bed by bed"
                        " and row by row, with the names of all who helped and the plants that went in.</p>" * 8
                        + f"</div><section><h2>Read also</h2>{related}</section>")
    kicker = _page("<article><header><h2><a href='https://garden.example/category/news/'>News</a></h2>"
                   "<h1>Autumn beds</h1></header>" + "<p>What we did this autumn, with all who came.</p>" * 6 + "</article>")
    # A section link above a headline that holds a kicker link of its own; a paper's headline linking its full text.
    section_kicker = _page("<article><h2><a href='https://garden.example/news/'>News</a></h2><h1><a href="
                           "'https://garden.example/news/beds/'>Beds |</a> Autumn beds</h1>"
                           + "<p>What we did this autumn, with all who came.</p>" * 6 + "</article>")
    full_text = _page(_entry("autumn-beds/full", "Autumn beds", "2021-10-02", 6, heading="h1"))
    for page in (own, self_linked, body_in_div, kicker, section_kicker, full_text):
        assert not is_listing(page, post)


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


def test_a_comments_feeds_items_present_no_page_as_news():
    """A blog's home page offers its posts' feed and its comments feed; a comment's item links to a place in the
    page it is on (`#comment-12`), a static page as readily as a post, and so shows no page as news."""
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Kommentarer</title>' + "".join(
        f"<item><title>Svar på {n}</title><link>{url}</link></item>" for n, url in enumerate(
            ["http://s/2013/01/inlagg-1/#comment-40", "/larmiljo/metoden/#comment-41", "/larmiljo/verktyg/#comment-42"]))
           + "</channel></rss>").encode()
    comments = xml_links(read_feed(rss), "http://s/comments/feed/")
    assert comments == ["http://s/2013/01/inlagg-1/#comment-40", "http://s/larmiljo/metoden/#comment-41",
                        "http://s/larmiljo/verktyg/#comment-42"]
    decisions = SourceDecisions(lambda url, why: None)
    posts = [f"http://s/2013/0{n}/inlagg-{n}/" for n in range(1, 4)]
    assert decisions.from_feed(posts, depth=0, sitemap=False) == []  # no listing has shown their family yet
    assert decisions.from_feed(comments, depth=0, sitemap=False) == []
    # None did: the feed is the only discovery, its items the posts; of the comments' places, the posts' own.
    assert [url for url, _ in decisions.release()] == [*posts, "http://s/2013/01/inlagg-1/#comment-40"]
    page = lxml.html.fromstring('<html><body class="page-template-default page page-id-7"><h1>Metoden</h1></body></html>')
    assert not decisions.presents_as_article("http://s/larmiljo/metoden/")
    assert decisions.static_page(page, "http://s/larmiljo/metoden/")


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


def _sidebar_layout_listing(teasers: int) -> str:
    """A theme's listing whose main column carries the layout option "sidebar-right" beside the sidebar itself,
    classed the same, under a <head> whose styles outweigh the page's text."""
    style = " ".join(f".rule{n} {{ margin: 0 auto; padding: 1em; }}" for n in range(200))
    entries = "".join(
        f'<div class="post type-post hentry"><h2 class="post-title"><a href="/entry-{n}/">Headline number {n} of the'
        f' week</a></h2><p><span class="date">Le 0{n}/06/2015</span></p><p>An excerpt of the entry telling the'
        f' reader what the whole post says about street lighting in a town.</p><p><a href="/entry-{n}/">Read'
        f' on</a></p></div>' for n in range(1, teasers + 1))
    tags = "".join(f'<a href="/topic/word-{n}/">Word {n}</a> ' for n in range(12))
    return (f'<html><head><style>{style}</style></head><body><div class="menu"><a href="/about/">About</a></div>'
            f'<div id="content"><div class="row"><div id="main-content" class="sidebar-right large-8 columns">'
            f'{entries}</div><div class="sidebar-right large-4 columns"><h3>Tags</h3>{tags}</div></div></div>'
            f'</body></html>')


def test_a_main_column_classed_by_where_its_sidebar_sits_is_content_and_the_sidebar_is_not():
    # Fails before the change: "sidebar-right" made the main column a sidebar, so no teaser link was content.
    links = page_links(lxml.html.fromstring(_sidebar_layout_listing(4)), "http://127.0.0.1:8000/news/")
    content = {url for url, _ in links.content}
    assert {f"http://127.0.0.1:8000/entry-{n}/" for n in range(1, 5)} <= content
    assert not any("/topic/" in url or "/about/" in url for url in content)
