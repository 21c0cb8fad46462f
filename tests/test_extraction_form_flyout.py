"""A report form a script flies out over the page from a button under the article (its heading, an error line, a
pitch and the form's fields), set inside the article's column after its text: only the stylesheet hides it, and
none of it is the article."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://daily.example.com/en/news/tech/the-city-lends-out-e-bikes/ar-AB12345"
TITLE = "The city lends out e-bikes for a month at a time"
PARAGRAPHS = [
    "From June the city will lend electric bikes to residents for a month at a time, for a deposit it pays back when "
    "the bike returns in good shape.",
    "The council says two hundred bikes are ready, and that the first month's waiting list already holds more than "
    "a thousand names from every part of town.",
    "Cyclists' groups welcomed the plan but asked for more safe parking near the stations before the summer.",
]
FLYOUT = ('<button id="report-icon" title="Report a comment">Report</button>'
          '<div id="report-flyout"><button class="close"></button>'
          '<div class="flyout-header"><h2>Report a comment that breaks the rules</h2></div>'
          '<div class="failtitle">Oops!</div><div class="failbody">Something went wrong. Please try again later.</div>'
          '<div id="report-content"><div class="content"><p>Help us keep the discussion friendly by telling us about '
          'any comment that breaks our <a href="/rules">house rules</a>.</p><form id="report-form">'
          '<input name="page" value="ab12345" type="hidden"><label>Pick a reason</label><select name="reason">'
          '<option>Advertising or spam</option><option>Insults, threats or harassment of another reader</option>'
          '<option>Someone else\'s work copied without leave</option><option>Words no family paper would print</option>'
          '<option>A threat of self-harm</option><option>Something else that breaks the house rules</option></select><label>Who wrote the comment</label>'
          '<input name="who" type="text"><label>Paste the comment here</label><textarea name="what"></textarea>'
          '</form></div></div><button class="submit">Send</button></div>')


def _page(after_text: str) -> str:
    related = "".join(f"<li><a href='/en/news/story-{n}'>Another story of the day, number {n}, worth a look</a></li>"
                      for n in range(8))
    return (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            "<header><h1><a href='/'>Daily</a> news</h1></header>"
            f"<div id='precontent'><header class='collection-headline'><h1>{TITLE}</h1></header></div>"
            "<div id='maincontent'><div class='content'><main>"
            "<div class='paddle previous'><a href='/en/news/earlier'>Earlier story</a></div>"
            "<article class='articlecontent'><section class='articlebody'>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + f"</section></article><div class='related'><ul>{related}</ul></div>"
            f"<div class='reader-tools'>{after_text}<div class='widget'></div></div>"
            "</main></div></div><footer><a href='/about'>About us</a></footer>"
            "<div class='like-prompt-container'><div class='like-prompt'><button class='close'></button>"
            "<h2>Enjoyed the story?</h2><p>Follow us to see more like it</p></div></div>"
            "<div class='three-steps'><p>Step one: open the settings of your browser from the menu at the top.</p>"
            "<p>Step two: pick the page you want to see first each time you open a new window.</p>"
            "<p>Step three: paste our address into the box and save, and the news greets you every morning.</p></div>"
            "</body></html>")


def test_a_report_form_flying_out_under_the_article_is_not_its_text():
    """Fails before: the flyout's heading, error line and pitch closed the body."""
    found = extract_article(_page(FLYOUT), URL)
    assert found.body.split("\n\n") == PARAGRAPHS


def test_a_layout_wrapper_so_named_around_the_article_and_its_form_keeps_the_text():
    """A theme may name the wrapper of its whole layout so ("site-overlay-wrap", for its off-canvas menu): the
    article in it, beside a comment form, is still the text."""
    form = ("<div class='comment-respond'><h3>Leave a reply</h3><form><label>Comment</label><textarea name='c'>"
            "</textarea><input type='text' name='n'><input type='submit' value='Post'></form></div>")
    page = (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<div class='site-overlay-wrap'><header><a href='/'>Daily</a></header><article><h1>{TITLE}</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + f"</article>{form}<footer><a href='/about'>About us</a></footer></div></body></html>")
    assert extract_article(page, URL).body.split("\n\n") == PARAGRAPHS
