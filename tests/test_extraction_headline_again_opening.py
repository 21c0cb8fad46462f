"""A post's text that opens with a subheading repeating or rewording its headline keeps it (a Markdown body starting
"## <title>" under the page's <h1>); the headline again above the text's element or linked stays out."""
from news_archive.pipelines.extraction import extract_article

URL = "http://site.example/blog/water-rates/"
TITLE = "Water rates go up in spring"
TEXT = ("The board has decided to raise the monthly fee by three per cent from April, because the town has put up "
        "its charges for water and sewage by nearly a tenth this year.")
MORE = ("We are working to bring the running costs down again: snow clearing and caretaking will be tendered anew "
        "next year, and the board hopes to lower the fee once those contracts are signed.")


def static_post(content: str, title: str = TITLE) -> str:
    """A static-site theme: the headline, the date line and the Markdown body side by side in <main>."""
    return f"""<html><head><title>{title} | Harbour Street Housing</title></head><body>
<header><a href="/">Harbour Street Housing</a><nav><a href="/">Home</a> <a href="/blog/">News</a>
<a href="/contact/">Contact</a></nav></header>
<main><h1>{title}</h1>
<ul class="post-metadata"><li><time datetime="2024-12-04">04 December 2024</time></li></ul>
{content}
<ul class="links-nextprev"><li>Previous: <a href="/blog/inspection/">Inspection day</a></li></ul>
</main><footer><p>Harbour Street Housing Association</p></footer></body></html>"""


def builder_post(content: str, title: str = TITLE) -> str:
    """A page builder: the headline over the entry, the text in a text module nested in it."""
    return f"""<html><head><title>{title} | Shop Lab</title></head><body>
<div id="top"><a href="/">Shop Lab</a> <a href="/news/">News</a> <a href="/about/">About</a></div>
<div class="post"><h1 class="entry-title">{title}</h1><p class="post-meta">Feb 20, 2019</p>
<div class="entry-content"><div class="section"><div class="row"><div class="module">
<div class="text-inner">{content}</div></div></div></div></div></div>
<div id="footer"><p>Shop Lab, a research programme</p></div></body></html>"""


def body_of(page: str) -> list[str]:
    return extract_article(page, URL).body.split("\n\n")


def test_a_markdown_body_opening_with_the_headline_again_keeps_it():
    body = body_of(static_post(f'<h2 id="rates">{TITLE} <a class="header-anchor" href="#rates">#</a></h2>'
                               f"<p>{TEXT}</p><p>{MORE}</p>"))
    assert body[:2] == [TITLE, TEXT]


def test_a_first_heading_naming_the_start_of_the_headline_opens_the_text():
    body = body_of(static_post(f"<h2>Water rates</h2><p>{TEXT}</p><p>{MORE}</p>"))
    assert body[:2] == ["Water rates", TEXT]


def test_a_text_module_opening_with_the_headline_reworded_keeps_it():
    body = body_of(builder_post(f"<h2>In spring water rates go up</h2><p>{TEXT}</p><p>{MORE}</p>"))
    assert body[:2] == ["In spring water rates go up", TEXT]


def test_the_headline_again_above_the_texts_element_stays_out():
    page = builder_post(f"<p>{TEXT}</p><p>{MORE}</p>").replace(
        '<div class="entry-content">', f'<h2 class="entry-title">{TITLE}</h2><div class="entry-content">')
    assert body_of(page)[0] == TEXT


def test_a_linked_headline_again_in_the_text_stays_out():
    body = body_of(static_post(f'<h2><a href="/blog/water-rates/">{TITLE}</a></h2><p>{TEXT}</p><p>{MORE}</p>'))
    assert body[0] == TEXT


def test_the_headline_in_the_articles_header_under_a_breadcrumbs_h1_stays_out():
    deck = "The board explains why the fee rises and what it does to bring the costs down again."
    page = f"""<html><head><title>{TITLE} | Harbour Street Housing</title></head><body>
<nav class="breadcrumb"><ul><li><a href="/">Home</a></li><li><h1>{TITLE}</h1></li></ul></nav>
<article><header><h2><span>Housing news</span> {TITLE}</h2><p class="teaser">{deck}</p></header>
<div class="content"><p>{TEXT}</p><p>{MORE}</p></div></article></body></html>"""
    assert body_of(page)[0] == deck


def span_headline_post(content: str, title: str = TITLE) -> str:
    """A script-built theme: the date and the headline in <span>s of large type, the writers, then the Markdown body
    in a <div> of its own; no heading but the text's."""
    return f"""<html><head><title>{title} - Harbour Street Housing</title></head><body>
<header><a href="/">Harbour Street Housing</a><nav><a href="/">Home</a> <a href="/blog/">News</a></nav></header>
<main><div class="c1"><div class="c2"><span class="c3">December 4, 2024</span></div>
<div class="c4"><span class="c5">{title}</span></div><div class="c2"><span class="c3">Anna Berg</span></div>
<div class="c6">{content}</div></div></main><footer><p>Harbour Street Housing Association</p></footer></body></html>"""


def test_a_markdown_body_under_a_headline_set_in_a_span_keeps_its_heading_repeating_it():
    """Fails before: the text's "## <title>" was dropped as the headline again, the theme's headline being no <h1>."""
    deck = "What the new fee means for each flat"
    body = body_of(span_headline_post(f"<h2>{TITLE}</h2><h3>{deck}</h3><p>{TEXT}</p><p>{MORE}</p>"))
    assert body[:3] == [TITLE, deck, TEXT]


def test_a_heading_repeating_the_headline_set_in_a_span_beside_the_text_stays_out():
    # The theme's own title box (a second headline over the text's element), no heading of the text.
    page = span_headline_post(f"<p>{TEXT}</p><p>{MORE}</p>").replace(
        '<div class="c6">', f'<h2 class="title">{TITLE}</h2><div class="c6">')
    assert body_of(page)[0] == TEXT
