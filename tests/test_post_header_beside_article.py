"""A theme sets the post's headline in a <header> of its own beside the <article>, not inside it: the page's banner
<header> (logo and menu) comes first, then "<header><h2><a href=permalink>Title</a></h2><hr></header>
<article>text</article>" in the main column, and no <h1>. That second <header> is the post's, not the page's chrome:
its heading shows the whole stated title, though the title holds a dash a site name is often set after."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://opendata.example/fi/2012/05/vaalidata-osa-1-aineiston-kokoaminen/"
TITLE = "Vaalidata osa 1 – aineiston kokoaminen ja paketointi"
TEXT = ("<p>Syksyn vaalien yhteydessä kokeilemme avoimen datan louhintaa ja kokoamme aineistot yhteen pakettiin, "
        "jota jokainen voi käyttää omissa analyyseissaan.</p><p>Aineisto julkaistaan avoimena, ja kaikki "
        "parannusehdotukset ovat tervetulleita talkoisiin.</p>")


def _page(post_header: str, title: str = TITLE) -> str:
    return (
        "<html lang='fi'><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{title}'><meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2012-05-28T00:00:00+00:00'>"
        f"<title>{title} | Opendata - työkaluja avoimelle datalle</title></head><body>"
        "<header class='blog-header'><nav class='navbar'><a class='navbar-brand' href='/'><img src='/logo.svg' "
        "alt='Opendata'></a><ul class='navbar-nav'><li><a href='/'>Etusivu</a></li><li><a href='/fi/post/'>Blogi"
        "</a></li><li><a href='/fi/projects/'>Projektit</a></li></ul></nav></header>"
        f"<div class='container'><div class='row'><div class='col-12 blog-main'>{post_header}"
        f"<article class='blog-post'>{TEXT}</article></div></div></div></body></html>")


def _post_header(title: str = TITLE, href: str = URL) -> str:
    return f"<header><h2 class='blog-post-title'><a class='text-dark' href='{href}'>{title}</a></h2><hr></header>"


def test_the_headline_in_the_posts_own_header_beside_the_article_is_the_title():
    """Fails before: every <header> outside <article>/<main> counted as the page's chrome, so no heading showed the
    title and the piece before its dash was cut off as a guessed site name ("aineiston kokoaminen ja paketointi")."""
    assert extract_article(_page(_post_header()), URL).title == TITLE


def test_a_header_with_a_menu_after_the_banner_is_still_chrome():
    # A second header holding the site's menu is the page's: its heading does not make the stated title whole.
    menu_header = ("<header><h2><a href='" + URL + "'>" + TITLE + "</a></h2><ul><li><a href='/'>Etusivu</a></li>"
                   "<li><a href='/fi/post/'>Blogi</a></li></ul></header>")
    assert extract_article(_page(menu_header), URL).title != TITLE
