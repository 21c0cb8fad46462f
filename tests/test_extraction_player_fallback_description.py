"""A video post whose old plugin player (`<object>`) heads it under the headline, its description set as the caption
in the player's fallback content: with no plugin left, every browser shows that description where the player stands,
above the post's text. It opens the body; a status line of the player's is no part of it, nor is a notice about the
plugin the fallback shows uncaptioned, nor the caption of a player set amid the text (an illustration's caption,
which news texts leave out)."""
from news_archive.pipelines.extraction import extract_article

URL = "https://tv.example/2014/03/02/harbour-panel/"
DESCRIPTION = ("The mayor, two dock workers and a shipping analyst join the panel to weigh whether the old harbour "
               "should be rebuilt for ferries or handed over to housing.")
TEXT = [
    "Every weekend the show asks viewers which local question they want the panel to take on next.",
    "This week the harbour won by a wide margin, after the council postponed its vote for the third time in a year.",
    "The full discussion runs for twenty minutes and the panel returns to the question in next week's episode.",
]


SHORT_DESCRIPTION = "A dock worker and the mayor ask the panel whether the old harbour should serve the ferries or new homes."


def player(caption: str, caption_class: str = "embedded-caption") -> str:
    return f"""<div class="embedded-player">
<object data="https://player.example/v/8812" type="application/x-shockwave-flash">
<object data="https://player.example/v/8812"><div class="embedded-player">
<a class="embedded-videolink" href="https://media.example/v/8812.mp4"><img src="https://media.example/v/8812.jpg"/>
<div class="embedded-status-box embedded-hide"><p class="embedded-status">This video plays on all devices.</p></div></a>
<div class="embedded-text"><p class="{caption_class}">{caption}</p></div></div></object></object></div>"""


def page(head_player: str = "", text_player: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT[:2]) + text_player + f"<p>{TEXT[2]}</p>"
    return f"""<html lang="en"><head><title>Harbour panel - Weekend Show</title></head><body>
<div id="header"><a href="/">Weekend Show</a><ul class="menu"><li><a href="/episodes/">Episodes</a></li></ul></div>
<div id="content-sidebar-wrap"><div id="content" class="hfeed">
<h1 class="entry-title">Harbour panel</h1><div class="date published">2:10 PM on 03/02/2014</div>
<div class="video-wrap">{head_player}</div>
<div class="post type-post hentry"><div class="entry-content">{paragraphs}</div></div>
</div><div id="sidebar" class="sidebar widget-area"><h3>Latest episodes</h3><ul>
<li><a href="/2014/02/23/rail/">Rail panel</a></li><li><a href="/2014/02/16/schools/">Schools panel</a></li></ul></div>
</div><div id="footer">Copyright Weekend Show</div></body></html>"""


def test_description_in_a_heading_players_fallback_opens_the_body():
    # Fails before: pruning dropped the <object> with all its fallback content, description and all.
    article = extract_article(page(head_player=player(DESCRIPTION)), URL)
    assert article.body.split("\n\n") == [DESCRIPTION, *TEXT]


def test_caption_of_a_player_amid_the_text_stays_out():
    article = extract_article(page(text_player=player(DESCRIPTION)), URL)
    assert article.body.split("\n\n") == TEXT


def test_short_description_opens_the_body_though_the_players_box_was_furniture():
    # A caption as short as a box's line: the box around it goes as furniture, which must not take its text along.
    article = extract_article(page(head_player=player(SHORT_DESCRIPTION)), URL)
    assert article.body.split("\n\n") == [SHORT_DESCRIPTION, *TEXT]


def test_prose_the_fallback_shows_uncaptioned_stays_out():
    # Not the player's caption: a notice the fallback shows in its place, whatever it says.
    article = extract_article(page(head_player=player(DESCRIPTION, caption_class="plain")), URL)
    assert article.body.split("\n\n") == TEXT
