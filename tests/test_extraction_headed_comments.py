"""Readers' comments an older blog engine sets with no comment markup, as loose blocks after a heading naming them,
each with its commenter's line: kept apart from the body, in the comments."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://fieldnotes.example/archives/2011/06/rain_gauges.html"
POST = """<h2>June 14, 2011</h2>
<h3>Three rain gauges on one roof</h3>
<p>We set three rain gauges on the station roof this spring to see how far apart their readings would drift.</p>
<p>After six weeks the plastic gauge read a tenth lower than the copper one on every wet day, and nobody can say why.</p>
<p>Next month the gauges swap places, so that the corner of the roof can be ruled out as the cause.</p>
<p>What would you measure next, if the gap stays the same after the swap?</p>"""
POST_WORDS = ("station roof", "swap places", "What would you measure next")

# Movable Type: each comment a bare <div> (its id a number) followed by a "posted" line, the reply form after.
MOVABLE_TYPE_COMMENTS = """<h2 id="comments">Comments</h2>
<div id="c4101"><p>Could the plastic one be catching less wind-blown rain because it sits lower on its stand?</p></div>
<p class="posted">Posted by: Ingrid at June 14, 2011 10:02 AM</p>
<div id="c4102"><p>We had the same drift with two gauges at our allotment.</p>
<p>It went away once the plastic gauge was levelled properly, so check the spirit bubble first.</p></div>
<p class="posted">Posted by: <a href="https://tomas.example/" rel="nofollow">Tomas</a> at June 15, 2011 7:45 PM</p>
<div id="c4103"><p>A tenth every single day sounds like a calibration offset rather than chance.</p></div>
<p class="posted">Posted by: Ruth at June 16, 2011 8:30 AM</p>
<h2>Post a comment</h2>
<form method="post" action="/cgi-bin/comments.cgi"><p><label for="author">Name:</label><input id="author" name="author"></p>
<p><textarea id="text" name="text"></textarea></p><input type="submit" value="Post"></form>"""

# TypePad: the comments' paragraphs straight under the column, an empty anchor before each, a short one among them.
TYPEPAD_COMMENTS = """<h2><a id="comments"></a>3 Kommentare</h2>
<a id="c9001"></a>
<p>Spannend! Wir messen hier im Garten mit einem einfachen Trichter und sehen ähnliche Abweichungen.</p>
<p class="posted">Posted by: <a rel="nofollow" href="https://garten.example/">Heike</a> | Jun 14, 2011 11:20:05 PM</p>
<a id="c9002"></a>
<p>Danke!</p>
<p class="posted">Posted by: Jens | Jun 15, 2011 6:01:44 AM</p>
<a id="c9003"></a>
<p>Ein Zehntel pro Tag klingt nach einem systematischen Fehler beim Ablesen.</p>
<p>Vielleicht liest immer dieselbe Person den Kunststoffmesser ab?</p>
<p class="posted">Posted by: Uwe | Jun 15, 2011 9:13:52 AM</p>
<p>The comments to this entry are closed.</p>"""


def page(after_post: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Field notes: Three rain gauges on one roof</title></head>
<body><div id="banner"><h1><a href="/">Field notes</a></h1></div>
<div id="content"><div class="blog">{POST}
<p class="posted">Posted by Anna at June 14, 2011 9:15 AM</p>
{after_post}</div></div>
<div id="links"><h2>Archives</h2><ul><li><a href="/archives/2011/05/">May 2011</a></li></ul></div>
</body></html>"""


def test_movable_type_comments_under_their_heading_leave_the_body_for_the_comments():
    result = extract_article(page(MOVABLE_TYPE_COMMENTS), URL)
    assert all(words in result.body for words in POST_WORDS)
    for comment_words in ("wind-blown", "spirit bubble", "calibration offset", "Posted by: Tomas"):
        assert comment_words not in result.body
    assert result.comments.split("\n\n") == [
        "Could the plastic one be catching less wind-blown rain because it sits lower on its stand?",
        "Posted by: Ingrid at June 14, 2011 10:02 AM",
        "We had the same drift with two gauges at our allotment.",
        "It went away once the plastic gauge was levelled properly, so check the spirit bubble first.",
        "Posted by: Tomas at June 15, 2011 7:45 PM",
        "A tenth every single day sounds like a calibration offset rather than chance.",
        "Posted by: Ruth at June 16, 2011 8:30 AM"]


def test_loose_comment_paragraphs_under_a_counted_heading_leave_the_body_short_ones_too():
    result = extract_article(page(TYPEPAD_COMMENTS), URL)
    assert all(words in result.body for words in POST_WORDS)
    for comment_words in ("Trichter", "Danke", "Kunststoffmesser", "comments to this entry are closed", "Kommentare"):
        assert comment_words not in result.body
    comments = result.comments.split("\n\n")
    assert comments[:4] == ["Spannend! Wir messen hier im Garten mit einem einfachen Trichter und sehen ähnliche "
                            "Abweichungen.", "Posted by: Heike | Jun 14, 2011 11:20:05 PM", "Danke!",
                            "Posted by: Jens | Jun 15, 2011 6:01:44 AM"]
    assert "Vielleicht liest immer dieselbe Person den Kunststoffmesser ab?" in comments


def test_a_section_headed_comments_without_commenter_lines_stays_in_the_body():
    # A report's own section of remarks under a "Comments" heading: no line says who wrote when.
    remarks = """<h2>Comments</h2>
<p>The copper gauge was bought in 1998 and has never been recalibrated since then.</p>
<p>The plastic gauge came with the weather station kit that the school donated last year.</p>"""
    result = extract_article(page(remarks), URL)
    assert "never been recalibrated" in result.body and "school donated" in result.body
    assert result.comments == ""


def test_a_forum_list_under_a_counted_heading_leaves_the_body_though_its_date_lines_sit_in_navigation_boxes():
    # A CMS's forum list: no class names comments, each message's time sits in a box named for navigation, which a
    # comment section's cleaning drops as a control; the heading's siblings showed the commenter lines already.
    forum = """<h2>3 commentaires</h2>
<ul class="forum">
<li class="forum-fil"><div class="forum-top"><a href="#f1" id="f1">#</a><div class="forum-nav">(15 juin 2011 @09h10)</div>:
 <span class="forum-author">Claire</span></div>
 <div class="forum-message"><p>Le pluviomètre en plastique est peut-être simplement mal nivelé sur son support. Un dixième par jour, c'est à peu près ce que donne une inclinaison de quelques degrés sur un cylindre de cette taille. Vérifiez avec un niveau à bulle avant de les échanger.</p></div></li>
<li class="forum-fil"><div class="forum-top"><a href="#f2" id="f2">#</a><div class="forum-nav">(15 juin 2011 @14h55)</div>:
 <span class="forum-author">Marc</span></div>
 <div class="forum-message"><p>Chez nous la différence venait de l'évaporation dans le cylindre pendant les journées chaudes. Depuis que nous relevons les mesures chaque matin avant huit heures, les deux appareils sont d'accord à une goutte près.</p></div></li>
<li class="forum-fil"><div class="forum-top"><a href="#f3" id="f3">#</a><div class="forum-nav">(16 juin 2011 @08h02)</div>:
 <span class="forum-author">Odile</span></div>
 <div class="forum-message"><p>Il faudrait noter aussi la direction du vent lors de chaque averse. Un toit plat crée des tourbillons au bord, et un appareil placé dans un coin peut recevoir moins de pluie que l'autre, surtout par vent d'ouest.</p></div></li>
</ul>"""
    result = extract_article(page(forum), URL)
    assert all(words in result.body for words in POST_WORDS)
    for comment_words in ("mal nivelé", "évaporation", "direction du vent", "commentaires"):
        assert comment_words not in result.body
    assert "Le pluviomètre en plastique est peut-être simplement mal nivelé sur son support." in result.comments
    assert "Il faudrait noter aussi la direction du vent lors de chaque averse." in result.comments
    assert "Marc" in result.comments
