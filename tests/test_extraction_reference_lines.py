"""A post's closing references set as lines under a heading of their own (a paragraph of <br>-parted links, or a
paragraph a link) stay; a site's box of its own posts, a follow bar or a line of tags under a heading do not."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://lighthouse.example/blog/keepers-summer-school/"
TITLE = "Summer school for lighthouse keepers"
PARAGRAPHS = [
    "The lighthouse society opens its summer school to students who want to learn how the old lamps are kept.",
    "Applications close at the end of June; the mentors answer questions about the projects by email until then.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
# Most lead elsewhere (the school, its guide, the code), the rest to the site's own pages named in words.
LINKS = [("https://school.example/", "Summer school 2024"),
         ("https://school.example/help/students/", "Guide for students"),
         ("https://school.example/org/lighthouse?lang=en", "The society's page at the school"),
         ("/", "Home page"), ("/docs/", "Documentation"),
         ("https://code.example/lighthouse/lamps", "Source code"),
         ("/community/contributing/", "Take part in the society")]
NAMES = [name for _, name in LINKS]


def page(story: str) -> str:
    """A small blog page: site chrome around a post with its headline and date, a share bar after its text."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Lighthouse</title></head>
<body><header><a href="/">Lighthouse</a><nav><a href="/blog/">Blog</a><a href="/docs/">Docs</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 9 May 2024</p>
<div class="post-body">{story}</div>
<div class="share"><span>Share to</span><a href="https://twitter.com/intent/tweet?url={URL}">Twitter</a></div>
</article></main><footer><p>The Lighthouse Society, Harbour Road 2</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


def anchors(links) -> list[str]:
    return [f"<a href='{href}'>{name}</a>" for href, name in links]


@pytest.mark.parametrize("heading", ["<h2>Links to check</h2>", "<h2>Useful links</h2>", "<h3>References</h3>"])
def test_links_one_a_line_under_a_heading_closing_the_text_stay(heading):
    # Fails before: the paragraph is all link and went as a line of links, the heading trimmed as closing the text.
    label = heading.split(">")[1].split("<")[0]
    assert body_of(TEXT + heading + "<p>" + "<br>\n".join(anchors(LINKS)) + "</p>") \
        == PARAGRAPHS + [label, " ".join(NAMES)]


def test_links_a_paragraph_each_under_a_heading_stay():
    # Fails before. Addresses as their own names, a paragraph each.
    links = [(href, href) for href, _ in LINKS[:3]] + LINKS[3:]
    story = TEXT + "<h2>Useful links</h2>" + "".join(f"<p>{a}</p>" for a in anchors(links))
    assert body_of(story) == PARAGRAPHS + ["Useful links", *(name for _, name in links)]


def test_a_paragraph_with_two_links_on_one_line_still_counts_as_the_writers_lines():
    # Fails before. Markdown's soft line break leaves two links on one source line, parted by a space.
    story = TEXT + "<h2>Links</h2><p>" + "<br>".join(anchors(LINKS[:2])) + "\n" + "\n".join(anchors(LINKS[2:])) + "</p>"
    assert body_of(story) == PARAGRAPHS + ["Links", " ".join(NAMES)]


@pytest.mark.parametrize("heading, links", [
    ("Related posts", [("/blog/new-lens/", "A new lens for the north light"),
                       ("/blog/winter-storms/", "Winter storms on the coast"),
                       ("/blog/keepers-diary/", "A keeper's diary")]),
    ("Topics", [("/tags/lamps/", "lamps"), ("/tags/school/", "school"), ("https://school.example/", "school")]),
])
def test_a_sites_box_under_a_heading_after_the_text_goes(heading, links):
    # The site's own posts, its tag listings: no references of the writer's.
    assert body_of(TEXT + f"<h2>{heading}</h2><p>" + "<br>".join(anchors(links)) + "</p>") == PARAGRAPHS


def test_words_among_the_links_leave_the_paragraph_to_the_other_rules():
    # A paragraph of the writer's words with a link in it is a sentence, kept as ever.
    story = TEXT + "<h2>More</h2><p>Read the <a href='https://school.example/'>school's page</a> for more.</p>"
    assert body_of(story) == PARAGRAPHS + ["More", "Read the school's page for more."]


# The event's hashtag on a social network beside the other sites the writer links.
HASHTAG = ("https://twitter.com/hashtag/keepers2024", "#keepers2024")
AWAY = [LINKS[0], LINKS[1], LINKS[5]]


def test_links_under_a_label_set_in_bold_stay():
    # Fails before: editors without a heading style set the label as a bold line; the lines went as a related box.
    story = TEXT + "<p><strong>Useful links</strong></p>" + "".join(f"<p>{a}</p>" for a in anchors([*AWAY, HASHTAG]))
    assert body_of(story) == PARAGRAPHS + ["Useful links", *(name for _, name in [*AWAY, HASHTAG])]


@pytest.mark.parametrize("label, links", [
    ("Related posts", [("/blog/new-lens/", "A new lens for the north light"),
                       ("/blog/winter-storms/", "Winter storms on the coast"),
                       ("/blog/keepers-diary/", "A keeper's diary")]),
])
def test_a_sites_box_under_a_bold_label_still_goes(label, links):
    # The site's own posts, a follow bar of its profiles: no references of the writer's, bold label or not.
    story = TEXT + f"<p><strong>{label}</strong></p>" + "".join(f"<p>{a}</p>" for a in anchors(links))
    assert body_of(story) == PARAGRAPHS


def test_a_bold_label_naming_links_and_its_links_in_one_paragraph_stay_with_the_home_page():
    # Fails before: the site's home page among links to other sites ("Our website") read as the way back, and a
    # paragraph of six links as the site's box.
    links = [("/", "Lighthouse website"), *AWAY, ("/docs/", "Documentation"), LINKS[2]]
    story = TEXT + "<p><strong>Further links</strong><br>\n" + "<br>\n".join(anchors(links)) + "</p>"
    assert body_of(story) == PARAGRAPHS + [" ".join(["Further links", *(name for _, name in links)])]


def test_a_label_naming_links_over_the_sites_own_pages_alone_still_goes():
    links = [("/", "Lighthouse website"), ("/blog/", "All posts"), ("/contact/", "Contact us")]
    story = TEXT + "<p><strong>Further links</strong><br>\n" + "<br>\n".join(anchors(links)) + "</p>"
    assert body_of(story) == PARAGRAPHS


OWN_POSTS = [("/lamps/", "Lamps"), ("/blog/new-lens/", "Report – the new lens in the north tower"),
             ("/blog/winter-storms/", "Report – the winter storms")]


@pytest.mark.parametrize("intro", ["For more about the old lamps, click the links below:",
                                   "Mehr über die alten Lampen finden Sie über die Links unten:",
                                   "För mer om de gamla lamporna, klicka på länkarna nedan:"])
def test_the_sites_own_pages_under_the_writers_sentence_stay(intro):
    # Fails before: a sentence of the writer's over lines linking the site's own pages went as a related box.
    story = TEXT + f"<p>{intro}</p>" + "".join(f"<p>{a}</p>" for a in anchors(OWN_POSTS))
    assert body_of(story) == PARAGRAPHS + [intro, *(name for _, name in OWN_POSTS)]


@pytest.mark.parametrize("label", ["Read more:", "More from the blog:", "You may also be interested in:"])
def test_the_sites_own_posts_under_a_short_label_still_go(label):
    story = TEXT + f"<p>{label}</p>" + "".join(f"<p>{a}</p>" for a in anchors(OWN_POSTS))
    assert body_of(story) == PARAGRAPHS
