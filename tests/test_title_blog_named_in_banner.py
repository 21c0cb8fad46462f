"""A blog names itself in the banner's <h1>, linked to its front page, and opens every post's <title> with that name
and a colon ("Estuary Watch: <headline>", a hosted blog engine's title); the post's own headline is a lower heading
under the day's date. The <title> less the blog's name is the post's headline, its own colons kept."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

HOST = "https://fieldnotes.example.org"
HEADLINE = "Field season opens with three new survey plots"


def _post(page_title: str, url: str) -> str:
    text = "".join(f"<p>The survey team walked plot {n} on the first morning of the season, noting every nest and "
                   f"burrow along the transect before the rain set in over the estuary.</p>" for n in range(1, 5))
    side = "".join(f"<div class='widget'><h2>{name}</h2><ul><li><a href='{HOST}/p/{n}.html'>Entry {n}</a></li></ul>"
                   "</div>" for n, name in enumerate(("About Me", "Blog Archive", "Links", "Followers")))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{page_title}</title></head><body>"
            f"<div class='header'><h1 class='title'><a href='{HOST}/'>Estuary Watch</a></h1>"
            "<p class='description'>Notes from the estuary survey team</p></div>"
            "<div class='main'><h2 class='date-header'><span>Thursday, May 4, 2023</span></h2>"
            f"<div class='post'><h3 class='post-title entry-title'><a href='{url}'>{HEADLINE}</a></h3>"
            f"<div class='post-body entry-content'>{text}</div>"
            "<div class='post-footer'>Posted by Ann Lee at 9:12 AM</div></div></div>"
            f"<div class='sidebar'>{side}</div></body></html>")


def test_a_title_opening_on_the_blog_name_its_banner_links_is_the_posts_headline():
    """Fails before: the post was titled "Estuary Watch: Field season opens with three new survey plots"."""
    url = f"{HOST}/2023/05/field-season-opens.html"
    assert extract_article(_post(f"Estuary Watch: {HEADLINE}", url), url).title == HEADLINE


def test_the_headline_keeps_its_own_colon():
    url = f"{HOST}/2023/05/survey.html"
    headline = "Survey: three new plots"
    page = _post(f"Estuary Watch: {headline}", url).replace(HEADLINE, headline)
    assert extract_article(page, url).title == headline


def test_a_blog_in_a_folder_of_its_host_names_itself_linking_the_folder():
    """Fails before: the blog's <h1> links its own front page, the folder above the post ("/estuary-blog/"), not the
    host's root, so its name was not known as the site's and the post was titled "Estuary Watch: ..."."""
    url = f"{HOST}/estuary-blog/2023/05/field-season-opens.html"
    page = _post(f"Estuary Watch: {HEADLINE}", url).replace(f"href='{HOST}/'>", f"href='{HOST}/estuary-blog/'>")
    assert extract_article(page, url).title == HEADLINE
