"""A blog listing whose entries show their headline unlinked and close their excerpt with the same short link ("Läs
mer") to the post: those links are the posts' own, so a post whose byline names no day is stored, dated by the feed."""
from __future__ import annotations

import pytest
import sqlite_utils
from lxml import etree

from news_archive.pipelines.extraction import extract_article
from news_archive.spiders.discovery import page_links
from news_archive.spiders.markup import PageParser
from fault_site import FaultServer, crawl_one_source, page

# (slug, headline, byline date: a day, or a month only, or none)
POSTS = [
    ("ny-funktion-album", "Ny funktion: album för hela gruppen", "3 mars 2021"),
    ("forskolan-i-norr", "Förskolan i norr om sitt första år med appen", "12 april 2021"),
    ("film-i-appen", "Nu går det att dela film i appen", "juli 2020"),
    ("tips-infor-varen", "Fem tips inför vårens utflykter", "20 maj 2021"),
    ("om-appen-i-forskolan", "Appen som stöd i förskolans vardag", ""),
    ("webbinarium-i-host", "Webbinarium om appen i höst", "1 oktober 2021"),
]
FEED_DAYS = {"ny-funktion-album": "Wed, 03 Mar 2021", "forskolan-i-norr": "Mon, 12 Apr 2021",
             "film-i-appen": "Tue, 28 Jul 2020", "tips-infor-varen": "Thu, 20 May 2021",
             "om-appen-i-forskolan": "Tue, 07 Feb 2017", "webbinarium-i-host": "Fri, 01 Oct 2021"}
PROSE = ("Vi har arbetat med den här nyheten länge tillsammans med pedagoger på flera förskolor, och nu är den "
         "här för alla som använder appen i sin vardag.")


def _byline(date: str) -> str:
    return f"av Redaktionen på Appen | {date}" if date else "av Appen"


def _listing(base: str) -> str:
    entries = "".join(
        f'<li class="blog-entry"><h1>{title}</h1><p class="blog-author">{_byline(date)}</p>'
        f'<p>{PROSE} <a href="{base}/blogg/{slug}/">Läs mer</a></p></li>' for slug, title, date in POSTS)
    return (f'<!DOCTYPE html><html lang="sv"><head><title>Blogg · Appen</title></head><body>'
            f'<nav><a href="/">Start</a><a href="/blogg/">Blogg</a><a href="/kontakt/">Kontakt</a></nav>'
            f'<div class="container"><ul class="blog-list">{entries}</ul></div></body></html>')


def _post(slug: str, title: str, date: str) -> str:
    paragraphs = "".join(f"<p>{PROSE} Stycke {n} om {slug}.</p>" for n in range(1, 4))
    return (f'<!DOCTYPE html><html lang="sv"><head><title>{title} · Appen</title>'
            f'<meta property="og:title" content="Appen"></head><body>'
            f'<nav><a href="/">Start</a><a href="/blogg/">Blogg</a><a href="/kontakt/">Kontakt</a></nav>'
            f'<div class="container"><h2 class="subpage-title">{title}</h2><p class="subpage-author">{_byline(date)}</p>'
            f'<div class="subpage-content-container">{paragraphs}</div></div></body></html>')


def _feed(base: str) -> str:
    items = "".join(f"<item><title>{title}</title><link>{base}/blogg/{slug}/</link>"
                    f"<pubDate>{FEED_DAYS[slug]} 10:00:00 +0100</pubDate></item>" for slug, title, _date in POSTS)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blogg on Appen</title>{items}</channel></rss>'


def test_read_more_links_closing_each_entry_are_the_entries_links():
    root = etree.fromstring(_listing("http://app.example"), PageParser()).getroottree().getroot()
    links = page_links(root, "http://app.example/blogg/")
    assert links.teasers == [f"http://app.example/blogg/{slug}/" for slug, _title, _date in POSTS]
    assert [links.headlines[url] for url in links.teasers] == [title for _slug, title, _date in POSTS]


def test_labels_closing_items_printed_whole_under_no_headline_are_no_teasers():
    """A lab's news page prints each item whole under a line of text (no heading) and closes it with a link to the
    project it names: the project pages are no entries' pages (their family would hide the posts' own)."""
    items = "".join(f'<div class="card"><p class="card-title">Mar 2024: Item {n}</p><p>New preprint on a method '
                    f'for item {n}. <a href="http://lab.example/projects/p{n}/">[Project website]</a></p></div>'
                    for n in range(1, 7))
    root = etree.fromstring(f"<html><body><main>{items}</main></body></html>", PageParser())
    assert page_links(root.getroottree().getroot(), "http://lab.example/news/").teasers == []


def test_a_read_more_link_inside_a_sentence_or_alone_is_no_teaser():
    root = etree.fromstring(
        '<html><body><p>Läs <a href="http://app.example/om/">mer</a> om oss här.</p>'
        '<p>Text. <a href="http://app.example/blogg/a/">Läs mer</a></p></body></html>', PageParser())
    assert page_links(root.getroottree().getroot(), "http://app.example/blogg/").teasers == []


def test_posts_whose_byline_names_no_day_are_stored_dated_by_the_feed(tmp_path):
    """Fails before: the three posts showing a month or no date at all were judged plain pages (nothing the crawl
    knew when it read them said they were posts: no listing's headline links them, the feed is read last)."""
    server = FaultServer()
    server.routes["/blogg/"] = page(_listing(server.base_url))
    server.routes["/blogg/index.xml"] = page(_feed(server.base_url), content_type="application/rss+xml")
    for slug, title, date in POSTS:
        server.routes[f"/blogg/{slug}/"] = page(_post(slug, title, date))
    run, _asked = crawl_one_source(server, tmp_path, "appen", "Appen", start="/blogg/")
    stored = {row["url"].rsplit("/", 2)[-2]: row["published"][:10]
              for row in sqlite_utils.Database(tmp_path / "a.db")["articles"].rows}
    assert run.status == "ok"
    assert stored == {"ny-funktion-album": "2021-03-03", "forskolan-i-norr": "2021-04-12",
                      "film-i-appen": "2020-07-28", "tips-infor-varen": "2021-05-20",
                      "om-appen-i-forskolan": "2017-02-07", "webbinarium-i-host": "2021-10-01"}


def _cards(card, count: int) -> str:
    cards = "".join(card(n) for n in range(1, count + 1))
    return (f"<!DOCTYPE html><html lang='fi'><head><title>Uutiset - Seura</title></head><body><nav><a href='/'>Etusivu"
            f"</a><a href='/uutiset/'>Uutiset</a></nav><main><h1>Uutiset</h1>{cards}</main><footer>Seura ry</footer>"
            "</body></html>")


_EXCERPT = "Lyhyt ote uutisesta numero {n}, joka jatkuu kirjoituksen omalla sivulla pidempänä."
CARDS = {
    "title div, button": lambda n: (f"<div class='card'><div class='card-title'>Kevään kokous numero {n}</div>"
                                    f"<p>{_EXCERPT.format(n=n)}</p><a class='btn' href='/uutiset/kokous-{n}/'>Lue "
                                    "lisää</a></div>"),
    "bold line, own line": lambda n: (f"<div class='card'><p><strong>Kevään kokous numero {n}</strong></p><p>"
                                      f"{_EXCERPT.format(n=n)}</p><p><a href='/uutiset/kokous-{n}/'>Lue lisää »</a>"
                                      "</p></div>"),
    "date and title, heading": lambda n: (f"<li><span class='date'>{n}.3.2024</span><h3>Kevään kokous numero {n}</h3>"
                                          f"<p>{_EXCERPT.format(n=n)}</p><a href='/uutiset/kokous-{n}/'>Read more</a>"
                                          "</li>"),
}


@pytest.mark.parametrize("card", CARDS.values(), ids=CARDS.keys())
@pytest.mark.parametrize("count", [2, 6])
def test_a_card_closed_by_a_read_more_button_pairs_its_headline_and_link(card, count):
    """Fails before: the cards' headlines were taken for the page's <h1> ("Uutiset"), or the cards left unpaired
    (fewer than four, or the heading not found), so the posts were not known by their titles; and the listing was
    judged a page, not a listing."""
    html = _cards(card, count)
    root = etree.fromstring(html, PageParser()).getroottree().getroot()
    links = page_links(root, "http://seura.example/uutiset/")
    assert links.teasers == [f"http://seura.example/uutiset/kokous-{n}/" for n in range(1, count + 1)]
    assert [links.headlines[url] for url in links.teasers] == [f"Kevään kokous numero {n}"
                                                               for n in range(1, count + 1)]
    assert extract_article(html, "http://seura.example/uutiset/").page_type == "listing"


def test_a_post_closing_on_one_button_to_another_page_is_no_listing():
    html = ("<html><head><title>Kevään kokous - Seura</title></head><body><main><article><h1>Kevään kokous</h1>"
            "<p>Seuran kevätkokous pidetään toukokuussa kerhotalolla, ja kaikki jäsenet ovat tervetulleita.</p>"
            "<div class='more'><h3>Kokouksen asiakirjat</h3><p>Esityslista ja pöytäkirjat.</p>"
            "<a href='/asiakirjat/'>Lue lisää</a></div></article></main></body></html>")
    assert extract_article(html, "http://seura.example/uutiset/kevaan-kokous/").page_type != "listing"


def test_a_search_box_and_a_consent_box_closed_by_a_label_are_no_cards():
    """Fails before: a forum thread, its text set without <p>, with a search box ("Advanced search" under its field)
    and a cookie notice ("Learn more" under its buttons) was judged a listing of two cards."""
    html = ("<html><head><title>Forum rules - Wolf Club</title></head><body><div><div class='title'>Search the forum"
            "</div><form action='/search'><input name='q'><button>Go</button></form><a href='/search'>Advanced search"
            "</a></div><main><h1>Forum rules</h1><div class='postbody'>We keep a friendly tone here and ask every "
            "member to read these rules before the first post, so that the forum stays a good place for everyone who "
            "likes wolves.<br>Posts that insult other members are removed, and a member who keeps writing them is "
            "banned.</div></main>"
            "<div class='cmp'><div class='cmp-title'>Your privacy matters</div><p>We use cookies to run the forum."
            "</p><button>Accept all</button><a href='/privacy#cmp'>Learn more</a></div></body></html>")
    assert extract_article(html, "https://wolves.example/t7-forum-rules").page_type != "listing"


def test_boxes_closing_on_the_same_topic_link_are_no_cards():
    """Fails before: a post its CMS shows twice more in promoted boxes, each closing on its type's link ("Type:
    Announcements"), was judged a listing of two cards: a label leading every box to one page names their topic."""
    box = ("<article class='node node--promoted'><h2><a href='/news/annual-meeting'>Annual meeting in May</a></h2>"
           "<div class='node__content'><div class='field--name-field-subtitle'>Annual meeting in May</div>"
           "<div class='field--name-body'><p>The annual meeting of the network takes place in May in the city hall."
           "</p><p>Watch for an e-mail from us in March about registration.</p></div><div class='field--taxonomy'>"
           "<div class='field__label'>Type</div><div class='field__items'><div class='field__item'><a "
           "href='/news-type/announcements'>Announcements</a></div></div></div></div></article>")
    html = ("<html><head><title>Annual meeting in May | Research Network</title></head><body><section>" + box
            + "</section><div class='node node--view-mode-full'><div class='field--name-node-post-date'>September 7, "
            "2022</div><div class='field--name-body'><p>The annual meeting of the network takes place in May in the "
            "city hall.</p><p>Watch for an e-mail from us in March about registration.</p></div></div><section>" + box
            + "</section></body></html>")
    assert extract_article(html, "https://network.example/news/annual-meeting/").page_type == "article"


def test_short_linked_headlines_of_cards_closed_by_a_read_more_button_are_teasers():
    """Fails before: a headline of three words or fewer, linked but set in no heading, read as a label; where a
    listing page's headlines were mostly that short, those posts were no teasers (nothing presented them as news,
    and one whose text names an event's day was dropped as a page)."""
    titles = ["Caravanas", "Nossa keynote", "#Partiu Blumenau", "Inscrições abertas", "Agradecimento aos parceiros da "
              "conferência deste ano", "Resultado da votação para a cidade sede"]
    cards = "".join(f'<div class="ui grid articles"><div class="two wide column"><div class="value">{n + 1:02d}</div>'
                    f'<div class="label">Jun/2016</div></div><div class="twelve wide column">'
                    f'<a class="ui header" href="http://assoc.example/post-{n}.html">{title}</a>'
                    f'<p class="ui text"></p><p><a href="http://assoc.example/post-{n}.html" class="azul">Leia mais</a>'
                    f'</p></div></div>' for n, title in enumerate(titles))
    root = etree.fromstring(f"<html><body><header><h1>Blog</h1></header>{cards}</body></html>", PageParser())
    links = page_links(root.getroottree().getroot(), "http://assoc.example/index2.html")
    assert sorted(links.teasers) == [f"http://assoc.example/post-{n}.html" for n in range(len(titles))]
    assert {links.headlines[f"http://assoc.example/post-{n}.html"] for n in range(4)} == set(titles[:4])


def test_a_tag_link_and_the_tagged_sections_box_further_down_make_no_card():
    """A post's tag list links a section page, and the page's boxes further down each close on "More »" to a
    section: the tag link is no headline of the box, and the sections are no teasers."""
    sections = ["singers", "players", "scholars", "owners", "listeners"]
    posts = "".join(f'<article><h2><a href="http://proj.example/node/{n}">Workshop number {n} with the choirs of '
                    f'the project</a></h2><p>Text of post {n}.</p><ul class="links"><li><a href="http://proj.example/'
                    f'{section}">{section.title()}</a></li></ul></article>' for n, section in enumerate(sections))
    boxes = "".join(f'<div class="box"><h4>{section.title()}</h4><p>What we do for {section}.</p>'
                    f'<p><a href="http://proj.example/{section}">More »</a></p></div>' for section in sections)
    root = etree.fromstring(f"<html><body><main>{posts}</main><div class='row'>{boxes}</div></body></html>",
                            PageParser())
    links = page_links(root.getroottree().getroot(), "http://proj.example/index?page=2")
    assert links.teasers == [f"http://proj.example/node/{n}" for n in range(len(sections))]
