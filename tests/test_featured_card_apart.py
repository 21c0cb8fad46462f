"""A hand-written blog listing shows its posts as a run of cards of one make (`div.posts > a.post`, each with its
day) and, above them, one card of a make of its own (`a.featured`) linking a live report page outside the blog's
folder. The report page types itself an Article with a publication day in its JSON-LD, like the posts, but shows no
date line: the card features it, it presents no news. A post shown in the run of cards stays an article wherever its
address sits. A listing marks its first, last and pinned cards with a class more than the run's (`post first`,
`post last`, `post sticky`): those are cards of the run, not cards apart. A post at the site root, where the site's
other pages sit too, stays a post in a card apart: only a page outside every learnt family is featured."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

POSTS = [(f"/blogg/vekeplan-{n}/", f"Vekeplanen for den {n}. veka med nye oppgåver", n) for n in range(1, 6)]
REPORT = "/rapport-2026/"
OTHER_POST = "/aktuelt/eit-anna-innlegg/"  # a post filed outside the blog's folder, shown in the run of cards
TEXT = ("Gruppa gjekk gjennom alle oppgåvene som står att før sommaren, og kvar deltakar fortalde kva som var gjort "
        "sidan sist, del {n}.")


def _head(title: str, day: int) -> str:
    return (f"<title>{title}</title><meta property='og:type' content='article'>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Article\", "
            f"\"headline\": \"{title}\", \"datePublished\": \"2026-05-0{day}\"}}</script>")


def _card(path: str, title: str, day: int) -> str:
    return (f"<a href='{path}' class='post'><h2>{title}</h2><p>{TEXT.format(n=day)}</p>"
            f"<div class='post-meta'>{day}. mai 2026</div></a>")


def _listing() -> str:
    cards = "".join(_card(path, title, day) for path, title, day in [*POSTS, (OTHER_POST, "Eit anna innlegg frå kontoret", 6)])
    return ("<html><head><title>Blogg</title></head><body><header class='header'><a href='/'>Tenesta</a></header>"
            "<main><h1>Blogg om oppgåvene</h1><a href='/rapport-2026/' class='featured'><span>Live rapport</span>"
            "<h2>Dei hundre største nettstadene i landet, rapport 2026</h2><p>Oppdatert analyse i nettlesaren din.</p>"
            f"</a><div class='posts'>{cards}</div></main></body></html>")


def _post(title: str, day: int) -> str:
    text = "".join(f"<p>{TEXT.format(n=f'{day}.{k}')}</p>" for k in range(3))
    return (f"<html><head>{_head(title, day)}</head><body><main><h1>{title}</h1><p class='byline'>Publisert {day}. mai "
            f"2026</p>{text}</main></body></html>")


def _report() -> str:
    title = "Dei hundre største nettstadene i landet, rapport 2026"
    return (f"<html><head>{_head(title, 7)}</head><body><main><h1>{title}</h1><p>Vi sjekkar oppsettet til hundre "
            "nettstader, og resultata vert oppdaterte i nettlesaren din kvar gong sida vert lasta.</p>"
            "<p>Analyserer hundre domene...</p><table><thead><tr><th>Domene</th><th>Karakter</th></tr></thead>"
            "<tbody></tbody></table><h2>Slik er rapporten laga</h2><p>Nettlesaren gjer oppslaga sjølv, og svara vert "
            "lagra lokalt i seks timar før dei vert henta på nytt.</p></main></body></html>")


def test_a_card_featured_apart_from_the_listings_posts_presents_no_news(tmp_path):
    """Fails before: the featured card was a teaser like the others, so the report page, typed an Article and dated
    in its JSON-LD, was stored beside the posts."""
    server = FaultServer()
    server.routes["/blogg/"] = page(_listing())
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day))
    server.routes[OTHER_POST] = page(_post("Eit anna innlegg frå kontoret", 6))
    server.routes[REPORT] = page(_report())
    _run, requested = crawl_one_source(server, tmp_path, "tenesta", "Tenesta", "/blogg/")
    assert REPORT in requested
    assert stored_paths(server, tmp_path) == {path for path, _title, _day in POSTS} | {OTHER_POST}


# posts filed outside the blog's folder, each in a folder of its own, in a card of one class more than the run's
MARKED = [("/aktuelt/fyrste-innlegg/", "Det fyrste innlegget frå kontoret", 6, "post first"),
          ("/nytt/festa-innlegg/", "Eit festa innlegg frå kontoret", 7, "post sticky"),
          ("/saker/siste-innlegg/", "Det siste innlegget frå kontoret", 8, "post last")]
ROOT_POST = ("/eit-innlegg-paa-rota/", "Eit innlegg som ligg rett under rota", 9)


def _article_card(path: str, title: str, day: int, classes: str = "post") -> str:
    return (f"<article class='{classes}'><a href='{path}' class='card-link'><h2>{title}</h2>"
            f"<p>{TEXT.format(n=day)}</p></a><div class='post-meta'>{day}. mai 2026</div></article>")


def _marked_listing() -> str:
    first, sticky, last = (_article_card(path, title, day, classes) for path, title, day, classes in MARKED)
    cards = first + sticky + "".join(_article_card(path, title, day) for path, title, day in POSTS) + last
    return ("<html><head><title>Blogg</title></head><body><header class='header'><a href='/'>Tenesta</a></header>"
            f"<main><h1>Blogg om oppgåvene</h1><div class='posts'>{cards}</div></main></body></html>")


def _undated_post(title: str, day: int) -> str:
    """A post showing no date line: only its JSON-LD dates it."""
    text = "".join(f"<p>{TEXT.format(n=f'{day}.{k}')}</p>" for k in range(3))
    return f"<html><head>{_head(title, day)}</head><body><main><h1>{title}</h1>{text}</main></body></html>"


def test_first_last_and_sticky_cards_are_cards_of_the_run(tmp_path):
    """Fails before: a card's make was its full class string, so `post first`, `post sticky` and `post last` each
    made a make of its own, stood apart from the run, and their posts, weakly dated outside the blog's folder, were
    dropped as featured pages."""
    server = FaultServer()
    server.routes["/blogg/"] = page(_marked_listing())
    for path, title, day in POSTS:
        server.routes[path] = page(_post(title, day))
    for path, title, day, _classes in MARKED:
        server.routes[path] = page(_undated_post(title, day))
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
    cards = "".join(_article_card(post_path, post_title, post_day) for post_path, post_title, post_day in posts)
    server = FaultServer()
    server.routes["/blogg/"] = page("<html><head><title>Blogg</title></head><body><main><h1>Blogg om oppgåvene</h1>"
                                    f"{featured}<div class='posts'>{cards}</div></main></body></html>")
    for post_path, post_title, post_day in posts:
        server.routes[post_path] = page(_post(post_title, post_day))
    server.routes[path] = page(_undated_post(title, day))
    crawl_one_source(server, tmp_path, "tenesta", "Tenesta", "/blogg/")
    assert stored_paths(server, tmp_path) == {post_path for post_path, _title, _day in posts} | {path}
