"""A news page's own date line under its headline, not a deadline its standfirst names nor a day a sentence of its
text says another document was published on."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

PARAGRAPH = ("<p>The council's digital office opened the second round of the programme for the harbour districts, with "
             "funds for the schools, the libraries and the clinics that joined the first round last year.</p>")


def _page(standfirst: str, text: str, head: str = "") -> str:
    return ("<html lang='en'><head><title>Funds for the harbour districts</title>" + head + "</head><body>"
            "<header><a href='/'>Harbour Town</a><nav><a href='/news/'>News</a></nav></header>"
            "<main id='content'><nav class='breadcrumb'><a href='/'>Home</a> / <a href='/news/'>News</a></nav>"
            "<div class='intro'><h1 class='h2'>Funds for the harbour districts</h1>"
            f"<p class='lead'>{standfirst}</p>"
            "<div><span class='caption'>Date</span> <span>11 February 2022</span> "
            "<span class='caption'>Reading time</span> <span>2 minutes</span></div></div>"
            f"<div class='content'>{PARAGRAPH}{text}{PARAGRAPH}</div></main></body></html>")


def test_the_date_line_under_a_standfirst_naming_a_deadline_dates_the_page():
    """Fails before: the deadline in the standfirst (18 March 2022) was taken for the publication."""
    page = _page("Operators in every district of the region can send their offers by 18 March 2022", "")
    assert extract_article(page, "https://harbour.example/news/funds.html").published == "2022-02-11"
    # Without a date line under it, the standfirst's day is still the only one shown near the headline.
    bare = page.replace("<span>11 February 2022</span>", "<span>soon</span>")
    assert extract_article(bare, "https://harbour.example/news/funds.html").published == "2022-03-18"
    # A line of fields under the headline, its date right after its label, is no sentence: its date stands first.
    fields = _page("Date 26 October 2019 Place Harbour hall indoor Division mixed teams of the league", "")
    assert extract_article(fields, "https://harbour.example/news/funds.html").published == "2019-10-26"


def test_a_day_a_sentence_of_the_text_says_another_call_was_published_on_is_not_the_pages():
    """Fails before: "published last 15 January" in the text's second paragraph, its year taken from the page's
    update stamp, dated the page."""
    text = ("<p>This call follows the one for the small islands of the bay published last 15 January, which drew "
            "offers from four operators and closes in spring, when the works on the quays are planned to start.</p>")
    head = "<meta property='article:modified_time' content='2022-06-06T16:26:38Z'>"
    page = _page("Schools and clinics of the harbour districts will be connected by the end of the year", text, head)
    assert extract_article(page, "https://harbour.example/news/funds.html").published == "2022-02-11"
    # A byline's label opening its own short line still dates the page.
    byline = page.replace("<div><span class='caption'>Date</span> <span>11 February 2022</span> ",
                          "<div><p class='byline'>Published 11 February 2022</p> ")
    assert extract_article(byline, "https://harbour.example/news/funds.html").published == "2022-02-11"


def test_the_date_line_over_the_headline_beats_an_event_day_its_standfirst_names():
    """Fails before: the conference's day in the standfirst's sentence (5 February 2016) dated the page, though the
    post's own date line, a date alone, stands over its headline."""
    page = ("<html lang='en'><head><title>Harbour Town</title>"
            "<meta property='og:title' content='A developer day in the harbour hall'></head><body>"
            "<div class='menu'><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/contact/'>Contact</a></div>"
            "<div class='announcement'><a href='/news/new-partner/'>A new partner for the harbour's data</a></div>"
            "<div class='head'><h5 class='subheader'><small>31.10.2015</small></h5>"
            "<h1>A developer day in the harbour hall</h1><p class='lead'>The first developer day of the region will "
            "take place on February 5th, 2016 at the harbour hall.</p></div>"
            f"<div class='main-content'>{PARAGRAPH}{PARAGRAPH}</div></body></html>")
    assert extract_article(page, "https://harbour.example/news/developer-day/").published == "2015-10-31"


def test_a_standfirst_sentence_opening_on_another_day_yields_to_the_date_line():
    """Fails before: "From 15 March 2022", a day a sentence of the standfirst opens on after one word, dated the page,
    though the date line under it shows 11 February 2022."""
    page = _page("From 15 March 2022 the residents of every district can ask for the new card at the library.", "")
    assert extract_article(page, "https://harbour.example/news/funds.html").published == "2022-02-11"
    # Without a date line under it, the standfirst's day is still the only one shown near the headline.
    bare = page.replace("<span>11 February 2022</span>", "<span>soon</span>")
    assert extract_article(bare, "https://harbour.example/news/funds.html").published == "2022-03-15"


def test_a_year_less_day_a_published_label_carries_on_to_yields_to_the_date_line():
    """Fails before: "Published the new call: time until 30 May", its day dated by the update stamp's year,
    was read as the page's labelled publication over the date line under the headline."""
    head = "<meta property='article:modified_time' content='2022-06-06T16:26:38Z'>"
    page = _page("Published the new call: time until 30 May to apply", "", head).replace(
        "<span class='caption'>Reading time</span> <span>2 minutes</span>", "")
    assert extract_article(page, "https://harbour.example/news/funds.html").published == "2022-02-11"
    # Without the date line, the labelled day, its year the update stamp's, is the only date the page shows.
    bare = page.replace("<span>11 February 2022</span>", "<span>soon</span>")
    assert extract_article(bare, "https://harbour.example/news/funds.html").published == "2022-05-30"
