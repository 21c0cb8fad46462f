"""A static site converted from a blog engine, served under a sub-path: its start page is an index of month archive
pages, each month's page listing that month's posts as bare linked headings (no date, no excerpt, no pager), and the
posts sit in section folders, some a folder deeper than the others (`/lab/teams/<team>/<slug>/`). The crawl reads
the month pages as the listing they continue, not as articles with no text, and stores every post wherever it sits."""
from __future__ import annotations

import lxml.html

from fault_site import FaultServer, crawl_one_source, page, stored_paths
from news_archive.spiders.headline_listings import shows_linked_headlines_alone
from news_archive.spiders.navigation_regions import NavigationRegions

MONTHS = {
    "2024-05": [("/lab/teams/robotics/arm-demo-at-open-day/", "An arm demo at the open day"),
                ("/lab/teams/vision/camera-rig-rebuilt/", "The camera rig is rebuilt"),
                ("/lab/news/new-seminar-room/", "A new seminar room")],
    "2024-02": [("/lab/teams/robotics/winter-workshop/", "The winter workshop of the robotics team")],
    "2023-11": [("/lab/teams/vision/dataset-released/", "Our street dataset is released"),
                ("/lab/news/autumn-school-report/", "A report from the autumn school")],
}
POST_DAYS = {"2024-05": "2024-05-14", "2024-02": "2024-02-03", "2023-11": "2023-11-21"}


def _frame(title: str, content: str) -> str:
    menu = ('<nav><ul><li><a href="/lab/about/">About</a></li><li><a href="/lab/teams/">Teams</a>'
            '<ul><li><a href="/lab/teams/robotics/">Robotics</a></li><li><a href="/lab/teams/vision/">Vision</a></li>'
            '</ul></li><li><a href="/lab/archives/">Archives</a></li></ul></nav>')
    side = "".join(f'<li><a href="/lab/archives/{month}/">{month}</a></li>' for month in MONTHS)
    return (f'<!doctype html><html lang="en"><head><title>{title} | Vision and Robotics Lab</title></head><body>'
            f'<header><h1 class="site"><a href="/lab/">Vision and Robotics Lab</a></h1>{menu}</header>'
            f'<main><div class="sidebar"><h3>Archives</h3><ul>{side}</ul></div><div class="content">{content}</div>'
            '</main><footer><p>Copyright 2024. All rights reserved.</p></footer></body></html>')


def _index() -> str:
    return _frame("Archives", "<h1>Archives</h1>" + "".join(
        f'<h2><a href="/lab/archives/{month}/">{month}</a></h2>' for month in MONTHS))


def _month(month: str) -> str:
    return _frame(month, f"<h1>{month}</h1>" + "".join(
        f'<h2><a href="{path}">{title}</a></h2>' for path, title in MONTHS[month]))


def _post(month: str, title: str) -> str:
    text = "".join(f"<p>The lab reports on {title.lower()}: who took part, what was shown and what the team plans "
                   f"next, told in paragraph {n} of the post.</p>" for n in range(1, 4))
    return _frame(title, f'<article><h1>{title}</h1><time datetime="{POST_DAYS[month]}T10:00:00+00:00">'
                         f"{POST_DAYS[month]}</time>{text}</article>")


def _site() -> FaultServer:
    server = FaultServer()
    server.routes["/lab/archives/"] = page(_index())
    for month, posts in MONTHS.items():
        server.routes[f"/lab/archives/{month}/"] = page(_month(month))
        for path, title in posts:
            server.routes[path] = page(_post(month, title))
    return server


def test_the_posts_a_month_archives_headlines_link_are_stored_wherever_they_sit(tmp_path):
    """Fails before: the month pages were taken for the index's articles and judged to have no text; the posts a
    folder deeper than the others (`/lab/teams/<team>/<slug>/`) were never asked for."""
    server = _site()
    run, asked = crawl_one_source(server, tmp_path, "lab", "Lab news", "/lab/archives/")
    assert run.status == "ok"
    posts = {path for posts in MONTHS.values() for path, _title in posts}
    assert stored_paths(server, tmp_path) == posts
    assert posts <= asked


def test_a_page_of_linked_headlines_alone_is_told_from_a_post_and_a_section_page():
    url = "http://lab.example/lab/archives/2024-05/"
    month = lxml.html.fromstring(_month("2024-05"))
    assert shows_linked_headlines_alone(month, url, NavigationRegions(month))
    post_url = "http://lab.example/lab/news/new-seminar-room/"
    post = lxml.html.fromstring(_post("2024-05", "A new seminar room"))
    assert not shows_linked_headlines_alone(post, post_url, NavigationRegions(post))
    # A page with a heading of its own over its links, or a line of text, is no bare list of headlines.
    sections = lxml.html.fromstring(_frame("Teams", '<h1>Teams</h1><h2>Our teams</h2>'
                                                    '<h2><a href="/lab/teams/vision/">Vision</a></h2>'))
    assert not shows_linked_headlines_alone(sections, "http://lab.example/lab/teams/", NavigationRegions(sections))
    intro = lxml.html.fromstring(_frame("Teams", '<h1>Teams</h1><p>The lab works in two teams, each with its own '
                                                 'projects and seminars.</p><h2><a href="/lab/teams/vision/">Vision'
                                                 '</a></h2>'))
    assert not shows_linked_headlines_alone(intro, "http://lab.example/lab/teams/", NavigationRegions(intro))
