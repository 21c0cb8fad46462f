"""A post's own date line by its headline beats a different day in its address; the address is a fallback."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://blog.site.example/blog/2022/11/21/video-lessons/"
TEXT = "".join(f"<p>Recorded lessons let learners return to what they missed, part {n}, at their own pace.</p>"
               for n in range(1, 5))


def _post(header: str, after: str = "") -> str:
    return (f"<html><head><title>Video lessons</title></head><body><div class='markdown'><article>"
            f"<h1><a href=''>Video lessons for every learner</a></h1>{header}<hr>{TEXT}{after}</article></div>"
            f"</body></html>")


def test_a_date_line_left_loose_under_the_subtitle_beats_the_day_in_the_address():
    """Fails before: the date line is no element's text (the parser closes the <p> before the <h2>), and the
    address's day came first: 2022-11-21."""
    html = _post("<p class='meta'><h2>Publishing lessons helps every learner.</h2> November 08, 2022 - A. Writer</p>")
    assert extract_article(html, URL).published[:10] == "2022-11-08"


def test_a_dated_teaser_further_down_does_not_beat_the_address():
    teasers = "".join(f"<ul><li>0{n}.01.2021 - Another post on lessons number {n}</li></ul>" for n in range(1, 4))
    html = _post("<p class='meta'>By A. Writer</p>", after=teasers)
    assert extract_article(html, URL).published[:10] == "2022-11-21"


def test_a_readers_comment_date_left_loose_dates_no_page():
    """Guards the loose lines read above: a comment's "Reader on <date>" is read as no date of the page."""
    comment = ("<ol class='commentlist'><li id='comment-7'><a href='https://x.example/'>Reader</a> on "
               "November 12, 2022 8:40 am <div>Thanks for the lessons, they helped me catch up on the parts I missed while "
               "I was away, and my whole study group watched them together the week before the exam.</div></li></ol>")
    html = _post("<p class='meta'>By A. Writer</p>", after=comment).replace("/2022/11/21/", "/")
    assert extract_article(html, URL.replace("/2022/11/21/", "/")).published is None


def test_a_breadcrumb_repeating_a_dated_headline_is_no_date_line():
    """Fails before (2024-03-17): the breadcrumb's last crumb repeats the headline below it, and the end of the
    course the headline names was read as the post's date line, beating the day the address gives. (The template
    indents its markup, so each crumb is read on its own.)"""
    url = "https://club.site.example/news/2024-02-20-spring-course.html"
    headline = "Spring course 15.-17.3.2024 online"
    indent = "\n" + " " * 40
    crumbs = "".join(f"<li>{indent}{crumb}{indent}</li>" for crumb in
                     ("<a href='/'>Home</a>", "<a href='/news/'>News</a>", f"<span>{headline}</span>"))
    html = (f"<html><head><title>{headline}</title></head><body><nav><ol class='breadcrumb'>{crumbs}</ol></nav>"
            f"<header><h1>{headline}</h1></header><main>{TEXT}</main></body></html>")
    found = extract_article(html, url)
    assert (found.published[:10], found.published_from) == ("2024-02-20", "url")


def test_a_site_wide_calendar_in_the_menu_above_the_headline_is_no_date_line():
    """Fails before (2024-06-04): every page's menu lists the season's events, each item one link holding its
    number, name, place and day; the template indents its markup, so each day is read as a short line of its own,
    and the last one, just above the headline, was taken for the post's date line, beating the day the address
    gives."""
    url = "https://cup.site.example/news/2023/11/02/first-video.html"
    indent = "\n" + " " * 24
    events = "".join(
        f"<li>{indent}<a href='/events/{n}'><div class='num'>{indent}{n}{indent}</div>{indent}<div class='name'>"
        f"{indent}Stage {n}{indent}</div>{indent}<div class='place'>{indent}Hill lodge{indent}</div>{indent}"
        f"<div class='date'>{indent}{day}.6.2024{indent}</div>{indent}</a>{indent}</li>"
        for n, day in ((1, 14), (2, 21), (3, 28), (4, 4)))
    html = (f"<html><head><title>First video</title></head><body><header><a href='/'><h1>Cup</h1></a></header>"
            f"<nav><ul><li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li></ul><ol>{events}</ol></nav>"
            f"<section><h1>First video</h1><div class='post'>{TEXT}</div></section></body></html>")
    found = extract_article(html, url)
    assert (found.published[:10], found.published_from) == ("2023-11-02", "url")


def _post_with_meta_column(column: str, above: str = "") -> str:
    # A Sphinx blog theme's shape: the post's meta fields in a side column set before the text's column.
    return (f"<html><head><title>Video lessons</title></head><body>{above}<div class='container'><div class='row'>"
            f"<div class='col-md-4' id='sidebar'>{column}</div><div class='col-md-8 content'><div class='section'>"
            f"<h1>Video lessons for every learner</h1>{TEXT}</div></div></div></div></body></html>")


_INDENT = "\n" + " " * 16
# The template indents its markup, as the theme's does: the column is longer than a short line and read field by field.
_FIELDS = _INDENT.join((
    "<ul>", "<li id='author'><span>Author:</span>", "<a href='/blog/author/writer.html'>A. Writer</a></li>",
    "<li id='category'><span>Category:</span>", "<a href='/blog/category/update.html'>Update</a></li>",
    "<li id='tags'><span>Tags:</span>", "<a href='/blog/tag/lessons.html'>lessons</a>",
    "<a href='/blog/tag/video.html'>video</a></li>", "<li id='comments'><a href='#comments'>Comments</a></li>", "</ul>"))


def test_a_date_heading_the_post_meta_column_above_the_headline_beats_the_day_in_the_address():
    """Fails before (2022-11-21): the column's author, category, tags and comments fields stand between its date
    and the headline, and only the two texts nearest above the headline were read as the post's date line."""
    html = _post_with_meta_column(f"<h2>{_INDENT}30 November 2022{_INDENT}</h2>{_FIELDS}")
    found = extract_article(html, URL)
    assert (found.published[:10], found.published_from) == ("2022-11-30", "text")


def test_a_date_in_the_site_banner_above_an_undated_meta_column_does_not_beat_the_address():
    """Guards the fields skipped above: a banner's date farther up, past the site's menu, is today's, not the post's."""
    banner = ("<div class='top'><p>Monday 5 December 2022</p><ul class='menu'><li><a href='/'>Home</a></li>"
              "<li><a href='/blog/'>Blog</a></li><li><a href='/about/'>About</a></li></ul></div>")
    found = extract_article(_post_with_meta_column(_FIELDS, above=banner), URL)
    assert (found.published[:10], found.published_from) == ("2022-11-21", "url")
