"""A sign-up box the theme sets inside the post's <article>, below its text, whose own heading is an <h1> ("Free
guide: ..." over a pitch and an e-mail field), is no part of the post: its <h1> is the box's heading, not the page's
headline, so it does not guard the box. A box whose <h1> is the page's headline (a page that is a sign-up form under
its own headline) keeps it."""
from news_archive.pipelines.extraction import extract_article

URL = "https://quillworks.example/blog/2024/03/plinth-measures/"
TITLE = "Why the plinth measures twice"
LINES = [
    "The plinth crew measured every beam of the north hall twice this winter, once before the frost and once after.",
    "Their second round found the beams had moved by a finger's width, which the first round could not have shown.",
    "The crew now keeps a ledger of both rounds, so the next winter's numbers can be set beside this winter's own.",
    "Readers who keep old halls of their own can borrow the ledger's layout from the workshop's lending shelf.",
]
TILES = "".join(f'<li class="tile"><article class="article article--micro"><h1 class="article_title">'
                f'<a href="/blog/2024/0{n}/tile-{n}/">Tile post number {n}</a></h1></article></li>' for n in range(1, 4))
PITCH = "Claim a free copy of our newest guide! Packed with tips on measuring old halls through the cold months."


def page(title: str, box_heading: str) -> str:
    text = "".join(f"<p>{line}</p>" for line in LINES)
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{title} | Quillworks</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head><body>
<nav><a href="/">Quillworks</a> <a href="/blog/">Blog</a></nav>
<main class="page"><article class="article"><header><h1 class="article_title">{TITLE}</h1>
<p class="article_meta"><time datetime="2024-03-04">4 March 2024</time></p></header>
{text}
<div class="article_bios"><div class="contributor"><p class="contributor_about">Wren Talbot keeps the workshop's
ledgers and writes about old halls.</p></div></div>
<div class="related-content"><h2>You might also like:</h2><ul class="article-list">{TILES}</ul></div>
<div class="promo-panel"><div class="widget promo-panel_item"><div class="promo-panel_picture"><img src="/guide.png">
</div><div class="promo-panel_content">
<h1 class="promo-panel_title">{box_heading}</h1><p>{PITCH}</p>
<form class="promo-panel_action"><input type="email" name="email" placeholder="email address">
<button>Claim guide</button></form></div></div></div></article></main>
<footer><p>Quillworks, Mill Lane 3</p></footer></body></html>"""


def test_a_sign_up_box_headed_by_its_own_h1_stays_out_of_the_post():
    """Fails before: the box's <h1> guarded it as if it held the post's headline, and its pitch closed the body."""
    body = extract_article(page(TITLE, "Free guide: Measuring Old Halls"), URL).body
    assert body.startswith(LINES[0])
    assert body.endswith(LINES[-1])
    assert PITCH not in body


def test_a_sign_up_box_under_the_pages_headline_keeps_guarding_it():
    """The headline's <h1> in the box still marks the post's own: its box is not dropped as a sign-up box's."""
    body = extract_article(page(TITLE, TITLE), URL).body
    assert body.startswith(LINES[0])
    assert PITCH in body
