"""A post its writer left untitled: the theme prints the headline's slot empty ("<h1></h1>") and the CMS titles the
page with the site's name alone. The post is stored with no title, not under the site's name (which the author box's
heading shows too); posts titled beside the site's name keep their headlines."""
from __future__ import annotations

from fault_site import crawled_titles
from news_archive.pipelines.extraction import extract_article

SITE = "Mountain Clinic Aid"
TEXT = ("<p>The whole team wishes you a happy new year and thanks every donor and volunteer for a year of visits "
        "to the valley's health posts, where our nurses saw more mothers and children than ever before.</p>")
POSTS = {"/blog/new-year/": ("", "28/01/2022", TEXT),
         "/blog/health-posts/": ("Two more health posts open", "12/03/2022", TEXT.replace("wishes you", "sends"))}


def _post(title: str, day: str, text: str) -> str:
    stated = f"{title} &#8211; {SITE}" if title else SITE
    return f"""<html><head><meta charset="utf-8"><title>{stated}</title></head><body>
<header><a href="/" class="logo-link"><img src="/logo.png" alt="logo"></a><nav><a href="/blog/">News</a>
<a href="/about/">About</a></nav></header><section class="page-title"><h1>{title}</h1>
<ul class="breadcrumbs"><li><a href="/">Home</a></li><li>{title}</li></ul></section>
<div class="post-holder post type-post hentry"><div class="post-meta">By <a href="/author/team/">{SITE}</a> on {day}</div>
{text}</div><div class="post-author"><h5 class="post-section-heading">{SITE}</h5></div>
<footer><p>{SITE}, 12 Rue des Ponts, Nanterre</p></footer></body></html>"""


def test_an_untitled_post_has_no_title():
    """Fails before: titled "Mountain Clinic Aid", the <title> the CMS gave it, which the author box shows."""
    assert extract_article(_post(*POSTS["/blog/new-year/"]), "https://aid.example/blog/new-year/").title == ""


def test_untitled_posts_are_stored_with_no_title_beside_titled_ones(tmp_path):
    listing = f"""<html><head><title>News &#8211; {SITE}</title></head><body><h1>News</h1>""" + "".join(
        f'<article><h2><a href="{path}">{title or day}</a></h2><p>{day}</p></article>'
        for path, (title, day, _text) in POSTS.items()) + "</body></html>"
    titles = crawled_titles(tmp_path, "aid", SITE, listing, {path: _post(*post) for path, post in POSTS.items()})
    assert titles == {path: title for path, (title, _day, _text) in POSTS.items()}


def test_a_post_whose_title_is_one_word_keeps_it():
    page = _post("Thanks", "28/01/2022", TEXT).replace(f"<title>Thanks &#8211; {SITE}</title>", "<title>Thanks</title>")
    assert extract_article(page, "https://aid.example/blog/thanks/").title == "Thanks"
