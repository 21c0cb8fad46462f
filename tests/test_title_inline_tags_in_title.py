"""A Jekyll theme prints a post's title into <title> unstripped: the headline written with emphasis ("Work on
<i>Name</i>") stays there as characters, since <title>'s content is text, while the page shows the headline, in a
<div>, no heading, with the emphasis rendered. The title is the headline a reader sees, without the tags."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.shared_title import stated_title

TEXT = ("<p>We just sent the manuscript on the quorvel pathway of the lab for review, after two years of work on "
        "the fendric strains and their response to a sudden loss of their carbon source.</p>"
        "<p>Read the preprint on the server. Congratulations, Ilvana!</p>")


def _page(title_markup: str, shown_markup: str) -> str:
    """A lab site's post: no <h1>, the headline a <div> beside its date line, the text in div.post."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>{title_markup}</title></head><body>
<nav><div class="brand"><a href="/">Pellow Lab @ Northgate</a></div><a href="/research/">Research</a> <a href="/news/">News</a></nav>
<div class="container"><div class="media-body"><div class="smallhead"> {shown_markup}</div>
<p> 12 Jun 2018 by <a href="/members/pellow/">pellow</a></p></div><div class="post">{TEXT}</div></div>
<footer>© Pellow Lab. All rights reserved.</footer></body></html>"""


def test_inline_tags_a_template_left_in_the_title_are_no_part_of_it():
    """Fails before: stored as "Ilvana’s work on <i>quorvRxiv</i>"."""
    page = _page("Ilvana’s work on <i>quorvRxiv</i>", "Ilvana’s work on <i>quorvRxiv</i>")
    found = extract_article(page, "https://pellowlab.example/news/ilvana-quorvrxiv-2018/")
    assert found.title == "Ilvana’s work on quorvRxiv"
    assert stated_title(page) == "Ilvana’s work on quorvRxiv"


def test_nested_and_attributed_tag_pairs_go_too():
    page = _page("<b><i>Quorvel</i></b> pathway <span class='x'>out</span> now", "Quorvel pathway out now")
    assert extract_article(page, "https://pellowlab.example/news/out-now/").title == "Quorvel pathway out now"


def test_a_lone_tag_a_title_names_stays():
    page = _page("Why the &lt;b&gt; element is not the bold text", "Why the &lt;b&gt; element is not the bold text")
    assert extract_article(page, "https://pellowlab.example/news/bold/").title == \
        "Why the <b> element is not the bold text"
