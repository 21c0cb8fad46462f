"""A short post whose theme sets the previous/next posts and three related posts under it as <article> cards, each
headed by a link to its post and the related ones with a long excerpt, holds less text than the cards. Its CMS marks it
one blog post in the <body> classes (WordPress `single single-post postid-12`): that post, no listing of the cards."""
from __future__ import annotations

from pathlib import Path

from fault_site import FaultServer, crawl_one_source, page, stored_paths

TITLES = {"/core-muscles/": "Core muscles in children", "/taping-in-pregnancy/": "Taping in pregnancy",
          "/shoulder-blades/": "The shoulder blades", "/rolling-the-back/": "Rolling the back muscles",
          "/ankle-after-a-sprain/": "The ankle after a sprain"}
PATHS = list(TITLES)


def _related(path: str) -> str:
    excerpt = " ".join(f"The post on {TITLES[path].lower()} shows exercise {n} for the muscles it names, with advice "
                       f"on how often to do it." for n in range(1, 6))
    return (f"<article class='entry-item related-item'><div class='entry-content'>"
            f"<h5 class='entry-title'><a href='{path}'>{TITLES[path]}</a></h5><p>{excerpt}</p></div></article>")


def _post(path: str, number: int) -> str:
    """The theme's post page: the title over the page and again over the text, the writer's box, the previous and
    next posts' cards in the text box's footer, three related posts' cards and the comment form."""
    title = TITLES[path]
    others = [other for other in PATHS if other != path]
    before, after = others[0], others[1]
    text = (f"<p>The exercise for {title.lower()} is simple: lie on your back and bend your knees.<br>"
            f"Press the lower back to the floor, hold it for five breaths and let go, then do it again ten times. "
            f"Children can do it as a game with a ball between the knees, and grown-ups after a long day at the desk, "
            f"when the back is stiff. A weak muscle shows in the way a child stands and sits, so the exercise helps the "
            f"posture too.</p>")
    neighbours = "".join(f"<article class='entry-item'><div class='entry-content'><a href='{other}'>{label}</a>"
                         f"<h4 class='entry-title'><a href='{other}'>{TITLES[other]}</a></h4></div></article>"
                         for other, label in ((before, "Previous post"), (after, "Next post")))
    return (f"<html lang='en'><head><title>{title} – Practice</title></head>"
            f"<body class='post-template-default single single-post postid-{number} single-format-standard'>"
            f"<header class='page-header'><h1 class='page-title'>{title}</h1></header>"
            f"<div class='breadcrumb'><a href='/'>Home</a> / <a href='/category/advice/'>advice</a> / {title}</div>"
            f"<section><div class='entry-box'><div class='entry-content'><header class='entry-content-header'>"
            f"<div class='entry-date'><p>Tuesday</p><strong>5</strong><span>Mar</span></div>"
            f"<h3 class='post-title'>{title}</h3></header><div class='single-content'>{text}</div></div>"
            f"<div class='about-author'><h5><a href='/author/anna/'>Anna Berg</a></h5></div>"
            f"<footer class='entry-box-footer'>{neighbours}</footer>"
            f"<div class='related'><h4>Related posts</h4>{''.join(_related(other) for other in others[1:4])}</div>"
            f"<div class='comments'><h3>Leave a reply</h3><p>Your email address will not be published.</p></div>"
            f"</div></section></body></html>")


def _listing() -> str:
    cards = "".join(f"<article class='post'><h2><a href='{path}'>{title}</a></h2><p>March {n + 1}, 2024</p>"
                    f"<p>A short teaser of the post.</p></article>" for n, (path, title) in enumerate(TITLES.items()))
    return f"<html lang='en'><head><title>Blog</title></head><body><div id='main'><h1>Blog</h1>{cards}</div></body></html>"


def test_short_posts_with_related_cards_under_them_are_stored(tmp_path: Path):
    """Fails before: each post's related and next-post cards hold more text than the post, and every post was left
    out as a listing page."""
    server = FaultServer()
    server.routes["/blog/"] = page(_listing())
    for number, path in enumerate(PATHS, start=10):
        server.routes[path] = page(_post(path, number))
    crawl_one_source(server, tmp_path, "practice", "Practice", "/blog/")
    assert stored_paths(server, tmp_path) == set(PATHS)
