"""A subheading set in bold heads a roundup's entry, its short detail lines first, or a list of the writer's: the bold
line and the details are the text's, where a short bold line alone after the text or before a box stays out."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://bookshelf.example.org/reviews/2024/11/winter-reading-for-young-readers/"
TITLE = "Winter reading for young readers"
OPENING = ("Our reviewers read through the autumn's new books for children and teenagers, and these are the ones they "
           "would give to a reader they love, whatever the weather outside.")
ENTRIES = [
    ("The Lantern Road", "Ilse Marten", "Quay Books, $17.50; ages 9-12",
     "A girl walks the old post road with her grandfather's lantern and learns the names of every village on the way; "
     "the chapters are short and the ending made two of us cry on the bus."),
    ("Salt and Sparrows", "Tomas Reed", "Harbour Press, $15.99; ages 12 and up",
     "Two brothers keep a fishing boat running through a hard winter, and the book never once pretends that it is easy; "
     "it is the best written of the lot and the one we argued about longest."),
]


def _page(body: str) -> str:
    return (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<article><h1>{TITLE}</h1><p class='date'>November 20, 2024</p><div class='entry'>{body}</div>"
            "</article></body></html>")


def test_a_roundups_bold_entry_names_and_their_detail_lines_stay():
    """Fails before: each entry's bold name and its writer's name were dropped as short labels."""
    body = f"<p>{OPENING}</p>" + "".join(f"<p><strong>{name}</strong></p><p>{writer}</p><p>{press}</p><p>{review}</p>"
                                         for name, writer, press, review in ENTRIES)
    found = extract_article(_page(body), URL)
    assert found.body.split("\n\n") == [OPENING, *(line for entry in ENTRIES for line in entry)]


def test_a_bold_subheading_over_a_list_of_the_writers_stays():
    """Fails before: "Closed on Friday" heads the list of the writer's points, not a paragraph, and was dropped."""
    points = ["The town library, which opens again on Monday", "The swimming hall, until the heating is mended"]
    body = (f"<p>{OPENING}</p><p><b>Closed on Friday</b></p><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>"
            f"<p>{ENTRIES[0][3]}</p>")
    found = extract_article(_page(body), URL)
    assert found.body.split("\n\n") == [OPENING, "Closed on Friday", *points, ENTRIES[0][3]]


def test_a_bold_label_over_a_list_of_links_stays_out():
    links = "".join(f"<li><a href='/reviews/2024/{n}/'>Another list of books, part {n}</a></li>" for n in range(3))
    body = f"<p>{OPENING}</p><p>{ENTRIES[0][3]}</p><p><strong>From our archive</strong></p><ul>{links}</ul>"
    found = extract_article(_page(body), URL)
    assert "From our archive" not in found.body


def test_bold_subheadings_among_lines_split_at_line_breaks_stay():
    """Fails before: the editor's one <div> holds every line between <br>s, and "Public schools" and "Colleges" were
    judged against the whole <div>, most of which is not bold, then dropped as short labels."""
    towns = ["Northbay: closed Thursday", "Eastmoor", "Kilnford; out all week", "Lowfield", "Oakhurst: closed Thursday"]
    colleges = ["The county college", "The college of music", "The technical school of Kilnford"]
    body = ("<div>The schools are closed for most of the county's children for the rest of the week.<br><br>"
            "Here is a list of the schools that stay closed until Monday at least, unless it says otherwise.<br><br>"
            "If you know of one we have missed, write to us.<br><br><b>Public schools&nbsp; <br></b><br><ul>"
            + "".join(f"<li>{town}</li>" for town in towns) + "</ul><font><b>Colleges</b></font><br><br><ul>"
            + "".join(f"<li>{college}</li>" for college in colleges) + "</ul></div>")
    lines = extract_article(_page(body), URL).body.split("\n\n")
    assert lines[lines.index("Public schools") + 1:][:len(towns) + 1] == [*towns, "Colleges"]
    assert lines[-len(colleges):] == colleges
