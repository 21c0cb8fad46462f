"""A news listing marks its first, last and pinned cards with a class more than the run's (`post first`, `post last`,
`post sticky`). Those cards are cards of the run, not cards apart: the posts they show, filed outside the blog's
folder and dated only in their JSON-LD, are stored like the others. A post in a site-wide folder (the site root)
shown in a card apart stays a post too: only a page outside every learnt family is featured."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/blogg/vekeplan-{n}/", f"Vekeplanen for den {n}. veka med nye oppgåver", n) for n in range(1, 6)]
# posts filed outside the blog's folder, each in a folder of its own and shown in a card with one class more than the run's
MARKED = [("/aktuelt/fyrste-innlegg/", "Det fyrste innlegget frå kontoret", 6, "post first"),
          ("/nytt/festa-innlegg/", "Eit festa innlegg frå kontoret", 7, "post sticky"),
          ("/saker/siste-innlegg/", "Det siste innlegget frå kontoret", 8, "post last")]
ROOT_POST = ("/eit-innlegg-paa-rota/", "Eit innlegg som ligg rett under rota", 9)
TEXT = ("Gruppa gjekk gjennom alle oppgåvene som står att før sommaren, og kvar deltakar fortalde kva som var gjort "
        "sidan sist, del {n}.")


def _head(title: str, day: int) -> str:
    return (f"<title>{title}</title><meta property='og:type' content='article'>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Article\", "
            f"\"headline\": \"{title}\", \"datePublished\": \"2026-05-0{day}\"}}</script>")


def _card(path: str, title: str, day: int, classes: str = "post") -> str:
    return (f"<article class='{classes}'><a href='{path}' class='card-link'><h2>{title}</h2>"
            f"<p>{TEXT.format(n=day)}</p></a><div class='post-meta'>{day}. mai 2026</div></article>")


def _listing() -> str:
    first, sticky, last = (_card(path, title, day, classes) for path, title, day, classes in MARKED)
    cards = first + sticky + "".join(_card(path, title, day) for path, title, day in POSTS) + last
    return ("<html><head><title>Blogg</title></head><body><header class='header'><a href='/'>Tenesta</a></header>"
            f"<main><h1>Blogg om oppgåvene</h1><div class='posts'>{cards}</div></main></body></html>")


def _post(title: str, day: int, dated_line: bool = True) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{day}.{k}')}</p>" for k in range(3))
    line = f"<p class='byline'>Publisert {day}. mai 2026</p>" if dated_line else ""
    return f"<html><head>{_head(title, day)}</head><body><main><h1>{title}</h1>{line}{text}</main></body></html>"


def test_first_last_and_sticky_cards_are_cards_of_the_run(tmp_path):
    """Fails before: a card's make was its full class string, so `post first`, `post sticky` and `post last` each
    made a make of its own, stood apart from the run, and their posts, weakly dated outside the blog's folder, were
    dropped as featured pages."""
    server = FaultServer()
    server.routes["/blogg/"] = page(_listing())
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day))
    for path, title, day, _classes in MARKED:
        server.routes[path] = page(_post(title, day, dated_line=False))
    crawl_one_source(server, tmp_path, "tenesta", "Tenesta", "/blogg/")
    assert stored_paths(server, tmp_path) == {path for path, _title, _day in POSTS} | {m[0] for m in MARKED}


def test_a_post_at_the_site_root_in_a_card_apart_stays_a_post(tmp_path):
    """Fails before: the featured rule also took the teaser from a post at the site root, where the site files its
    posts and its other pages alike, so only its address presented it and, dated in its JSON-LD alone, it was dropped.
    A card apart features a page outside every learnt family only."""
    posts = [(f"/innlegg-{n}/", title, day) for n, (_path, title, day) in enumerate(POSTS, 1)]
    path, title, day = ROOT_POST
    featured = (f"<a href='{path}' class='featured'><span>Utvalt</span><h2>{title}</h2>"
                f"<p>{TEXT.format(n=day)}</p></a>")
    cards = "".join(_card(post_path, post_title, post_day) for post_path, post_title, post_day in posts)
    server = FaultServer()
    server.routes["/blogg/"] = page("<html><head><title>Blogg</title></head><body><main><h1>Blogg om oppgåvene</h1>"
                                    f"{featured}<div class='posts'>{cards}</div></main></body></html>")
    for post_path, post_title, post_day in posts:
        server.routes[post_path] = page(_post(post_title, post_day))
    server.routes[path] = page(_post(title, day, dated_line=False))
    crawl_one_source(server, tmp_path, "tenesta", "Tenesta", "/blogg/")
    assert stored_paths(server, tmp_path) == {post_path for post_path, _title, _day in posts} | {path}
