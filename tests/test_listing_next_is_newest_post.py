"""A book-like site (Sphinx, Jupyter Book, MkDocs) names the next document of its reading order `rel="next"` on every
page. On a blog kept so, the landing page's "Recent posts" come first and its next document is the newest post, which
one of its own teasers links by its headline: that post, not the listing's second page."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = {  # path -> (headline, writer, day shown in the byline)
    "/book/lena/seed-counting/readme.html": ("Counting seeds in microscope images", "Lena Roth", "March 3rd, 2025"),
    "/book/omar/tile-stitching/readme.html": ("Stitching tiles of a slide scan", "Omar Haddad", "January 14th, 2025"),
    "/book/lena/gpu-filters/readme.html": ("Faster filters on the graphics card", "Lena Roth", "November 2nd, 2024"),
}
ORDER = list(POSTS)


def _chrome(path: str, title: str, body: str) -> str:
    """A page of the book: the sidebar's table of contents, the text, and prev/next links in the head and footer."""
    chapters = ["/book/intro.html", *ORDER]
    here = chapters.index(path)
    head = "".join(f"<link rel='{rel}' href='{chapters[i]}'>" for rel, i in (("prev", here - 1), ("next", here + 1))
                   if 0 <= i < len(chapters) and not (rel == "prev" and here == 0))
    toc = "".join(f"<li><a href='{p}'>{POSTS[p][0]}</a></li>" for p in ORDER)
    footer = f"<a class='right-next' href='{chapters[here + 1]}'>next</a>" if here + 1 < len(chapters) else ""
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} - Image lab blog</title>{head}</head><body>"
            f"<nav class='sidebar' aria-label='Main'><p>Blog posts</p><ul>{toc}</ul></nav>"
            f"<main><article class='doc'>{body}</article><footer class='prev-next'>{footer}</footer></main>"
            f"</body></html>")


def _landing() -> str:
    teasers = "".join(f"<h3><a href='{p}'>{h}</a></h3><p><small>{w}, {d}</small><br>What the post shows in a line.</p>"
                      for p, (h, w, d) in POSTS.items())
    body = ("<h1>Welcome!</h1><p>We write about image analysis for the life sciences.</p>"
            f"<h2>Recent blog posts</h2>{teasers}")
    return _chrome("/book/intro.html", "Welcome!", body)


def _post(path: str) -> str:
    headline, writer, day = POSTS[path]
    slug = path.split("/")[3]
    paragraphs = "".join(f"<p>This part of the post on {slug.replace('-', ' ')} explains step {n} of the workflow in "
                         f"plain words, with the settings that worked for our images.</p>" for n in range(1, 5))
    return _chrome(path, headline, f"<h1>{headline}</h1><p>{writer}, {day}</p>{paragraphs}")


def test_the_landing_pages_next_document_linked_by_its_own_teaser_is_archived_as_the_post(tmp_path):
    # Fails before: the landing page's rel=next asked for the newest post as the listing's second page, and it was
    # judged a listing page and never stored.
    server = FaultServer()
    server.routes["/book/intro.html"] = page(_landing())
    for path in ORDER:
        server.routes[path] = page(_post(path))
    crawl_one_source(server, tmp_path, "image-lab", "Image lab", "/book/intro.html")
    assert ORDER[0] in stored_paths(server, tmp_path)
