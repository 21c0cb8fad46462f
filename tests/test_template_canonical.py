"""A canonical link or og:url a template prints on every page, naming the home page, is no page's own address."""
from __future__ import annotations


from news_archive.archive.urls import is_start_page
from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

SLUGS = ("new-lab", "spring-grants", "open-house")


def _site_naming_its_home_on_every_page(server: FaultServer, head: str) -> None:
    """A news listing and three posts, each page's head carrying the same `head` (the home page as its address)."""
    teasers = "".join(f'<article><h2><a href="/news/{slug}/">Campus news on the {slug.replace("-", " ")}</a></h2>'
                      "<p>A short teaser.</p></article>" for slug in SLUGS)
    server.routes["/news/"] = page(f"<html><head>{head}</head><body><main><h1>News</h1>{teasers}</main></body></html>")
    for slug in SLUGS:
        html = article_html(f"Campus news on the {slug.replace('-', ' ')}", slug)
        server.routes[f"/news/{slug}/"] = page(html.replace("</head>", f"{head}</head>"))


def _stored_paths(server: FaultServer, tmp_path, head: str) -> set[str]:
    _site_naming_its_home_on_every_page(server, head)
    run, _read = crawl_one_source(server, tmp_path, "portal", "Portal", "/news/")
    assert run.status == "ok"
    return stored_paths(server, tmp_path)


def test_posts_whose_template_gives_the_home_page_as_og_url_are_each_stored_at_their_own_address(tmp_path):
    """Fails before: every post took the home page as its address, so the three were stored as one article at `/`,
    each updating the last."""
    server = FaultServer()
    stored = _stored_paths(server, tmp_path, f'<meta property="og:url" content="{server.base_url}/">')
    assert stored == {f"/news/{slug}/" for slug in SLUGS}


def test_posts_whose_rel_canonical_names_a_language_start_page_are_each_stored_at_their_own_address(tmp_path):
    """Fails before: all three stored as one article at `/sv/`."""
    server = FaultServer()
    stored = _stored_paths(server, tmp_path, '<link rel="canonical" href="/sv/index.html">')
    assert stored == {f"/news/{slug}/" for slug in SLUGS}


def test_only_a_start_page_named_by_another_page_is_ignored():
    html = article_html("Campus news on the new lab", "lab")

    def canonical(head: str, url: str) -> str | None:
        return extract_article(html.replace("</head>", f"{head}</head>"), url).canonical_url

    post = "https://site.example/2024/03/new-lab/"
    assert canonical('<meta property="og:url" content="https://site.example/">', post) is None
    assert canonical('<link rel="canonical" href="/en/"><meta property="og:url" content="/en/">', post) is None
    # A root canonical beside an og:url naming the post: the og:url is the address.
    assert canonical(f'<link rel="canonical" href="/"><meta property="og:url" content="{post}">', post) == post
    # Real canonicals: a shortlink's, an AMP copy's, a trailing-slash variant's, the home page's own.
    assert canonical(f'<link rel="canonical" href="{post}">', "https://site.example/?p=12") == post
    assert canonical(f'<link rel="canonical" href="{post}">', post + "amp/") == post
    assert canonical(f'<meta property="og:url" content="{post}">', post.rstrip("/")) == post
    assert canonical('<link rel="canonical" href="https://site.example/">',
                     "https://site.example/index.html") == "https://site.example/"
    # A query-only shortlink naming the root is a template's too.
    assert canonical('<link rel="canonical" href="https://site.example/">', "https://site.example/?p=12") is None


def test_start_pages_are_the_root_and_language_folders_only():
    assert all(is_start_page(url) for url in ("https://s.example", "https://s.example/", "https://s.example/en/",
                                              "https://s.example/pt-br", "https://s.example/sv/index.html"))
    assert not any(is_start_page(url) for url in ("https://s.example/?p=3", "https://s.example/news/",
                                                  "https://s.example/en/news/", "https://s.example/index.php?id=4"))


def test_posts_whose_og_url_writes_a_slash_twice_are_stored_at_their_own_address(tmp_path):
    """Fails before: each post was archived as `/news/<slug>//`, the address its theme printed by joining its base URL
    and the path, which the server answers too, instead of the address it was linked and answered at."""
    server = FaultServer()
    teasers = "".join(f'<article><h2><a href="/news/{slug}/">Campus news on the {slug.replace("-", " ")}</a></h2>'
                      "<p>A short teaser.</p></article>" for slug in SLUGS)
    server.routes["/news/"] = page(f"<html><body><main><h1>News</h1>{teasers}</main></body></html>")
    for slug in SLUGS:
        html = article_html(f"Campus news on the {slug.replace('-', ' ')}", slug)
        served = page(html.replace("</head>", f'<meta property="og:url" content="/news/{slug}//"></head>'))
        server.routes[f"/news/{slug}/"] = server.routes[f"/news/{slug}//"] = served
    run, _read = crawl_one_source(server, tmp_path, "portal", "Portal", "/news/")
    assert run.status == "ok"
    assert stored_paths(server, tmp_path) == {f"/news/{slug}/" for slug in SLUGS}
