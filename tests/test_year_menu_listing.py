"""A department's news archive split by year, saved as static pages: each year's page lists that year's stories in a
table, and a menu of the years above it ("2019 | 2018 | 2017") leads to the others; there is no pager. The start
page is the newest year's. The crawl reads every year's page as a page of the listing and stores the stories of all
years; a story's own link to its year ("News Archives : 2018 : headline") is one link, no menu."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.discovery import page_links

YEARS = [2019, 2018, 2017, 2016]
STORIES = {
    2019: [("story-2019-41-cell-imaging-centre-opens.html", "The cell imaging centre opens its doors", "Mar. 4, 2019"),
           ("story-2019-40-teaching-prize-for-lab-course.html", "A teaching prize for the lab course", "Jan. 9, 2019")],
    2018: [("story-2018-33-new-fellows-join-the-department.html", "Four new fellows join the department",
            "Oct. 2, 2018"),
           ("story-2018-31-retreat-on-the-coast.html", "The annual retreat on the coast", "May 14, 2018")],
    2017: [("story-2017-25-yeast-genome-study.html", "What a yeast genome study tells us about ageing",
            "Nov. 20, 2017")],
    2016: [("story-2016-12-symposium-on-microbes.html", "A symposium on the microbes of the soil", "Apr. 1, 2016")],
}


def _year_menu(shown: int) -> str:
    items = [f"<b>{year}</b>" if year == shown else f'<a href="news_year_{year}.html">{year}</a>' for year in YEARS]
    return f'<div id="letter_or_year_menu">{" | ".join(items)}</div>'


def _year_page(year: int) -> str:
    rows = "".join(f'<tr><td class="news-thumb"><a href="{href}"><img src="thumb.png" alt="news thumbnail"></a></td>'
                   f'<td><a href="{href}" class="news-list-title">{title}</a> - <span class="news-date">{day}</span>'
                   f'<p><b>Tags:</b> {year}, awards</p></td></tr>' for href, title, day in STORIES[year])
    return (f"<!doctype html><html lang=\"en\"><head><title>News {year} - Biology - News Archives</title></head>"
            '<body><div class="container"><a href="index.html"><img src="header.png" alt="Biology"></a></div>'
            f'<div class="container"><p><b>News Archives</b>: 2016 - 2019</p>{_year_menu(year)}<h2>NEWS</h2>'
            f'<p><b>{len(STORIES[year])}</b> stories listed.</p><table class="table"><tbody>{rows}</tbody></table>'
            "</div></body></html>")


def _story(year: int, href: str, title: str, day: str) -> str:
    text = "".join(f"<p>The department reports on {title.lower()}: what happened, who took part and what comes next, "
                   f"in paragraph {n} of the story.</p>" for n in range(1, 4))
    return (f'<!doctype html><html lang="en"><head><title>{title} - Biology - News Archives</title></head><body>'
            '<div class="container"><a href="index.html"><img src="header.png" alt="Biology"></a></div>'
            f'<div class="container"><p><a href="news_year_{YEARS[0]}.html">News Archives</a> : '
            f'<a href="news_year_{year}.html">{year}</a> : {title}</p><h2 class="title">{title}</h2>'
            f"<p>{day}</p><div>{text}</div></div></body></html>")


def _site() -> FaultServer:
    server = FaultServer()
    server.routes["/index.html"] = page(_year_page(YEARS[0]))
    server.routes["/"] = page(_year_page(YEARS[0]))
    for year in YEARS:
        server.routes[f"/news_year_{year}.html"] = page(_year_page(year))
        for href, title, day in STORIES[year]:
            server.routes[f"/{href}"] = page(_story(year, href, title, day))
    return server


def test_the_crawl_reads_every_years_page_of_an_archive_split_by_year(tmp_path):
    """Fails before: only the start page's (the newest year's) stories were stored; the year menu sat in a block
    named a menu, chrome, and its links were no pager's."""
    server = _site()
    run, _asked = crawl_one_source(server, tmp_path, "bio", "Biology news", "/")
    assert run.status == "ok"
    assert stored_paths(server, tmp_path) == {f"/{href}" for stories in STORIES.values() for href, _t, _d in stories}


def test_year_menu_links_are_pagination_a_storys_year_link_is_not():
    url = "http://bio.example/news_year_2018.html"
    links = page_links(lxml.html.fromstring(_year_page(2018)), url)
    assert sorted(links.pagination) == [f"http://bio.example/news_year_{year}.html" for year in (2016, 2017, 2019)]
    href, title, day = STORIES[2018][0]
    story = page_links(lxml.html.fromstring(_story(2018, href, title, day)), f"http://bio.example/{href}")
    assert story.pagination == []


def test_years_in_a_side_column_or_of_other_addresses_are_no_year_menu():
    side = ('<html><body><main><h1>News</h1><p><a href="/news/spring-fair">The spring fair</a></p></main>'
            '<aside class="widget"><a href="/2024/">2024</a> <a href="/2023/">2023</a> <a href="/2022/">2022</a>'
            "</aside></body></html>")
    assert page_links(lxml.html.fromstring(side), "http://x.example/news/").pagination == []
    reports = ('<html><body><main><h1>Reports</h1><a href="/reports/annual-2024.pdf.html">2024</a> '
               '<a href="/reports/budget-2023.html">2023</a> <a href="/reports/plan-2022-2023.html">2022</a>'
               "</main></body></html>")
    assert page_links(lxml.html.fromstring(reports), "http://x.example/reports/").pagination == []
