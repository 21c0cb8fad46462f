"""A pager's "First" and "Last" buttons carry a label for screen readers beside the shown one ("Last page Last »",
Drupal's pager): four words, as many as a headline, but they lead to pages of the same listing. Its "Last" link is
the way on to the older pages where a page of the pager is gone (a 404 in the middle of an exported archive)."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import page_links

PAGE_URL = "http://example.test/updates?page=3"


def _pager_item(kind: str, page: int, hidden: str, shown: str) -> str:
    return (f'<li class="pager__item pager__item--{kind}"><a class="pager__link pager__link--{kind}" '
            f'href="?page={page}" title="Go to {kind} page">\n  <span class="visually-hidden">{hidden}</span>\n'
            f'  <span aria-hidden="true">{shown}</span>\n</a></li>')


LISTING = f"""<html><body><main>
<h1>Updates</h1>
<div class="view-content">
  <article><h3><a href="/updates/greenhouse-opens-for-visitors">Greenhouse opens for visitors</a></h3>
    <p>The new greenhouse welcomes school classes from May.</p></article>
  <article><h3><a href="/updates/award-for-soil-study">Award for the soil study</a></h3>
    <p>The soil team was honoured by the regional council.</p></article>
</div>
<nav class="pager" aria-label="Pagination"><ul class="pager__items">
  {_pager_item("first", 0, "First page", "« First")}
  {_pager_item("previous", 2, "Previous page", "‹ Previous")}
  <li class="pager__item"><a class="pager__link" href="?page=2"><span class="visually-hidden"> Page </span>3</a></li>
  <li class="pager__item is-active"><a class="pager__link is-active" href="?page=3">4</a></li>
  <li class="pager__item"><a class="pager__link" href="?page=4"><span class="visually-hidden"> Page </span>5</a></li>
  {_pager_item("next", 4, "Next page", "Next ›")}
  {_pager_item("last", 11, "Last page", "Last »")}
</ul></nav>
</main></body></html>"""


def test_a_pagers_first_and_last_links_with_screen_reader_labels_are_pages_of_the_listing():
    links = page_links(lxml.html.fromstring(LISTING), PAGE_URL)
    assert "http://example.test/updates?page=11" in links.pagination
    assert "http://example.test/updates?page=0" in links.pagination
    assert "http://example.test/updates?page=11" not in links.teasers
    assert links.teasers == ["http://example.test/updates/greenhouse-opens-for-visitors",
                             "http://example.test/updates/award-for-soil-study"]
