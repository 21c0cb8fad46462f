"""A post closing on a picture, or on several, that its template centres in the old <center> element (a static-site
shortcode's `<center><figure>…<figcaption>`): <center> is a plain box as a <div> is, so the closing pictures' captions
are the post's last lines, as they are in a <div>; a centred picture amid the text stays illustration."""
from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/blog/2024-03-02/archive-reopens/"
TITLE = "The newspaper archive reopens"
PARAGRAPHS = [
    "After four months of work the reading room of the regional newspaper archive opens its doors again on Monday.",
    "Volunteers scanned more than two thousand pages of local weeklies printed between the two world wars.",
    "All scans can be searched online, and readers are invited to tag the places the articles mention.",
]
CAPTIONS = ["The new reading room on its first morning. Photo by the city archive.",
            "Two volunteers at the book scanner. Photo by the city archive."]


def _figure(i: int, caption: str) -> str:
    return (f"<figure><img class=img-fluid src='/blog/2024-03-02/archive-reopens/{i}.jpg' width=900 height=600 alt=''>"
            f"<figcaption class=figure-caption>{caption}</figcaption></figure>")


def _page(body: str) -> str:
    return ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>" + TITLE + " | Lab</title></head>"
            "<body class='blog single'><header><a href=/>Lab</a><nav><a href=/blog/>Blog</a></nav></header>"
            "<div class=content><article><div class=blog-header><h1>" + TITLE + "</h1>"
            "<p><small>Posted on March 2, 2024</small></p></div>" + body + "</article></div>"
            "<footer><p>Powered by a static site generator</p></footer></body></html>")


def _paragraphs(items) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_a_centred_picture_closing_the_text_keeps_its_caption():
    """Fails before: the <center> around the figure was no wrapper, so the picture went as the page's illustration
    and the body ended on the last paragraph."""
    body = extract_article(_page(_paragraphs(PARAGRAPHS) + "<p><br><br></p><center>" + _figure(1, CAPTIONS[0])
                                 + "</center>"), URL).body
    assert body.startswith(PARAGRAPHS[0][:40])
    assert body.endswith(CAPTIONS[0])


def test_centred_pictures_closing_the_text_keep_their_captions():
    """Fails before: a <center> holding the pictures only was no gallery, so each picture was amid the others."""
    body = extract_article(_page(_paragraphs(PARAGRAPHS) + "<center>" + _figure(1, CAPTIONS[0])
                                 + _figure(2, CAPTIONS[1]) + "</center>"), URL).body
    assert body.endswith(CAPTIONS[1])
    assert all(c in body for c in CAPTIONS)


def test_a_centred_picture_amid_the_text_stays_out():
    body = extract_article(_page(_paragraphs(PARAGRAPHS[:2]) + "<center>" + _figure(1, CAPTIONS[0]) + "</center>"
                                 + _paragraphs(PARAGRAPHS[2:])), URL).body
    assert body.endswith(PARAGRAPHS[-1])
    assert CAPTIONS[0] not in body
