"""A static-site builder (Gatsby) inlines the site's whole style sheet into each page's <head>, before its <title>:
the <title> that names the site on every page stands hundreds of kilobytes into the page. It is still the title the
source states on many pages, and an article titled from it (through the site's name shown as a heading in the
banner) takes its own <h1> at the crawl's end."""
from __future__ import annotations

from news_archive.pipelines.shared_title import stated_title
from fault_site import crawled_titles

SITE = "Coastal Heritage Hub"
SLUG = "coastal-heritage-hub"
# The builder's inlined style sheet: many rules, far more text than a page's head usually holds.
STYLES = "".join(f".c{n}{{margin:{n % 7}px;padding:{n % 5}px;color:#{n % 999:03d}}}" for n in range(4000))
HEADLINES = ["Workshop on coastal archives in the old harbour", "Volunteers record the lighthouse keepers' logs",
             "A summer school on maritime museums", "Call for stories about the ferry crossings"]


def _head(title: str) -> str:
    return (f"<!DOCTYPE html><html lang='en-us'><head><meta charset='utf-8'/>"
            f"<style id='builder-global-css'>{STYLES}</style><title>{title}</title></head>")


def _post(n: int) -> str:
    """A post: the site's name as a heading in the banner over the menu, the headline as the page's one <h1> in a
    box of its own, a card of labelled fields beside the text."""
    text = "".join(f"<p>The hub's partners met for session {n} to work on part {k} of the shared plan, and they will "
                   f"publish what they found for every museum that joins the network next season.</p>"
                   for k in range(1, 4))
    return (_head(SLUG) + "<body><div id='app'><div class='banner'><img alt='Hub header image' src='/slogan.webp'>"
            f"<h2 class='h3'>{SITE}</h2></div><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<div class='main-box'><div class='crumbs'><a href='/'>Home</a> / <a href='/news'>News</a></div>"
            f"<div class='shadow'><h1 class='h2'>{HEADLINES[n]}</h1></div>"
            f"<div class='post'><div class='row'><div class='col card'><div><i>Author(s)</i></div><div>Hub team</div>"
            f"<div><i>Terms of reuse</i></div><div>CC BY 4.0</div></div>"
            f"<div class='col content'>{text}</div></div></div></div></div></body></html>")


def test_a_title_stated_after_an_inlined_style_sheet_is_read():
    """Fails before: only the page's first 20,000 characters were searched, all of them style rules."""
    assert stated_title(_post(0)) == SLUG


def test_posts_titled_by_the_sites_name_after_an_inlined_style_sheet_take_their_own_h1(tmp_path):
    """Fails before: every post was stored under the site's name, the banner's heading matching the <title>."""
    links = "".join(f"<div class='card'><a href='/news/post-{n}'><h3>{headline}</h3></a></div>"
                    for n, headline in enumerate(HEADLINES))
    listing = _head(SLUG) + f"<body><h2>{SITE}</h2><h1>News</h1>{links}</body></html>"
    titles = crawled_titles(tmp_path, "hub", SITE, listing, {f"/news/post-{n}": _post(n) for n in range(len(HEADLINES))})
    assert titles == {f"/news/post-{n}": headline for n, headline in enumerate(HEADLINES)}
