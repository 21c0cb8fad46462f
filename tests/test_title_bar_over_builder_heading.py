"""A source whose posts show their headline as their one <h1>, and one post laid out with the theme's page builder:
its title bar shows the post's title as a heading linked to the post, and the builder's big <h1> in the text names
only a part of it. The crawl's end titles posts by their <h1> where the source shows headlines so, but not this one:
the headline a reader sees over it is the title bar's."""
from __future__ import annotations

from fault_site import crawled_titles
from news_archive.pipelines.extraction import extract_article

HEADLINES = ["Spring fair in the old harbour", "New workshop opens on Mill Street", "Winter courses for beginners",
             "Results of the members' survey"]
BUILDER_TITLE = "Member stories: a printed model of the harbour crane"


def _text(n: int) -> str:
    return "".join(f"<p>Part {k} of post {n}: the members met in the hall to plan the season, and agreed to share the "
                   f"work between the groups before the summer starts.</p>" for k in range(1, 4))


def _post(n: int) -> str:
    return (f"<html lang='en'><head><title>{HEADLINES[n]} | Harbour Makers</title></head><body>"
            "<header><a href='/'>Harbour Makers</a> <a href='/news/'>News</a></header>"
            f"<main><article class='post'><h1 class='post-title entry-title'>{HEADLINES[n]}</h1>"
            f"<time class='date-container'>March {n + 3}, 2017</time><div class='entry-content'>{_text(n)}</div>"
            "</article></main><footer><p>Harbour Makers association</p></footer></body></html>")


def _builder_post() -> str:
    return (f"<html lang='en'><head><title>{BUILDER_TITLE} | Harbour Makers</title></head><body>"
            "<header><a href='/'>Harbour Makers</a> <a href='/news/'>News</a></header>"
            "<div class='title_container'><h3 class='main-title entry-title'>"
            f"<a href='/news/post-4/' rel='bookmark'>{BUILDER_TITLE}</a></h3></div>"
            "<main><div class='post-entry post-entry-4'><div class='entry-content-wrapper'>"
            "<h3 class='section-kicker'>Member stories</h3><h1>A printed model of the harbour crane</h1>"
            f"{_text(4)}</div></div></main><footer><p>Harbour Makers association</p></footer></body></html>")


def test_a_title_bar_linked_to_the_post_keeps_its_title_where_the_source_titles_posts_by_h1(tmp_path):
    """Fails before: the builder post was stored as "A printed model of the harbour crane", its text's <h1>, the crawl
    taking the source's posts for ones titled by their <h1>."""
    posts = {f"/news/post-{n}/": _post(n) for n in range(len(HEADLINES))} | {"/news/post-4/": _builder_post()}
    cards = "".join(f"<h2><a href='{path}'>Post {n}</a></h2>" for n, path in enumerate(posts))
    listing = (f"<html><head><title>News | Harbour Makers</title></head><body><main><h1>News</h1>{cards}</main>"
               "</body></html>")
    titles = crawled_titles(tmp_path, "makers", "Harbour Makers", listing, posts)
    assert titles == {f"/news/post-{n}/": h for n, h in enumerate(HEADLINES)} | {"/news/post-4/": BUILDER_TITLE}


def _builder_page(document_title: str, bar: bool = True) -> str:
    """A builder post whose big <h1> in the text restates the post in words of its own, under a title bar."""
    title_bar = ("<div class='title_container'><h3 class='main-title entry-title'>"
                 f"<a href='/news/post-5/' rel='bookmark'>{BUILDER_TITLE}</a></h3></div>") if bar else ""
    return (f"<html lang='en'><head><title>{document_title}</title></head><body>"
            f"<header><a href='/'>Harbour Makers</a> <a href='/news/'>News</a></header>{title_bar}"
            "<main><div class='post-entry post-entry-5'><div class='entry-content-wrapper'>"
            "<h1>The crane of the old harbour, printed by a member in three colours</h1>"
            f"{_text(5)}</div></div></main><footer><p>Harbour Makers association</p></footer></body></html>")


def test_a_title_bar_linked_to_the_post_beats_a_builder_heading_no_stated_title_shows_whole():
    """Fails before: the builder's <h1> was the title, where the page's <title> is an editor's search-engine title no
    heading shows, or one whose piece the <h1> only holds with words of its own. With no title bar, it still is."""
    url = "https://makers.example/news/post-5/"
    for document_title in ("How to print the harbour crane at home", "Member Stories - Old Harbour"):
        assert extract_article(_builder_page(document_title), url).title == BUILDER_TITLE, document_title
    no_bar = extract_article(_builder_page("How to print the harbour crane at home", bar=False), url)
    assert no_bar.title == "The crane of the old harbour, printed by a member in three colours"
