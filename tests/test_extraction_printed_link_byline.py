"""A theme printing its byline's category and tag links escaped, as text ("in <a href="/tags/x/">x</a>"): links the
reader sees as markup weigh as links, not as the writer's prose, so the short post's own text element stays the body
and the byline under it is no line of the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://consortium.example/news/webinar-brill/"
TITLE = "Webinar by Ola Brill: folding the quarns"
TEXT = ("Ola Brill (Vessen lab) will be hosted by the Tarn lab, where she will present her work on folding quarns "
        "with the plimmet approach. Her talk will also cover a scan of some five hundred quarn changes across a "
        "dozen marrow systems, and compare the results to earlier trials. The talk will be followed by a few slides "
        "to start a discussion about open and closed plimmets. Remote guests can join this seminar in real time "
        "or watch it later on our channel.")
TAGS = ["absolute", "benchmarking", "folding quarns", "marrow systems", "plimmet", "relative", "Ola Brill", "webinar"]


def page(text: str = f"<p>{TEXT}</p>") -> str:
    printed = ", ".join(f'&lt;a href="/tags/{t.lower().replace(" ", "-")}/"&gt;{t}&lt;/a&gt;' for t in TAGS)
    related = "".join(f'<li><a href="/news/talk-{n}/">Webinar by a guest: another talk on quarns number {n}</a>'
                      f' &ndash; 1 minutes</li>' for n in range(5))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2019-08-19T00:00:00+00:00">
</head><body><header><nav><a href="/">Consortium</a> <a href="/news/">News</a> <a href="/faq/">FAQ</a></nav></header>
<main><div class="push-center"><div class="post-head"><h1 itemprop="headline">{TITLE}</h1>
<div class="post-meta"><span>1 minute read,</span> Published: <time datetime="2019-08-19T00:00:00+00:00">19 Aug, 2019</time></div></div>
<div id="post-box"><div id="post" itemprop="articleBody">{text}</div><div><p>Published
by <span itemprop="author">Tova Marr</span>
<time datetime="2019-08-19T00:00:00+00:00">19 Aug, 2019</time> in <span itemprop="articleSection">&lt;a href="/categories/news/"&gt;news&lt;/a&gt;</span>
and tagged {printed}
using <span itemprop="wordCount">101</span> words.</p>
<aside><header><strong>Related Content</strong></header><hr><ul>{related}</ul></aside></div></div></div></main>
<footer><p>Consortium office</p></footer></body></html>"""


def test_a_byline_printing_its_tag_links_as_markup_is_no_line_of_the_text():
    body = extract_article(page(), URL).body
    assert body.endswith("or watch it later on our channel.")
    assert "tagged" not in body and "words." not in body


def test_a_link_written_out_as_code_in_the_text_stays_the_writers():
    example = ('<p>To point readers at the archive, write <code>&lt;a href="/news/"&gt;all news&lt;/a&gt;</code> '
               'in the page footer.</p>')
    body = extract_article(page(f"<p>{TEXT}</p>{example}"), URL).body
    assert body.endswith('write <a href="/news/">all news</a> in the page footer.')
