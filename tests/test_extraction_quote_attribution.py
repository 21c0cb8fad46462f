"""The line naming who said a quote, classed a "caption" by the theme, stays with the quote: it is no picture's
caption."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://app.example/blogg/forskolan-vid-sjon/"
TITLE = "Förskolan vid sjön om sitt första år med appen"
QUOTE = "“Föräldrarna ser nu vad barnen gör under dagen, och det ger oss mycket tillbaka i samtalen vid hämtningen.”"
WHO = "— Karin Ek, förskollärare på Förskolan vid sjön"
PARAGRAPHS = [
    "Förskolan vid sjön har använt appen sedan i höstas på alla tre avdelningar, och pedagogerna delar bilder varje dag.",
    "Det som började som ett försök på en avdelning blev snart ett arbetssätt som hela förskolan står bakom i dag.",
]


def page(after_quote: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><nav><a href="/">Start</a><a href="/blogg/">Blogg</a></nav>
<div class="container"><h2 class="subpage-title">{TITLE}</h2>
<p class="subpage-author">av Anna Berg på Appen | 3 mars 2021</p>
<div class="subpage-content-container">{text}
<p><img src="/img/sjon.jpg" alt=""></p><p class="subpage-caption">Barnen på avdelningen Gäddan vid sjön.</p>
<blockquote><p>{QUOTE}</p></blockquote>{after_quote}</div></div>
<footer><p>Appen AB, Storgatan 1, Stockholm</p></footer></body></html>"""


def test_the_quotes_attribution_closes_the_text():
    body = extract_article(page(f'<p class="subpage-quote-caption">{WHO}</p>'), URL).body
    assert body.endswith(WHO)
    assert QUOTE in body


def test_a_pictures_caption_is_still_left_out():
    body = extract_article(page(f'<p class="subpage-quote-caption">{WHO}</p>'), URL).body
    assert "Gäddan" not in body
    # a caption after a quote that holds a picture is the picture's
    pictured = extract_article(page('<p class="subpage-caption"><img src="/img/b.jpg" alt="">Sjön i maj.</p>'), URL)
    assert "Sjön i maj" not in pictured.body
