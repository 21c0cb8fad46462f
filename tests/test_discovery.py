"""Link discovery on pages the tests write: pagination, content links, feeds, sitemaps, page types."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import feed_kind, page_links, robots_sitemaps, xml_links
from news_archive.spiders.pagetype import is_listing

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
    assert (feed_kind(rss), xml_links(rss, "http://s/feed/")) == ("rss", ["http://s/en/2024/01/02/a/", "http://s/en/2024/01/01/b/"])
    assert (feed_kind(atom), xml_links(atom, "http://s/feed/")) == ("atom", ["http://s/a"])
    assert (feed_kind(sitemap), xml_links(sitemap, "http://s/sitemap.xml")) == ("sitemap", ["http://s/x/", "http://s/y/"])
    assert feed_kind(b"<!doctype html><html></html>") is None


def test_robots_txt_sitemap_lines():
    robots = b"User-agent: *\nDisallow: /wp-admin/\nSitemap: http://s/sitemap.xml\nsitemap: /news-sitemap.xml\n"
    assert robots_sitemaps(robots, "http://s/robots.txt") == ["http://s/sitemap.xml", "http://s/news-sitemap.xml"]
