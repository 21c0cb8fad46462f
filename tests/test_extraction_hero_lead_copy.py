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


def test_a_first_paragraph_without_a_full_stop_shown_again_in_a_summary_stays_the_texts_opening():
    """A paragraph of the text is no hero copy, though a summary box elsewhere opens with it and runs on (fails with
    the rule read on any paragraph: the text lost its opening line)."""
    opening = "Notice of a new grant programme for research on care of older people living alone at home"
    rest = ("<p>The programme funds studies of how carers, families and neighbours share the work of looking after "
            "older people who live alone, and how that work changes over the years.</p>"
            "<p>Letters of intent are due in the spring; full proposals follow in the autumn of the same year, and "
            "the first awards are made early in the next one.</p>")
    html = ("<html lang='en'><head><title>New grant notice - Care Research</title></head><body><main>"
            "<h1>New grant notice</h1><time datetime='2024-01-09'>January 9, 2024</time>"
            f"<div class='field-body'><p>{opening}</p>{rest}</div></main>"
            f"<div class='summary-box'><p>{opening}</p><p>Read the whole notice on the funders' pages.</p></div>"
            "<footer><p>Care Research Centre</p></footer></body></html>")
    found = extract_article(html, "https://care.example/news/grant-notice/")
    assert found.body.startswith(opening + "\n\nThe programme funds")
