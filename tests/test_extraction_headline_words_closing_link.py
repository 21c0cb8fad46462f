"""A short post (no long paragraph) that closes on one link to another site worded as its headline keeps that line:
the writer names the thing the post is about (the song under its clip) and links to it. The headline typed again
as the text's first line still goes, linked or not."""
from news_archive.pipelines.extraction import extract_article

URL = "http://notes.example/blog/2011/3/songs-for-mornings/"
TITLE = "Songs for Mornings"
OPENING = "Heard this one on the radio today. Who would have guessed it."
SECOND = "Quite odd."
CLIP = '<div class="highlight"><pre>&lt;iframe src="https://video.example/embed/abc123"&gt;&lt;/iframe&gt;</pre></div>'


def post(content: str) -> str:
    """A static blog theme: the headline and a date line in the post's header, the Markdown body in a section,
    the neighbours' links below."""
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Notes</title></head><body>
<nav><a href="/">Notes</a> <a href="/blog/">Blog</a> <a href="/about/">About</a></nav>
<article class="blog-post"><header><h2>{TITLE}</h2>
<p class="meta">written by Ann Example on <time datetime="2011-03-04">Friday, 4 March 2011</time></p></header>
<section class="blog-post-body">{content}</section></article>
<nav><div class="prev">Previous post: <a href="/blog/2011/3/rain/">Rain again</a></div></nav>
<footer><p>&copy; 2026 Ann Example</p></footer></body></html>"""


def test_a_closing_link_worded_as_the_headline_stays():
    """Fails before: the line was taken for the headline typed again above the text (a short post has no long
    paragraph, so every line counted as above it) and the post lost its last line."""
    body = extract_article(post(f'<p>{OPENING}</p><p>{SECOND}</p>{CLIP}'
                                f'<p><a href="https://video.example/watch?v=abc123">{TITLE}</a></p>'), URL).body
    assert body.startswith(OPENING)
    assert body.endswith(TITLE)


def test_the_headline_typed_again_above_the_text_still_goes():
    for line in (f"<p><strong>{TITLE}</strong></p>", f'<p><a href="https://video.example/watch?v=abc123">{TITLE}</a></p>'):
        body = extract_article(post(f'{line}<p>{OPENING}</p><p>{SECOND}</p>'), URL).body
        assert body.startswith(OPENING)
        assert body.endswith(SECOND)
