"""A page's links sorted: pagination, teasers, content, feeds, its canonical and the posts beside an article."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import head_links, neighbour_links, page_links
from news_archive.spiders.pagetype import is_listing
from news_listing import BASE, LISTING


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
