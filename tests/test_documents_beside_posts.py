"""A network's news posts sit in folders (`/news/spring-meeting/`); its e-mail newsletters were saved as HTML files
beside them (`/news/2024-04-newsletter.html`) and a post's summary on the listing links one. The file sits in the
posts' folder but is shaped as none of them: a document the posts link, not a post, and undated it is not stored."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/news/meeting-{n}/", f"Network meeting number {n} in the spring") for n in range(1, 5)]
ISSUE = "/news/2024-04-newsletter.html"
TEXT = ("The network met at the university to talk about open data, shared code and how to check each other's "
        "results before a paper goes out, round {n}.")


def _listing() -> str:
    teasers = "".join(f"<article><h2><a href='{path}'>{title}</a></h2><p>{TEXT.format(n=n)}</p></article>"
                      for n, (path, title) in enumerate(POSTS, 1))
    summary = f"<article><h2><a href='{POSTS[0][0]}'>{POSTS[0][1]}</a></h2>" \
              f"<p>Read it all in <a href='{ISSUE}'>the April newsletter of the network</a> out today.</p></article>"
    return f"<html><head><title>News</title></head><body><main><h1>News</h1>{teasers}{summary}</main></body></html>"


def _post(title: str, n: int) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{n}.{k}')}</p>" for k in range(3))
    return (f"<html><head><title>{title}</title><meta property='og:type' content='article'></head><body><main>"
            f"<article><h1>{title}</h1><time datetime='2024-04-0{n}'>April {n}, 2024</time>{text}</article></main>"
            "</body></html>")


def _newsletter() -> str:
    cells = "".join(f"<tr><td><p>Member portrait {k}: a researcher who studies animal welfare and shares her data "
                    f"and code with everyone who asks, part {k}.</p></td></tr>" for k in range(5))
    return f"<html><head><title>Newsletter</title></head><body><table>{cells}</table></body></html>"


def test_a_document_beside_the_posts_folders_is_not_taken_for_a_post(tmp_path):
    """Fails before: the newsletter file sat in the posts' family, so the listing's link made it "listed by the site
    as an article", and it was stored undated with the title "Newsletter"."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    for n, (path, title) in enumerate(POSTS, 1):
        server.routes[path] = page(_post(title, n))
    server.routes[ISSUE] = page(_newsletter())
    _run, requested = crawl_one_source(server, tmp_path, "net", "Network", "/news/")
    assert ISSUE in requested
    assert stored_paths(server, tmp_path) == {path for path, _title in POSTS}
