"""A post closing on a numbered figure its text refers to by an in-page link ("as <a href="#fig-x">Figure 1</a>
shows"), as Pandoc, Quarto and Sphinx write cross-references: the figure is the writer's, its caption the post's last
line, whatever words the label in its id spells ("fig-shared-folders") and whatever the figure shows (a chart a
script draws, a diagram set as text)."""
from news_archive.pipelines.extraction import extract_article

URL = "https://handbook.example/news/posts/2025-04-24-new-folder-setup/"
TITLE = "A new way to set up shared folders"
PARAGRAPHS = [
    "We are rolling out a change to how teams create shared folders and give other teams access to them.",
    "Both the folders and the access to them are now set in one file, as <a href='#{ref}' class='quarto-xref'>"
    "Figure 1</a> shows for a team with two folders and three readers.",
    "Nothing needs doing on your side: every existing setup is moved to the new format during the week.",
]
CAPTION = "Figure 1: The new setup of shared folders in one file."
CHART = ("<div id='chart-7f3a'></div><script type='text/javascript'>draw('#chart-7f3a', {'mark': 'line'});</script>")
PICTURE = "<a href='./setup.png' class='lightbox'><img src='./setup.png' class='img-fluid figure-img' alt='setup'></a>"


def _figure(ref: str, shown: str) -> str:
    return (f"<div id='{ref}' class='quarto-float quarto-figure quarto-figure-center anchored'>"
            "<figure class='quarto-float quarto-float-fig figure'>"
            f"<div aria-describedby='{ref}-caption'>{shown}</div>"
            f"<figcaption class='quarto-float-caption-bottom quarto-float-caption' id='{ref}-caption'>{CAPTION}"
            "</figcaption></figure></div>")


def _page(ref: str, shown: str, linked: bool = True) -> str:
    paragraphs = [p.format(ref=ref) if linked else p.replace("<a href='#{ref}' class='quarto-xref'>Figure 1</a>",
                                                            "Figure 1") for p in PARAGRAPHS]
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>" + TITLE + " – Handbook</title>"
            "<meta name='dcterms.date' content='2025-04-24'></head><body>"
            "<nav class='navbar'><a href='/'>Handbook</a><a href='/news/'>News</a></nav>"
            "<header id='title-block-header'><h1 class='title'>" + TITLE + "</h1>"
            "<p class='date'>April 24, 2025</p></header>"
            "<main class='content' id='document-content'>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + _figure(ref, shown) + "</main><footer><p>Handbook of the data platform</p></footer></body></html>")


def test_a_figure_referred_to_keeps_its_caption_whatever_its_label_spells():
    """Fails before: "shared" in the figure's id read as a share bar's word, and the figure went with its caption."""
    body = extract_article(_page("fig-shared-folders", PICTURE), URL).body
    assert body.startswith(PARAGRAPHS[0][:40])
    assert body.endswith(CAPTION)


def test_a_chart_a_script_draws_referred_to_closes_the_text_on_its_caption():
    """Fails before: a <figure> without a picture was taken for a box, its caption for a caption class's furniture."""
    body = extract_article(_page("fig-daily-users", CHART), URL).body
    assert body.endswith(CAPTION)
    assert "draw(" not in body


def test_a_chart_no_sentence_refers_to_stays_out():
    body = extract_article(_page("fig-daily-users", CHART, linked=False), URL).body
    assert body.endswith(PARAGRAPHS[-1])


def test_a_box_a_sentence_links_to_stays_furniture():
    """Only a captioned figure or table is cross-referenced: a share box a sentence points to is still the site's."""
    page = _page("fig-daily-users", PICTURE).replace(
        "</main>", "<div id='share-box'><a href='https://twitter.example/share'>Twitter</a>"
        "<a href='https://facebook.example/share'>Facebook</a> Share this page</div></main>").replace(
        "during the week.", "during the week; tell your colleagues with <a href='#share-box'>the buttons below</a>.")
    body = extract_article(page, URL).body
    assert "Share this page" not in body
