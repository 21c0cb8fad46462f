"""A popup a page builder sets after the page's footer, straight under <body> (a terms-of-use notice, a sign-up pitch,
shown only when a script opens it), is never the post's text, however its paragraphs outweigh a short post written as
a few bullet lines, paragraphs and quotes."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://foundation.example/solar-lamps-reach-village-schools/"
TITLE = "Solar lamps reach twelve village schools"
POINTS = ["The foundation and its partners set up solar lamps in twelve rural schools this spring.",
          "Each lamp charges by day and lights a classroom for five hours after dark.",
          "The project cost less than a single diesel generator would have."]
PARAGRAPHS = ["Evening classes in the hill villages used to end at sunset, when the rooms went dark. With the new "
              "lamps, teachers can hold lessons for adults after their working day.",
              "The lamps need no fuel and no wiring, and the school staff were shown how to clean the panels."]
QUOTES = ["\u201cOur pupils can now finish their homework at school before walking home,\u201d said the head teacher "
          "of the largest school.",
          "\u201cWe sew in the evenings now, and the light makes the work faster,\u201d said a mother who attends the "
          "night course."]
LAST = QUOTES[-1]
TERMS = ("The foundation will collect and process your personal data in order to answer your request, send you news "
         "of its programmes, carry out satisfaction surveys and keep statistics of its services. You may at any time "
         "ask which data it holds, have them corrected or erased, withdraw the consent you gave, ask for proof of it, "
         "and complain to the data protection authority. ")
SIGN_UP = ("Sign up for our monthly letter and hear first about new calls for applications, grants for young "
           "people and the stories of the communities we work with. ")


def popup(classes: str, ident: str, text: str, repeat: int) -> str:
    return (f'<div class="{classes}" id="{ident}" data-builder-type="popup"><div class="inner"><section class="row">'
            f'<div class="column"><div class="widget widget-text"><div class="widget-container">'
            f'<h3>Terms of use</h3>{"".join(f"<p>{text}</p>" for _ in range(repeat))}</div></div></div></section>'
            f'</div></div>')


def builder_post(popups: str) -> str:
    """A page builder's single-post template: header, the post's widgets (headline, date line, the post's content),
    footer; then the builder's popup templates, straight under <body>."""
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    paras = [f'<p class="block-paragraph">{p}</p>' for p in PARAGRAPHS]
    quotes = [f'<blockquote class="block-quote"><p>{q}</p></blockquote>' for q in QUOTES]
    content = f'<ul class="block-list">{points}</ul>' + "".join(x for pair in zip(paras, quotes) for x in pair)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Foundation</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-06-30T13:45:30+00:00"></head>
<body class="single single-post postid-17">
<header class="builder builder-location-header"><nav><a href="/">Home</a> <a href="/news/">News</a>
<a href="/about/">About us</a></nav></header>
<div class="builder builder-location-single post-17 post type-post hentry">
<div class="widget widget-post-title"><div class="widget-container"><h1>{TITLE}</h1></div></div>
<div class="widget widget-post-info"><div class="widget-container"><span>30/06/2023</span></div></div>
<div class="widget widget-post-content"><div class="widget-container">{content}</div></div>
<div class="widget widget-post-navigation"><a href="/older/">Previous</a> <a href="/newer/">Next</a></div>
</div>
<footer class="builder builder-location-footer"><p>Foundation, Main Street 1, Harbour Town.</p>
<p><a href="/privacy/">Privacy policy</a> <a href="/terms/">Terms of use</a></p></footer>
{popups}</body></html>"""


@pytest.mark.parametrize("classes, ident", [
    ("builder builder-1893 builder-location-popup", "b-1893"),
    ("modal-window", "terms"),
    ("site-box", "newsletter-overlay"),
])
def test_a_popup_after_the_footer_is_not_the_text(classes, ident):
    # The terms popup's paragraphs outweighed the post's short lines, so the body was the terms notice.
    html = builder_post(popup(classes, ident, TERMS, 2) + popup("builder builder-1900 builder-location-popup",
                                                                "b-1900", SIGN_UP, 1))
    got = extract_article(html, URL)
    assert got.is_article
    assert got.title == TITLE
    text = f"{got.lead} {got.body}"
    assert POINTS[0] in text
    assert got.body.rstrip().endswith(LAST)
    assert "personal data" not in got.body
    assert "monthly letter" not in got.body


def test_a_post_set_in_a_box_named_overlay_under_body_is_still_the_text():
    # A theme may wrap the whole page in a box its stylesheet names an overlay (an off-canvas menu's backdrop): the
    # box holding the headline is the page, not a popup.
    page = builder_post("").replace('<body class="single single-post postid-17">',
                                    '<body class="single single-post postid-17"><div class="page-overlay-wrap">')
    page = page.replace("</footer>\n</body>", "</footer>\n</div></body>")
    got = extract_article(page, URL)
    assert got.is_article
    assert POINTS[0] in f"{got.lead} {got.body}"
    assert got.body.rstrip().endswith(LAST)


ABOUT = ("The foundation works with village councils across the hill country on light, water and schooling, and "
         "has done so for twenty years with the help of local crafts people and many volunteers. ")


def language_popups(count: int) -> str:
    """A masthead's language menu: each entry's link opens a popup (a lightbox showing the box its `#id` names) with
    the site's name as <h1> over an about-box in that language; only the stylesheet hides the boxes."""
    entries = "".join(f'<li><a href="#lang-{n}-popup" data-rel="lightbox">Language {n}</a>'
                      f'<div id="lang-{n}-popup" class="language-popup"><h1>THE FOUNDATION</h1>'
                      f'{"".join(f"<p>{ABOUT}</p>" for _ in range(4))}</div></li>' for n in range(count))
    return (f'<div class="site-header"><div class="right"><div class="header-languages"><dl class="dropdown">'
            f'<dt><a href="#">Language</a></dt><dd><ul>{entries}</ul></dd></dl></div></div></div>')


def test_popups_a_masthead_menu_opens_are_not_the_text():
    # The six popups' paragraphs outweighed the post's short lines, and each <h1> kept its popup as the post's
    # headline's box: the body was the popups' about-boxes, none of the post.
    page = builder_post("").replace('<body class="single single-post postid-17">',
                                    f'<body class="single single-post postid-17">{language_popups(6)}')
    got = extract_article(page, URL)
    assert got.is_article
    assert got.title == TITLE
    assert POINTS[0] in f"{got.lead} {got.body}"
    assert got.body.rstrip().endswith(LAST)
    assert "village councils" not in got.body


def test_a_popups_h1_is_not_the_headline():
    # A post whose headline is a paragraph (no <h1>), every word of its title in the menu too: the popups' <h1>, the
    # site's name, was taken for the headline the title's words stand beside.
    title = "Solar - Lamps Order"
    page = builder_post("").replace(f"<h1>{TITLE}</h1>", f'<div class="title"><p>{title}</p></div>')
    page = page.replace('<a href="/about/">About us</a>', '<a href="/orders/">Order solar lamps</a>')
    page = page.replace(f"<title>{TITLE} - Foundation</title>", f"<title>{title} - The Foundation</title>"
                        f'<meta property="og:site_name" content="The Foundation">')
    page = page.replace('<body class="single single-post postid-17">',
                        f'<body class="single single-post postid-17">{language_popups(6)}')
    got = extract_article(page, URL)
    assert got.title == title
    assert got.body.rstrip().endswith(LAST)
