"""A post's closing pointer line in words a site's furniture uses too ("Click here to ...", "Find out more about ...
here") stays when it names what it points to and links to another page; the site's own pointers ("Click here to
subscribe", "More about us", a "read more" to the page itself, a box of its own) go."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://kiteclub.example/news/new-partner-windworks/"
TITLE = "Windworks joins the kite club as a partner"
PARAGRAPHS = [
    "Windworks, a small workshop that sews sails for boats, joins the kite club as a partner from this spring on.",
    "Its people will teach two evenings of sewing in the club house and lend the club their big cutting table.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(story: str) -> str:
    """A small club site: chrome around an undated news post in a section of its own, then a way back."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Kite club</title></head>
<body><header><a href="/">Kite club</a><nav><a href="/news/">News</a><a href="/partners/">Partners</a></nav></header>
<main><div id="content"><h2>{TITLE}</h2><h6>Club news | March 4, 2024</h6>
{story}
<p><a href="/news/">&gt;&gt; Back to the news</a></p></div></main>
<footer><p>Kite club, Harbour Road 9</p></footer></body></html>"""


def body_of(story: str) -> list[str]:
    return extract_article(page(story), URL).body.split("\n\n")


@pytest.mark.parametrize("line, shown", [
    # the partner's page on the site, outside the news section, the pointing word linked
    ("<p>Find out more about this new partner <a href='/partners/windworks/'>HERE</a></p>",
     "Find out more about this new partner HERE"),
    # another site
    ("<p>Find out more about the workshop <a href='https://windworks.example/'>here</a></p>",
     "Find out more about the workshop here"),
    # the post's document, all the line linked
    ("<p><a href='/files/sewing-evenings.pdf'>Click here to read the sewing plan (PDF)</a></p>",
     "Click here to read the sewing plan (PDF)"),
    # in the partners' neighbours' languages
    ("<p style='text-align: center;'><a href='/sewing-evenings.html'><strong>Cliquez ici pour plus d'informations sur "
     "les soirées</strong></a></p>", "Cliquez ici pour plus d'informations sur les soirées"),
    # French says "by clicking" in its gerund: a call to the site's gift page, all link
    ("<p><strong><a href='/support/gift/'>Faites un don pour les soirées en cliquant ICI</a></strong></p>",
     "Faites un don pour les soirées en cliquant ICI"),
    # a form, the line all link, set after a rule
    ("<hr><p><a href='https://forms.example/sewing-evening'>Click here to take part</a></p>",
     "Click here to take part"),
    # a page of the site comparing what the post is about, all link
    ("<hr><p><a href='/sails-versus-kites/'>Learn more about the differences between sails and kites</a></p>",
     "Learn more about the differences between sails and kites"),
])
def test_a_closing_pointer_naming_what_it_points_to_stays(line, shown):
    # Fails before: "click", "more about" made the line furniture, and own_page_pointer judged only dated posts.
    assert body_of(TEXT + line) == PARAGRAPHS + [shown]


def test_a_call_by_clicking_before_the_writers_thanks_stays():
    # Fails before: "en cliquant ICI" was no pointing word, and the line, all link, went as furniture.
    story = TEXT + "<p><a href='/support/gift/'>Faites un don en cliquant ICI</a></p><p>MERCI !</p>"
    assert body_of(story) == PARAGRAPHS + ["Faites un don en cliquant ICI", "MERCI !"]


def test_a_pointer_followed_by_a_bare_link_stays():
    # The writer's pointer, then the partner's address as a word or two of link ("Website"): that one is a button.
    story = TEXT + ("<p>Find out more about this new partner <a href='/partners/windworks/'>HERE</a></p>"
                    "<p><a href='https://windworks.example/'>Website</a></p>")
    assert body_of(story) == PARAGRAPHS + ["Find out more about this new partner HERE"]


def one_paragraph_page(story: str) -> str:
    """A post of one paragraph in a column of its own, the share buttons and a sign-up box in the columns beside."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Kite club</title></head>
<body><header><a href="/">Kite club</a><nav><a href="/news/">News</a><a href="/partners/">Partners</a></nav></header>
<div class="row"><div class="col-main"><div id="news_body"><h1 class="news">{TITLE}</h1><div>{story}</div></div></div>
<div class="col-side"><span>SHARE</span><a href="https://www.linkedin.com/shareArticle?url=x">in</a></div>
<div class="col-side"><h3>Subscribe to the club letter</h3>
<form><input name="email"><button>Go</button></form></div></div>
<footer><p>Kite club, Harbour Road 9</p></footer></body></html>"""


def test_a_one_paragraph_post_keeps_its_pointer():
    # Fails before: the paragraph alone was the body's container; the pointer beside it was no neighbour.
    paragraph = " ".join(PARAGRAPHS)
    story = f"<p><img src='/img/table.png' alt='The table'></p><p>{paragraph}</p>" \
            "<p><a href='https://bit.example/3xYz'>Find out more about the award &gt;</a></p>"
    body = extract_article(one_paragraph_page(story), URL).body.split("\n\n")
    assert body == [paragraph, "Find out more about the award >"]


def test_a_pointer_to_the_recording_set_as_a_heading_stays():
    # Fails before: a heading closing the text headed the site's box.
    story = TEXT + "<h4><strong><a href='/events/12/sewing-talk/'>Watch a video of the whole talk &gt;</a>" \
                   "</strong></h4>"
    assert body_of(story) == PARAGRAPHS + ["Watch a video of the whole talk >"]


@pytest.mark.parametrize("line", [
    "<p><a href='/newsletter/'>Click here to subscribe to our newsletter</a></p>",  # furniture besides the pointing
    "<p><a href='/about/'>More about us</a></p>",  # names nothing
    "<h4><a href='/videos/'>Watch more videos</a></h4>",
    "<p><a href='/partners/windworks/'>Click here for more</a></p>",
    "<p>Click <a href='/news/new-partner-windworks/'>here</a> for the whole story</p>",  # the page itself
    "<p>Find out more about our club news <a href='/news/'>here</a></p>",  # the listing above the page
    "<p>Click here to see the club <a href='https://twitter.com/kiteclub'>on Twitter</a></p>",  # a social network
])
def test_the_sites_own_pointers_go(line):
    assert body_of(TEXT + line) == PARAGRAPHS


def test_a_pointer_in_a_box_of_its_own_goes():
    # Beside none of the post's paragraphs: the site's box after the text, not the writer's line.
    story = f"<div class='text'>{TEXT}</div>" \
            "<div class='box'><p>Find out more about the workshop <a href='https://windworks.example/'>here</a>" \
            "</p></div>"
    assert body_of(story) == PARAGRAPHS


@pytest.mark.parametrize("line, shown", [
    # the post's report, all the line linked and set in bold
    ("<p><strong><a href='/files/sewing-survey-2024.pdf'>Click here to view the results of the sewing survey</a>"
     "</strong></p>", "Click here to view the results of the sewing survey"),
    # the talk's recording on a video site, a sign before the link
    ("<p>🎬 <a href='https://videos.example/watch?v=k1t3'>Find the recordings here</a></p>",
     "🎬 Find the recordings here"),
])
def test_an_opening_pointer_naming_what_it_points_to_stays(line, shown):
    # Fails before: a link line above the text's first paragraph was a "read also" teaser and went.
    assert body_of(line + TEXT) == [shown] + PARAGRAPHS


@pytest.mark.parametrize("line", [
    "<p><a href='/newsletter/'>Click here to subscribe to our newsletter</a></p>",  # furniture besides the pointing
    "<p><a href='/'>Home</a> &gt; <a href='/news/'>News</a></p>",  # a breadcrumb: no pointing
    "<p><a href='/news/'>Find more club news here</a></p>",  # the listing above the page, naming nothing
    "<p>By <a href='/people/anna-berg/'>Anna Berg</a></p>",  # a byline
    "<p>March 4, 2024</p>",  # the date line
])
def test_the_sites_own_lines_opening_the_text_go(line):
    assert body_of(line + TEXT) == PARAGRAPHS


def test_an_opening_pointer_in_a_box_of_its_own_goes():
    # Above the post's text element, in a box of the theme's: not the writer's first line.
    story = "<div class='box'><p><a href='https://windworks.example/'>Find the workshop's sewing plans here</a></p>" \
            f"</div><div class='text'>{TEXT}</div>"
    assert body_of(story) == PARAGRAPHS
