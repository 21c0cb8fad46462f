"""Documentation-style blog themes (a post's table of contents and its date in side columns): the text keeps the
subheadings the contents list and those whose anchor classes name a sticky navbar; the side column's one <time> dates
the post, not an event's day the text names."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://orchard.example/news/2019/we-will-be-at-the-fruit-fair/"
TITLE = "We will be at the Fruit Fair"
PARAGRAPHS = [
    "Two of our growers will be at the regional fruit fair from June 3 - June 6, 2019, with a stand by the cider "
    "press where visitors can taste the new apple varieties.",
    "The stand shows how the orchard moved to planting in narrow rows, which lets the trees dry faster after rain "
    "and keeps the fungus that spoilt the harvest two summers ago away.",
    "Visitors who bring a branch of an old tree from their own garden can leave it with us, and we will graft it "
    "onto young roots in the winter and send word when it can be fetched.",
]
SECTIONS = [("Tasting the new varieties", PARAGRAPHS[1]), ("Grafting old trees", PARAGRAPHS[2])]


def _slug(heading: str) -> str:
    return "-".join(heading.lower().split())


def page(heading_class: str = "", contents: bool = True, side_time: str = "2019-05-20 00:00:00+00:00") -> str:
    """A static generator's post: the text, the post's date in a column (<nav>) set after it in the source, and the
    post's table of contents in another (<nav>) linking to the subheadings' anchors."""
    cls = f" class='{heading_class}'" if heading_class else ""
    sections = "".join(f"<h2 id='{_slug(h)}'{cls}>{h}<a class='headerlink' href='#{_slug(h)}'>¶</a></h2><p>{t}</p>"
                       for h, t in SECTIONS)
    toc = ("<div class='sidebar sidebar--secondary'><nav class='toc'><label>Table of contents</label><ul>"
           + "".join(f"<li><a href='#{_slug(h)}'>{h}</a></li>" for h, _ in SECTIONS) + "</ul></nav></div>")
    meta = ("<div class='sidebar post-column'><nav class='nav nav--primary'><ul class='post-meta nav-list'>"
            "<li><a href='/news/'>Back to index</a></li>"
            f"<li class='nav-item'><div class='nav-link'><time datetime='{side_time}'>May 20, 2019</time></div></li>"
            "<li class='nav-item'><a href='/news/category/events/'>Events</a></li></ul></nav></div>")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Orchard</title></head>
<body><header><a href="/">Orchard</a></header><div class="main">
<div class="content"><article class="content-inner"><h1>{TITLE}</h1><p>{PARAGRAPHS[0]}</p>{sections}</article></div>
{meta}{toc if contents else ""}</div><footer><p>Orchard cooperative, all rights reserved</p></footer></body></html>"""


def test_subheadings_the_table_of_contents_lists_stay_in_the_text():
    # Fails before: the contents column is furniture, and each subheading repeating one of its entries was dropped.
    body = extract_article(page(), URL).body.split("\n\n")
    assert body == [PARAGRAPHS[0], SECTIONS[0][0], SECTIONS[0][1], SECTIONS[1][0], SECTIONS[1][1]]


def test_a_subheading_whose_anchor_class_names_a_sticky_navbar_stays():
    # Fails before: "anchorWithStickyNavbar" named furniture, and every subheading was cut out of the text.
    body = extract_article(page("anchor anchorWithStickyNavbar_x1", contents=False), URL).body.split("\n\n")
    assert [h for h, _ in SECTIONS if h in body] == [h for h, _ in SECTIONS]


def test_the_side_columns_one_time_dates_the_post_not_the_events_day_in_its_text():
    # Fails before: the fair's last day in the first paragraph (2019-06-06) was stored.
    found = extract_article(page(), URL)
    assert found.published[:10] == "2019-05-20"


def test_a_side_columns_time_beside_another_time_still_yields_to_the_text():
    """A second <time> on the page (a list of other posts' dates) makes the side column's no proof of its own."""
    two = page().replace("<li class='nav-item'><a href='/news/category/events/'>",
                         "<li class='nav-item'><time datetime='2019-04-02'>April 2, 2019</time>"
                         "<a href='/news/category/events/'>")
    assert extract_article(two, URL).published[:10] == "2019-06-06"
