"""A post written as lists under subheadings (a year's activities) in a page builder's widget says more in its points
than the line an archive's banner sets above the site ("Archived website: this is a read-only copy ..."), though it
holds hardly a paragraph: the post's lists are its text, and the banner's line is none of it."""
from __future__ import annotations

from article_page import page

from news_archive.pipelines.extraction import extract_article

URL = "https://greens.example/what-we-did-this-year/"
TITLE = "What we did this year"
HEAD = ('<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-12-06T10:00:00+00:00">')
BANNER = ("<div><strong>Archived website:</strong> This is a read-only copy of the former website of the group, kept "
          "as it was when the group moved its news to a new address.</div>")
OPENING = "This year our members took part in …"
SECTIONS = {
    "Meet-ups – 12": ["Ten Saturday climate cafés at the community hall", "A summer walk along the river",
                      "The winter social at the old boathouse"],
    "Stalls – 6": ["At the spring market in the town square in March", "At the river festival in the park in June",
                   "At the college's freshers' fair in September", "At the library's climate week in October"],
    "Activities – 5": ["Met the deputy mayor for the environment at the town hall in February",
                       "Supported the school streets scheme outside two primary schools",
                       "Sent written evidence to the inquiry into the local plan"],
}


def _post() -> str:
    lists = "".join(f"<h2>{heading}</h2><ul>{''.join(f'<li>{point}</li>' for point in points)}</ul>"
                    for heading, points in SECTIONS.items())
    return ('<div class="pb-element pb-element-3e1 pb-widget pb-widget-text-editor"><div class="pb-widget-container">'
            f"<p><strong>{OPENING}</strong></p>{lists}</div></div>")


def test_a_post_written_as_lists_is_read_beside_an_archives_banner():
    """Fails before: the banner's line was the densest text on the page, so the post's widget (its class says
    "widget") went as furniture, and the body was the banner's line or nothing."""
    html = page(head=HEAD, body=_post(), title=TITLE, lang="en").replace("<body>", f"<body>{BANNER}", 1)
    body = extract_article(html, URL).body
    assert body.startswith(OPENING)
    assert body.endswith("Sent written evidence to the inquiry into the local plan")
    assert "read-only copy" not in body
