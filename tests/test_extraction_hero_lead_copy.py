"""A post written mostly as a list under a theme whose hero box repeats the post's opening, cut off mid-sentence."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

POINTS = ("Sends a quiet call to every colleague on the floor", "Shows on a small screen who called and from where",
          "Two call levels, help and urgent", "Keeps the last known room when the signal drops",
          "Runs a month on one charge", "Needs no contract and no licence fee", "Works with the old door bells too")


def _page(hero_lead: str, column_class: str) -> str:
    points = "".join(f"<li>{point}</li>" for point in POINTS)
    return ("<html lang='en'><head><title>The pocket caller. - Beacon Care</title></head><body>"
            "<header class='site-header'><nav><a href='/'>Home</a><a href='/news/'>News</a><a href='/products/'>"
            "Products</a></nav></header><main id='main'><section class='subpage-hero'><div class='hero__copy'>"
            "<nav class='breadcrumbs'><a href='/'>Home</a> <a href='/news/'>News</a></nav>"
            f"<p class='eyebrow'>News and insight</p><h1>The pocket caller.</h1><p class='hero__lead'>{hero_lead}</p>"
            "<div class='hero__meta'><time datetime='2023-05-11T09:30:00'>11 May 2023</time></div></div></section>"
            "<section class='page-section'><article class='page-content'><div class='byline'>"
            "<time datetime='2023-05-11T09:30:00'>11 May 2023</time></div><div class='legacy'>"
            f"<div class='{column_class}'><section class='textblock-section'><div class='textblock'>"
            "<h2>The pocket caller, all a carer could ask of a personal alarm!</h2>"
            "<p>The pocket caller has every feature a personal alarm needs so your staff can call for help quickly "
            "and quietly when a visit turns tense. Open the whole note to find out what makes it so special.</p>"
            f"<ul>{points}</ul></div></section></div><div class='share-box'><h5>Share this post</h5></div></div>"
            "<section class='content-cta'><h2>Want to know what suits your team?</h2><p>Our specialists help you "
            "from the first need to a working system.</p></section></article></section></main>"
            "<footer class='site-footer'><p>Beacon Care Ltd, Harbour Road 4</p></footer></body></html>")


CUT_OFF = ("The pocket caller, all a carer could ask of a personal alarm! The pocket caller has every feature a "
           "personal alarm needs so your staff can call for help quickly and quietly when a visit turns tense. "
           "Open the whole note to find out what")


def test_a_hero_box_repeating_the_posts_opening_cut_off_gives_way_to_the_whole_post():
    """Fails before: the post's column (its class naming the share box after it) was pruned as furniture and the hero's
    cut-off lead outweighed what was left, so the post was stored as that lead ending "... find out what"."""
    found = extract_article(_page(CUT_OFF, "column column-3-4 before-social-share"),
                            "https://beacon.example/news/pocket-caller/")
    assert found.is_article and found.title == "The pocket caller."
    assert found.body.startswith("The pocket caller, all a carer could ask of a personal alarm!\n\nThe pocket caller has")
    assert found.body.endswith("Works with the old door bells too")
    assert "find out what\n" not in found.body and not found.body.endswith("find out what")


def test_a_hero_lead_of_other_words_stays_the_pages_lead_box_and_the_post_keeps_its_text():
    """The rule needs the hero's text to open the post: a hero line of its own is left as it was."""
    other = ("Our newest alarm for carers who visit people at home, told in a few lines and shown in the pictures "
             "of this page for all who ask us about it.")
    found = extract_article(_page(other, "column column-3-4"), "https://beacon.example/news/pocket-caller/")
    assert found.body.endswith("Works with the old door bells too")
