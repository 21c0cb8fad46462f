"""A standfirst under the headline that newsrooms class as the "deck" or the "strapline": set in an <h2> or a
paragraph of one sentence without its full stop, or inside the byline box with the writer and the share buttons.
It was left out of the body (the class named no lead, and the byline box went whole as furniture)."""
from news_archive.pipelines.extraction import extract_article

URL = "https://gadgets.example/phones/2024/03/carrier-cuts-tablet-prices/"
TITLE = "Carrier cuts the price of every tablet sold with a data plan"
DECK = "But is the saving worth another two years bound to one network"
TEXT = [
    "The carrier said on Friday that every tablet with a mobile data modem now costs forty euros less when it is "
    "bought together with a two-year data plan, whichever maker built it.",
    "Buyers who pay the full price can still choose a plan from month to month, and those who travel often may find "
    "that the cheaper prepaid cards of other networks serve them better than a long contract.",
    "The offer runs until the end of April in every shop of the carrier and on its website, where the plans are "
    "listed beside the tablets they may be bought with.",
]


def page(header: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Gadgets</title>
<meta property="og:title" content="{TITLE}"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/phones/">Phones</a></li><li><a href="/tablets/">Tablets</a></li>
</ul></nav>
<article class="story"><header>{header}</header>
<section class="story-text"><div class="article-content">{paragraphs}</div></section></article>
<footer><p>Gadgets is a magazine about the devices people carry every day.</p></footer></body></html>"""


BYLINE = ('<p class="byline">by <a href="/authors/kim-lund/" rel="author">Kim Lund</a> - '
          '<span class="date">Mar 8, 2024 5:15 pm</span></p>')
SHARE = ('<div class="share"><a href="https://facebook.example/share?u=1">Share</a>'
         '<a href="https://x.example/intent?u=1">Post</a></div>')


def test_a_deck_in_an_h2_under_the_headline_opens_the_body():
    body = extract_article(page(f'<h1 class="heading">{TITLE}</h1><h2 class="standalone-deck">{DECK}?</h2>'
                                f'<div class="post-meta">{BYLINE}</div>'), URL).body
    assert body.split("\n\n") == [f"{DECK}?", *TEXT]


def test_a_strapline_of_one_sentence_without_its_full_stop_opens_the_body():
    body = extract_article(page(f'<h1>{TITLE}</h1><div class="post-meta">{BYLINE}</div>'
                                f'<p class="strapline">{DECK}</p>'), URL).body
    assert body.split("\n\n") == [DECK, *TEXT]


def test_a_strapline_inside_the_byline_box_stays_while_the_box_goes():
    body = extract_article(page(f'<h1>{TITLE}</h1><div class="byline-social">{BYLINE}{SHARE}'
                                f'<p class="strapline">{DECK}</p></div>'), URL).body
    assert body.split("\n\n") == [DECK, *TEXT]


def test_a_writers_introduction_in_the_byline_box_stays_out():
    """A byline box's "author-intro" presents the writer, not the text."""
    intro = "Kim Lund has written about phones and the networks they run on for twelve years now"
    body = extract_article(page(f'<h1>{TITLE}</h1><div class="byline-social">{BYLINE}{SHARE}'
                                f'<p class="author-intro">{intro}</p></div>'), URL).body
    assert body.split("\n\n") == TEXT


def test_a_short_label_classed_as_a_deck_is_no_standfirst():
    """A few words in deck type are a section label over the headline's box, not a sentence of the text."""
    body = extract_article(page(f'<h1>{TITLE}</h1><h2 class="deck">Tablets and plans</h2>'
                                f'<div class="post-meta">{BYLINE}</div>'), URL).body
    assert body.split("\n\n") == TEXT


def test_a_row_of_cards_classed_card_deck_is_no_lead():
    """Bootstrap's "card-deck" is a row of teaser cards: the lead stays the page's stated description."""
    cards = "".join(f'<div class="card"><p class="card-text">{words}</p></div>' for words in (
        "Five tablets that last a whole day on one charge of the battery",
        "The networks that cover the most of the country's railway lines"))
    html = page(f'<h1>{TITLE}</h1><div class="card-deck">{cards}</div><div class="post-meta">{BYLINE}</div>') \
        .replace("</head>", '<meta name="description" content="The carrier now sells tablets for less."></head>')
    assert extract_article(html, URL).lead == "The carrier now sells tablets for less."
