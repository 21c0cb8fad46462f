"""A post its writer left untitled: the theme prints the headline's slot empty ("<h1></h1>") and the CMS titles the
page with the site's name alone. The post is stored with no title, not under the site's name (which the author box's
heading shows too); posts titled beside the site's name keep their headlines. A theme that labels its menu and its
pager with an <h1> for screen readers ("Menu", "Post navigation") does not lend a post left untitled that label."""
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


def _stored_titles(tmp_path, source_id: str, site: str, posts: dict, render) -> dict[str, str]:
    """Crawl the posts (path -> (title, day, text), each page made by `render`) from a listing of them."""
    listing = f"""<html><head><title>News &#8211; {site}</title></head><body><h1>News</h1>""" + "".join(
        f'<article><h2><a href="{path}">{title or day}</a></h2><p>{day}</p></article>'
        for path, (title, day, _text) in posts.items()) + "</body></html>"
    return crawled_titles(tmp_path, source_id, site, listing, {path: render(*post) for path, post in posts.items()})


def test_untitled_posts_are_stored_with_no_title_beside_titled_ones(tmp_path):
    titles = _stored_titles(tmp_path, "aid", SITE, POSTS, _post)
    assert titles == {path: title for path, (title, _day, _text) in POSTS.items()}


def test_a_post_whose_title_is_one_word_keeps_it():
    page = _post("Thanks", "28/01/2022", TEXT).replace(f"<title>Thanks &#8211; {SITE}</title>", "<title>Thanks</title>")
    assert extract_article(page, "https://aid.example/blog/thanks/").title == "Thanks"


CLUB = "Riverside Draughts Club"
CLUB_TEXT = ("<p><b>Autumn league, rounds three and four: report</b></p><p>On the second match day our four teams "
             "set about a long evening of draughts against the visitors from the harbour, and the young players "
             "carried the night with three wins and a draw.</p>")
CLUB_POSTS = {"/11872-2/": ("", "29th November 2024", CLUB_TEXT),
              "/autumn-league/": ("Autumn league opens", "4th November 2024", CLUB_TEXT.replace("second", "first"))}


def _club_post(title: str, day: str, text: str) -> str:
    """A theme that prints an empty <title> and og:title for a post its writer left untitled, and heads its main menu
    and its previous/next pager each with an <h1> for screen readers."""
    return f"""<html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title or ' '}"></head><body>
<header><h1 class="site-title"></h1><nav role="navigation" class="site-navigation main-navigation">
<h1 class="assistive-text">Menu</h1><ul class="menu"><li><a href="/">Home</a></li>
<li><a href="/category/news/">News</a></li><li><a href="/about-us/">About us</a></li></ul></nav></header>
<article class="post type-post hentry category-news"><header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">Posted on <time class="entry-date" datetime="2024-11-29T16:50:39+00:00">{day}</time></div>
</header><div class="entry-content">{text}</div></article>
<nav role="navigation" class="site-navigation post-navigation"><h1 class="assistive-text">Post navigation</h1>
<a href="/autumn-league/" rel="prev">Previous</a></nav><footer><p>{CLUB}, Harbour Hall</p></footer></body></html>"""


def test_an_untitled_post_is_not_titled_with_its_menus_label():
    """Fails before: titled "Menu", the screen-reader heading of the theme's main <nav>."""
    page = _club_post(*CLUB_POSTS["/11872-2/"])
    assert extract_article(page, "https://club.example/11872-2/").title == ""


def test_untitled_posts_of_a_theme_heading_its_menus_are_stored_with_no_title(tmp_path):
    """Fails before: the untitled post stored as "Menu"."""
    titles = _stored_titles(tmp_path, "club", CLUB, CLUB_POSTS, _club_post)
    assert titles == {path: title for path, (title, _day, _text) in CLUB_POSTS.items()}
