"""A one-paragraph post whose last sentence runs into a list of links, its colon left out ("You can find the
notebooks at the following places" over links to another site), keeps the list as the end of its text."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://toolkit.example/posts/2014/2014-04-03-workshop.html"
PARAGRAPH = ("The latest version of the toolkit and an introduction to scientific computing were presented at the "
             "<a href='https://workshop.example/13/'>13th solar workshop</a> on April 3rd. About twenty people came, "
             "a good part of all who attended! You can find the notebooks we used at the following places")
ITEMS = ("Introduction to plotting", "Introduction to arrays", "Introduction to the toolkit")


def _page(paragraph: str, host: str) -> str:
    items = "".join(f"<li><a class='reference external' href='https://{host}/notebooks/{n}.ipynb'>{item}</a></li>"
                    for n, item in enumerate(ITEMS))
    # A Sphinx blog's shape: the text's section, then the pager and the comments' section in the content column.
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Workshop 13</title></head><body>"
            "<div class='navbar'><a href='/'>Toolkit</a> <a href='/blog.html'>Blog</a></div>"
            "<div class='container'><div class='row'><div class='col-md-4' id='sidebar'><h2>03 April 2014</h2></div>"
            "<div class='col-md-8 content'><div class='section' id='workshop-13'><h1>Workshop 13</h1>"
            f"<p>{paragraph}</p><ul class='simple'>{items}</ul></div>"
            "<div class='section'><span>Previous: <a href='2014-02-14-release.html'>Release 0.4</a></span> "
            "<span>Next: <a href='2014-04-28-students.html'>Four students this summer</a></span></div>"
            "<div class='section'><h2>Comments</h2><div id='comments_thread'></div></div></div></div></div>"
            "<footer><p>© Toolkit Project</p></footer></body></html>")


def test_a_list_of_links_elsewhere_the_last_sentence_runs_into_closes_the_text():
    # Fails before: the post's container was its one paragraph, and the list, all links, no part of it.
    body = extract_article(_page(PARAGRAPH, "notebooks.example"), URL).body
    assert body.split("\n\n")[-3:] == list(ITEMS)


def test_a_list_of_the_sites_own_pages_under_a_finished_sentence_stays_out():
    """Guards the list kept above: under a sentence that ends, a list of the site's own pages is a box of them."""
    body = extract_article(_page(PARAGRAPH + ".", "toolkit.example"), URL).body
    assert not any(item in body for item in ITEMS)


def test_a_list_of_the_sites_own_pages_is_no_source_list_of_a_running_sentence():
    """Guards the same: the sentence running into a list of the site's own pages does not make them the text."""
    body = extract_article(_page(PARAGRAPH, "toolkit.example"), URL).body
    assert not any(item in body for item in ITEMS)
