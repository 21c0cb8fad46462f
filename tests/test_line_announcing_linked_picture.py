"""A sentence of the writer's closing the post on a colon, over a picture linking to the album it announces ("You can
see the photos of the open day in our shared album:" over the album's cover), is the post's last line; a box's label
over linked logos ("Our sponsors:") stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://hub.example/blog/2024-05-14-open-day.html"
TITLE = "Open day at the workshop"
PARAGRAPHS = [
    "More than eighty visitors came to the workshop on Saturday to see how the hub switches lamps and heaters.",
    "Two of our maintainers showed the new rule editor, and many questions came from people new to the project.",
    "Thanks to everyone who came, and to the volunteers who kept the coffee coming all afternoon long.",
]
ANNOUNCING = "You can see the photos of the open day in our shared album:"


def _post(closing: str) -> str:
    """A post as a documentation-site theme prints it: header box with the headline, byline line, content box."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="en"><head><title>{TITLE} | Hub</title></head><body><div id="app">'
            '<header class="navbar"><a href="/">Hub</a></header><div class="custom-layout"><div class="post-header">'
            f'<h1 class="post-title">{TITLE}</h1></div><div class="blog-body-content"><div class="page-author">'
            '<strong>Maintainers</strong> posted on <span>Tuesday, May 14, 2024</span></div>'
            f'<div class="content custom">{text}{closing}</div></div></div><footer><p>Hub project</p></footer>'
            '</div></body></html>')


def test_a_sentence_announcing_a_linked_album_picture_closes_the_post():
    """Fails before: the picture linking elsewhere went as a sponsor's logo would, and its line, short and ending on
    a colon, went as a sign-off."""
    closing = (f'<p>{ANNOUNCING}</p><p><a href="https://photos.example.net/album/open-day">'
               '<img src="/uploads/album-cover.jpg" alt=""></a></p>')
    body = extract_article(_post(closing), URL).body
    assert body.rstrip().endswith(ANNOUNCING)


def test_a_label_over_linked_logos_stays_out():
    closing = ('<p>Our sponsors:</p><p><a href="https://sponsor-one.example/"><img src="/img/one.png" alt=""></a>'
               '<a href="https://sponsor-two.example/"><img src="/img/two.png" alt=""></a></p>')
    body = extract_article(_post(closing), URL).body
    assert body.rstrip().endswith(PARAGRAPHS[-1])
