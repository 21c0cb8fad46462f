"""A short notice whose text after its standfirst is one sentence linked whole ("Go to our help pages for more on
..."), set in a row of its own below the headline's: the sentence is the notice's text. Before, the standfirst alone
was taken, the linked sentence weighing as furniture, and the page was called empty."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://portal.example/news/closing-the-inbox-of-a-branch/"
LEAD = ("Access to a company's inbox in the portal is given from the leading roles registered for the company in the "
        "central register of businesses.")


def page(after_lead: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Closing the inbox of a branch - Portal</title></head><body>"
            "<header><a href='/'>Portal</a><nav><ul><li><a href='/start/'>Start a business</a></li>"
            "<li><a href='/about/'>About the portal</a></li><li><a href='/help/'>Help and contact</a></li></ul></nav>"
            "</header><section class='page'><div class='container'><div class='row'><div class='col-10'>"
            "<ol class='breadcrumb'><li><a href='/news/'>News</a></li>"
            "<li><a href='/news/closing-the-inbox-of-a-branch/'>Closing the inbox of a branch</a></li></ol>"
            "<h1>Closing the inbox of a branch</h1>"
            f"<p class='leadText' id='leadText'>{LEAD}</p>"
            "<div class='byline'>Last updated 24.02.2021</div></div></div>"
            f"<div class='row'><div class='col-8 text'>{after_lead}"
            "<form><fieldset><legend>Did you find what you looked for?</legend>"
            "<label><input type='radio' name='r'> Yes</label><label><input type='radio' name='r'> No</label>"
            "</fieldset><p>Thanks for your answer.</p></form></div></div></div></section>"
            "<footer><p><a href='/contact/'>Contact us</a></p></footer></body></html>")


def test_a_sentence_linked_whole_after_the_standfirst_is_the_notices_text():
    """Fails before: the body was the standfirst alone."""
    sentence = "Go to our help pages and read more about closing the inbox before a branch is handed over."
    found = extract_article(page(f"<p><a href='/help/inbox/'>{sentence}</a></p>"), URL, listed_as_article=True)
    assert found.body == f"{LEAD}\n\n{sentence}"


def test_a_link_of_a_few_words_after_the_standfirst_is_not_taken_in():
    found = extract_article(page("<p><a href='/help/inbox/'>Help pages</a></p>"), URL, listed_as_article=True)
    assert found.body == LEAD
