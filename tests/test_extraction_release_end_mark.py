"""A press release's end mark ("###", "-30-") is no words of its text; what the sender sets under it (an "About ..."
paragraph, the media contact) is part of the release as sent, and stays."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://county.example/press-releases/parks/ferry-pier-reopens/"
TITLE = "Ferry pier reopens after repairs"
PARAGRAPHS = [
    "The county's parks office reopened the ferry pier on Monday after four months of repairs to its timber deck.",
    "Crews replaced the worn planks, added a ramp for wheelchairs and bikes, and fitted new lights along the railing.",
    "The summer timetable of the island ferry starts next week, with six crossings a day and two more at weekends.",
]
ABOUT = [
    "About the Parks Office: the county's parks office looks after forty parks, three beaches and the island trails, "
    "and runs a programme of guided walks, school visits and volunteer days throughout the year for all residents.",
    "Media contact: Dana Fields, press officer, 555-0101.",
]


def release(mark: str, after: list[str]) -> str:
    """A council's press release: a header of release facts, the text, the end mark, what the office sets under it."""
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    under = "".join(f"<div>{a}</div>" for a in after)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | County</title></head>
<body><header><a href="/">County</a><nav><a href="/press-releases/">Press releases</a><a href="/services/">Services</a>
</nav></header><main><article class="type-press_release"><h1>{TITLE}</h1>
<div class="entry-content"><strong>For Immediate Release:</strong> May 14, 2024<br><strong>Contact:</strong> Dana Fields
<div class="mtm">{text}<div class="center">{mark}</div>{under}</div></div></article></main>
<footer><p>County Hall, Main Street 1</p></footer></body></html>"""


@pytest.mark.parametrize("mark", ["###", "# # #", "-30-", "- END -"])
def test_the_senders_boilerplate_under_the_end_mark_stays_and_the_mark_goes(mark):
    """Fails before: the body ended on the text's last paragraph, the "About" paragraph and the contact cut."""
    body = extract_article(release(mark, ABOUT), URL).body
    assert body.split("\n\n")[-2:] == ABOUT
    assert PARAGRAPHS[-1] in body and mark not in body.split("\n\n")


def test_text_running_on_after_a_mark_stays():
    # A mark followed by more of the text than stood before it separates the text's parts: the text goes on.
    more = [
        "On the island side, the landing stage got a new shelter with benches and a board showing the next crossings.",
        "Walkers can leave the ferry at the landing stage and follow the marked trail along the shore to the lighthouse.",
        "The lighthouse keeper's cottage opens as a small museum in June, with old charts, lamps and a logbook on show.",
        "Guided walks leave from the landing stage every Saturday at ten; they take about two hours and are free of charge.",
    ]
    body = extract_article(release("###", more), URL).body
    assert body.split("\n\n")[-1] == more[-1]


def test_the_releases_number_line_under_the_mark_stays():
    """Fails before: the sender's serial line ("PR 24-031 05/14/24 ISSN ...") carries a day, and was dropped as the
    page's date line."""
    serial = "PR 24-031 05/14/24 ISSN 0000-0000"
    page = release("###", []).replace('<div class="center">###</div>', f"<p>###</p><p>{serial}</p>")
    body = extract_article(page, URL).body.split("\n\n")
    assert body[-2:] == [PARAGRAPHS[-1], serial]
