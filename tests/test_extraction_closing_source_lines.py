"""A story's closing source lines ("Read more in <a>Journal</a>") stay however the editor set them: split off the
text's one paragraph at <br><br>, worded alike under each of several papers (each linking its own), or above a bare
address typed after them. A card's button repeated with other links ("<a>Learn more</a>") and a loose line in a box
of many links are judged as before."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://biology.example/news/story-2015-41-fern-clocks.html"
TITLE = "Ferns Keep Time With Their Leaves"
FIRST = ("Ferns open their fronds at dawn, and a team in the department has now found the two proteins that tell "
         "the young leaf when the night is over and the light is strong enough to unroll.")
SECOND = ("The proteins build up in the dark and fall apart within minutes of sunrise, the group reports, and plants "
          "lacking either of them unroll at random hours and dry out within days.")
THIRD = ("A second paper from the same group shows that mosses use a close relative of the first protein to time "
         "the release of their spores, which hints that the clock is older than the first ferns.")


def page(story: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} - Department of Biology - News</title></head><body>
<div class="container"><div class="row"><div class="col-12">
<p><a href="news_year_2015.html">News</a> : <a href="news_year_2015.html">2015</a> : {TITLE}</p>
<h2 class="title">{TITLE}</h2><p>by Staff Writer</p><p>May 4, 2015</p>
<div class="col-12 text-left">{story}<p>&nbsp;</p></div></div></div></div>
<footer><p>Department of Biology, 16 Garden Street</p></footer>
</body></html>"""


def _link(path: str, words: str) -> str:
    return f'<a href="https://journal.example/{path}">{words}</a>'


def test_a_source_line_split_off_the_texts_one_paragraph_stays():
    """Fails before: the line was weighed with all the paragraph's links (more than a line's), so it was no closing
    link line but a line mostly linked: furniture."""
    story = (f"<p>{FIRST} See the {_link('a', 'first')}, {_link('b', 'second')} and {_link('c', 'third')} earlier "
             f"papers and the lab's {_link('d', 'site')}.<br><br>{SECOND}<br><br>Read more in "
             f"{_link('ferns-2015', 'Plant Methods')}</p>")
    body = extract_article(page(story), URL).body
    assert body.startswith(FIRST[:40])
    assert body.endswith(SECOND + "\n\nRead more in Plant Methods")


def test_the_same_source_line_under_each_paper_stays_each_time():
    """Fails before: the second and third lines, the same words as the first, went as a paragraph shown again."""
    story = "".join(f"<p>{text}</p><p>Read more in {_link(name, 'Plant Journal')}; download "
                    f"{_link(name + '.pdf', 'PDF')}</p>"
                    for text, name in ((FIRST, "ferns"), (SECOND, "fronds"), (THIRD, "mosses")))
    body = extract_article(page(story), URL).body
    assert body.endswith(THIRD + "\n\nRead more in Plant Journal; download PDF")
    assert body.count("Read more in Plant Journal") == 3


def test_source_lines_above_a_bare_address_stay():
    """Fails before: the bare address was the text's last line, so the link lines above it were "read also"
    teasers amid the text."""
    story = (f"<p>{FIRST}</p><p>{SECOND}</p>"
             f"<p>Read more in the {_link('news', 'Daily Herald')}</p>"
             f"<p>Read more in {_link('weekly', 'Science Weekly')}</p>"
             f"<p>Read more in {_link('gazette', 'Campus Gazette')}</p>"
             "<p>https://journal.example/ferns-2015</p>")
    body = extract_article(page(story), URL).body
    assert "Read more in Science Weekly\n\nRead more in Campus Gazette" in body


def test_a_cards_button_repeated_with_other_links_still_goes_after_the_first():
    cards = "".join(f'<div class="card"><p>{name} builds greenhouses.</p>'
                    f'<p><a class="more" href="https://companies.example/{name}">Learn more</a></p></div>'
                    for name in ("Glassworks", "Sunhouse"))
    body = extract_article(page(f"<p>{FIRST}</p><p>{SECOND}</p>{cards}"), URL).body
    assert body.count("Learn more") <= 1
