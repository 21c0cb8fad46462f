"""A news listing on a WordPress page whose teasers open their posts by a click handler, with no `<a href>`."""
from __future__ import annotations

from lxml import html as lxml_html

from news_archive.spiders.discovery import page_links
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

TITLES = {1: "Harbour seals counted along the northern shore", 2: "Students sample plankton on a research cruise",
          3: "New buoy reports water temperature every hour"}


def _teaser(base: str, n: int) -> str:
    """A theme's teaser: its category, a headline and a picture that open the post through `onclick`, an excerpt."""
    go = f"window.location='{base}/updates/post-{n}/';"
    return (f'<div class="news-item"><div class="news-header"><h6>Field work</h6>'
            f'<h3 class="news-title" onclick="{go}">{TITLES[n]}</h3></div>'
            f'<div class="news-body">A few lines of the post to tempt the reader ...</div>'
            f'<div class="news-picture" onclick="{go}" data-large="/uploads/picture-{n}.jpg"></div></div>')


def _site(server: FaultServer) -> None:
    base = server.base_url
    teasers = "".join(_teaser(base, n) for n in (3, 2, 1))
    # A WordPress page with a news template: its body classes and shortlink mark it one of the site's static pages.
    server.routes["/news-and-updates/"] = page(
        f'<html><head><title>News and updates</title><link rel="shortlink" href="{base}/?p=699"></head>'
        f'<body class="page-template page-template-news page page-id-699"><header><nav><a href="/about/">About us</a>'
        f'</nav></header><div class="content"><h1>News and updates</h1>{teasers}</div></body></html>')
    for n, title in TITLES.items():
        server.routes[f"/updates/post-{n}/"] = page(article_html(title, f"post{n}"))
    server.routes["/about/"] = page(article_html("About the observation network", "about"))


def test_a_start_page_marked_static_whose_teasers_link_by_onclick_leads_to_its_posts(tmp_path):
    """Fails before: the start page was judged a static page and its links dropped, and it showed no link anyway."""
    server = FaultServer()
    _site(server)
    run, read = crawl_one_source(server, tmp_path, "mbo", "Marine observers", "/news-and-updates/")
    stored = stored_paths(server, tmp_path)
    assert stored == {f"/updates/post-{n}/" for n in TITLES}
    assert run.status == "ok"
    assert "/about/" not in read  # the menu's label, outside the family the teasers show


def test_click_handlers_on_teasers_are_links_and_other_scripted_addresses_are_not():
    base = "http://site.example"
    root = lxml_html.fromstring(
        '<html><body><div class="share" data-url="/share/?u=1"><button>Share</button></div>'
        '<div class="card"><h2 onclick="location.href=&quot;/news/first-post/&quot;">The first post of the year</h2>'
        '<div class="thumb" data-href="/news/first-post/"></div></div>'
        '<div class="card"><h2 onclick="window.open(\'/news/second-post/\')">The second post of the year</h2></div>'
        '<div class="card"><h2 onclick="window.location=\'https://elsewhere.example/x/\'">A post on another site</h2>'
        '</div><div class="card"><h2><a href="#" onclick="document.location=\'/news/third-post/\'">Third post</a></h2>'
        '</div></body></html>')
    links = page_links(root, f"{base}/news/")
    assert links.teasers == [f"{base}/news/first-post/", f"{base}/news/second-post/", f"{base}/news/third-post/"]
    assert links.headlines[f"{base}/news/first-post/"] == "The first post of the year"
    # The share button's address sits beside no headline; a handler leading off the site is no link of its.
    assert [url for url, _text in links.content] == links.teasers
