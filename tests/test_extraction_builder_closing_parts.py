"""A post a page builder lays out in sections keeps the parts after its first text section: a heading in a section of
its own over the talk's video still (the player the writer linked rather than embedded), a short line pointing into the
player, and the sections a builder sets in boxes whose layout classes read as a side column's."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.links import leads_to_video

URL = "http://gridworks.example/forecasting-the-load/"
TITLE = "Forecasting the load"
TEXT = ("The talk at the regional innovation day showed how the grid's operators plan a week of consumption ahead, "
        "from the weather and the calendar, and why the right model matters more than the amount of data.")
QUOTE = "Choosing the right model is the first half of every forecast, said the speaker."
CHROME = ("<header><nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/contact/'>Contact</a></nav></header>",
          "<footer><p>Gridworks, Harbour Road 4</p><a href='/privacy/'>Privacy</a></footer>")


def _builder_post(closing_sections: str) -> str:
    section = "<section class='builder-section builder-section-{n}'><div class='builder-column'>{inner}</div></section>"
    text = section.format(n=1, inner=f"<div class='builder-widget builder-widget-text'><p>{TEXT}</p>"
                                      f"<blockquote><p>{QUOTE}</p></blockquote></div>")
    return (f"<html><head><title>{TITLE} | Gridworks</title></head><body class='single single-post postid-26'>"
            f"{CHROME[0]}<main><article id='post-26' class='post-26 post type-post hentry'><h1>{TITLE}</h1>"
            f"<span class='date'>20 Nov 2019</span><div class='entry-content'><div class='builder builder-26'>"
            f"{text}{closing_sections}</div></div></article></main>{CHROME[1]}</body></html>")


def test_a_heading_in_a_section_of_its_own_over_a_linked_video_still_closes_the_text():
    """Fails before: the heading's box (a builder "widget") went as furniture, and the heading was trimmed as one
    heading nothing once the still, a picture linking away, was gone (3tav-si)."""
    heading = "Watch the recording of the talk"
    closing = (f"<section class='builder-section builder-section-2'><div class='builder-widget builder-widget-heading'>"
               f"<h2>{heading}</h2></div></section>"
               "<section class='builder-section builder-section-3'><div class='builder-widget builder-widget-image'>"
               "<a href='https://media.example/talks/load-forecast.mp4'><img src='/uploads/talk-still.webp' "
               "alt='Video: the talk'></a></div></section>")
    assert extract_article(_builder_post(closing), URL).body.split("\n\n") == [TEXT, QUOTE, heading]


def test_a_heading_over_a_sponsors_linked_logo_still_goes():
    closing = ("<section class='builder-section builder-section-2'><div class='builder-widget builder-widget-heading'>"
               "<h2>Our partner in the project</h2></div></section>"
               "<section class='builder-section builder-section-3'><div class='builder-widget builder-widget-image'>"
               "<a href='https://partner.example/'><img src='/uploads/partner-logo.png' alt='Partner'></a></div>"
               "</section>")
    assert extract_article(_builder_post(closing), URL).body.split("\n\n") == [TEXT, QUOTE]


@pytest.mark.parametrize("href, video", [
    ("https://www.youtube.com/watch?v=abc123", True), ("https://youtu.be/abc123", True),
    ("https://vimeo.com/123456", True), ("/media/talk.mp4", True),
    ("https://www.youtube.com/@gridworks", False), ("https://vimeo.com/gridworks", False),
    ("https://partner.example/watch?v=1", False),
])
def test_a_video_is_told_by_its_page_on_a_video_site_or_its_file(href, video):
    assert leads_to_video(href) is video


def test_a_short_line_pointing_into_the_player_closes_the_text():
    """Fails before: "12:40 mark", under 15 characters and no sentence, went as a label (fabtotum)."""
    body = (f"<p>{TEXT}</p><p>{QUOTE}</p><p>12:40 mark</p>"
            "<p><iframe src='https://tv.example/programmes/science-evening?iframe' width='320'></iframe></p>")
    page = (f"<html><head><title>{TITLE}</title></head><body>{CHROME[0]}<main><article class='post hentry'>"
            f"<h1>{TITLE}</h1><div class='entry-content'>{body}</div></article></main>{CHROME[1]}</body></html>")
    assert extract_article(page, URL).body.split("\n\n") == [TEXT, QUOTE, "12:40 mark"]


def test_the_posts_wrapper_opened_again_in_a_box_classed_as_a_side_column_holds_its_later_text():
    """Fails before: the builder's second full-width section, its box classed "container_wrap sidebar_right" as every
    section of the layout is, went as a side column; the post ended on its first section's last paragraph (fabtotum)."""
    later = ["The second half of the year brings the new sensor boards to every substation of the region.",
             "Sensor boards: spring", "Forecast dashboard: autumn", "Stay tuned."]
    part = ("<div class='layout_wrap main_color sidebar_right{extra}'><div class='container'>"
            "<{tag} class='template-page content units'><div class='post-entry post-entry-type-page post-entry-880'>"
            "<div class='entry-content-wrapper clearfix'><div class='flex_column first'><section class='text_section'>"
            "<div class='textblock'>{text}</div></section></div></div></div></{tag}></div></div>")
    first = part.format(extra=" layout_wrap_first", tag="main", text="".join(f"<p>{p}</p>" for p in (TEXT, QUOTE)))
    second = part.format(extra="", tag="div", text=f"<p>{later[0]}</p><ul><li>{later[1]}</li><li>{later[2]}</li>"
                                                   f"</ul><p>{later[3]}</p>")
    page = (f"<html><head><title>{TITLE}</title><meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2016-05-10T10:00:00+00:00'></head>"
            f"<body class='single single-post postid-880'>{CHROME[0]}"
            f"<div class='title_container'><h1 class='main-title entry-title'><a href='/forecasting-the-load/' "
            f"rel='bookmark'>{TITLE}</a></h1></div>{first}"
            f"<div class='layout_section main_color sidebar_right' style='background-image: url(/uploads/board.png)'>"
            f"<div class='container'><div class='post-entry post-entry-type-page post-entry-880'>"
            f"<div class='entry-content-wrapper clearfix'></div></div></div></div>{second}{CHROME[1]}</body></html>")
    assert extract_article(page, URL).body.split("\n\n")[-4:] == later
