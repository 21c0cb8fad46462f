"""A short post whose own text element opens with a linked subheading (a call to action, "Apply today!", over the
post's one paragraph) keeps that paragraph: the element the page marks as its post's text, under the page's headline,
is the article, not a teaser card under another page's linked headline. A related post's card below the text, its
excerpt under its own linked headline, stays out."""
from news_archive.pipelines.extraction import extract_article

URL = "http://crew.example/blog/2019/05/06/we-are-hiring/"
TITLE = "We are hiring a team lead for our new office in the harbour"
PARAGRAPH = ("We are looking for someone who wants to build one of the best teams in the region and match new "
             "arrivals with work. Our staffing arm has just started a great journey and now needs its next star "
             "to join the team. You will carry a lot of responsibility, helping our clients with their staffing "
             "needs while making integration last.")
RELATED = "Ten tips for the first day at a new job, from the people who hire."


def post(content: str, after: str = "") -> str:
    """A hand-made theme: the headline and date over the Markdown body in the post's wrapper, a sign-up form
    below."""
    return f"""<html lang="en"><head><meta charset="utf-8"><title>Crew - {TITLE}</title>
<meta property="og:type" content="website"></head><body>
<nav><a href="/">Crew</a> <a href="/blog/">Blog</a> <a href="/about-us/">About us</a></nav>
<section class="module"><div class="wrap"><div class="post"><header class="post-header">
<h1 class="post-title">{TITLE}</h1><p class="post-meta">May 6, 2019</p></header>
<article class="post-content">{content}</article></div>{after}</div></section>
<form class="newsletter" action="/subscribe"><h1>Newsletter</h1><input name="email"><button>Sign up</button></form>
<footer><p>&copy; 2019 Crew</p></footer></body></html>"""


def test_a_linked_call_to_action_over_the_one_paragraph_leaves_the_paragraph():
    """Fails before: the post's element was read as a teaser card (a linked headline over an excerpt) and the post
    was stored with no text."""
    page = post('<p><img src="/img/team.png" alt="Team"></p>'
                f'<h4 id="apply"><a href="https://jobs.crew.example/positions/32414">Apply today!</a></h4>'
                f'<p>{PARAGRAPH}</p>')
    body = extract_article(page, URL).body
    assert body.startswith("We are looking for someone")
    assert body.endswith("making integration last.")


def test_a_related_post_card_below_the_text_stays_out():
    card = (f'<div class="related"><div class="card"><h4><a href="/blog/2019/04/01/first-day/">First day tips</a>'
            f'</h4><p class="post-excerpt">{RELATED}</p></div></div>')
    body = extract_article(post(f"<p>{PARAGRAPH}</p>", card), URL).body
    assert body.startswith("We are looking for someone")
    assert RELATED not in body


def test_a_listing_marking_every_excerpt_alike_keeps_them_teasers():
    """Fails before (on the rule's first form, which looked at no other element): the first teaser's excerpt, under
    the listing's <h1>, was read as that page's own text, and with it the others'."""
    cards = "".join(f'<div class="teaser"><div class="post-content"><h4 id="story-{n}-of-the-spring">'
                    f'<a href="/blog/2019/0{n}/01/post-{n}/">Story {n} of the spring</a></h4><p>An excerpt of story '
                    f'{n}, which tells of the work done in the spring with our partners in the harbour.</p></div></div>'
                    for n in (1, 2, 3))
    page = f"""<html lang="en"><head><title>Blog - Crew</title></head><body><nav><a href="/">Crew</a></nav>
<div class="wrap"><h1>Blog</h1>{cards}</div><footer><p>&copy; 2019 Crew</p></footer></body></html>"""
    found = extract_article(page, "http://crew.example/blog/")
    assert not found.is_article
    assert "An excerpt of story" not in found.body
