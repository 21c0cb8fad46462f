"""A theme sets the post's subtitle inside the headline's element, after it (`<h2 class="major">Headline
<span>Subtitle</span></h2>` under a header `<h1>` of the site's name), and the page's <title> states the headline
beside the site's name: the title is the headline alone, and a short post under it shows a headline of its own."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, crawl_one_source, page, stored_column

POSTS = {"/lantern.html": ("Lantern repairs", "Finished on the north pier before the storms"),
         "/ferry.html": ("Winter timetable", "The ferry keeps fewer crossings until March"),
         "/logbooks.html": ("Old logbooks", "Volunteers scan a century of harbour records")}
LONG = ("<p>The harbour board met on Tuesday evening and agreed on the {word} plan for the coming winter months.</p>"
        "<p>Volunteers will start next week, weather allowing, and the work is paid for by the rowing club.</p>")
SHORT = "<p>Out now at the harbour shop: the {word} leaflet.</p><p>Open Fridays.</p>"


def _post(headline: str, subtitle: str, text: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>Harbour Club — {headline}</title></head><body><header id='header'><h1><a href='/'>Harbour Club</a>"
            "</h1><nav><a href='/blog.html'>News</a></nav></header><section id='wrapper'><div class='wrapper'>"
            f"<header class='article'><div class='inner'><p class='date'>5 March 2024</p><h2 class='major'>{headline}"
            f"\n<span>{subtitle}</span>\n</h2></div></header><div class='inner'>{text}</div></div></section>"
            "<footer><p>Harbour Club, the old customs house.</p></footer></body></html>")


def test_the_subtitle_set_inside_the_headline_is_left_out_of_the_title():
    # Fails before: "Lantern repairs Finished on the north pier before the storms".
    html = _post(*POSTS["/lantern.html"], LONG.format(word="lantern"))
    assert extract_article(html, "https://harbour.example/lantern.html").title == "Lantern repairs"


def test_short_posts_under_a_headline_with_its_subtitle_are_stored(tmp_path):
    # Fails before: titles kept the subtitle, and the short post was "not an article": no headline of its own.
    server = FaultServer()
    cards = "".join(f"<article><a href='{path}'><h3>{headline}</h3></a><p>{subtitle}</p></article>"
                    for path, (headline, subtitle) in POSTS.items())
    server.routes["/blog.html"] = page("<!DOCTYPE html><html lang='en'><head><title>Harbour Club — News</title></head>"
                                       f"<body><h1><a href='/'>Harbour Club</a></h1><main>{cards}</main></body></html>")
    for path, (headline, subtitle) in POSTS.items():
        word = path.strip("/").split(".")[0]
        server.routes[path] = page(_post(headline, subtitle, (SHORT if word == "ferry" else LONG).format(word=word)))
    crawl_one_source(server, tmp_path, "harbour", "Harbour club", "/blog.html")
    assert stored_column(server, tmp_path, "title") == {path: headline for path, (headline, _) in POSTS.items()}


def test_an_h1_inside_the_text_under_that_headline_heads_a_part_of_it():
    # Fails before: the text opened under "Programme", its first paragraph dropped as the lines above a headline.
    text = ("<p>On Saturday the club opened the boathouse to everyone, and the weather held for the whole afternoon.</p>"
            "<h1>Programme</h1><ul><li>Rowing lessons for children all afternoon</li><li>Music on the quay from six"
            "</li></ul><h1>Thanks</h1><p>Two hundred people came by, and the volunteers are already planning the next"
            " open day for the spring.</p>")
    result = extract_article(_post("Boathouse open day", "A look back at the afternoon", text),
                             "https://harbour.example/boathouse.html")
    assert result.title == "Boathouse open day"
    assert (result.lead + " " + result.body).lstrip().startswith("On Saturday the club opened the boathouse")
    assert result.body.rstrip().endswith("open day for the spring.")


def test_a_linked_headline_with_its_writer_and_day_set_after_it():
    # A blog theme's `<h2><a>Title</a> <span>Blog</span> <small>Jul 26</small></h2>` under <title> "Title | Blog".
    html = ("<!DOCTYPE html><html lang='en'><head><title>Lantern repairs finished | Harbour Notes</title></head><body>"
            "<h1><a href='/'>Harbour Notes</a></h1><div class='post'><h2 class='post-title'>"
            "<a href='https://harbour.example/2024/03/lantern/' rel='bookmark'>Lantern repairs finished</a> "
            "<span class='author'>Harbour Notes</span> <small>Mar 5</small></h2>"
            f"{LONG.format(word='lantern')}</div></body></html>")
    assert extract_article(html, "https://harbour.example/2024/03/lantern/").title == "Lantern repairs finished"
