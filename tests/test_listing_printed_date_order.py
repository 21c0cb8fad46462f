"""A post page stating only "en" (no country) prints "posted 06/02/20": which number is the month is a guess the
page alone cannot settle, and the guess for a bare "en" is the American order. The site's listings settle it when
they show beside their links a slashed date only one order can read ("27/09/21"): the posts' pages are read in the
order their listings print. A card carrying an inline script (the post's whole text, for a picture to be picked
from) is still a teaser of a few lines: the script is code, not text."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils
from lxml import html as lxml_html

from news_archive.pipelines.extraction.dates import reads_month_first, slashed_order
from news_archive.spiders.discovery import page_links
from news_archive.spiders.listing_dates import teaser_texts
from news_archive.spiders.navigation_regions import NavigationRegions
from fault_site import FaultServer, crawl_one_source, page

# slug, title, the day the site prints (day/month/two-digit year), the day it is
POSTS = [
    ("tool-library", "Our tool library opens", "27/09/21", "2021-09-27"),
    ("repair-cafe", "Repair cafe is back", "06/02/20", "2020-02-06"),
    ("new-trustees", "Meet our new trustees", "01/05/20", "2020-05-01"),
    ("bike-month", "National bike month", "10/11/20", "2020-11-10"),
    ("swap-shop", "Swap shop reopens", "03/04/21", "2021-04-03"),
    ("oat-milk", "The oat milk question", "08/02/21", "2021-02-08"),
]


def _script(title: str) -> str:
    """The inline script a card carries: the post's text as a string, read for its first picture."""
    text = " ".join(f"Paragraph {n} of the post about {title.lower()}, with the news of the co-op." for n in range(80))
    return f'<script>var str = "{text}"; var elem = document.createElement("div"); elem.innerHTML = str;</script>'


def _card(slug: str, title: str, shown: str) -> str:
    return (f'<div class="py-3"><a href="/{slug}/" title="Blog post: {title}"><h3>{title}</h3></a>'
            f'<p class="mb-2">A few words about {title.lower()}.</p>'
            f'<p class="byline"><span title="Published on {shown}">&#128336; {shown}</span> &nbsp; '
            f'<span title="Written by Sam">&#128100; Sam</span></p>{_script(title)}</div><hr />')


def _listing(cards: list[tuple[str, str, str, str]], next_page: str | None) -> str:
    pager = f'<a href="{next_page}">Older posts</a>' if next_page else ""
    return ('<!DOCTYPE html><html lang="en"><head><title>News | The Co-op</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav>'
            '<div class="content"><div class="container"><div class="news-list"><h2>News</h2>'
            + "".join(_card(slug, title, shown) for slug, title, shown, _ in cards)
            + f'</div>{pager}</div></div><footer><p>The Co-op, 22 High Street</p></footer></body></html>')


def _post(title: str, shown: str) -> str:
    paragraphs = "".join(f"<p>The co-op's volunteers tell of {title.lower()}: paragraph {n}, about the swap shop, the "
                         f"bike workshop and the cafe, and what members can do this season.</p>" for n in range(1, 5))
    return ('<!DOCTYPE html><html lang="en"><head><title>' + title + ' | The Co-op</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav>'
            f'<div class="content"><div class="container"><div class="pt-5"><h2>{title}</h2>'
            f'<p class="byline">By Sam, posted {shown}</p></div><hr />{paragraphs}</div></div>'
            '<footer><p>The Co-op, 22 High Street</p></footer></body></html>')


def test_a_card_with_an_inline_script_is_a_teaser_of_its_lines():
    """Fails before: the script's text made the card too long for a teaser, and the card's date was not read."""
    html = _listing(POSTS[:2], None).replace("/news/", "http://s.example/news/")
    root = lxml_html.fromstring(html)
    regions = NavigationRegions(root)
    texts = teaser_texts(root, "http://s.example/news/", page_links(root, "http://s.example/news/", regions), regions)
    assert texts["http://s.example/tool-library/"] == ["A few words about our tool library opens.\n🕐 27/09/21 👤 Sam"]


def test_listings_printing_a_day_past_twelve_first_settle_the_order_of_a_bare_english_page():
    assert slashed_order(["🕐 27/09/21", "🕐 06/02/20"]) is False
    assert slashed_order(["Posted 12/31/2019", "Posted 03/04/2020"]) is True
    assert slashed_order(["06/02/20"]) is None  # either order reads it
    assert slashed_order(["27/09/21", "12/31/2019"]) is None  # both told: no order
    assert reads_month_first("http://s.example/a/", "en") is True  # the guess for a bare "en"
    assert reads_month_first("http://s.example/a/", "en", printed=False) is False
    assert reads_month_first("http://s.example/a/", "en-US", printed=False) is True  # the page's country decides
    assert reads_month_first("http://s.example/a/", None, printed=False) is None  # no language: its own dates tell


def test_a_crawl_reads_the_posts_days_in_the_order_the_listings_print(tmp_path: Path):
    """Fails before: every post whose day and month were both up to 12 was stored with them swapped (2020-06-02 for
    06/02/20), the page's bare "en" read as the American order."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing(POSTS[:3], "/news/page/2/"))
    server.routes["/news/page/2/"] = page(_listing(POSTS[3:], None))
    server.routes["/about/"] = page(_post("About the co-op", "01/01/19"))
    for slug, title, shown, _ in POSTS:
        server.routes[f"/{slug}/"] = page(_post(title, shown))
    run, _asked = crawl_one_source(server, tmp_path, "coop", "The Co-op", "/news/")
    assert run.status == "ok"
    rows = sqlite_utils.Database(tmp_path / "a.db").query("select url, published from articles")
    stored = {row["url"].rstrip("/").rsplit("/", 1)[-1]: (row["published"] or "")[:10] for row in rows}
    assert stored == {slug: day for slug, _, _, day in POSTS}
