"""A dated post that is a line or two under its own headline ("Join us in Lisbon." over "Details to follow"), in a
documentation theme whose side menu lists every post of the section: the lines are the post. Before, the short-line
rule took them for labels and the page was called empty ("less than 1 characters of text"), so the crawl stored
nothing although the site lists the post in its news."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/news/upcoming/2025-05-lisbon/"
TITLE = "2025 Workshop Lisbon"
MENU = "".join(f'<li><a href="/news/upcoming/2025-0{i}-city{i}/">Workshop {i}: City {i}</a></li>' for i in range(1, 9))


def page(lead: str, text: str) -> str:
    """A Docsy-like post: the side menu of the section's posts, then the content box with the headline, the
    standfirst, the date line, the categories, the post's text, the pager, and the footer."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Lab</title>
<meta name="description" content="{lead}"><meta property="og:title" content="{TITLE}">
<meta property="og:type" content="article"><meta property="article:section" content="news">
<meta property="article:published_time" content="2025-02-10T00:00:00+00:00"></head>
<body class="td-page td-blog"><header><nav class="navbar"><a class="navbar-brand" href="/">Lab</a>
<a href="/news/">News</a> <a href="/people/">People</a></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 td-sidebar"><nav class="td-sidebar-nav"><ul>{MENU}</ul></nav></aside>
<main class="col-12 col-md-9" role="main"><div class="td-content">
<h1>{TITLE}</h1>
<div class="lead">{lead}</div>
<div class="td-byline mb-4"><time datetime="2025-02-10" class="text-muted">Monday, February 10, 2025</time></div>
<header class="article-meta"><div class="taxonomy"><h5 class="taxonomy-title">Categories:</h5>
<ul class="taxonomy-terms"><li><a class="taxonomy-term" href="/categories/workshops/">Workshops</a></li></ul></div>
</header>
{text}
<ul class="list-unstyled d-flex"><li><a class="btn btn-primary" href="/news/upcoming/2025-04-rome/">Previous</a></li>
<li><a class="btn btn-primary" href="/news/upcoming/2025-06-oslo/">Next</a></li></ul>
</div></main></div></div></div>
<footer class="bg-dark py-5"><div class="row"><small>&copy; 2025 The Lab. All rights reserved.</small>
<p><a href="/about/">The Lab</a></p></div></footer></body></html>"""


@pytest.mark.parametrize("lead, text, body", [
    # The standfirst outweighs the page's furniture and is the post's text: a line short of a sentence's length.
    ("Join us May 4-6 at the campus in Lisbon", "<blockquote><p>Details to follow</p></blockquote>",
     "Join us May 4-6 at the campus in Lisbon"),
    # Nothing on the page weighs as prose: the standfirst is a few words, and so is the line under it.
    ("Join us in Lisbon.", "<blockquote><p>Details to follow</p></blockquote>",
     "Join us in Lisbon.\n\nDetails to follow"),
])
def test_a_dated_post_of_a_line_or_two_under_its_headline_is_stored(lead, text, body):
    result = extract_article(page(lead, text), URL, listed_as_article=True)
    assert result.page_type == "article"
    assert result.body == body
    assert result.title == TITLE
    assert result.published[:10] == "2025-02-10"


def test_the_theme_s_labels_and_menu_are_no_lines_of_the_post():
    """The categories' label, the menu's links, the pager and the footer's line stay out of such a post."""
    result = extract_article(page("Join us in Lisbon.", "<blockquote><p>Details to follow</p></blockquote>"), URL,
                             listed_as_article=True)
    for furniture in ("Categories", "Workshops", "City 1", "Previous", "rights reserved"):
        assert furniture not in result.body


def test_an_undated_page_of_short_lines_stays_empty():
    """Without a date the short lines vouch for nothing: a page of a label or two is no post."""
    html = page("Join us in Lisbon.", "<blockquote><p>Details to follow</p></blockquote>") \
        .replace('<time datetime="2025-02-10" class="text-muted">Monday, February 10, 2025</time>', "") \
        .replace('<meta property="article:published_time" content="2025-02-10T00:00:00+00:00">', "")
    result = extract_article(html, "https://lab.example/news/upcoming/lisbon/")
    assert result.page_type != "article"


def tournament(description: str) -> str:
    """A Bulma-like tournament page: the headline, the facts as tags (label and value side by side), and the
    organisers' description of the tournament when they wrote one."""
    fields = "".join(f'<div class="control"><div class="tags has-addons"><span class="tag">{label}</span>'
                     f'<span class="tag is-primary">{value}</span></div></div>'
                     for label, value in (("Date", "12.01.2025"), ("Venue", "North Hall"), ("Surface", "indoor"),
                                          ("Division", "mixed open")))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Winter League Day 1 | Club</title>
<meta property="article:published_time" content="2025-01-12T00:00:00+00:00"></head>
<body><nav class="navbar"><a href="/">Club</a> <a href="/tournaments/">Tournaments</a></nav>
<section class="section"><div class="container"><div class="content"><h1 class="title is-1">Winter League Day 1</h1>
<div class="field is-grouped is-grouped-multiline">{fields}</div>{description}</div></div></section>
<footer class="footer"><p>Club</p></footer></body></html>"""


def test_a_tournament_s_fields_are_no_lines_of_a_post():
    """The facts set as tags are the page's fields: with nothing else the page stays empty, and beside the organisers'
    line only that line is the text."""
    url = "https://club.example/tournaments/2025/winter-league-day-1/"
    assert extract_article(tournament(""), url, listed_as_article=True).page_type != "article"
    result = extract_article(tournament("<h2>About</h2><p>at the sports hall by the river</p>"), url,
                             listed_as_article=True)
    assert result.body == "at the sports hall by the river"


def banner_post(text: str) -> str:
    """A theme setting the headline in a banner box above the content, the date line and the post's own text element
    ("post-content") in a column beside a sidebar of links."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Open posts</title></head>
<body><header><nav><a href="/">Chair</a> <a href="/blog/news/">News</a> <a href="/blog/research/">Research</a></nav>
</header><div id="heading-breadcrumbs"><div class="container"><div class="row"><div class="col-md-12">
<h1>Open posts</h1></div></div></div></div>
<div id="content"><div class="container"><div class="row"><div class="col-md-9" id="blog-post">
<p class="text-muted text-uppercase">March 2, 2019</p><div id="post-content">{text}</div></div>
<div class="col-md-3"><h4>Categories</h4><ul><li><a href="/blog/categories/news/">News (12)</a></li>
<li><a href="/blog/categories/research/">Research (20)</a></li></ul></div></div></div></div>
<footer><p>Chair of Examples, Example University</p></footer></body></html>"""


def test_a_dated_post_whose_whole_text_is_a_subheading_is_stored():
    # Fails before: no element weighs as prose and the short-post paths read only lines in the headline's own box, so
    # the page was called empty and the crawl stored nothing.
    result = extract_article(banner_post('<h4 id="none-open">No posts open at the moment</h4>'),
                             "https://chair.example/blog/news/open-posts/", listed_as_article=True)
    assert result.page_type == "article"
    assert result.body == "No posts open at the moment"


def unmarked_post(text: str) -> str:
    """A theme marking no post's element: the headline (a byline in it), the date line and the post's HTML in one
    plain box, the site-wide name as every page's <title>."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Open posts</title></head>
<body><div class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/events/">Events</a></li></ul></div>
<div class="container"><div class="page-header"><h1>Theme of the spring jam <small>by Ada Quill</small></h1>
<p><em>2019-03-02 09:00</em></p><p>{text}</p></div></div>
<footer><p>Chair of Examples, Example University</p></footer></body></html>"""


@pytest.mark.parametrize("text, body", [
    ("<h2>Lanterns that will not stay lit</h2>", "Lanterns that will not stay lit"),
    ("<h1>&gt;&gt;&gt; LANTERNS THAT WILL NOT STAY LIT &lt;&lt;&lt;</h1>", ">>> LANTERNS THAT WILL NOT STAY LIT <<<"),
    ('<img src="/prize.jpg" alt=""><h2>A lantern kit for each winner.</h2>', "A lantern kit for each winner."),
])
def test_a_listed_post_whose_whole_text_is_a_heading_under_its_date_line_is_stored(text, body):
    # Fails before ("empty", "less than 25 characters of text"): with no element marked as the post's text, the
    # heading under the date line was read as no line of the post.
    result = extract_article(unmarked_post(text), "https://jam.example/posts/2019-03-02-spring-theme/",
                             listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.body == body


@pytest.mark.parametrize("post", [banner_post, unmarked_post])
@pytest.mark.parametrize("text", [
    "<h4>Open posts</h4>",  # the headline again
    "<h4>Vacancies</h4>",  # a word: a label
    '<h4><a href="/blog/news/">Back to the news list</a></h4>',  # a link
])
def test_a_text_element_of_a_label_or_link_set_as_a_heading_holds_no_post(post, text):
    result = extract_article(post(text), "https://chair.example/blog/news/open-posts/", listed_as_article=True)
    assert result.page_type != "article" and not result.body
