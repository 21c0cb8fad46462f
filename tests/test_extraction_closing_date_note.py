"""A day the writer notes in brackets under their text as its last paragraph, among the text's own paragraphs
("[March 3rd, 2011]", "[posted March 3rd, 2011]"), is the text's closing line; a theme's stamp after the text (an
element classed as the date or the post's meta, a <time>, a footer), a "Last modified" line or a bare date line is the
page's, not the text."""
import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://biolab.example/news/story-2011-ferns.html"
PARAGRAPHS = (
    "<p>Ferns open their leaves by unrolling them from the tip, and the lab has now found the protein that sets "
    "the pace of that unrolling in the young fronds of three common species.</p>"
    "<p>The team grew the ferns under lamps that changed colour every hour and filmed each frond for six weeks, "
    "measuring how far it had opened at every frame.</p>"
    "<p>Plants without the protein unrolled their leaves twice as fast but dried out within days, which suggests "
    "that the slow pace protects the frond while its surface is still thin.</p>"
    "<p>Read more in <em><a href='https://journal.example/ferns'>Plant Letters</a></em></p>")


def _page(closing: str, after_text: str = "") -> str:
    return ("<html lang='en'><head><meta charset='utf-8'><title>Why ferns unroll slowly - Biology News</title></head>"
            "<body><div class='container'><p><a href='index.html'>News</a> : <a href='y2011.html'>2011</a></p>"
            "<h2 class='title'>Why ferns unroll slowly</h2><p>March 3, 2011</p>"
            f"<div class='col-12 text-left'>{PARAGRAPHS}{closing}</div>{after_text}</div>"
            "<div id='footer'>Copyright the department.</div></body></html>")


@pytest.mark.parametrize("closing", ["<p class='smaller'>[March 3rd, 2011]</p>",
                                     "<p>[posted March 3rd, 2011]</p>"])
def test_a_day_noted_as_the_texts_last_paragraph_stays(closing):
    # Fails before: the line went as a date line, furniture wherever it stands.
    body = extract_article(_page(closing), URL).body
    text = closing.split(">", 1)[1].rsplit("<", 1)[0]
    assert body.endswith("Read more in Plant Letters\n\n" + text)


@pytest.mark.parametrize("closing", ["<p class='entry-date'>March 3, 2011</p>",
                                     "<p><time datetime='2011-03-03'>March 3, 2011</time></p>",
                                     "<p>[Last modified March 3rd, 2011]</p>",
                                     "<p>Posted on March 3, 2011</p>",
                                     "<p>March 3, 2011</p>"])
def test_a_themes_stamp_after_the_text_stays_out(closing):
    body = extract_article(_page(closing), URL).body
    assert body.endswith("Read more in Plant Letters")


def test_a_stamp_in_a_footer_after_the_texts_box_stays_out():
    body = extract_article(_page("", "<footer class='post-footer'><p>March 3, 2011</p></footer>"), URL).body
    assert body.endswith("Read more in Plant Letters")
