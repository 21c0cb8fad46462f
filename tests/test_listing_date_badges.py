"""A listing that dates its posts with a calendar badge, the day's number over the month on lines of their own
("07" over "Fev/2025", "21" / "Out" / "2024"), dates the posts whose pages state no date by it, as a date line would.
A badge is a few short lines that together are a date and nothing else: a number over a word is none."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from news_archive.pipelines.extraction.dates import find_date
from news_archive.pipelines.listing_dates import teaser_date
from fault_site import FaultServer, crawl_one_source, page

READ_AT = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)


def test_a_calendar_badge_over_two_or_three_lines_states_the_teasers_day():
    assert teaser_date("07\nFev/2025\nA associação abriu as inscrições para o encontro anual.", READ_AT) == "2025-02-07"
    assert teaser_date("21\nOut\n2024\nO grupo local se reuniu na biblioteca.", READ_AT) == "2024-10-21"
    assert teaser_date("Mar\n3\n2025\nThe club met.", READ_AT) == "2025-03-03"
    # A number over a word, or a day over a line of running text, is no badge.
    assert teaser_date("3\ncomentários\nO grupo se reuniu em 2024.", READ_AT) is None
    assert teaser_date("12\nMai de muitos encontros em 2024", READ_AT) is None
    # A badge and a date line stating another day: which is the post's is not for us to guess.
    assert teaser_date("07\nFev/2025\nPublicado em 9 de março de 2025", READ_AT) is None


def test_portuguese_short_month_names_are_read():
    assert find_date("Publicado 3 Fev 2016")[0] == "2016-02-03"
    assert find_date("15 out. 2016")[0] == "2016-10-15"


LISTING = """<!DOCTYPE html><html lang="pt"><head><title>Blog da Associação</title></head><body>
<header><h1>Blog da Associação</h1></header>
{entries}
<div class="pager"><a href="/">Início</a></div>
</body></html>"""
ENTRY = """<div class="ui grid entry">
 <div class="two wide column"><div class="statistic"><div class="value">{day}</div>
  <div class="label"><i class="icon calendar"></i> {month}</div></div></div>
 <div class="twelve wide column"><a class="header" href="{path}">{title}</a>
  <p>{excerpt}</p><p><a href="{path}">Leia mais</a></p></div>
</div>"""
POSTS = {  # path -> (badge day, badge month line, title, expected date)
    "/encontro-anual.html": ("07", "Fev/2025", "Inscrições para o encontro anual", "2025-02-07"),
    "/grupo-local.html": ("21", "Out/2024", "O grupo local se reuniu", "2024-10-21"),
    "/novo-site.html": ("02", "Set/2024", "Nosso novo site no ar", "2024-09-02"),
}


def undated_post(title: str) -> str:
    paragraphs = "".join(f"<p>Parágrafo {n} do texto sobre {title.lower()}: a associação conta o que fez, quem "
                         f"participou e o que vem pela frente para os sócios.</p>" for n in range(1, 4))
    return (f"<!DOCTYPE html><html lang=\"pt\"><head><title>{title}</title>"
            f"<meta property=\"og:type\" content=\"article\"></head><body><header class=\"article-top\"><h1>{title}</h1>"
            f"</header><div class=\"ui text container\">{paragraphs}</div></body></html>")


def test_a_crawl_dates_undated_posts_by_their_listings_calendar_badges(tmp_path: Path):
    """Fails before: each badge's day and month stand on lines of their own, which no line states a day on, and
    every post was stored undated."""
    server = FaultServer()
    entries = "".join(ENTRY.format(day=day, month=month, path=path, title=title, excerpt=f"Resumo: {title.lower()}.")
                      for path, (day, month, title, _) in POSTS.items())
    server.routes["/"] = page(LISTING.format(entries=entries))
    for path, (_, _, title, _) in POSTS.items():
        server.routes[path] = page(undated_post(title))
    run, _asked = crawl_one_source(server, tmp_path, "assoc", "Associação")
    assert (run.status, run.articles_new) == ("ok", len(POSTS))
    rows = sqlite_utils.Database(tmp_path / "a.db").query("select url, published, published_from from articles")
    dates = {"/" + row["url"].split("/", 3)[3]: (row["published"], row["published_from"]) for row in rows}
    assert dates == {path: (expected, "listing") for path, (_, _, _, expected) in POSTS.items()}
