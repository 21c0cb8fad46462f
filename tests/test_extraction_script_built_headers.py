"""Pages a JavaScript framework built: the page's <title> printed in the <body> where its component sits (React 19)
is no line of the text, and the first subheading under the post's <h1> opens the text though the page's stated titles
(<title>, og:title) are an editor's search-engine title worded apart from the <h1>."""
from news_archive.pipelines.extraction import extract_article

URL = "http://depot.example/news/night-deliveries/"
HEADLINE = "Why every depot should plan its night deliveries twice"
SEO_TITLE = "Why depots should plan their night deliveries twice"
HEADING = "Keeping your routes open"
TEXT = ("We all know that a depot lives on its night deliveries, and that one closed road can hold a whole district's "
        "shops without bread in the morning, so the planners keep a second route ready for every van.")
MORE = ("Last winter the harbour depot sent its vans out on the second route on eleven nights, and not one shop on the "
        "round opened late, which is why the other depots are now drawing up routes of their own.")
LAST = ("If you run a depot and want to know how the planners chose the second routes, write to the planning office "
        "and ask for the short guide they wrote after the winter.")


def _post(head: str, main: str) -> str:
    return (f"<html><head>{head}<meta property='og:type' content='article'></head><body><div id='___app'>"
            "<header><nav><a href='/'>Home</a><a href='/news/'>Blog</a></nav></header>"
            f"<main class='Layout__Main-sc-1 abc'><div class='styled__Meta-sc-2 def'><p>BLOG POST</p>"
            f"<p>Published: March 05, 2024</p></div>{main}</main>"
            "<footer><p>Depot Co, the delivery people</p></footer></div></body></html>")


def test_a_title_element_printed_in_the_body_is_no_line_of_the_text():
    """Fails before: the body opened on "Night delivery planning ... | Depot Co", the <title> the framework printed
    in <main>, with the "<!-- -->" its renderer set inside it."""
    page = _post("", f"<title>{HEADLINE}<!-- --> – Depot Co</title><div class='css-1q7'><span class='css-9vk'>"
                     f"March 05, 2024</span><div><span class='css-nrf'>{HEADLINE}</span></div>"
                     f"<div class='css-1j1'><p>{TEXT}</p><p>{MORE}</p><p>{LAST}</p></div></div>")
    body = extract_article(page, URL).body
    assert body.split("\n\n")[0] == TEXT
    assert "Depot Co" not in body and "<!--" not in body


def test_the_first_subheading_under_an_h1_worded_unlike_the_seo_title_opens_the_text():
    """Fails before: the subheading was dropped as a kicker, the <h1> above it counting as text of its own because
    its words are not the stated title's."""
    page = _post(f"<title>{SEO_TITLE}</title><meta property='og:title' content='{SEO_TITLE}'>",
                 f"<main class='styled__Content-sc-3 ghi'><h1>{HEADLINE}</h1><span><img src='/static/a.webp' alt=''>"
                 f"</span><h2 id='keeping'><a href='#keeping'>{HEADING}</a></h2><p>{TEXT}</p>"
                 f"<h2 id='winter'><a href='#winter'>What the winter showed</a></h2><p>{MORE}</p><p>{LAST}</p></main>")
    assert extract_article(page, URL).body.split("\n\n")[:2] == [HEADING, TEXT]
