"""A post offering its manuals for download as a page builder's cards (a picture, a heading linking to the PDF, a line
"Download the manual for ... here."): the cards' lines are the post's text. A card whose headline links to another
page is a teaser of it, as before."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://retail.example/tools-for-in-store-technology/"
OPENING = ("The tools below are manuals for using in-store technology, such as the eye tracker, the face reader, the "
           "robot, the shop app, the headset and the tags.")


def _card(name: str, href: str) -> str:
    return ("<div class='pb_module pb_blurb'><div class='pb_blurb_content'>"
            f"<div class='pb_main_blurb_image'><a href='{href}'><span><img src='/img/{name}.png' alt=''></span></a></div>"
            f"<div class='pb_blurb_container'><h4 class='pb_module_header'><a href='{href}'>{name.title()}</a></h4>"
            f"<div class='pb_blurb_description'><p>Download the manual for using the {name} here.</p></div>"
            "</div></div></div>")


def page(cards: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Tools for in-store technology | Future Retail</title>"
            "</head><body><header><a href='/'>Future Retail</a><nav><a href='/news/'>News</a>"
            "<a href='/tools/'>Tools</a></nav></header><div id='content-area'><div id='left-area'>"
            "<article class='post type-post'><div class='post_meta_wrapper'>"
            "<h1 class='entry-title'>Tools for in-store technology</h1>"
            "<p class='post-meta'>by <a href='/author/desk/'>Desk</a> | <span class='published'>Jan 30, 2020</span></p>"
            "</div><div class='entry-content'><div class='pb_section'><div class='pb_row'><div class='pb_column'>"
            f"<div class='pb_text'><div class='pb_text_inner'><p>{OPENING}</p></div></div></div></div></div>"
            f"<div class='pb_section'><div class='pb_row'><div class='pb_column'>{cards}</div></div></div>"
            "</div></article></div></div><footer><p>Future Retail, a project of the retail schools</p></footer>"
            "</body></html>")


def test_cards_whose_headlines_link_to_documents_are_the_posts_downloads():
    """Fails before: the cards were taken for teasers of other articles and the post kept its opening alone."""
    cards = "".join(_card(name, f"/uploads/2020/01/{name}.pdf") for name in ("tags", "headset", "robot"))
    body = extract_article(page(cards), URL).body
    assert body.startswith(OPENING)
    assert body.endswith("Download the manual for using the tags here.\n\n"
                         "Download the manual for using the headset here.\n\n"
                         "Download the manual for using the robot here.")


def test_cards_whose_headlines_link_to_other_pages_stay_teasers():
    cards = "".join(_card(name, f"/{name}-tool/") for name in ("tags", "headset", "robot"))
    assert extract_article(page(cards), URL).body == OPENING
