"""Whether a listing's pager brings nothing new is judged along its own pages, whichever listing answered first.

The news listing and its archive section (named in the side menu) each show the same eight posts, two a page, on four
pages of their own pagers, each page linking the next. Judged against every listing read before, the pager read second
brought nothing new on every page and, past the bound of barren pages, stopped the source's listings: which pages were
read depended on which pager answered first.
"""
from __future__ import annotations

from fault_site import FaultServer, article_html, crawl_one_source, page, slowly

POSTS = [(f"/news/2024/05/{slug}/", title) for slug, title in (
    ("orchard-pruning", "Pruning the orchard"), ("new-beehives", "Two new beehives"),
    ("pond-cleaning", "Cleaning the pond"), ("seed-library", "A seed library at the school"),
    ("hedge-planting", "Planting a hedge of hawthorn"), ("compost-course", "A course on compost"),
    ("rain-barrels", "Rain barrels for every plot"), ("tool-shed", "A new tool shed by the gate"))]
PAGES = 4
MENU = "<aside><ul><li><a href='/news/'>News</a></li><li><a href='/news/archive/'>Archive</a></li></ul></aside>"


def _listing(folder: str, number: int) -> str:
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>A few words on it.</p></article>"
                      for path, title in POSTS[2 * number - 2:2 * number])
    pager = f"<a href='{folder}page/{number + 1}/'>Older posts</a>" if number < PAGES else ""
    return (f"<!DOCTYPE html><html lang='en'><head><title>News | Allotments</title></head><body>{MENU}<main>"
            f"<h1>News</h1>{teasers}<nav class='pagination'>{pager}</nav></main></body></html>")


def _crawl(tmp_path, slow_folder: str) -> set[str]:
    server = FaultServer()
    for folder in ("/news/", "/news/archive/"):
        for number in range(1, PAGES + 1):
            path = folder if number == 1 else f"{folder}page/{number}/"
            answer = page(_listing(folder, number))
            server.routes[path] = slowly(answer, 0.5 * number) if folder == slow_folder and number > 1 else answer
    for path, title in POSTS:
        server.routes[path] = page(article_html(title, path.strip("/").replace("/", "-")))
    folder = tmp_path / slow_folder.strip("/").replace("/", "-")
    folder.mkdir()
    _run, asked = crawl_one_source(server, folder, "allotments", "Allotments", "/news/",
                                   settings={"NEWS_MAX_BARREN_LISTINGS": 2})
    return asked


def test_the_listing_pages_read_do_not_depend_on_which_pager_answered_first(tmp_path):
    # Fails before: with the news pager slow, the archive's pages brought the posts first and the news pager's
    # later pages were barren; with the archive slow, the archive's pages were.
    news_slow = _crawl(tmp_path, "/news/")
    archive_slow = _crawl(tmp_path, "/news/archive/")
    assert news_slow == archive_slow
    assert {"/news/page/4/", "/news/archive/page/4/"} <= news_slow
