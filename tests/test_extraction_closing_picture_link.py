"""A post closing on a line that is one link to a photo, named like an album ("<a href=/img/x.jpg>Porto Placement
Spring 2024</a>", Markdown's `[words](/img/x.jpg)`), keeps that line: the writer names the picture they link, as a
caption names the picture it sits under. The same words unlinked, no sentence of the writer's, stay a sign-off, and
a prompt linking the full size of a picture the page shows is the theme's."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://exchange.example/blog/porto-visit-2024/"
TITLE = "Our second-year welders are off to Porto"


def _page(closing: str, picture: str = "") -> str:
    """A static-site theme's post: the headline an <h2> in the article's header over its day, the text in a
    div.content, the post's tags in a footer under it."""
    return f"""<!doctype html><html lang=en><head><meta charset=utf-8><title>{TITLE} - Exchange office</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-06T00:00:00+00:00">
</head><body><header id=site-header><nav><a href=/>Home</a> <a href=/blog/>Blog</a> <a href=/contact/>Contact</a></nav>
</header><main id=site-main><article class=post><header><div class=title><h2><a href=/blog/porto-visit-2024/>{TITLE}</a>
</h2><p>Three students start their placement in a shipyard workshop next Monday.</p></div><div class=meta>
<time class=published datetime="2024-05-06">6 May, 2024</time><span class=author>Exchange office</span></div></header>
<div class=content><p>Three students of the welding course met the exchange team this morning for the last briefing
before they leave. They will spend eight weeks in a shipyard workshop near the harbour, where the company has taken
students from our school for three years now. We wish them a good journey and a great time in Portugal!</p>
{picture}{closing}</div><footer><ul class=stats><li><a href=/tags/exchange/>exchange</a></li></ul></footer></article></main>
<footer><p>&copy; 2024 Exchange office</p></footer></body></html>"""


def test_closing_line_linking_a_photo_stays():
    # Fails before: text linked to a picture counts as no link, and words all capitalised are no sentence of the
    # writer's, so the line read as a short unlinked line after the text, a sign-off, and the edge trim cut it.
    body = extract_article(_page('<p><a href="/img/2024/porto-team.jpg">Porto Placement Spring 2024</a></p>'), URL).body
    assert body.rstrip().endswith("Porto Placement Spring 2024")


def test_same_words_unlinked_still_go():
    # The rule is the link to the picture, not any short line: unlinked, the words are a sign-off or a credit.
    body = extract_article(_page("<p>Porto Placement Spring 2024</p>"), URL).body
    assert body.rstrip().endswith("a great time in Portugal!")


def test_prompt_to_the_full_size_of_a_shown_picture_still_goes():
    # A line linking the full size of the picture the page shows above it is a prompt to enlarge it, not a caption.
    body = extract_article(_page('<p><a href="/img/2024/porto-team.jpg">View Full Size</a></p>',
                                 '<p><img src="/img/2024/porto-team.jpg" alt=""></p>'), URL).body
    assert body.rstrip().endswith("a great time in Portugal!")
