"""A <div> a theme leaves open inside a picture's <figure> (or any block element) ends at that element's end tag, as in
a browser: the post's text after the picture stays the post's text, not part of the picture's box."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.archive.end_tags import close_divs_left_open

URL = "https://app.example/blogg/nya-gruppinstallningar/"
TITLE = "Nyhet! Välj vem som får svara i grupper"
OPENING = "Nu kan den som har skapat en grupp i appen välja vem som får svara på inläggen i gruppen."
MIDDLE = ("Många av våra användare har bett om det här, till exempel lärare som delar information med alla "
          "vårdnadshavare på en avdelning och vill hålla flödet lugnt.")
CLOSING = "Har du frågor om gruppinställningarna eller förslag på fler förbättringar kan du alltid skriva till oss."


def page(picture: str) -> str:
    """A company blog's post: headline, byline with the day, and the post's paragraphs in a content box; the first
    picture is written as the test gives it, the second is a captioned picture, well formed."""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><nav><a href="/">Start</a><a href="/blogg/">Blogg</a><a href="/kontakt/">Kontakt</a></nav>
<div class="container"><div class="row"><div class="col-lg-6 text-left">
<h2 class="subpage-title">{TITLE}</h2>
<p class="subpage-author">av Anna Berg på Appen | 1 februari 2018</p>
<div class="subpage-content-container">
<p>{OPENING}</p>
{picture}
<p>{MIDDLE}</p>
<h4>Hur väljer man vem som får svara?</h4>
<p>Gå till gruppens inställningar och klicka i att bara administratörerna får svara på inläggen i gruppen.</p>
<figure><div style="text-align:center"><img src="/img/b.png" alt="">
<figcaption>Så här ser inställningarna ut för den som äger gruppen.</figcaption></div></figure>
<br><p>{CLOSING}</p>
<br><p><a class="btn btn-xl" href="https://get.app.example/open">Öppna appen</a></p>
</div></div></div></div>
<footer><div class="container"><h3>Senaste från bloggen</h3><ul><li><a href="/blogg/a/">Ett annat inlägg</a></li>
<li><a href="/blogg/b/">Ännu ett inlägg</a></li></ul><p>Appen AB, Storgatan 1, Stockholm</p></div></footer>
</body></html>"""


def test_text_after_a_figure_whose_div_is_left_open_is_kept():
    # "<figure><div><img></figure>": libxml2 alone ignores the </figure> and nests the rest of the page in the box
    body = extract_article(page('<figure><div style="text-align:center"><img src="/img/a.png" alt="">'
                                '</figure>'), URL).body
    assert body.startswith(OPENING)
    assert MIDDLE in body
    assert body.endswith(CLOSING)


def test_a_well_formed_figure_reads_the_same():
    closed = extract_article(page('<figure><div style="text-align:center"><img src="/img/a.png" alt=""></div>'
                                  '</figure>'), URL).body
    left_open = extract_article(page('<figure><div style="text-align:center"><img src="/img/a.png" alt="">'
                                     '</figure>'), URL).body
    assert closed == left_open


def test_divs_left_open_are_closed_before_the_end_tag_only():
    assert close_divs_left_open("<figure><div><img></figure><p>x</p>") == "<figure><div><img></div></figure><p>x</p>"
    assert close_divs_left_open("<section><div><div>a</div></section>") == "<section><div><div>a</div></div></section>"
    assert close_divs_left_open("<ul><li><div>a</li><li>b</li></ul>") == "<ul><li><div>a</div></li><li>b</li></ul>"


def test_pages_without_divs_left_open_are_left_as_they_are():
    for text in ("<figure><div><img></div></figure>", "<div><figure></div></figure>",
                 # a table cell closes what was opened in it; an end tag of an element outside the table is ignored
                 "<figure><table><tr><td><div>a</td></tr></table></figure>",
                 "<div><figure><table><tr><td><div></figure>a</td></tr></table></figure></div>",
                 '<script>var s = "<figure><div></figure>";</script><p>a</p>', "<!-- <figure><div></figure> -->"):
        assert close_divs_left_open(text) == text


def test_the_crawler_reads_the_page_as_the_extractor_does():
    from scrapy.http import HtmlResponse

    from news_archive.spiders.markup import page_tree

    html = page('<figure><div style="text-align:center"><img src="/img/a.png" alt=""></figure>')
    root = page_tree(HtmlResponse(URL, body=html.encode("utf-8"), encoding="utf-8"))
    box = root.xpath("//div[@class='subpage-content-container']")[0]
    assert [el.tag for el in box.iterchildren("figure")] == ["figure", "figure"]
    assert CLOSING in box.xpath("string(./p[last()-1])")
