"""Posts a site files by category folder: each one's breadcrumb trail runs through its category ("Start › Simhallar"),
a page that lists nothing, while the template labels every post with the news section's name over the headline, as
the news listing heads itself (spiders/section_labels.py). The news listing is filled by script: the sitemap leads to
the posts. A product page in the same template is labelled with its own line and stays out."""
from __future__ import annotations

from lxml import html as lxml_html

from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.section_labels import headline_label
from fault_site import PROSE, FaultServer, crawl_one_source, page, stored_paths

NEWS_LABEL = "Kunskap &amp; aktuellt"
POSTS = {"/nyheter/nytt-avtal/": ("Nytt avtal med regionen", "Nyheter", "/nyheter/"),
         "/simhallar/larm-i-badet/": ("Larmknappar i tre badhus", "Simhallar", "/simhallar/"),
         "/vard/trygg-natt/": ("Trygg natt på boendet", "Vård", "/vard/")}
PRODUCT = ("/produkter/larmklocka/", ("Larmklockan", "Produkter", "/produkter/"))


def _page(title: str, section: str, section_path: str, label: str, word: str) -> str:
    trail = (f'<nav class="breadcrumbs"><ol><li><a href="/">Start</a></li><li><a href="{section_path}">{section}</a>'
             f"</li><li><span>{title}</span></li></ol></nav>")
    body = "".join(f"<p>{PROSE} Fallet {word}, stycke {n}.</p>" for n in range(1, 4))
    return (f'<!DOCTYPE html><html lang="sv"><head><title>{title} — Företaget</title></head><body>'
            f'<header><nav><a href="/nyheter/">Kunskap &amp; aktuellt</a><a href="/produkter/">Produkter</a></nav>'
            f'</header><main><section class="hero">{trail}<p class="eyebrow">{label}</p><h1>{title}</h1>'
            f'<time datetime="2024-03-05T10:00:00">5 mars 2024</time></section><article>{body}</article></main>'
            f"</body></html>")


def _listing() -> str:
    return ('<!DOCTYPE html><html lang="sv"><head><title>Kunskap &amp; aktuellt — Företaget</title></head><body>'
            '<header><nav><a href="/nyheter/">Kunskap &amp; aktuellt</a><a href="/produkter/">Produkter</a></nav>'
            f'</header><main><p class="eyebrow">Företaget</p><h1>{NEWS_LABEL}</h1>'
            '<div data-list="posts">Läser innehållet…</div></main></body></html>')


def _site(server: FaultServer) -> None:
    server.routes["/nyheter/"] = page(_listing())
    for n, (path, (title, section, section_path)) in enumerate(POSTS.items()):
        server.routes[path] = page(_page(title, section, section_path, NEWS_LABEL, f"post{n}"))
        if section_path != "/nyheter/":  # the category folder's page: an old address, listing nothing
            server.routes[section_path] = page(_page(section, section, section_path, "Äldre webbadress", section))
    path, (title, section, section_path) = PRODUCT
    server.routes[path] = page(_page(title, section, section_path, "Art.nr 59.011", "product"))
    server.routes["/robots.txt"] = page(f"User-agent: *\nSitemap: {server.base_url}/sitemap.xml\n", "text/plain")
    locs = "".join(f"<url><loc>{server.base_url}{path}</loc></url>" for path in [*POSTS, PRODUCT[0]])
    server.routes["/sitemap.xml"] = page('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/'
                                         f'0.9">{locs}</urlset>', "application/xml")


def test_posts_filed_by_category_folder_and_labelled_with_the_news_section_are_stored(tmp_path):
    """Fails before: the two posts whose trail runs through their category's folder were left out as another
    section's pages (recall 1/3)."""
    server = FaultServer()
    _site(server)
    run, _read = crawl_one_source(server, tmp_path, "foretaget", "Företaget", "/nyheter/")
    assert stored_paths(server, tmp_path) == set(POSTS)
    assert run.status == "ok"


def test_the_label_is_the_short_line_just_above_the_headline_past_the_trail():
    root = lxml_html.fromstring(_page("Larmknappar i tre badhus", "Simhallar", "/simhallar/", NEWS_LABEL, "x"))
    assert headline_label(root) == "kunskap & aktuellt"
    trail_only = lxml_html.fromstring('<html><body><nav class="breadcrumbs"><a href="/">Start</a></nav>'
                                      "<h1>Rubrik</h1></body></html>")
    assert headline_label(trail_only) is None
    standfirst = lxml_html.fromstring(f"<html><body><p>{PROSE}</p><h1>Rubrik</h1></body></html>")
    assert headline_label(standfirst) is None
    # The site's name linking home above a forum topic's headline names no section.
    logo = lxml_html.fromstring('<html><body><a href="/">Kunskap &amp; aktuellt</a><h1>Rubrik</h1></body></html>')
    assert headline_label(logo) is None


def test_a_label_naming_no_news_listing_leaves_the_trail_to_decide():
    decisions = SourceDecisions(lambda url, reason: None, ["http://site.example/nyheter/"])
    decisions.news_headings.note(lxml_html.fromstring(_listing()))
    decisions.settle()
    post = _page("Larmknappar i tre badhus", "Simhallar", "/simhallar/", NEWS_LABEL, "x")
    assert not decisions.another_section(lxml_html.fromstring(post), "http://site.example/simhallar/larm-i-badet/")
    product = _page("Larmklockan", "Produkter", "/produkter/", "Art.nr 59.011", "y")
    assert decisions.another_section(lxml_html.fromstring(product), "http://site.example/produkter/larmklocka/")
    # A page whose headline is the listing's heading is labelled by nothing above it.
    same = _page(NEWS_LABEL, "Simhallar", "/simhallar/", NEWS_LABEL, "z")
    assert decisions.another_section(lxml_html.fromstring(same), "http://site.example/simhallar/samma/")
