"""A course announces its thesis presentations: two paragraphs, then the schedule as a table whose rows name the
student, the thesis, the examiners and, in a cell of its own, the day and hour ("21/05/2021 20:00"). That cell is
the schedule's value, however much it looks like a date line: it stays, the last one closing the text. A lone date
line over the text is still the page's stamp, and a box of dated links after it is still no part of the text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://cs.example/news/2021/05/12/thesis-presentations/"
INTRO = ("The schedule of this term's thesis presentations is out, and every student presents online to a panel of "
         "two examiners chosen by the course board.")
MORE = ("Students of every year are welcome to watch the presentations and learn what their colleagues have been "
        "working on during the last two terms.")
ROWS = [
    ("Ana Lima", "Garbage collection in distributed simulations", "Rui Prado; Eva Costa", "18/05/2021 14:00"),
    ("Davi Rocha", "Procedural level generation for small games", "Ivo Matos; Lia Souza", "19/05/2021 19:00"),
    ("Caio Neves", "Predicting code defects with machine learning", "Rui Prado; Ivo Matos", "20/05/2021 10:00"),
    ("Bia Torres", "Zero-knowledge proofs for voter identification", "Eva Costa; Lia Souza", "21/05/2021 20:00"),
]


def _page(opening: str = "", after_text: str = "") -> str:
    rows = "".join(f"<tr><td>{s}</td><td>{t}</td><td>{e}</td><td>{d}</td>"
                   f"<td><a href='https://meet.example/{n}'>meet.example/{n}</a></td></tr>"
                   for n, (s, t, e, d) in enumerate(ROWS))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Thesis presentations 2021 - Computer Science"
            "</title></head><body><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
            "<article><h1>Thesis presentations 2021</h1>"
            "<time datetime='2021-05-12T00:00:00Z' itemprop='datePublished'>2021-05-12</time>"
            f"<div class='post-content'>{opening}<p>{INTRO}</p><p>{MORE}</p><h2>Schedule</h2><table><tbody>"
            "<tr><td>Student</td><td>Thesis</td><td>Examiners</td><td>Date</td><td>Link</td></tr>"
            f"{rows}</tbody></table></div></article>{after_text}"
            "<footer><p>Computer Science, the university</p></footer></body></html>")


def test_the_day_and_hour_cells_of_a_schedule_stay():
    # Fails before: every cell holding only a day and an hour went as a date line, so the schedule lost its dates and
    # the text ended on the last examiners' names.
    body = extract_article(_page(), URL).body
    for _, _, _, day in ROWS:
        assert day in body
    assert body.endswith(ROWS[-1][2] + "\n\n" + ROWS[-1][3])


def test_a_date_line_over_the_text_is_still_the_stamp():
    body = extract_article(_page(opening="<p>12/05/2021</p>"), URL).body
    assert body.startswith(INTRO)
    assert body.endswith(ROWS[-1][3])


def test_a_box_of_dated_links_after_the_text_stays_out():
    box = "".join(f"<tr><td>0{n}/04/2021 10:00</td><td><a href='/news/other-{n}/'>Another piece of news {n}</a></td>"
                  "</tr>" for n in range(1, 5))
    body = extract_article(_page(after_text=f"<aside class='related'><table>{box}</table></aside>"), URL).body
    assert "Another piece" not in body and "04/2021" not in body
