"""A short post of a heading, a list and short lines (a trade fair's stand number, what the company shows there) in
the post's <article>, over the site's call-to-action box repeated on every page ("Not sure what fits you? ... Talk to
an expert"): the box's pitch is the page's longest paragraph, yet the post's points and lines are its text and the box
is furniture."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://alarms.example/news/meet-us-at-the-care-expo/"
TITLE = "Care Expo 3-4 March at the Riverside Hall."
POINTS = ["Staff alarms with indoor and outdoor positioning", "Nurse call systems, wired",
          "Nurse call systems, wireless", "Emergency alarms for swimming pools",
          "Help buttons for shops and new products in every range"]
PITCH = "You do not have to choose the technology yourselves. An expert from Alarmco guides you from need to solution."


def _page() -> str:
    points = "".join(f"<li>{point}</li>" for point in POINTS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Alarmco</title></head>
<body><header class="site-header"><a href="/">Alarmco</a><nav><a href="/news/">News</a><a href="/about/">About</a></nav>
<a class="button header-cta" href="/contact/">Contact us</a></header>
<main><section class="page-hero"><div class="page-hero__copy"><h1>{TITLE}</h1>
<p class="page-hero__lead">Welcome to stand B:12.</p>
<div class="page-hero__meta"><time datetime="2025-11-20T11:04:38">20 November 2025</time><span>Fairs</span></div>
</div></section>
<section class="page-section"><div class="container"><article class="page-content">
<div class="article-byline"><time datetime="2025-11-20T11:04:38">20 November 2025</time><span>Fairs</span></div>
<div class="old-content"><section class="textblock-section"><div class="textblock">
<h2>Welcome to stand B:12.</h2>
<p>We show solutions for:</p>
<ul>{points}</ul>
<p>We look forward to meeting you!</p>
<p>Book your free entry ticket here: <a href="https://tickets.example/care-expo">Sign up for the Care Expo</a></p>
<h2><a href="https://careexpo.example/">Care Expo 2026</a></h2>
</div></section>
<div class="button-wrap"><a class="button" href="/contact/">Contact Alarmco to book a time that suits you</a></div>
</div>
<section class="content-cta"><div><h2>Not sure what fits your organisation?</h2><p>{PITCH}</p></div>
<a class="button" href="/talk-to-an-expert/">Talk to an expert</a></section>
</article></div></section></main>
<footer class="site-footer"><p>Alarms and technology for people who work alone.</p>
<p>© Alarmco AB · Reg. no 556000-0000</p></footer></body></html>"""


def test_a_short_post_of_a_list_and_lines_outweighs_the_sites_call_to_action_box():
    """Fails before: the call-to-action box's pitch was the page's densest paragraph, so pruning kept the box as the
    article and the body was the box's heading and pitch alone."""
    body = extract_article(_page(), URL).body
    assert body.split("\n\n") == ["Welcome to stand B:12.", "We show solutions for:", *POINTS,
                                  "We look forward to meeting you!",
                                  "Book your free entry ticket here: Sign up for the Care Expo", "Care Expo 2026"]
