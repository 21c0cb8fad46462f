"""A CMS theme that shows no headline on a post's own page (the headline is only in <title> and in the listing's
teaser): a post of a line or two, too short or too linked to weigh as prose, is what its one post wrapper holds after
the subtitle, and it is stored, not called an empty shell; a post that is a bare address alone still has no text."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://group.example/news/spring-pilot-grants/"
TITLE = "Spring Pilot Grants"


def page(body: str, subtitle: str = "") -> str:
    """A Drupal-like node page: the site's header and menu, the node (subtitle, date line
    and type tags, then the body field), and a sidebar box of linked headlines."""
    sub = f'<div class="field field--name-field-subtitle">{subtitle}</div>' if subtitle else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Hill Valley Research Network</title></head>
<body><header><div class="site-logo"><a href="/"><img src="/logo.png" alt="HVRN"></a></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/news">News</a></li>
</ul></header>
<section class="content"><div class="region-content"><div class="block-content">
<div data-history-node-id="77" class="node node--type-news node--view-mode-full clearfix">{sub}
<div class="news-metadata"><div class="field field--name-node-post-date">March 3, 2021</div>
<div class="field--taxonomy-terms"><div class="field__item"><a href="/news-type/funding">Funding</a></div></div></div>
<div class="clearfix text-formatted field field--name-body">{body}</div>
</div></div></div>
<div class="region-sidebar-second"><div class="block"><h2>Announcements</h2>
<div class="views-row"><a href="/news/autumn-meeting">Autumn meeting of the network's members</a></div>
<div class="views-row"><a href="/news/new-board">A new board for the coming two years</a></div>
<div class="views-row"><a href="/news/data-day">Data day for early-career researchers</a></div>
</div></div></section>
<footer><div>Funded by the Hill Valley Foundation (grant HV-2019-04) · Write to us at
<a href="mailto:office@group.example">office@group.example</a></div></footer></body></html>"""


@pytest.mark.parametrize("body, subtitle, text", [
    # A linked report title and the outlet's name.
    ('<a href="/files/pilot-report.pdf">Pilot grants widen the field</a>\n<em>Valley Health Weekly</em>', "",
     "Pilot grants widen the field Valley Health Weekly"),
    # One sentence and the address it points to, under a subtitle that is no sentence.
    ('<p>See the new calls of the river institute on pragmatic trials here: '
     '<a href="https://river.example/calls/2021">https://river.example/calls/2021</a></p>',
     "Two calls, RC-21 and RC-22",
     "See the new calls of the river institute on pragmatic trials here: https://river.example/calls/2021"),
    # Key dates as a list and the address for the details.
    ('<p><b>Key dates</b></p><ul><li>Letters of intent open: March 3, 2021</li><li>Letters of intent due: April 9, '
     '2021</li><li>Full proposals due: June 1, 2021</li></ul><p>For the details of the call, please visit: '
     '<a href="https://funders.example/pilots">https://funders.example/pilots</a></p>', "Notice of a coming call",
     "Letters of intent open: March 3, 2021\n\nLetters of intent due: April 9, 2021\n\nFull proposals due: June 1, "
     "2021\n\nFor the details of the call, please visit: https://funders.example/pilots"),
])
def test_a_short_post_with_no_headline_shown_is_its_wrappers_text(body, subtitle, text):
    """Fails before for the second and third posts: the body was empty and the page called empty ("no headline of
    its own and less than 150 characters of text"), so the crawl stored nothing of the post."""
    result = extract_article(page(body, subtitle), URL, listed_as_article=True)
    assert result.body == text
    assert result.page_type == "article"
    assert result.published == "2021-03-03"


def test_a_bare_address_alone_is_still_no_text():
    """A post that is only a link showing its address says nothing of its own: no article (as before)."""
    result = extract_article(page('<p><a href="https://river.example/summit">https://river.example/summit</a>?</p>'),
                             URL, listed_as_article=True)
    assert result.body == ""
    assert result.page_type == "empty"
