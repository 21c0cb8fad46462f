"""A blog's posts page typed an article (og:type, as WordPress SEO plugins print it on every page) is still the
listing it shows: teasers in <article> blocks, each headed by a link to its post, and a pager. A start page that is
one post, with a related-posts block under its text, stays an article. So is a news page typed an article that prints
its posts whole, their titles unlinked."""
from __future__ import annotations

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.decisions import SourceDecisions
from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths

POSTS_PER_PAGE, PAGES = 4, 2
POSTS = [(f"/club-news-{n}/", f"Club news number {n} from the spring season") for n in range(PAGES * POSTS_PER_PAGE, 0, -1)]
TYPED_ARTICLE = '<meta property="og:type" content="article">'


def _teaser(path: str, title: str, base: str) -> str:
    """A theme's teaser: a picture linking the post, then its linked headline, date and a line of excerpt."""
    return (f'<article class="blog-item post type-post hentry" itemscope itemtype="http://schema.org/BlogPosting">'
            f'<a href="{base}{path}"><img src="{base}/uploads/picture.jpg" alt=""></a>'
            f'<h2 class="entry-title" itemprop="headline"><a href="{base}{path}">{title}</a></h2>'
            f'<time datetime="2024-03-05">March 5, 2024</time>'
            f"<p>The members met at the clubhouse to plan the season ahead, part {path[-2]}.</p></article>")


def _listing(number: int, base: str) -> str:
    shown = POSTS[(number - 1) * POSTS_PER_PAGE:number * POSTS_PER_PAGE]
    teasers = "".join(_teaser(path, title, base) for path, title in shown)
    older = f'<a class="next" rel="next" href="{base}/blog/page/{number + 1}/">Older posts</a>' if number < PAGES else ""
    newer = f'<a class="prev" href="{base}/blog/">Newer posts</a>' if number > 1 else ""
    return (f"<html><head><title>Blog | The club</title>{TYPED_ARTICLE}</head><body><header><a href='{base}/'>The club"
            f"</a></header><main><h1>Blog</h1>{teasers}<nav class='pagination'>{newer}{older}</nav></main></body></html>")


def _post_with_related(base: str, wrapper: str) -> lxml.html.HtmlElement:
    """One post typed an article, its text followed by four related posts set as linked <article> teasers."""
    text = "".join("<p>The rowing section held its annual meeting in the boathouse, elected a new board and agreed on "
                   f"the training plan for the juniors, who will race on the lake in the summer, point {n}.</p>"
                   for n in range(6))
    related = "".join(_teaser(path, title, base) for path, title in POSTS[:4])
    return lxml.html.fromstring(f"<html><head><title>Annual meeting | The club</title>{TYPED_ARTICLE}</head><body>"
                                f"<main><{wrapper} class='post'><h1 class='entry-title'>Annual meeting</h1>{text}"
                                f"</{wrapper}><section class='related'><h3>Related posts</h3>{related}</section></main>"
                                "</body></html>")


def test_a_start_page_typed_article_that_lists_its_posts_is_read_as_a_listing():
    """Fails before: the start page declared an article and went to extraction, which dropped it as a listing, and
    none of its links were followed."""
    base = "http://club.example"
    decisions = SourceDecisions(lambda url, why: None)
    assert decisions.is_listing(lxml.html.fromstring(_listing(1, base)), f"{base}/blog/", "start")
    for wrapper in ("article", "div"):  # the related posts are hAtom entries, and the post's own wrapper may be none
        post = _post_with_related(base, wrapper)
        assert not SourceDecisions(lambda url, why: None).is_listing(post, f"{base}/annual-meeting/", "start")


def test_a_blog_whose_listing_is_typed_article_is_crawled_through_its_pager(tmp_path):
    """Fails before: 0 of 8 posts (the start page alone was fetched)."""
    server = FaultServer()
    base = server.base_url
    server.routes["/blog/"] = page(_listing(1, base))
    for number in range(2, PAGES + 1):
        server.routes[f"/blog/page/{number}/"] = page(_listing(number, base))
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(article_html(title, f"post{n}"))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "club"\nname = "The club"\nstart_urls = ["{base}/blog/"]\n', encoding="utf-8")
    try:
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    assert (run.status, run.articles_new) == ("ok", len(POSTS))


# A static generator's news page printing every post whole, each in its own <article> under an unlinked <h2>, linking
# none; the posts are found through the section's feed, which the page names.
WHOLE_POSTS = [(f"/posts/field-day-{n}/", f"Field day {n} of the survey team", n) for n in range(1, 5)]


def _whole_post_text(n: int) -> str:
    return "".join(f"<p>The survey team spent day {n} in the valley counting the hedges and the ponds, and wrote "
                   f"down what the farmers told them about the dry summer, note {k}.</p>" for k in range(1, 2 + n))


def _news_page_printing_posts() -> str:
    posts = "".join(f"<article class='article section--posts'><header class='article__title'><h2>{title}</h2>"
                    f"</header><div class='article__body'>{_whole_post_text(n)}</div></article>"
                    for _path, title, n in WHOLE_POSTS)
    return (f"<html lang='en'><head><title>News | Survey</title>{TYPED_ARTICLE}<link rel='alternate' "
            f"type='application/rss+xml' href='/posts/index.xml'></head><body><nav><a href='/'>Survey</a> "
            f"<a href='/news/'>News</a></nav><main><h1>News</h1>{posts}</main></body></html>")


def _whole_post_page(title: str, n: int) -> str:
    return (f"<html lang='en'><head><title>{title} | Survey</title>{TYPED_ARTICLE}<meta property="
            f"'article:published_time' content='2021-0{n}-1{n}T10:00:00+01:00'></head><body><nav><a href='/'>Survey"
            f"</a> <a href='/news/'>News</a></nav><main><article class='article section--posts'><header><h1>{title}"
            f"</h1></header><div class='article__body'>{_whole_post_text(n)}</div></article></main></body></html>")


def test_a_start_page_typed_article_printing_its_posts_whole_is_not_stored(tmp_path):
    """Fails before: the news page, typed an article and printing the four posts whole under unlinked headings, was
    stored as a fifth article beside them."""
    server = FaultServer()
    server.routes["/news/"] = page(_news_page_printing_posts())
    items = "".join(f"<item><title>{title}</title><link>{server.base_url}{path}</link>"
                    f"<pubDate>Mon, 1{n} Jan 2021 10:00:00 +0100</pubDate></item>" for path, title, n in WHOLE_POSTS)
    server.routes["/posts/index.xml"] = page(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Survey</title>"
                                             f"<link>{server.base_url}/news/</link>{items}</channel></rss>",
                                             "application/rss+xml")
    for path, title, n in WHOLE_POSTS:
        server.routes[path] = page(_whole_post_page(title, n))
    _run, requested = crawl_one_source(server, tmp_path, "survey", "Survey", "/news/")
    assert {path for path, _title, _n in WHOLE_POSTS} <= requested
    assert stored_paths(server, tmp_path) == {path for path, _title, _n in WHOLE_POSTS}
