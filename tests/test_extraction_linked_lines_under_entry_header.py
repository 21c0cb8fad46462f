"""A blog post of a line or two, mostly links ("On <a>the archive</a>. Lovely." over a linked line), whose theme sets
the headline (an <h2>) and the byline "written by <name> on <day>" in the entry's own <header>, the text in a
<section> after it: the lines weigh as links, no container holds prose, and the post was stored as no article."""
from news_archive.pipelines.extraction import extract_article

URL = "https://notes.example/blog/2008/4/a-typewriter-sort-of/"
TITLE = "A typewriter... sort of :-)"


def post(text: str) -> str:
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<header><nav class="navbar"><a href="../../../../">Home</a><ul><li><a href="../../../../work/">Arbeit</a></li>
<li><a href="../../../">Blog</a></li><li><a href="../../../../categories/">Kategorien</a></li></ul></nav>
<nav class="breadcrumb"><a href="../../../../">Home</a> <a href="../../../">Blog</a> <a href="./">{TITLE}</a></nav>
</header><article class="page container-fluid"><article class="blog-post">
<header><h2>{TITLE}</h2><p class="meta">written by Anna Weber on <time datetime="2008-04-13">Sonntag, 13. April
2008</time></p></header><section class="blog-post-body">{text}</section></article>
<nav><div class="category-list">Kategorien: <a href="../../../../categories/misc/">Sonstiges</a></div>
<div class="pager"><div>Vorheriges Post: <a href="../../4/older-post/">Ein älterer Beitrag</a></div>
<div>Nächstes Post: <a href="../../5/newer-post/">Ein neuerer Beitrag</a></div></div></nav></article>
</body></html>"""


def test_linked_lines_under_the_entry_header_are_the_post():
    text = ("<p>Auf <a href='https://archive.example/'>Archive.example</a>. Herrlich.</p>"
            "<p><a href='https://archive.example/details/typesetting-1'>Wie eine Setzmaschine funktioniert, Teil 1</a>"
            " <a href='https://archive.example/details/typesetting-2'>und 2</a>.</p>")
    found = extract_article(post(text), URL)
    assert found.page_type == "article"
    assert found.body.split("\n\n") == ["Auf Archive.example. Herrlich.",
                                        "Wie eine Setzmaschine funktioniert, Teil 1 und 2."]


def test_only_links_to_the_site_itself_make_no_post():
    """The site's own pages linked under the header are its way round, not a text."""
    text = "<p><a href='../../../'>Zurück zum Blog</a></p>"
    assert "Zurück zum Blog" not in extract_article(post(text), URL).body


def test_a_post_of_one_linked_line_is_that_line_not_its_byline():
    """The dated byline "written by <name> on Sonntag, 13. April 2008" weighed as the only prose and was stored as the
    body (its German date's dot read as a sentence's end, "written" before "by" unknown): the post's one line is its
    text, and the copy under the English chrome ("on Sunday, April 13, 2008") shows the same body, one story."""
    text = "<p><a href='https://bakery.example/recipe'>So muss man das machen!</a></p>"
    german = extract_article(post(text), URL, listed_as_article=True)
    english = extract_article(post(text).replace("Sonntag, 13. April\n2008", "Sunday, April 13, 2008"),
                              URL.replace("/blog/", "/en/blog/"), listed_as_article=True)
    assert german.body == english.body == "So muss man das machen!"
