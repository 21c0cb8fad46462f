"""The pages the recall tests build on: a harbour news story, a page of the same site laid out as a test says, and
an association's blog post."""
from __future__ import annotations

URL = "https://harbour.example/news/2024/05/14/ferry-timetable/"
TITLE = "New ferry timetable for the summer"
PARAGRAPHS = [
    "The harbour office published the summer timetable on Tuesday, with two extra crossings on weekend mornings.",
    "The first ferry now leaves at half past six, and the last one returns from the island shortly before midnight.",
    "Tickets bought for the spring season remain valid until the end of June, the office said in its announcement.",
]


def page(body: str) -> str:
    """A small news page: site chrome around an article with its headline and date."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">News</a><a href="/about/">About</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="date">Published 14 May 2024</p>
<div class="story">{body}</div></article></main><footer><p>Harbour News, Quay Street 1</p></footer></body></html>"""


MORE = [
    "Residents of the island welcomed the change, saying the late return makes evening concerts on the mainland possible.",
    "The harbour master said the timetable will be reviewed in September, once the summer's passenger counts are known.",
    "Cyclists can take their bikes on every crossing, but the office asks them to board before the cars do.",
]


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in texts)


def site_page(body: str, head: str = "") -> str:
    """A page of the same site with the article laid out as `body` says."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Harbour News</title>{head}</head>
<body><header><a href="/">Harbour News</a><nav><a href="/news/">News</a><a href="/about/">About</a></nav></header>
{body}<footer><p>Harbour News, Quay Street 1</p></footer></body></html>"""


CLUB_URL = "https://strandklubben.example/2024/05/14/arsmote/"
CLUB_TITLE = "Årsmötet hölls i klubbhuset"
CLUB_TEXT = [
    "Föreningens årsmöte hölls i klubbhuset på tisdagskvällen, och nästan fyrtio medlemmar kom för att rösta.",
    "Styrelsen valdes om i sin helhet, och kassören visade ett bokslut med ett litet överskott för året.",
]


SITE_FOOTER = "<p>Strandklubben</p><p>Hamngatan 2</p>"


def club_page(body: str, footer: str = "<p>Strandklubben, Hamngatan 2</p>") -> str:
    """An association's blog post: its paragraphs in the theme's content element, a share box after them."""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{CLUB_TITLE}</title></head>
<body><header><a href="/">Strandklubben</a><nav><a href="/nyheter/">Nyheter</a></nav></header>
<main><article><h1>{CLUB_TITLE}</h1><p class="meta">14 maj 2024</p><div class="entry-content">{body}</div>
<div class="share"><a href="https://social.example/share">Dela</a></div></article></main>
<footer>{footer}</footer></body></html>"""
