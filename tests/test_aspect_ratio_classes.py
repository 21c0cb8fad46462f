"""A class stating the shape its element's box keeps, an aspect ratio ("wp-embed-aspect-16-9 wp-has-aspect-ratio", as
a block editor leaves an embed block's classes on the paragraph a writer turns it into), names no embed: the
paragraphs so classed are the post's text. An embed block itself ("wp-block-embed") stays furniture."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

SHAPED = "wp-embed-aspect-16-9 wp-has-aspect-ratio"
OPENING = ("The whole league has carried the fund for the national finals to the front page of the regional paper. "
           "Every club will bring its players to the three days of games in the old sports hall by the river.")
MIDDLE = "A small gift still matters a great deal to the youngest teams."
CLOSING = "The money raised will pay for the coaches that take the teams to the finals and back home again."


def _post(embed: str = "") -> str:
    return ("<html lang='en'><head><title>Support the finals from every town – League</title></head>"
            "<body class='post-template-default single single-post postid-7'><div id='page'><main id='main'>"
            "<article id='post-7' class='post-7 post type-post status-publish hentry category-league'>"
            "<header class='entry-header'><h1 class='entry-title'>Support the finals from every town</h1>"
            "<time class='entry-date published' datetime='2022-05-30T08:00:00+02:00'>May 30, 2022</time></header>"
            "<div class='entry-content'><p> </p>"
            f"<p class='{SHAPED}'>{OPENING}</p>"
            "<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' "
            "href='https://fund.example/finals'>GIVE!</a></div></div>"
            f"<p class='{SHAPED}'>{MIDDLE}</p>{embed}"
            f"<p class='{SHAPED}'><small><em>{CLOSING}</em></small></p></div></article></main>"
            "<div id='secondary' class='widget-area'><aside class='widget'><h1 class='widget-title'>What we play</h1>"
            "<a href='/about/'>About the game</a></aside></div></div></body></html>")


def test_paragraphs_classed_with_an_embeds_aspect_ratio_are_the_post_text():
    # Fails before: "embed" in the paragraphs' aspect-ratio classes named them furniture; all three were pruned and
    # the body was the link under the button alone.
    found = extract_article(_post(), "https://league.example/2022/05/30/support-the-finals/")
    text = f"{found.lead} {found.body}"
    assert all(line in text for line in (OPENING, MIDDLE, CLOSING))
    assert found.body.rstrip().endswith(CLOSING)


def test_an_embed_block_with_an_aspect_ratio_stays_furniture():
    embed = (f"<figure class='wp-block-embed is-type-video wp-block-embed-video {SHAPED}'>"
             "<div class='wp-block-embed__wrapper'>A recorded message from the league board to every club</div>"
             "</figure>")
    found = extract_article(_post(embed), "https://league.example/2022/05/30/support-the-finals/")
    assert "recorded message" not in found.body
    assert CLOSING in found.body
