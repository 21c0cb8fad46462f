"""A post laid out with a page builder sets each heading of its text in a box of its own (the heading and an empty
border <div>), and the text in columns beside it, under the title bar's heading linked to the post: the heading opening the text is the writer's standfirst, as a
subheading set first in the text's own element is; a label of a word or two in such a box, or a kicker a <div> frames
alone, stays out."""
from news_archive.pipelines.extraction import extract_article

URL = "https://makers.example/design-boards-with-the-laser-head/"
TITLE = "Design circuit boards with the laser head and two free tools"
OPENING = "Sketch + Board + Laser : the first steps"
TEXT = ("A new tool lets anyone design a circuit board from a simple sketch in the browser, and it costs nothing: "
        "together with the board editor it covers every step before the laser head takes over.")
MORE = ("Start from the sample sketch, place the parts on the board, then export the layout as an image the laser "
        "head can engrave on the copper in one pass, the traces standing out in black.")


def _box(heading: str) -> str:
    return (f"<div class='builder-heading builder-el-0'><h3 class='builder-heading-tag' itemprop='headline'>{heading}"
            "</h3><div class='heading-border'><div class='heading-inner-border'></div></div></div>")


def _page(first_box: str) -> str:
    return (f"<html lang='en'><head><title>{TITLE} | Makers</title></head><body>"
            "<header><a href='/'>Makers</a><nav><a href='/news/'>News</a></nav></header>"
            f"<div class='title-bar'><h3 class='main-title entry-title'><a href='{URL}' rel='bookmark'>{TITLE}</a>"
            "</h3></div>"
            f"<main><div class='post-entry'><div class='entry-content-wrapper'>{first_box}"
            f"<div class='one-half first'><section class='text-block'><p>{TEXT}</p></section></div>"
            f"<div class='one-half'><section class='text-block'><p>{MORE}</p></section></div>"
            f"{_box('Laying out the board')}<section class='text-block'><p>{MORE} Then check it twice.</p></section>"
            "</div></div></main><footer><p>Makers association</p></footer></body></html>")


def test_a_builder_heading_box_opening_the_text_is_its_standfirst():
    """Fails before: the opening heading, alone in its builder box beside the text's columns, was cut as a kicker."""
    body = extract_article(_page(_box(OPENING)), URL).body.split("\n\n")
    assert body[:2] == [OPENING, TEXT]


def test_a_label_in_a_builder_box_or_a_kicker_framed_alone_stays_out():
    """A news site frames its header's kicker in a <div> of its own, beside the <div>s of the text's paragraphs."""
    for first_box in (_box("Tutorial"), "<div class='stream-item'><h2>After a second week of soldering</h2></div>"):
        body = extract_article(_page(first_box), URL).body.split("\n\n")
        assert body[0] == TEXT, first_box
