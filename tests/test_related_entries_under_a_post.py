"""A post whose theme marks it an hAtom entry and shows related posts under it, each an entry too (a "Related
stories" carousel of `hentry` cards), is that post: the entries of other pages beside its own make no listing."""
from __future__ import annotations

from lxml import html as lxml_html

from news_archive.spiders.pagetype import declared_type
from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = {
    "/2024/03/12/harbour-survey-results/": ("Results of the harbour water survey", "March 12, 2024"),
    "/2024/03/08/new-testing-laboratory-opens/": ("A new testing laboratory opens in the port", "March 8, 2024"),
    "/2024/02/27/training-for-inspectors/": ("Two weeks of training for our inspectors", "February 27, 2024"),
    "/2024/02/19/meeting-with-exporters/": ("Meeting with the exporters' union", "February 19, 2024"),
    "/2024/02/02/scales-checked-in-the-markets/": ("Market scales checked in three towns", "February 2, 2024"),
    "/2024/01/22/annual-report-published/": ("The annual report is published", "January 22, 2024"),
}
SHORT_POST = "/2024/01/22/annual-report-published/"


def _card(path: str) -> str:
    """One related post as the theme's carousel shows it: an entry of its own, headed by a link to it."""
    title, day = POSTS[path]
    return (f"<div class='page-content post-head list-item post type-post status-publish hentry category-blog'>"
            f"<div class='post-date'>{day}</div><h3><a href='{path}'>{title}</a></h3>"
            f"<p>A line from the post about {title.lower()}.</p></div>")


def _post(path: str) -> str:
    title, day = POSTS[path]
    words = title.lower().split()
    text = "".join(f"<p>The agency reports on {' '.join(words[n:] + words[:n])}, with figures gathered over the last "
                   f"season by its staff in the field, and thanks every partner who helped with the work.</p>"
                   for n in range(5))
    if path == SHORT_POST:  # a notice set as a picture: fewer words than a related card
        text = "<p><img src='/notice.png' alt=''></p><p>The office is closed on Monday for the national holiday, and opens again on Tuesday.</p>"
    related = "".join(_card(other) for other in POSTS if other != path)
    return (f"<html lang='en'><head><title>{title} – Standards Agency</title></head><body>"
            f"<header class='page-header'><h1><span class='title'>{title}</span></h1></header>"
            f"<div id='main'><article class='single-post-wrapper post type-post status-publish hentry category-blog'>"
            f"<span class='post-date'>{day}</span><div class='post-content'>{text}</div></article>"
            f"<div class='related-posts'><h2>Related stories</h2>{related}</div></div></body></html>")


def _listing() -> str:
    cards = "".join(f"<div class='post type-post hentry'><h3><a href='{path}'>{title}</a></h3>"
                    f"<div class='post-date'>{day}</div><p>A short teaser of the post.</p></div>"
                    for path, (title, day) in POSTS.items())
    return f"<html lang='en'><body><div id='main'><h1>News</h1>{cards}</div></body></html>"


def test_a_post_with_related_entries_under_it_is_stored(tmp_path):
    """Fails before: every post is "listing page" (its own entry and five related ones count as a list of
    entries), none stored."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    for path in POSTS:
        server.routes[path] = page(_post(path))
    run, _read = crawl_one_source(server, tmp_path, "agency", "Standards agency", "/news/")
    assert stored_paths(server, tmp_path) == set(POSTS)
    assert run.status == "ok"


def test_entries_that_all_link_elsewhere_still_make_a_listing():
    root = lxml_html.fromstring(_listing())
    assert declared_type(root) == "listing"
    # An entry with no linked heading is no post's own when it holds no more text than a teaser beside it.
    first = next(iter(POSTS))
    plain = _listing().replace(f"<h3><a href='{first}'>{POSTS[first][0]}</a></h3>", f"<h3>{POSTS[first][0]}</h3>")
    assert declared_type(lxml_html.fromstring(plain)) == "listing"


def test_a_post_with_related_entries_declares_no_listing():
    for path in (next(iter(POSTS)), SHORT_POST):
        assert declared_type(lxml_html.fromstring(_post(path))) != "listing"


def _with_form_button(path: str) -> str:
    """The post's text holds a button set as a heading, linking a form on another site: a heading link of its own
    entry, though not its title."""
    button = "<h3 style='text-align: center'><a class='button' href='https://forms.example/survey'>Answer the survey</a></h3>"
    return _post(path).replace("</div></article>", f"{button}<p>The survey closes at the end of the month.</p></div></article>")


def test_a_post_whose_text_holds_a_linked_button_heading_is_stored(tmp_path):
    """Fails before: the post's own entry had a linked heading like every related card, so none was the page's own
    and the post was taken for a listing of entries."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    for path in POSTS:
        server.routes[path] = page(_with_form_button(path) if path != SHORT_POST else _post(path))
    crawl_one_source(server, tmp_path, "agency", "Standards agency", "/news/")
    assert stored_paths(server, tmp_path) == set(POSTS)
    # A teaser's headline under its date line still titles it: the listing stays one.
    assert declared_type(lxml_html.fromstring(_listing().replace("<h3>", "<div class='post-date'>Blog</div><h3>"))) \
        == "listing"
