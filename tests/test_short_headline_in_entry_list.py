"""A post whose headline is one or two words, listed in the same place of the same list entries as the listing's other
posts, is followed as a post: its place among headlines makes it one, not its words (spiders/entry_slots.py)."""
from __future__ import annotations

from lxml import html as lxml_html

from fault_site import FaultServer, article_html, crawl_one_source, page, stored_paths
from news_archive.spiders.discovery import page_links

# Posts filed under a category folder each (a generator's /<categories>/YYYY/MM/DD/slug/): the club's folder holds
# most (one headlined "Flyers"), the board's folder two, one of them under a two-word headline, the press folder one, under three words.
POSTS = {
    "/club/2021/03/02/new-antennas-on-the-town-hall/": "New antennas on the town hall roof",
    "/club/2021/01/15/winter-meeting-moves-online/": "Our winter meeting moves online this year",
    "/club/2020/11/20/thousand-nodes-reached-today/": "A thousand nodes reached in the city today",
    "/club/2020/10/02/first-node-in-the-harbour/": "The first node in the harbour is up",
    "/club/2020/09/18/firmware-for-older-routers/": "New firmware for older routers is out",
    "/club/2020/09/10/summer-party-photos/": "Photos of our summer party by the river",
    "/club/2020/09/04/flyers/": "Flyers",
    "/board/2020/06/01/association-founded-at-last/": "The supporting association is founded at last",
    "/board/2020/05/12/new-lists/": "New lists",
    "/club/press/2020/04/30/radio-report/": "Radio report aired",
}
LABELS = {"/about/": "About", "/imprint/": "Imprint", "/join/": "Join us"}


def _listing() -> str:
    entries = "".join(f'<li><span class="post-date">Mar {n + 1}, 2021</span>\n<a class="post-link" href="{path}">'
                      f"{title}</a></li>" for n, (path, title) in enumerate(POSTS.items()))
    labels = " ".join(f'<a href="{path}">{label}</a>' for path, label in LABELS.items())
    return ("<!DOCTYPE html><html><head><title>Mesh Network Club</title></head><body><header><nav>"
            f'<a href="/">Mesh Network Club</a></nav></header><div class="page-content"><div class="post">'
            f"<header><h1>Welcome to the Mesh Network Club</h1></header><article><p>We build a free radio network "
            f'across the city, run by its members. {labels}</p><h2>News</h2><ul class="posts">{entries}</ul>'
            "</article></div></div></body></html>")


def test_short_headlines_in_the_list_of_posts_are_followed(tmp_path):
    """Fails before: "Flyers" (its family known from the others) was found, but "New lists" and "Radio report aired",
    read as labels and each the only other member of its folder's family, were passed over as site furniture."""
    server = FaultServer()
    server.routes["/"] = page(_listing())
    for path, title in POSTS.items():
        server.routes[path] = page(article_html(title, path.strip("/").replace("/", "-")))
    for path, label in LABELS.items():
        server.routes[path] = page(article_html(label, label.lower()))
    run, _asked = crawl_one_source(server, tmp_path, "mesh", "Mesh Network Club", "/")
    assert run.status == "ok"
    assert stored_paths(server, tmp_path) == set(POSTS)


def test_a_list_of_short_labels_gives_no_headline():
    """A list whose links are mostly labels (categories, tags) holds no headline's place, however one entry reads."""
    names = ["Radio", "Press", "Board", "Events of the club this year", "Maps"]
    entries = "".join(f'<li><a class="cat" href="/topics/{n}/">{name}</a></li>' for n, name in enumerate(names))
    root = lxml_html.fromstring(f'<html><body><main><ul class="topics">{entries}</ul></main></body></html>')
    links = page_links(root, "https://club.example/news/")
    assert links.teasers == ["https://club.example/topics/3/"]
