"""A short post set in two slots: the template prints its standfirst in the header band, and the post's own lines in a
text element below, each the writer's words and an address written out ("Submit your talk here: https://..."). Those
lines are the post's text, not a list of links: the body runs from the standfirst through them."""
from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/2016/09/21/call-for-talks/"
STANDFIRST = "The sixth workshop of the lab will be held in Kobe from November 30th to December 2nd, 2016."
LINES = [f"Submit proposals for {kind} here: https://forms.example/f/{code}"
         for kind, code in (("break-out sessions", "a81kQz"), ("individual talks", "b72mWx"),
                            ("project talks", "c63nVy"))]


def page(lines: list[str]) -> str:
    own = "".join(f"<p>{line.rsplit(' ', 1)[0]} <a href='{line.rsplit(' ', 1)[1]}'>{line.rsplit(' ', 1)[1]}</a></p>"
                  for line in lines)
    return f"""<html lang="en"><head><title>Call for talks - Lab</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/events/">Events</a></nav>
<div class="section"><div class="container post-header"><div class="row"><div class="col">
<div class="post-title"><h1>Call for talks</h1></div>
<div class="post-description"><p>{STANDFIRST}</p></div></div></div></div></div>
<div class="section"><div class="container"><div class="row"><div class="col"><div class="content">
<p>Click <a href="/events/6th-workshop/">here</a> for more information!</p>{own}
</div></div></div></div></div>
<footer><a href="/imprint/">Imprint</a></footer></body></html>"""


def test_lines_giving_an_address_written_out_are_the_posts_text():
    # Fails before: each line, nearly half its characters an address the writer typed, weighed as a link list, so the
    # standfirst alone outweighed the post's text element and the body stopped at it.
    article = extract_article(page(LINES), URL)
    assert article.body.split("\n\n") == [STANDFIRST, "Click here for more information!", *LINES]
