"""Listings told apart from single entries: teasers, shortlinks, repeated blocks and archives of one post."""
from __future__ import annotations

import lxml.html
import pytest

from news_archive.spiders.decisions import SourceDecisions
from news_archive.spiders.pagetype import RepeatedLinks, declared_type, is_listing
from news_listing import BASE, LISTING


def test_listing_and_article_pages_are_told_apart():
    assert is_listing(lxml.html.fromstring(LISTING), BASE)
    prose = " ".join(["Forskarna vid campus har under året byggt upp en ny verksamhet för cellterapi."] * 40)
    article = f"<html><body><main><h1>Ny cellterapienhet</h1><p>{prose}</p><aside><a href='/a/'>Relaterad nyhet ett två tre</a></aside></main></body></html>"
    assert not is_listing(lxml.html.fromstring(article), "http://127.0.0.1:8000/sv/2024/03/01/ny/")
    declared = '<html><head><meta property="og:type" content="article"></head><body>' + LISTING.split("<body>")[1]
    assert not is_listing(lxml.html.fromstring(declared), BASE)


def test_a_shortlink_makes_a_page_one_entry_and_hatom_entries_a_listing():
    single = '<html><head><link rel="shortlink" href="/?p=7"></head><body><div class="post hentry"><h1>Kort</h1></div></body></html>'
    assert declared_type(lxml.html.fromstring(single)) == "article"
    entries = "".join(f'<div class="hentry"><h2><a href="/p{n}/">Inlägg nummer {n} i listan</a></h2></div>' for n in range(4))
    assert declared_type(lxml.html.fromstring(f"<html><body>{entries}</body></html>")) == "listing"


def test_a_shortlink_beside_a_run_of_linked_headlines_does_not_make_a_listing_one_entry():
    """Some CMSs print `rel=shortlink` on every page, their news listing too: the listing's teaser headlines win,
    and a start page showing them is read as the listing it is."""
    teasers = "".join(f'<div class="row"><h3><a href="/news/item-{n}/">Research network meets in spring {n}</a></h3>'
                      f"<span>Partners from twelve countries met to plan the next calls.</span></div>" for n in range(6))
    listing = lxml.html.fromstring(f'<html><head><link rel="shortlink" href="/node/3"></head><body>'
                                   f"<h1>News</h1><div class='view'>{teasers}</div></body></html>")
    assert declared_type(listing) is None
    decisions = SourceDecisions(lambda url, why: None)
    assert decisions.is_listing(listing, "http://s/news/", "start")
    related = "".join(f'<h3><a href="/news/item-{n}/">Research network meets in spring {n}</a></h3>' for n in range(2))
    sidebar = "".join(f'<h3><a href="/news/item-{n}/">Research network meets {n}</a></h3>' for n in range(6))
    post = lxml.html.fromstring('<html><head><link rel="shortlink" href="/node/9"></head><body><main><h1>Kort</h1>'
                                f"<p>Ett inlägg.</p>{related}</main><aside>{sidebar}</aside></body></html>")
    assert declared_type(post) == "article"  # a related-posts pair and a sidebar leave a post one entry
    headings = lxml.html.fromstring(  # linked headings of a single post: site name, title, comments, reply form
        '<html><head><link rel="shortlink" href="/?p=9"></head><body><h4><a href="/">Föreningen</a></h4>'
        '<h1><a href="/?p=9">Kort</a></h1><p>Ett inlägg.</p><h2>Inga kommentarer <a href="/?p=9#postcomment">»</a></h2>'
        '<h3>Svara <a href="/?p=9#respond">Avbryt</a></h3><h3><a href="/?p=8">Förra inlägget</a></h3></body></html>')
    assert declared_type(headings) == "article"


def test_the_home_link_linked_documents_and_other_sites_are_not_a_short_articles_teasers():
    """A short post under a long site-name logo link, with its headline linking itself, a list of linked reports and
    links to the other sites it cites: the home page, the documents and other sites are no teasers of its articles."""
    prose = " ".join(["The working group met in the spring to agree on the shared catalogue and its metadata."] * 9)
    reports = "".join(f'<li><a href="/files/report-{n}.pdf">Minutes of meeting number {n}</a></li>' for n in range(5))
    cited = "".join(f'<div><a href="https://partner{n}.example/call/">Call for papers, partner {n}</a></div>' for n in range(5))
    page = lxml.html.fromstring(
        '<html><body><div id="logo"><a href="/">Research Infrastructure for the Arts and Humanities</a></div>'
        '<div class="main"><h2><a href="/item7.html">Working group meeting</a></h2>'
        f"<p>{prose}</p><ul>{reports}</ul><div>{cited}</div></div></body></html>")
    assert not is_listing(page, "http://s/item7.html")

# A post's one <article> opening with a subheading that links: a bold lead holding the picture the editor floated
# beside it, linked to its full-size file; a "have a look around" line linking the site's own start page. Neither the
# file nor the start page is another entry, and the article is no list of entries; linking a post, it would be one.
SUBHEADING_LINKS = {
    "picture": ('<h3><strong><a href="/uploads/butiken.jpg"><img src="/uploads/butiken-256x300.jpg" alt="Butiken"></a>'
                'Butiken i stadsdelen har en stor och trogen kundkrets.</strong> Många av kunderna är äldre.</h3>',
                "/uploads/butiken.jpg"),
    "start page": ('<h4><a href="http://s/">Klicka in och klicka runt</a></h4>', "http://s/"),
}


@pytest.mark.parametrize("kind", sorted(SUBHEADING_LINKS))
def test_a_posts_subheading_linking_a_file_or_the_start_page_is_no_headline_of_another_entry(kind):
    subheading, target = SUBHEADING_LINKS[kind]
    prose = " ".join(["Kunderna i butiken får snabbare hjälp sedan knappen sattes upp vid kassan."] * 8)
    html = ('<html><body><main><section><h1>Butiken som aldrig låter kunden vänta</h1>'
            '<time datetime="2015-04-14T13:34:06">14 april 2015</time></section><article class="page-content">'
            f'{subheading}<p>{prose}</p><p>{prose}</p></article></main></body></html>')
    url = "http://s/nyheter/butiken-som-aldrig-later-kunden-vanta/"
    assert not is_listing(lxml.html.fromstring(html), url)
    assert is_listing(lxml.html.fromstring(html.replace(f'"{target}"', '"/nyheter/en-annan-post/"')), url)


def test_a_latest_news_block_on_every_page_does_not_make_a_short_release_a_listing():
    block = "".join(f'<li><h3><a href="/nyheter/senaste-{n}/">Senaste nyheten nummer {n} i blocket</a></h3></li>' for n in range(5))

    def page(text: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f"<html><body><main><h1>Rubrik</h1><p>{text}</p></main>"
                                    f"<section class='latest'><h2>Senaste nytt</h2><ul>{block}</ul></section></body></html>")

    short_release = page("Bolaget har utsett en ny vd. Hon tillträder i maj.")
    assert is_listing(short_release, "http://s/nyheter/ny-vd/")  # judged alone, the block's five headlines win
    repeated = RepeatedLinks()
    for n in range(4):
        repeated.observe(page(f"Ett annat pressmeddelande, nummer {n}."), f"http://s/nyheter/annat-{n}/")
    assert not is_listing(short_release, "http://s/nyheter/ny-vd/", repeated)



def test_a_year_archive_read_early_in_a_crawl_is_still_a_listing():
    """A link counts once per page that shows it, however many words its headline has: the main listing and
    one year's archive linking the same posts do not make those posts a block repeated on every page."""
    years = {year: [f"/{year}/05/inlagg-{n}/" for n in range(4)] for year in ("2021", "2022", "2023", "2024")}

    def archive(hrefs: list[str]) -> lxml.html.HtmlElement:
        cards = "".join(f"<li><a href='{h}'>Klubben tog fyra medaljer på vårens tävling nummer {i}</a>"
                        f" <span>(2021-05-0{i + 1})</span></li>" for i, h in enumerate(hrefs))
        return lxml.html.fromstring(f"<html><body><main><h2>Inlägg</h2><ul>{cards}</ul></main></body></html>")

    repeated = RepeatedLinks()
    repeated.observe(archive([h for hrefs in years.values() for h in hrefs]), "http://s/inlagg/")
    for year, hrefs in years.items():
        page, url = archive(hrefs), f"http://s/inlagg/ar/{year}/"
        found = repeated.observe(page, url)
        if repeated.pages > 4:  # from the fifth page on, "half of the pages" means three
            assert is_listing(page, url, repeated, found=found)

def test_links_inside_running_text_are_not_teasers():
    sentence = ("Projektet leds av <a href='/partner/a/'>Institutet för material och miljö</a> tillsammans med flera "
                "andra aktörer i regionen som har arbetat med frågan länge.")
    html = "<html><body><main>" + "".join(f"<p>{sentence.replace('/a/', f'/{n}/')}</p>" for n in range(6)) + "</main></body></html>"
    assert not is_listing(lxml.html.fromstring(html), "http://s/nyheter/projekt/")


def test_a_months_archive_holding_one_post_is_a_listing_and_the_post_is_not():
    def page(title_href: str) -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f"<html><body><div class='post hentry'><h2><a href='{title_href}' rel='bookmark'>"
                                    f"Vårkonsert i kyrkan</a></h2><p>Kören sjunger på lördag.</p></div></body></html>")

    assert is_listing(page("/2024/04/02/varkonsert/"), "http://s/2024/04/")
    assert not is_listing(page("/2024/04/02/varkonsert/"), "http://s/2024/04/02/varkonsert/")


def _entry(slug: str, headline: str, day: str, paragraphs: int, *, heading: str = "h2", linked: bool = True,
           section: str = "") -> str:
    """A post as a blog engine prints it: a header with its headline, byline, date and tags, then its paragraphs
    (`section`: a heading of the post's own, set after its first paragraph)."""
    title = f'<a href="https://garden.example/blog/{slug}/">{headline}</a>' if linked else headline
    text = "".join(f"<p>Paragraph {n} of the post about {headline.lower()}, with the whole of what the writer said "
                   "about the beds, the compost and the volunteers who came on the day.</p>" + (section if n == 0 else "")
                   for n in range(paragraphs))
    return (f'<article><header><{heading}>{title}</{heading}><p>By <a href="https://garden.example/authors/kim/">Kim</a>'
            f' <time datetime="{day}">{day}</time></p><p><small>About <a href="https://garden.example/tags/'
            f'seed-swap-and-spring-planting/">seed swap and spring planting</a></small></p></header>'
            f"{text}</article>")


def _page(main: str, title: str = "Garden club") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body><header><p><a href="
                                f"'https://garden.example/'>Garden club</a></p></header><main>{main}</main>"
                                "<footer><nav><a href='https://garden.example/blog/'>Blog</a></nav></footer></body></html>")


def test_a_tag_page_repeating_whole_posts_is_a_listing_even_of_one_post():
    """A static blog's tag page prints each tagged post whole, in an <article> headed by a link to the post; it has no
    text of its own, however long the posts, and a tag with one post is a list of one."""
    tag = "https://garden.example/topics/compost/"
    one = _page("<header><h1>compost</h1></header>" + _entry("autumn-beds", "Autumn beds", "2021-10-02", 6))
    several = _page("<header><h1>compost</h1></header>" + "".join(
        _entry(f"post-{n}", f"Post {n}", f"2021-10-0{n}", 5, section=f"<h1 id='part-{n}'>Part {n}</h1>") for n in (1, 2, 3)))
    assert is_listing(one, tag) and is_listing(several, tag)


def test_a_post_with_its_own_article_related_posts_or_a_linked_kicker_is_no_listing():
    post = "https://garden.example/blog/autumn-beds/"
    own = _page(_entry("autumn-beds", "Autumn beds", "2021-10-02", 6, heading="h1", linked=False))
    self_linked = _page(_entry("autumn-beds", "Autumn beds", "2021-10-02", 6, heading="h1"))
    related = "".join(_entry(f"post-{n}", f"Post {n}", "2021-09-01", 1, heading="h3") for n in (1, 2))
    body_in_div = _page("<h1>Autumn beds</h1><div class='post'>" + "<p>What we did in the beds this autumn, bed by bed"
                        " and row by row, with the names of all who helped and the plants that went in.</p>" * 8
                        + f"</div><section><h2>Read also</h2>{related}</section>")
    kicker = _page("<article><header><h2><a href='https://garden.example/category/news/'>News</a></h2>"
                   "<h1>Autumn beds</h1></header>" + "<p>What we did this autumn, with all who came.</p>" * 6 + "</article>")
    # A section link above a headline that holds a kicker link of its own; a paper's headline linking its full text.
    section_kicker = _page("<article><h2><a href='https://garden.example/news/'>News</a></h2><h1><a href="
                           "'https://garden.example/news/beds/'>Beds |</a> Autumn beds</h1>"
                           + "<p>What we did this autumn, with all who came.</p>" * 6 + "</article>")
    full_text = _page(_entry("autumn-beds/full", "Autumn beds", "2021-10-02", 6, heading="h1"))
    for page in (own, self_linked, body_in_div, kicker, section_kicker, full_text):
        assert not is_listing(page, post)
