"""A text pasted from a collaborative editor keeps the editor's marks of who typed each run ("author-a-<id>" spans):
they are the post's text, not bylines; a theme's byline and its writer's box still stay out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

MARK = "author-d-17z92zk3z80zqpz75zx4z81zmq2z"


def _item(runs: str, extra: str = "") -> str:
    # A Django news template: headline, "Section | date" line, then the pasted text.
    return ("<html lang='en'><head><title>Foundation News</title></head><body><div id='Header'><a href='/'>Standards "
            "Foundation</a></div><div id='Content'><h2>A new guide for implementers</h2>"
            "<h6>Foundation News | Mar. 3, 2016, 10:05 a.m.</h6><br/>" + runs + extra +
            "<br/><br/><a href='../foundation_news.html'>&gt;&gt; Back to Foundation News</a></div>"
            "<div id='Footer'>Standards Foundation, registered charity</div></body></html>")


RUNS = (f"<div><span class='{MARK}'>The foundation has published a </span><a href='../docs/guide.pdf'>"
        f"<span class='{MARK} attrlink url'>guide for implementers</span></a><span class='{MARK}'> that walks through "
        "the first steps of building a system on the specifications.</span></div><div>&nbsp;</div>"
        f"<div><span class='{MARK}'>It explains how the models, the terminology bindings and the service layer fit "
        "together, and which parts a small team can take on first without help from a vendor.</span></div>")


def test_runs_marked_by_a_collaborative_editor_are_the_posts_text():
    # Fails before: every span's class names an "author", so each run went as a byline and the post came out empty.
    result = extract_article(_item(RUNS), "https://standards.example/news_events/foundation_news/141.html",
                             listed_as_article=True)
    assert result.page_type == "article", result.page_reason
    assert result.body.startswith("The foundation has published a guide for implementers")
    assert result.body.endswith("without help from a vendor.")


def test_a_byline_and_a_writers_box_still_stay_out():
    extra = ("<p class='author'>By Maria Holm</p><div class='author-box'><p>Maria Holm writes about the standards and "
             "their use in hospitals for the foundation's newsletter.</p></div>")
    result = extract_article(_item(RUNS, extra), "https://standards.example/news_events/foundation_news/141.html",
                             listed_as_article=True)
    assert "By Maria Holm" not in result.body and "newsletter" not in result.body
