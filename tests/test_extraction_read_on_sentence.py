"""A short post closing on the writer's sentence that sends the reader on to read more, its full stop typed after
its one link as Markdown writes "[Read the post here](...)." ("Läs mer om <a>versioner av dataset här</a>.",
"<a>Läs inlägget här</a>."): the post's last line, though worded as a site's prompt and mostly link. A site's "Läs
mer" button has no stop of its own."""
from news_archive.pipelines.extraction import extract_article

URL = "https://handbook.example/news/posts/2026-03-02-version-check-removed/"
TITLE = "Kontrollen av versionsnummer är borttagen"
PARAGRAPH = ("Eftersom den nyaste filen nu får sparas utan versionsnummer har kontrollen av versionsnummer tagits bort "
             "ur namnstandardens validering i <a href='../../../guide/verktyg.html'>metadataverktyget</a>.")
PARAGRAPH_TEXT = ("Eftersom den nyaste filen nu får sparas utan versionsnummer har kontrollen av versionsnummer tagits "
                  "bort ur namnstandardens validering i metadataverktyget.")
SECOND = "Filer som sparats med versionsnummer läses som förut, och inget team behöver ändra sin kod för detta."


def _page(*lines: str) -> str:
    # Quarto's title block: the banner with the headline and categories, then the author and the dates under it
    return ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>" + TITLE + " – Handboken</title>"
            "<meta name='dcterms.date' content='2026-03-02'></head><body>"
            "<nav class='navbar'><a href='/'>Handboken</a><a href='/news/'>News</a><a href='/blog/'>Blog</a></nav>"
            "<header id='title-block-header' class='quarto-title-block default'>"
            "<div class='quarto-title-banner'><div class='quarto-title column-body'>"
            "<h1 class='title'>" + TITLE + "</h1>"
            "<div class='quarto-categories'><div class='quarto-category'>metadata</div>"
            "<div class='quarto-category'>validation</div></div></div></div>"
            "<div class='quarto-title-meta-author'><div class='quarto-title-meta-heading'>Författare</div>"
            "<div class='quarto-title-meta-contents'><p class='author'>Kari Nordmann</p></div></div>"
            "<div class='quarto-title-meta'><div><div class='quarto-title-meta-heading'>Publicerad</div>"
            "<div class='quarto-title-meta-contents'><p class='date'>March 2, 2026</p></div></div>"
            "<div><div class='quarto-title-meta-heading'>Ändrad</div>"
            "<div class='quarto-title-meta-contents'><p class='date-modified'>March 2, 2026</p></div></div></div>"
            "</header><div id='quarto-content' class='quarto-container page-columns'>"
            "<main class='content quarto-banner-title-block' id='quarto-document-content'>"
            + "".join(f"<p>{line}</p>" for line in lines)
            + "</main></div><footer><p>Dataplattformens handbok</p></footer></body></html>")


def _body(*lines: str) -> str:
    return extract_article(_page(*lines), URL).body


def test_a_one_paragraph_post_keeps_its_closing_read_more_sentence():
    """Fails before: the lone paragraph was taken for the whole text, the line after it, mostly link and worded
    "read more", for a teaser's prompt."""
    line = "Läs mer om <a href='../../../guide/namn.html#versioner'>versioner av dataset här</a>."
    body = _body(PARAGRAPH, line)
    assert body.startswith(PARAGRAPH_TEXT[:40])
    assert body.endswith("Läs mer om versioner av dataset här.")


def test_a_closing_sentence_linked_whole_but_its_stop_is_kept():
    """Fails before: three words linked whole are no linked sentence by their count, and went as a link line."""
    line = "<a href='../../../blog/posts/2026-02-27-versioner/index.html'>Läs inlägget här</a>."
    assert _body(PARAGRAPH, line).endswith("Läs inlägget här.")
    assert _body(PARAGRAPH, SECOND, line).endswith("Läs inlägget här.")


def test_a_read_more_button_after_the_text_stays_out():
    button = "<a href='/blog/posts/2026-02-27-versioner/'>Läs mer</a>"
    assert _body(PARAGRAPH, SECOND, button).endswith(SECOND)
    assert _body(PARAGRAPH, SECOND, button.replace("Läs mer", "Läs mer.")).endswith(SECOND)
    assert _body(PARAGRAPH, button).endswith(PARAGRAPH_TEXT)
