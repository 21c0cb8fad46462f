"""A tooltip (`role="tooltip"`), the bubble a pointer or the keyboard brings up over a control of the article's toolbar
("New: change the font size!"), was kept as lines of the text when the toolbar stood inside the article."""
from news_archive.pipelines.extraction import extract_article

URL = "https://daily.example/politics/council-votes-on-the-new-tram-line-100.html"
TITLE = "Council votes for the new tram line through the old town"
LEAD = "The tram will cross the old town from the station to the hospital. Work starts next spring."
TEXT = [
    "The city council voted on Tuesday evening for the new tram line that will cross the old town from the station "
    "to the university hospital, after a debate of more than four hours.",
    "Work on the line is to start next spring and to last three years, during which the main street will be closed "
    "to cars one section at a time.",
    "Shop owners in the old town asked the council to keep at least one lane open for deliveries during the works, "
    "and the mayor promised to meet them before the plans are final.",
    "The line is to carry its first passengers in the autumn three years from now, with a tram every six minutes.",
]


def page(toolbar: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT[:2])
    more = "".join(f"<p>{p}</p>" for p in TEXT[2:])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Daily</title></head><body>
<nav><a href="/">Daily</a> <a href="/politics/">Politics</a></nav>
<article><h1>{TITLE}</h1><div class="column"><div class="flex h-48 items-center">{toolbar}</div>
<div class="px-24"><p class="font-bold">{LEAD}</p>{paragraphs}</div><div class="ad-slot">Advertisement</div>
<div class="px-24">{more}</div></div></article>
<footer><p>Daily is the city's newspaper since 1887.</p></footer></body></html>"""


def test_a_tooltip_over_a_toolbar_button_is_no_line_of_the_text():
    toolbar = ('<span class="relative"><div role="tooltip" aria-hidden="true" class="opacity-0">'
               '<p class="text-center">New at Daily:</p><p class="text-center">Change the font size!</p></div></span>'
               '<button aria-haspopup="dialog" aria-label="Change the font size"><img src="/font.svg" alt=""></button>')
    assert extract_article(page(toolbar), URL).body.split("\n\n") == [LEAD, *TEXT]
