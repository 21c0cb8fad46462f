"""The linked lines a post closes on after the writer's own sentence announcing them ("Please see our updated course
descriptions:") are the text's, however they are set: a list of links to the site's pages, a heading over each group,
a paragraph a link. A box's short label ("Read also:") announces nothing."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://talent.example/web/more-courses-open/"
TITLE = "More courses open for applications"


def _page(post: str) -> str:
    """A WordPress theme's single post: the headline and date line in the post's header, the text in
    div.post-content; a side column of the latest news and a footer beside it."""
    return (f"<!doctype html><html lang=en-US><head><meta charset=utf-8><title>{TITLE} | Talent Program</title>"
            "</head><body class='single single-post postid-17'><header><a href='/web/'>Talent Program</a><nav>"
            "<a href='/web/news/'>News</a> <a href='/web/programs/'>Programs</a> <a href='/web/faq/'>FAQ</a></nav>"
            "</header><section id='content'><article class='post type-post hentry'><header class='post-header'>"
            f"<h1 class='post-title entry-title'>{TITLE}</h1><div class='post-meta'><time class='published' "
            "datetime='2021-02-17T15:16:28-08:00'>February 17, 2021</time> · <a href='/web/category/news/'>News</a>"
            f"</div></header><div class='post-content'>{post}</div></article>"
            "<div class='navigation'><a href='/web/earlier-post/' rel='prev'>← Earlier post</a></div></section>"
            "<aside id='sidebar'><div class='widget'><h3>More News</h3><ul><li><a href='/web/orientation/'>"
            "Orientation on July 8</a> <span>July 6, 2021</span></li><li><a href='/web/testing/'>Readiness testing"
            "</a> <span>April 20, 2021</span></li></ul></div></aside>"
            "<footer><p>Talent Program, University Hall</p></footer></body></html>")


def test_groups_of_linked_points_under_short_headings_after_the_announcing_sentence_stay():
    # Fails before: the heading and the linked points each weighed as a menu's, so the opening paragraph alone was the
    # text and its colon closed the post.
    post = ("<p>We are excited to share that more courses are now open for applications. Please see our updated "
            "course descriptions:</p><h3>Elementary Division</h3><ul><li><a href='/web/ed/catalog/#mandarin'>"
            "Let's Learn Mandarin!</a></li><li><a href='/web/ed/catalog/#writing'>Writing for Secondary School</a>"
            "</li></ul><h3>Secondary Division</h3><ul><li><a href='/web/sd/catalog/#art'>Fundamentals of Art</a></li>"
            "<li><a href='/web/sd/catalog/#geometry'>Geometry</a></li><li><a href='/web/sd/catalog/#neuro'>"
            "Introduction to Neuroscience</a></li></ul>")
    body = extract_article(_page(post), URL).body
    assert "Secondary Division" in body and "Let's Learn Mandarin!" in body, body
    assert body.rstrip().endswith("Introduction to Neuroscience"), body


def test_linked_pages_the_sentence_announces_stay_set_as_headings_in_a_list():
    # Fails before: the list's points, each a heading linking a page of the site, read as a box of the site's pages.
    post = ("<p>Besides its courses, the program offers a selection of optional classes, workshops and trips through "
            "its <a href='/web/explorations/'>Explorations</a>. Many of them remain open for registration!</p>"
            "<p>Please visit the following pages for the options and their updated availability:</p><ul><li><h4>"
            "<a href='/web/sd/explorations/'>Secondary Division Explorations</a></h4></li><li><h4>"
            "<a href='/web/ed/explorations/'>Elementary Division Wednesday Explorations</a></h4></li></ul>")
    body = extract_article(_page(post), URL).body
    assert body.rstrip().endswith("Elementary Division Wednesday Explorations"), body
    assert "Secondary Division Explorations" in body


def test_linked_lines_set_as_paragraphs_after_the_announcing_sentence_stay():
    # Fails before: each paragraph, a link to another post of the site and a word, read as a "read also" line.
    post = ("<p>The survey asked growers in four states how they manage pollination, and the first reports are now "
            "out for every crop and region.</p><p>The tools that keep the answers anonymous are described in a new "
            "white paper, with quick start guides for both.</p><p>Read more about the results of the pollination "
            "survey in different crops and regions in these posts:</p><p><a href='/web/blueberry-survey/'>Michigan "
            "blueberry</a> survey</p><p><a href='/web/almond-survey/'>California almond</a> survey</p>")
    body = extract_article(_page(post), URL).body
    assert body.rstrip().endswith("California almond survey"), body
    assert "Michigan blueberry survey" in body


def test_a_short_label_over_the_sites_posts_announces_nothing():
    post = ("<p>The orientation for new families is on Saturday in the school's hall, and teachers will be there to "
            "meet every student before the first day of class.</p><p>Read also:</p><ul><li>"
            "<a href='/web/orientation-2019/'>Orientation 2019</a></li><li><a href='/web/orientation-2018/'>"
            "Orientation 2018</a></li></ul>")
    body = extract_article(_page(post), URL).body
    assert "Orientation 2018" not in body, body


def test_a_short_announcing_sentence_with_no_full_stop_keeps_the_address_it_announces():
    # Fails before: the sentence, one line under eighty characters ending on its colon, was not counted as the
    # writer's paragraph, so it and the linked address after it were trimmed as a label over a link.
    post = ("<p>The course catalogue was rebuilt this spring, and every class now lists its dates, rooms and teachers "
            "on a page of its own.</p><p>The new catalogue can be browsed online right here:</p>"
            "<p><a href='https://catalogue.example/talent/2021/'>catalogue.example/talent/2021/</a></p>")
    body = extract_article(_page(post), URL).body
    assert "The new catalogue can be browsed online right here:" in body, body
    assert body.rstrip().endswith("catalogue.example/talent/2021/"), body


def test_a_label_of_as_many_words_over_the_sites_own_pages_announces_nothing():
    # A site's box under a label as long as a short sentence links the site's own pages, not another site's.
    post = ("<p>The orientation for new families is on Saturday in the school's hall, and teachers will be there to "
            "meet every student before the first day of class.</p><p>You may also be interested in these:</p>"
            "<p><a href='/web/orientation-2019/'>Orientation 2019 in pictures</a></p>")
    body = extract_article(_page(post), URL).body
    assert "Orientation 2019 in pictures" not in body and "interested in" not in body, body


def _sections(last_heading: str, tag: str = "h2") -> str:
    """A progress report written in sections under the writer's own subheadings, its last section a sentence
    announcing a list of links to another site's discussion pages."""
    return ("<h2>What we built</h2><p>The editor now draws its transitions as smooth curves, and the spacing between "
            "them is worked out before the diagram is saved.</p><h2>What comes next</h2><p>The work goes on with "
            "the layout of long diagrams, as the users who tried the first version asked for it.</p>"
            f"<{tag}>{last_heading}</{tag}><p>I have been discussing further changes with the community:</p><ul>"
            "<li><a href='https://forge.example/talent/editor/discussions/228'>Routing the transitions #228</a></li>"
            "<li><a href='https://forge.example/talent/editor/discussions/285'>Improving the editing experience #285</a></li>"
            "<li><a href='https://forge.example/talent/editor/discussions/169'>A modern workflow #169</a></li></ul>")


def test_links_announced_in_the_last_of_the_writers_own_sections_stay():
    # Fails before: the announcing sentence stood right under a heading, read as a box's label over its links, so
    # the post ended on the sentence's colon and the three discussions it announces were cut.
    body = extract_article(_page(_sections("Community")), URL).body
    assert body.rstrip().endswith("A modern workflow #169"), body
    assert "Routing the transitions #228" in body


def test_links_announced_under_a_heading_set_apart_from_the_writers_sections_go():
    # A heading no earlier section of the text is set as heads the site's box, however long its announcing line.
    body = extract_article(_page(_sections("Elsewhere on the forge", tag="h4")), URL).body
    assert "A modern workflow #169" not in body, body
