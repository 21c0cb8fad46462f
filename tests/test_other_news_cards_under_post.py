"""A foundation's news post is followed, inside the same <article>, by an "Other news" box: cards of the site's two
newest posts, each an unlinked headline, the post's opening line as excerpt and a footer with a "Read" button and the
day. The footer goes with the furniture before the text is read, so the cards hold no link any more; the post that is
one of the two newest shows its own card too. Neither the cards nor the box's title are the post's text, and the
newest post keeps its opening line, which its card repeats on every page of the site."""
from __future__ import annotations

import sqlite3

from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, crawl_one_source, page

POSTS = [(n, f"Fund report number {n} on pump supplies", [
    f"The fund delivered pump set {n} to the regional clinic in the spring after a long search for parts.",
    f"Volunteers packed the boxes for delivery {n} over two weekends and drove them to the clinic themselves.",
    f"The clinic thanked the donors of delivery {n} in a letter that the fund keeps in its archive."])
    for n in range(1, 13)]
NEWEST = POSTS[:-3:-1]  # the "Other news" box shows these on every page, newest first


def _card(n: int, title: str, first: str) -> str:
    return (f'<div class="col-md-6"><div class="card news__list-item"><img class="card__img" src="/img/{n}.jpg">'
            f'<div class="card__content"><h3 class="card__title">{title}</h3><p class="card__text">{first}</p>'
            f'<div class="card__footer"><a class="card__link" href="/en/news/post-{n}">Read</a>'
            f'<time class="card__date" datetime="2022-06-{10 + n:02d}">{10 + n} Jun 2022</time></div>'
            "</div></div></div>")


def _post(n: int, title: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    others = "".join(_card(m, t, ps[0]) for m, t, ps in NEWEST)
    return (f"<!DOCTYPE html><html lang='en'><head><title>Fund for pump supplies</title></head><body>"
            "<header><nav><a href='/en/about'>About us</a><a href='/en/news'>News</a></nav></header><main>"
            f"<article class='article expanded-news-item'><div class='container'><div class='article-intro'>"
            f"<h1 class='article-intro__title title'>{title}</h1><div class='article-intro__additional-info'>"
            f"<time class='expanded-news-item__date' datetime='2022-06-{10 + n:02d}'>{10 + n} Jun 2022</time></div></div>"
            f"<div class='article__content'><section>{text}</section></div></div>"
            "<div class='other-news container'><h3 class='other-news__title title'>Other Foundation news</h3>"
            f"<div class='other-news__list row'>{others}</div></div></article></main>"
            "<footer><p>Fund for pump supplies, registered charity.</p></footer></body></html>")


def _listing() -> str:
    cards = "".join(_card(n, title, ps[0]) for n, title, ps in reversed(POSTS))
    return ("<!DOCTYPE html><html lang='en'><head><title>News</title></head><body><main><h1>News</h1>"
            f"<div class='news__list row'>{cards}</div></main></body></html>")


def test_the_newest_post_keeps_the_line_its_own_card_repeats_and_no_card_is_text():
    """Fails before: the cards' excerpts and the box's title ran on into every post's text."""
    n, title, paragraphs = NEWEST[-1]
    found = extract_article(_post(n, title, paragraphs), f"https://fund.example/en/news/post-{n}")
    assert found.body.split("\n\n") == paragraphs
    n, title, paragraphs = POSTS[0]
    found = extract_article(_post(n, title, paragraphs), f"https://fund.example/en/news/post-{n}")
    assert found.body.split("\n\n") == paragraphs


def test_crawled_posts_hold_their_own_text_whole(tmp_path):
    """The whole crawl: no card's excerpt is left for the site's boilerplate to learn and take from the post whose
    opening line it repeats."""
    server = FaultServer()
    server.routes["/en/news"] = page(_listing())
    for n, title, paragraphs in POSTS:
        server.routes[f"/en/news/post-{n}"] = page(_post(n, title, paragraphs))
    crawl_one_source(server, tmp_path, "fund", "Fund", "/en/news")
    rows = dict(sqlite3.connect(tmp_path / "a.db").execute("select title, body from articles"))
    assert set(rows) == {title for _n, title, _ps in POSTS}
    for _n, title, paragraphs in POSTS:
        assert rows[title].split("\n\n") == paragraphs
