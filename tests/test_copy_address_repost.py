"""A text a site publishes again weeks later (a repost at a `-2` address) is one story, archived under its first
publication: that page's address, date and title, the repost's address an alias (archive/better_address.py)."""
from __future__ import annotations

import pytest
import sqlite_utils

from fault_site import FaultServer, crawl_one_source, page

SLUG = "regional-office-settles-in"
PARAGRAPHS = [
    "A month after it opened, the regional office of the standards agency in the north-east has found its feet.",
    "Its six inspectors have visited the markets of both provinces and met the traders who sell scales and meters.",
    "The office lets the agency answer complaints within a day where it once needed a week to send a team north.",
    "Traders may book a visit at the office desk or by telephone; checks of weighing instruments remain free this year.",
]


def _post_page(title: str, day: str, path: str, base: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title} – Agency</title>'
            f'<link rel="canonical" href="{base}{path}"></head><body><nav><a href="/news/">News</a></nav>'
            f'<main><article><h1>{title}</h1><time datetime="{day}T09:30:00+01:00">{day}</time>{text}</article></main>'
            "</body></html>")


def _agency_site(first_path: str, repost_path: str, repost_listed_first: bool) -> FaultServer:
    """A news listing whose first page links one of the two posts and its second page the other: the post of 19
    January and its repost of 26 January, word for word under a headline spelt a little otherwise."""
    server = FaultServer()
    base = server.base_url
    posts = {first_path: ("Regional office in the North-East settles in", "2021-01-19"),
             repost_path: ("Regional office in the North East settles in", "2021-01-26")}
    for path, (title, day) in posts.items():
        server.routes[path] = page(_post_page(title, day, path, base))
    listed = [repost_path, first_path][::1 if repost_listed_first else -1]
    for number, (path, pager) in enumerate(((listed[0], '<a href="/news/page/2/">Older posts</a>'), (listed[1], "")),
                                           1):
        title, day = posts[path]
        teaser = f'<article><h2><a href="{path}">{title}</a></h2><p>{day}</p></article>'
        server.routes["/news/" if number == 1 else "/news/page/2/"] = page(
            f"<html><body><main><h1>News</h1>{teaser}<nav class='pagination'>{pager}</nav></main></body></html>")
    return server


@pytest.mark.parametrize("first_path, repost_path", [
    (f"/2021/01/19/{SLUG}-2/", f"/2021/01/26/{SLUG}/"),  # a deleted draft held the plain name: the first is longer
    (f"/2021/01/19/{SLUG}/", f"/2021/01/26/{SLUG}-2/"),
    (f"/news/{SLUG}-3/", f"/news/{SLUG}/"),
], ids=["first at -2", "repost at -2", "undated paths"])
def test_a_repost_is_archived_under_its_first_publication_in_either_listing_order(tmp_path, first_path, repost_path):
    # Fails before ("first at -2", "undated paths"): the shorter address won, the repost's, with its date and title.
    stored = []
    for repost_listed_first in (True, False):
        folder = tmp_path / f"repost-first-{repost_listed_first}"
        folder.mkdir()
        server = _agency_site(first_path, repost_path, repost_listed_first)
        base = server.base_url
        crawl_one_source(server, folder, "agency", "Agency", start="/news/")
        db = sqlite_utils.Database(folder / "a.db")
        stored.append([(row["url"].removeprefix(base), row["published"][:10], row["title"],
                        sorted(url.removeprefix(base) for url, in db.execute(
                            "select url from article_urls where article_id = ?", [row["id"]])))
                       for row in db["articles"].rows])
    expected = (first_path, "2021-01-19", "Regional office in the North-East settles in",
                sorted([first_path, repost_path]))
    assert stored == [[expected]] * 2
