"""A theme's own namespaced hiding class ("xyz-hidden") hides what it marks, as "hidden" does: a schema.org name or
date kept for machines at the top of a post is no text of the post. Longer names that hide a part ("field--label-
hidden") or clip an overflow ("overflow-hidden") leave the element shown."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.hints import hiding_class

URL = "https://club.example/annual-meeting/"
PROSE = ("The rowing section held its annual meeting in the boathouse, elected a new board and agreed on the training "
         "plan for the juniors, who will race on the lake in the summer.")


def test_a_themes_prefixed_hidden_span_is_no_text_of_the_post():
    """Fails before: the body opened with the hidden span's headline, picture address and size, author and dates."""
    paragraphs = ("<p>Welcome to the club's new blog: here the board tells members what happens at the boathouse.</p>"
                  "<p>We will write about races, training camps, the juniors' progress and the work on the boats.</p>"
                  "<p>We hope you like it.</p>")
    data = "class='abc-structured-data' itemscope itemtype='http://schema.org"
    hidden = ("<h2 class='abc-hidden' itemprop='name headline'>Club blog opens</h2> <span class='abc-hidden'> "
              "<span class='abc-structured-data entry-title'>Club blog opens</span> "
              f"<span {data}/ImageObject' itemprop='image'> <span itemprop='url'>//club.example/uploads/boathouse.png"
              "</span> <span itemprop='height'>1920</span> <span itemprop='width'>1080</span> </span> "
              f"<span {data}/Person' itemprop='author'> <span itemprop='name'>Club secretary</span> </span> "
              f"<span {data}/Organization' itemprop='publisher'> <span itemprop='name'>Club secretary</span> "
              "<span itemprop='logo' itemscope itemtype='http://schema.org/ImageObject'> <span itemprop='url'>"
              "https://club.example/uploads/logo.png</span> </span> </span> <time class='abc-structured-data' "
              "itemprop='datePublished' datetime='2024-03-05T10:00:00+01:00'>March 5, 2024</time> "
              "<time class='abc-structured-data' itemprop='dateModified' datetime='2024-03-06T09:00:00+01:00'>"
              f"March 6, 2024</time> <span {data}/WebPage' itemprop='mainEntityOfPage' itemid='{URL}'></span> </span> ")
    html = ("<html><head><title>Club blog opens | The club</title><meta property='og:type' content='article'></head>"
            "<body><h1>Club blog opens</h1><article class='post type-post hentry' itemscope "
            f"itemtype='http://schema.org/BlogPosting'> <div id='single-content'> {hidden}<div itemprop='articleBody'> "
            f"<div class='abc-container'>{paragraphs}</div> </div> </div> </article></body></html>")
    body = extract_article(html, URL).body
    assert body.startswith("Welcome to the club") and "boathouse.png" not in body, body[:120]


def test_only_short_namespaced_hidden_classes_hide():
    assert [hiding_class(name) for name in ("abc-hidden", "uk-hidden", "u_hidden", "hidden", "sr-only")] == [True] * 5
    assert [hiding_class(name) for name in ("field--label-hidden", "overflow-hidden", "overflow-x-hidden",
                                            "hidden-xs")] == [False] * 4
