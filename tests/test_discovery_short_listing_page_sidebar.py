"""A listing's last page shows a few teasers in its main column (classed by where its sidebar sits) beside a sidebar
whose widgets hold more words than the column: the column is the content, the sidebar is chrome."""
from __future__ import annotations

import lxml.html

from news_archive.spiders.discovery import page_links

URL = "https://community.example/node/index11.html?page=11"
TOPICS = [(40, "Page opens in a new window after saving"), (41, "Looking for a developer for a shop"),
          (42, "Translations fail to validate on import"), (43, "Views shows no results after the upgrade"),
          (44, "Which hosting runs the newest release well"), (45, "Security messages in the new version")]
NOTE = ("The members met in the evening to talk about the next release, the translation of its strings and the "
        "sprint planned for the spring, and agreed to meet again next month.")


def _page(teasers: int) -> str:
    entries = "".join(f'<div class="node"><h1><a href="{n}/">Meeting number {n} of the community</a></h1>'
                      f'<span class="submitted">19 november, 2005 - 16:17</span><div class="content"><p>{NOTE}</p>'
                      '</div></div>' for n in range(14, 14 + 2 * teasers, 2))
    topics = "".join(f'<li><div class="views-field-title"><a href="{n}/">{title}</a></div>'
                     f'<div class="views-field-changed">{n % 7 + 2} weeks {n % 5 + 1} days ago, last reply by a '
                     f'member of the forum</div></li>' for n, title in TOPICS)
    sidebar = (f'<div id="sidebar"><div class="block"><h3>New in the forum</h3><ul>{topics}</ul></div>'
               '<div class="block"><h3>Join us</h3><p>Members meet every month in the capital and online, and '
               'everyone who builds sites with the system is welcome to come along and ask.</p></div></div>')
    return (f'<html><body><div id="page"><div id="top"><a href="/">Community</a></div>'
            f'<div id="content" class="main-content with-sidebar">{entries}</div>{sidebar}</div></body></html>')


def test_the_few_teasers_of_a_last_page_are_its_teasers_and_the_sidebar_is_chrome():
    # Fails before: the column, holding under a third of the page's words, was taken for navigation and the sidebar,
    # holding more, for a wrapper around the content: its forum topics were the page's teasers.
    links = page_links(lxml.html.fromstring(_page(2)), URL)
    assert links.teasers == ["https://community.example/node/14/", "https://community.example/node/16/"]


def test_a_full_listing_page_reads_as_before():
    """Its teasers hold most of the page's words: the sidebar was chrome before too."""
    links = page_links(lxml.html.fromstring(_page(10)), URL)
    assert links.teasers == [f"https://community.example/node/{n}/" for n in range(14, 34, 2)]
