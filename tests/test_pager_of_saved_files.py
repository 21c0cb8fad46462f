"""A site mirror saves each page of a news listing under a file name of its own beside the others (`index5206.html`
for `/index.php?limitstart=10`, as a website copier names them), so the listing's pager links a run of files of the
site's root folder: that box is the listing's pager, no site menu leading into many folders. Its pages are read as
the listing's pages: the posts they show are fetched, and the pages themselves, whose entries print their text
whole, are not stored as articles."""
from __future__ import annotations

from urllib.parse import urlsplit

import lxml.html

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.spiders.discovery import page_links
from fault_site import FaultServer, page, stored_paths

# The listing's pages as the copier saved them: page 1 is the site's index.html, later ones get a hashed name.
LISTING_FILES = ["/index.html", "/index4c1e.html", "/index9a07.html", "/index2f3b.html", "/indexd815.html"]
PER_PAGE = 3
TOPICS = ["the lighthouse keeper's logbooks", "the dredging of the inner harbour", "the rope walk on the quay",
          "the customs house ledgers", "the herring fleet's last season", "the ferry timetable of 1911",
          "the lifeboat station's log", "the warehouse fire of 1893", "the tide gauge records",
          "the shipwright families of the east bank", "the harbour master's letters", "the old fish market",
          "the sailmakers' guild", "the coal staithes", "the pilots' cottages"]
PROSE = ("Volunteers of the society spent the winter sorting the papers donated by a local family, and the "
         "catalogue now lists every item with its date, its writer and the shelf it sits on in the archive room. "
         "Researchers may ask for copies by letter or visit on the first Saturday of each month, when members "
         "of the board are on hand to help with the older handwriting and the abbreviations of the clerks. ")


def _post_path(n: int) -> str:
    return f"/index{0xb000 + 37 * n:04x}.html"


def _post_href(n: int) -> str:
    return f"{_post_path(n).lstrip('/')}?option=com_content&view=article&id={100 + n}&Itemid=5"


def _shell(title: str, inner: str) -> str:
    menu = ('<ul class="menu"><li><a href="index.html"><span>Home</span></a></li>'
            '<li><a href="index77c1.html?option=com_content&view=article&id=2"><span>About the society</span></a></li>'
            '<li><a href="index3d02.html?option=com_content&view=article&id=3"><span>Membership</span></a></li></ul>')
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body id="bd">'
            f'<table><tr><td valign="top" id="left">{menu}</td><td valign="top" id="content">{inner}</td>'
            f'</tr></table></body></html>')


def _entry(n: int, linked: bool) -> str:
    title = f"New finds about {TOPICS[n]}"
    heading = f'<a href="{_post_href(n)}" class="contentpagetitle">{title}</a>' if linked else title
    return (f'<div class="contentpaneopen"><h2 class="contentheading">{heading}</h2>'
            f'<div class="article-tools"><span class="createdate">Monday, {n + 2:02d} March 2012</span></div>'
            f'<div class="article-content"><p>This season the society looked again at {TOPICS[n]}. {PROSE}</p>'
            f'<p>{PROSE}</p></div><span class="article_separator">&nbsp;</span></div>')


def _pager(current: int) -> str:
    items = []
    for k, path in enumerate(LISTING_FILES):
        href = path.lstrip("/") + (f"?limitstart={k * PER_PAGE}" if k else "")
        items.append(f"<li><span>{k + 1}</span></li>" if k == current else
                     f'<li><strong><a href="{href}" title="{k + 1}">{k + 1}</a></strong></li>')
    nxt = LISTING_FILES[current + 1].lstrip("/") + f"?limitstart={(current + 1) * PER_PAGE}" \
        if current + 1 < len(LISTING_FILES) else None
    items.append(f'<li><strong><a href="{nxt}" title="Next">Next</a></strong></li>' if nxt else "<li><span>Next</span></li>")
    last = LISTING_FILES[-1].lstrip("/") + f"?limitstart={(len(LISTING_FILES) - 1) * PER_PAGE}"
    items.append(f'<li><strong><a href="{last}" title="End">End</a></strong></li>')
    return f'<ul class="pagination"><li>&laquo;</li>{"".join(items)}<li>&raquo;</li></ul>'


def _listing(k: int) -> str:
    entries = "".join(_entry(n, True) for n in range(k * PER_PAGE, (k + 1) * PER_PAGE))
    return _shell("Harbour Heritage Society", f'<table class="blog"><tr><td>{entries}</td></tr></table>{_pager(k)}')


def test_a_pager_linking_files_of_one_folder_is_the_listings_pager():
    """Fails before: the pager's links, each to a file of its own at the site's root, were taken for a menu's."""
    links = page_links(lxml.html.fromstring(_listing(0)), "http://site.example/")
    assert sorted({urlsplit(u).path for u in links.pagination}) == sorted(LISTING_FILES[1:])


def test_the_posts_of_every_page_of_such_a_listing_are_stored_and_its_pages_are_not(tmp_path):
    """Fails before: the later pages, their entries printed whole, were fetched as articles and stored (as one post
    made of the page's entries), and the posts only they listed were never fetched."""
    server = FaultServer()
    server.routes["/"] = page(_listing(0))
    for k, path in enumerate(LISTING_FILES):
        server.routes[path] = page(_listing(k))
    posts = {_post_path(n) for n in range(len(LISTING_FILES) * PER_PAGE)}
    for n in range(len(LISTING_FILES) * PER_PAGE):
        server.routes[_post_path(n)] = page(_shell(f"New finds about {TOPICS[n]}", _entry(n, False)))
    for path in ("/index77c1.html", "/index3d02.html"):
        server.routes[path] = page(_shell("About the society", f"<h2>About the society</h2><p>{PROSE}</p>"))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nid = "harbour"\nname = "Harbour Heritage Society"\n'
                           f'start_urls = ["{server.base_url}/"]\n', encoding="utf-8")
        [run] = run_crawl(load_sources(sources), tmp_path / "a.db", show_progress=False)
    finally:
        server.stop()
    assert run.status == "ok"
    assert {urlsplit(p).path for p in stored_paths(server, tmp_path)} == posts
