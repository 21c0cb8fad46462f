"""An association's post closes on its press coverage: a heading, then a table whose rows give the day, the outlet
and the outlet's headline linked to its story, the theme hiding the table's header row. Every row is the text's, the
last headline closing it; a table of the site's other stories after the text, each led by its linked title, is
still no part of it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://parents.example/2020/02/the-council-hears-us/"
TITLE = "The council hears us"
TEXT = ["Forty families of our association asked the council on Monday to withdraw the guidance that has led to "
        "wrong verdicts against parents, and the council agreed to hear their lawyer in March.",
        "Until then we ask the ministers to meet us, so that the harm the guidance does to families in the courts "
        "can be lessened while the council decides."]
COVERAGE = [("19/02/2020", "Morning Courier", "Families take the guidance to the council"),
            ("18/02/2020", "Valley Radio", "Parents ask the council to withdraw a guidance"),
            ("17/02/2020", "The Weekly Lantern", "Why the guidance is at the heart of a dispute")]


def _page(after_text: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>The council hears us | Parents"
            "</title><meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2020-02-19T09:00:00+00:00'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
            f"<article><h1>{TITLE}</h1><div class='text'>{''.join(f'<p>{p}</p>' for p in TEXT)}{after_text}</div>"
            "</article><footer><p>Parents' association, Mill Lane 4</p></footer></body></html>")


def test_a_press_coverage_table_with_a_hidden_header_closes_the_text():
    # Fails before: its header row hidden, and a third of its cells links, the table read as a box of links after
    # the text: the linked headlines went, and most outlets with them.
    rows = "".join(f"<tr><td>{day}</td><td>{outlet}</td><td><a href='https://news{n}.example/2020/02/story'>"
                   f"{headline}</a></td><td></td></tr>" for n, (day, outlet, headline) in enumerate(COVERAGE))
    table = ("<h3>Press</h3><table><thead style='display: none;'><tr style='display: none;'><th>date</th>"
             f"<th>outlet</th><th>headline</th><th>parents</th></tr></thead><tbody>{rows}</tbody></table>")
    body = extract_article(_page(table), URL).body.split("\n\n")
    assert body[:2] == TEXT
    for day, outlet, headline in COVERAGE:
        assert outlet in body and headline in body
    assert body[-1] == COVERAGE[-1][2]


def test_a_table_of_the_sites_stories_led_by_their_titles_stays_out():
    rows = "".join(f"<tr><td><a href='/2020/01/story-{n}/'>Another story of ours, number {n}</a></td>"
                   f"<td>0{n}/01/2020</td></tr>" for n in range(1, 5))
    body = extract_article(_page(f"<h3>Read also</h3><table><tbody>{rows}</tbody></table>"), URL).body
    assert body.endswith(TEXT[-1]) and "Another story" not in body


def test_a_dated_table_of_the_sites_own_stories_stays_out():
    """Each row led by its day, like the press coverage above, but linking the site's own posts: a box of its other
    stories (fixBody's first rule kept it whole, reading the table once per cell)."""
    rows = "".join(f"<tr><td>0{n}/01/2020</td><td><a href='/2020/01/story-{n}/'>Another story of ours, number {n}</a>"
                   "</td></tr>" for n in range(1, 6))
    body = extract_article(_page(f"<h3>Latest news</h3><table><tbody>{rows}</tbody></table>"), URL).body
    assert body.endswith(TEXT[-1]) and "Another story" not in body, body
