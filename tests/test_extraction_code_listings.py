"""What the writer set as preformatted text is the post's own: a short command closing a how-to ("tool -u") is no
label of the theme, and a second code listing that differs from the first only in brackets and quotes is a listing
of its own, not a box shown twice."""
from news_archive.pipelines.extraction import extract_article

URL = "http://tools.example/blog/2017/quick-server.html"
TITLE = "A quick server for the tool"
OPENING = "Setting up a test server for the tool takes two minutes with the container image we publish."
STEPS = ("Fetch the installer script and run it on a spare machine or a virtual one.",
         "Point the client at the new server in its configuration file, then run the client:")


def post(content: str) -> str:
    """A documentation-style blog theme: headline, byline, the Markdown body in its own element, a page footer."""
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Tool</title></head><body>
<header><nav><a href="/">Tool</a> <a href="/blog/">Blog</a> <a href="/team.html">Team</a></nav></header>
<main><h1>{TITLE}</h1><div class="page-info"><span>Ann Example</span> <time datetime="2017-03-23">2017-03-23</time></div>
<div class="post-content">{content}</div>
<footer class="page-meta"><a href="/blog/">Back to the blog</a></footer></main>
<footer><p>Copyright 2026 Tool project</p></footer></body></html>"""


def test_a_short_command_closing_the_post_stays():
    """Fails before: the closing `tool -u` listing (two words, no sentence end) was taken for a theme's label."""
    body = extract_article(post(f"<p>{OPENING}</p><p>{STEPS[0]}</p>"
                                '<div class="language-sh"><pre><code>wget -O - http://tools.example/install | bash'
                                f"</code></pre></div><p>{STEPS[1]}</p>"
                                '<div class="language-sh"><pre><code>tool -u</code></pre></div>'), URL).body
    assert body.startswith(OPENING)
    assert body.rstrip().endswith("tool -u")


def test_two_listings_differing_in_punctuation_both_stay():
    """Fails before: the second listing folded to the first one's words and went as a repeated box."""
    first = 'ADMIN_LINKS = "vnc://{{host}} ssh://{{host}}"'
    second = 'ADMIN_LINKS = [ "vnc://{{host}}", "ssh://{{host}}", ]'
    body = extract_article(post(f"<p>{OPENING}</p><p>{STEPS[1]}</p><pre><code>{first}</code></pre>"
                                "<p>From version 4.14 on, the setting takes a list instead of one string of links, "
                                "so existing configurations need a small change:</p>"
                                f"<pre><code>{second}</code></pre>"), URL).body
    assert first in body
    assert body.rstrip().endswith(second)
