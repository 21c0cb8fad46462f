"""A section whose id a generator made from its own heading (Sphinx, Pandoc) is text, whatever words the id holds."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/blog/2024/new-cluster/"
TITLE = "Moving to the new cluster"
OPENING = ("The computing service moves every project to the new cluster in the spring, and this post explains what "
           "changes for the people who run their simulations on it every week.")
SECTIONS = [
    ("What changes", "The old login nodes close at the end of March, and home folders are copied over during the "
                     "maintenance break without anything being asked of the users."),
    ("Feedback and future plans", "Tell the service what did not work after the move, so that the next upgrade "
                                  "can be planned around the problems people actually ran into."),
]


def page(sections: str) -> str:
    """A documentation generator's blog post: the post's section holds its heading and a section per subheading."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Lab blog</title></head>
<body><div class="document"><div class="body" role="main"><section id="moving-to-the-new-cluster">
<h1>{TITLE}<a class="headerlink" href="#moving-to-the-new-cluster">¶</a></h1><p>Posted on 14 March 2024</p>
<p>{OPENING}</p>{sections}</section></div></div>
<div class="sphinxsidebar"><h3>Recent posts</h3><ul><li><a href="/blog/2024/other/">Another post</a></li></ul></div>
<footer><p>Lab blog, computing service</p></footer></body></html>"""


def section(heading: str, text: str, element_id: str) -> str:
    return (f"<section id='{element_id}'><h2>{heading}<a class='headerlink' href='#{element_id}'>¶</a></h2>"
            f"<p>{text}</p></section>")


def test_a_section_whose_id_spells_its_heading_stays():
    # Fails before: "feedback" in the id marked the last section furniture, and it was cut with its heading.
    sections = "".join(section(heading, text, "-".join(heading.lower().split())) for heading, text in SECTIONS)
    assert extract_article(page(sections), URL).body.split("\n\n")[-2:] == list(SECTIONS[-1])


def test_a_numbered_repeat_of_a_heading_id_stays():
    sections = section(*SECTIONS[0], "what-changes") + section(*SECTIONS[1], "feedback-and-future-plans-1")
    assert extract_article(page(sections), URL).body.split("\n\n")[-1] == SECTIONS[1][1]


@pytest.mark.parametrize("box", [
    # The id shares a word with the box's heading but does not spell it: the site's box, not a section of the text.
    "<div id='feedback'><h3>Was this post useful?</h3><p>Send us your feedback about this page.</p></div>",
    # The heading does not open the box.
    "<div id='feedback'><p>Send us your feedback about this page.</p><h3>Feedback</h3></div>",
])
def test_a_furniture_id_that_does_not_spell_the_opening_heading_still_goes(box):
    sections = "".join(section(heading, text, "-".join(heading.lower().split())) for heading, text in SECTIONS)
    body = extract_article(page(sections + box), URL).body
    assert "feedback about this page" not in body
