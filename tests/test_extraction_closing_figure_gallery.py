"""A post closing on a gallery that a block editor sets as a <figure> of captioned <figure>s (WordPress' "gallery"
block with nested images): the gallery closes the text as a <div> gallery does, so its pictures' captions are the
post's last lines; a gallery amid the text is illustration, its captions left out."""
from news_archive.pipelines.extraction import extract_article

URL = "https://project.example/second-board-meeting/"
TITLE = "Second board meeting held"
PARAGRAPHS = [
    "On a grey Friday in November the project welcomed its advisory board to the faculty building for a full day.",
    "In the morning the team showed where the work stands and which questions the studies raised so far.",
    "In the afternoon the members tried the demonstrators themselves and talked about studies to come.",
    "The third and last meeting of the board will take place in November of the coming year.",
]
CAPTIONS = ["The project lead opens the meeting", "A member tries the headphones",
            "The team presents the planning tool"]


def _picture(i: int, caption: str) -> str:
    # the image optimiser's markup: the <img> inside the <source> of a <picture>
    return (f"<figure class='wp-block-image size-large'><picture><source srcset='/up/{i}.jpg.webp' type='image/webp'>"
            f"<img src='/up/{i}.jpg' alt='' width='1280' height='960'></source></picture>"
            f"<figcaption class='wp-element-caption'>{caption}</figcaption></figure>")


def _gallery(captions, own_caption: str = "") -> str:
    inner = "".join(_picture(i, c) for i, c in enumerate(captions))
    own = f"<figcaption class='blocks-gallery-caption'>{own_caption}</figcaption>" if own_caption else ""
    return f"<figure class='wp-block-gallery has-nested-images columns-2 is-cropped'>{inner}{own}</figure>"


def _page(body: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>" + TITLE + " – Project</title></head>"
            "<body><header><a href='/'>Project</a><nav><a href='/'>Home</a><a href='/news/'>News</a></nav></header>"
            "<main><article class='post type-post hentry'><h1 class='entry-title'>" + TITLE + "</h1>"
            "<div class='entry-content'>" + body + "</div></article></main>"
            "<footer><p>Imprint</p></footer></body></html>")


def _paragraphs(items) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_a_figure_gallery_closing_the_text_keeps_its_captions():
    """Fails before: the gallery's own <figure> was taken for one picture captioned by its first picture's caption,
    its pictures went as the page's figures, and the body ended on the last paragraph."""
    body = extract_article(_page(_paragraphs(PARAGRAPHS) + _gallery(CAPTIONS)), URL).body
    assert body.startswith(PARAGRAPHS[0][:40])
    assert body.endswith(CAPTIONS[-1])
    assert all(c in body for c in CAPTIONS)


def test_a_figure_gallery_with_its_own_caption_closes_the_text_on_it():
    body = extract_article(_page(_paragraphs(PARAGRAPHS) + _gallery(CAPTIONS, "Impressions of the day")), URL).body
    assert body.endswith("Impressions of the day")


def test_a_figure_gallery_amid_the_text_stays_out():
    body = extract_article(_page(_paragraphs(PARAGRAPHS[:2]) + _gallery(CAPTIONS) + _paragraphs(PARAGRAPHS[2:])),
                           URL).body
    assert body.endswith(PARAGRAPHS[-1])
    assert not any(c in body for c in CAPTIONS)


def _shortcode_figure(i: int, caption: str) -> str:
    # a static generator's figure shortcode: the caption set as a heading inside the <figcaption>
    return f"<figure><img src='/up/{i}.png' height='300px'/><figcaption>\n<h4>{caption}</h4>\n</figcaption></figure>\n"


def test_a_run_of_figure_shortcodes_in_a_paragraph_closing_the_text_keeps_its_heading_captions():
    """Fails before: the Markdown renderer's <p> around the figures made no gallery (the parser keeps the figures in
    it, where a browser closes it before them), so only a last figure could close the text, and a caption set as a
    heading was trimmed as a heading closing the text; the body ended on the last paragraph."""
    captions = ["Sharepics one (1/3)", "Sharepics", "Sharepics three (3/3)"]
    gallery = "<p>\n" + "".join(_shortcode_figure(i, c) for i, c in enumerate(captions)) + "</p>"
    body = extract_article(_page(_paragraphs(PARAGRAPHS) + gallery), URL).body
    assert body.startswith(PARAGRAPHS[0][:40])
    assert all(c in body for c in captions)
    assert body.endswith(captions[-1])
