"""Lines set first in a post's own text element, above its first paragraph, are the post's: decks, subheadings,
a line of links naming its subject; a short post is nothing but such lines."""
from news_archive.pipelines.extraction import extract_article

URL = "http://site.example/2011/12/lighter-roadster/"
TEXT = ("The new roadster weighs a good deal less than the model it replaces, thanks to a body made of aluminium "
        "throughout, and its engines use less fuel at the same power.")


def blog_post(entry: str, title: str = "A lighter roadster") -> str:
    """A classic WordPress theme: the headline and date line in the post's wrapper, the text in div.entry."""
    return f"""<html><head><title>{title} | Car Club</title></head><body>
<div class="header"><a href="/">Car Club</a><ul><li><a href="/">Home</a></li><li><a href="/models/">Models</a></li>
<li><a href="/contact/">Contact</a></li></ul></div>
<div class="main"><div class="content"><div class="post" id="post-3507">
<h1>{title}</h1>
<div class="descr">December 16th, 2011 by user</div>
<div class="entry">{entry}</div>
<p class="info">Filed under News</p>
</div></div></div>
<div class="footer"><p>Car Club, a community for owners</p></div></body></html>"""


PICTURE = '<p><a href="/uploads/roadster.jpg"><img src="/uploads/roadster-300.jpg" alt=""></a></p>'
READ_MORE = '<p>Read more <a href="/models/roadster/">here</a></p>'


def test_headings_inside_the_text_element_of_a_short_post_are_its_text():
    entry = (PICTURE + "<h1>Less weight and leaner engines<br>- sportier and more comfortable</h1>"
             "<h2>Aluminium body<br>- 110 kilos lighter</h2>" + READ_MORE)
    body = extract_article(blog_post(entry), URL).body.split("\n\n")
    assert body == ["Less weight and leaner engines - sportier and more comfortable", "Aluminium body - 110 kilos lighter",
                    "Read more here"]


def test_a_deck_above_the_first_paragraph_opens_the_text():
    entry = "<h2>Minibus turned into a limousine</h2>" + PICTURE + f"<p>{TEXT}</p>" + READ_MORE
    body = extract_article(blog_post(entry), URL).body.split("\n\n")
    assert body[:2] == ["Minibus turned into a limousine", TEXT]


def test_a_line_of_links_naming_the_posts_subject_opens_it():
    entry = (PICTURE + '<p><a href="/technology/bluething/">BlueThing </a>and '
             '<a href="/technology/greenthing/">GreenThing</a></p>'
             '<p>I asked the maker what the names mean, read their answer <a href="/bluething-names/">here</a></p>')
    body = extract_article(blog_post(entry, "Why is it called BlueThing?"), URL).body.split("\n\n")
    assert body[0] == "BlueThing and GreenThing"


def test_a_byline_and_a_label_stay_out_of_the_text():
    # The headline again opening the text's element is the text's (tests/test_extraction_headline_again_opening.py).
    entry = ("<h2>A lighter roadster</h2><p>By Anna Berg</p><p>Roadsters</p>" + PICTURE + f"<p>{TEXT}</p>"
             + READ_MORE)
    body = extract_article(blog_post(entry), URL).body.split("\n\n")
    assert body[:2] == ["A lighter roadster", TEXT]
