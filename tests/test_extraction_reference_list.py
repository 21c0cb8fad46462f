"""A post's own closing list of references stays: a heading or line of its own over links to other sites or posts."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour.example/blog/2024/05/14/summer-fair/"
TITLE = "Summer fair on the quay"
PARAGRAPHS = [
    "The harbour office invites all members to the summer fair, with stalls, boat trips and music on the quay.",
    "Stalls can be booked at the office until the end of May; the boat trips need no booking and cost nothing.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
MANUAL = "<li><a href='https://guides.example/stalls/'>The stall keepers' guide</a></li>"
PAPER = "<li><a href='https://journal.example/2023/quays.pdf'>A study of busy quays</a></li>"
SERIES = "<li>Series index: <a href='https://harbour.example/blog/2024/04/01/quay-life/'>Life on the quay</a></li>"
TEASERS = "<li><a href='/blog/2024/05/20/new-moorings/'>New moorings in the east basin</a></li>" \
    "<li><a href='/blog/2024/05/21/ferry/'>The ferry timetable for the summer</a></li>"
REFERENCES = ["The stall keepers' guide", "A study of busy quays"]


def page(story: str, after: str = "") -> str:
    """A small blog page: site chrome around a post with its headline and date, `after` the post's text element."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour Blog</title></head>
<body><header><a href="/">Harbour Blog</a><nav><a href="/blog/">Blog</a><a href="/about/">About</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 14 May 2024</p>
<div class="story">{story}</div>{after}</article></main><footer><p>Harbour Blog, Quay Street 1</p></footer>
</body></html>"""


def body_of(story: str, after: str = "") -> list[str]:
    return extract_article(page(story, after), URL).body.split("\n\n")


@pytest.mark.parametrize("intro", ["<h2>See also</h2>", "<h3>Further reading</h3>", "<p>See also:</p>",
                                   "<p>See also</p>", "<p>Sources</p>"])
def test_a_list_of_references_under_its_own_heading_closing_the_text_stays(intro):
    # Fails before: the list's items are all link and were dropped as a box of links, the heading trimmed after them.
    label = intro.split(">")[1].split("<")[0]
    assert body_of(TEXT + intro + f"<ul>{MANUAL}{PAPER}</ul>") == PARAGRAPHS + [label, *REFERENCES]


@pytest.mark.parametrize("heading", ["Related links", "Relaterade länkar", "Weiterführende Links"])
def test_a_heading_naming_links_over_links_to_other_sites_closing_the_text_stays(heading):
    # Fails before: "Related" names the site's boxes too, so the writer's list of the project's pages went with it.
    assert body_of(TEXT + f"<h3>{heading}</h3><ul>{MANUAL}{PAPER}</ul>") == PARAGRAPHS + [heading, *REFERENCES]


@pytest.mark.parametrize("story", [
    TEXT + f"<p>Want to help?</p><ul>{MANUAL}{PAPER}</ul>",
    f"<p>The harbour office has a brand-new website.</p><p>Want to help?</p><ul>{MANUAL}{PAPER}</ul>",
])
def test_a_question_over_links_to_other_sites_closing_the_text_stays(story):
    # Fails before: only a line ending on a colon introduced a list, and in a post of one line the question is its
    # last line, not a line after the text.
    assert body_of(story)[-3:] == ["Want to help?", *REFERENCES]


def test_a_series_index_among_the_references_stays():
    # Fails before. The series' start page is one of the site's own posts, named in words of its own.
    assert body_of(TEXT + f"<h2>See also</h2><ul>{MANUAL}{PAPER}{SERIES}</ul>") \
        == PARAGRAPHS + ["See also", *REFERENCES, "Series index: Life on the quay"]


def test_earlier_posts_introduced_in_the_writers_own_words_stay():
    # Fails before. The writer's line says what the list is; a site's box names itself in a label ("Read also").
    intro = "Earlier posts discussing the fair's layout:"
    assert body_of(TEXT + f"<p>{intro}</p><ul>{TEASERS}</ul>") \
        == PARAGRAPHS + [intro, "New moorings in the east basin", "The ferry timetable for the summer"]


def test_posts_on_a_social_network_cited_under_a_heading_stay():
    # Fails before. A post on a social network is a source the writer cites; a profile or a share button is not.
    posts = ["Anna Berg: the fair's new stalls", "Per Holm: boat trips all day"]
    links = "".join(f"<li><a href='https://twitter.com/user{i}/status/12345{i}'>{p}</a></li>" for i, p in enumerate(posts))
    assert body_of(TEXT + f"<p>Reactions:</p><ul>{links}</ul>") == PARAGRAPHS + ["Reactions:", *posts]


def test_references_above_the_themes_meta_line_in_the_posts_element_stay():
    # Fails before: the theme sets its meta line (comments link, time, category) in the post's own element after
    # the writer's list, so the list was not the last thing of the text and went as a box of links.
    meta = "<div class='info'><a href='#comments'>Discuss this post</a> | Posted at 4:00 pm · " \
        "<a href='/blog/category/events/'>events</a></div>"
    assert body_of(TEXT + f"<p>Reactions:</p><ul>{MANUAL}{PAPER}</ul>{meta}") == PARAGRAPHS + ["Reactions:", *REFERENCES]


@pytest.mark.parametrize("story, after", [
    # The site's own stories under a label: a "read also" box, however it is set.
    (TEXT + f"<h2>Read also</h2><ul>{TEASERS}</ul>", ""),
    (TEXT + f"<p>More on the subject:</p><ul>{TEASERS}</ul>", ""),
    # Links to other sites under a label naming the site's furniture, or under a label of a box's label: a partner
    # site's stories.
    (TEXT + f"<h3>Related content</h3><ul>{MANUAL}{PAPER}</ul>", ""),
    # A heading naming links over the site's own stories: its box.
    (TEXT + f"<h3>Related links</h3><ul>{TEASERS}</ul>", ""),
    (TEXT + f"<p>Stories from our partners:</p><p>More from the quay magazine:</p><ul>{MANUAL}{PAPER}</ul>", ""),
    (TEXT + f"<p>Stories from our partners:</p><ul>{TEASERS}</ul><p>From the quay magazine:</p><ul>{MANUAL}{PAPER}</ul>",
     ""),
    (TEXT + f"<h2>Read also</h2><ul>{TEASERS}</ul><div><a href='#comments'>Comments</a> | 4:00 pm</div>", ""),
    # Share buttons and tags.
    (TEXT + "<h3>Share</h3><ul><li><a href='https://twitter.com/intent/tweet?u=x'>Share on Twitter</a></li>"
     "<li><a href='https://facebook.com/sharer/sharer.php?u=x'>Share on Facebook</a></li></ul>", ""),
    (TEXT + "<h3>Tags</h3><ul><li><a href='/blog/'>Harbour news</a></li><li><a href='/'>Quay life</a></li></ul>", ""),
    # References set after the text's element, in a box of the theme's.
    (TEXT, f"<div class='box'><h2>See also</h2><ul>{MANUAL}{PAPER}</ul></div>"),
    # The list is not the last thing of the text: the paragraph after it closes the post, the list goes as before.
    (TEXT + f"<h2>See also</h2><ul>{MANUAL}{PAPER}</ul><p>{PARAGRAPHS[0]} Again.</p>", ""),
])
def test_boxes_of_the_sites_stories_share_bars_tags_and_boxes_outside_the_text_still_go(story, after):
    body = body_of(story, after)
    assert not {"New moorings in the east basin", "Share on Twitter", "Harbour news", *REFERENCES} & set(body)



@pytest.mark.parametrize("pointer", ["<p><a href='https://calendar.example/event?id=42'>Calendar event</a></p>",
                                     "<p><a href='/blog/2024/05/14/summer-fair/signup/'>Sign up</a></p>"])
def test_a_list_of_references_stays_above_a_lone_link_line_under_it(pointer):
    # Fails before: the line of one link under the list stood as the text's last line, so the list no longer closed
    # the text and went as a box of links, with its heading.
    body = body_of(TEXT + f"<h2>Documents</h2><ul>{MANUAL}{PAPER}</ul>" + pointer)
    assert body[:len(PARAGRAPHS) + 3] == PARAGRAPHS + ["Documents", *REFERENCES]


def test_a_box_of_the_sites_stories_above_a_lone_link_line_still_goes():
    # The site's own stories under a label stay furniture, whatever link line follows them.
    body = body_of(TEXT + f"<h3>Read also</h3><ul>{TEASERS}</ul><p><a href='/blog/'>All news</a></p>")
    assert body[:len(PARAGRAPHS)] == PARAGRAPHS and "New moorings in the east basin" not in body


def test_a_groups_page_on_a_social_network_among_the_sources_stays():
    # Fails before: the page on a social network, a link to no post, read as a follow bar's and took the whole list
    # of the writer's sources with it.
    group = "<li><a href='https://www.facebook.com/harbourfriends/'>The harbour friends on Facebook</a></li>"
    assert body_of(TEXT + f"<p>Sources:</p><ul>{MANUAL}{PAPER}{group}</ul>") \
        == PARAGRAPHS + ["Sources:", *REFERENCES, "The harbour friends on Facebook"]


def test_links_under_a_line_after_a_heading_over_a_player_stay():
    # Fails before: the heading over the embedded trailer, the player gone, stood right above the list's line and read
    # as a box's label over another part of the box.
    story = TEXT + ("<h3>The trailer</h3><iframe src='https://video.example/embed/quay-fair'></iframe>"
                    f"<p>Links:</p><ul>{MANUAL}{PAPER}</ul>")
    assert body_of(story)[-3:] == ["Links:", *REFERENCES]


@pytest.mark.parametrize("links", [
    "<li><a href='https://www.facebook.com/harbourblog/'>Facebook</a></li>"
    "<li><a href='https://twitter.com/harbourblog'>Twitter</a></li>",
    f"{MANUAL}<li><a href='https://www.facebook.com/harbourblog/'>Facebook</a></li>"
    "<li><a href='https://www.instagram.com/harbourblog/'>Instagram</a></li>",
])
def test_a_follow_bar_of_social_pages_after_the_text_still_goes(links):
    body = body_of(TEXT + f"<p>Follow the blog:</p><ul>{links}</ul>")
    assert "Facebook" not in body and "Twitter" not in body


@pytest.mark.parametrize("share", [
    f"<li><a href='https://www.facebook.com/sharer/sharer.php?u={URL}'>Share on Facebook</a></li>",
    "<li><a href='https://twitter.com/intent/tweet?text=Summer+fair'>Tweet this</a></li>",
])
def test_a_share_button_among_the_sources_is_no_social_networks_page(share):
    # Fails before: the button sharing the post counted as a page on a social network, one more of the writer's
    # sources, and closed the text.
    third = "<li><a href='https://archive.example/quays/1950/'>The quay in 1950</a></li>"
    body = body_of(TEXT + f"<p>Sources:</p><ul>{MANUAL}{PAPER}{third}{share}</ul>")
    assert "Share on Facebook" not in body and "Tweet this" not in body
