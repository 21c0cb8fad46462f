"""A heading of the writer's words closing a post over its photo gallery (a list of thumbnails opening their full
size, no captions), set in the text's own element, ends the text: the writer headed the pictures the post ends on.
A box's label over pictures after the text ("Our sponsors" over logos, one picture under a heading) stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://residents.example/news/2024-07-27-street-party/"
PARAGRAPHS = (
    "<p>On Saturday we held a street party, because the best way to share news with the neighbours is to have a good "
    "time together on the pavement in front of our houses.</p>"
    "<p>Between the games and the music we told everyone where the planned works stand, and many of the visitors "
    "signed the letter we will hand to the city council next month.</p>"
    "<p>The local television showed a short report about the party in its evening programme on Sunday.</p>")


def _gallery(n: int, href=lambda i: f"/gallery/street-party/full/IMG_{i}.webp") -> str:
    items = "".join(f"<li><a href='{href(i)}' class='glightbox' data-gallery='gallery1'>"
                    f"<img src='/gallery/street-party/thumbs/IMG_{i}.webp' loading='lazy' alt='IMG_{i}.webp'></a></li>"
                    for i in range(n))
    return ("<style>ul.gallery-page{display:flex}</style>" + "{heading}"
            + f"<ul class='gallery-page'>{items}</ul>"
            "<script src='/js/glightbox.min.js'></script><script>GLightbox({loop:true})</script>")


def _page(entry: str) -> str:
    return ("<html lang='en'><head><title>Photos from the street party | Residents</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav></header><main><article class='post'>"
            "<header><h1 class='post-title'>Photos from the street party</h1>"
            "<div class='post-meta'>27 Jul 2024 · 1 min</div></header>"
            f"<div class='post-content'>{entry}</div>"
            "<footer class='post-footer'><a href='/tags/party/'>party</a></footer></article></main>"
            "<footer>Residents of the street</footer></body></html>")


def test_a_heading_over_the_posts_gallery_ends_the_text():
    """Fails before: the heading was taken for a box's label after the text, and the post ended on the paragraph
    above it."""
    entry = PARAGRAPHS + _gallery(6).replace("{heading}", "<h3>Pictures from our street party</h3>")
    body = extract_article(_page(entry), URL).body
    assert body.split("\n\n")[-1] == "Pictures from our street party"
    assert body.startswith("On Saturday we held a street party")


def test_a_label_over_the_gallery_stays_out():
    entry = PARAGRAPHS + _gallery(6).replace("{heading}", "<h3>Gallery</h3>")
    body = extract_article(_page(entry), URL).body
    assert body.split("\n\n")[-1].startswith("The local television showed")


def test_a_heading_over_one_picture_after_the_text_stays_out():
    entry = PARAGRAPHS + _gallery(1).replace("{heading}", "<h3>Thanks to the city district office</h3>")
    body = extract_article(_page(entry), URL).body
    assert body.split("\n\n")[-1].startswith("The local television showed")


def test_a_heading_over_pictures_linking_away_stays_out():
    entry = PARAGRAPHS + _gallery(4, href=lambda i: f"https://sponsor{i}.example/").replace(
        "{heading}", "<h3>The shops that helped us out</h3>")
    body = extract_article(_page(entry), URL).body
    assert body.split("\n\n")[-1].startswith("The local television showed")
