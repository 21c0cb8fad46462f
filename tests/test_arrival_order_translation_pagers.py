"""A language version's pager is read or not by what it shows beside the listing that named it, whichever answers first.

The news listing shows its six posts two a page on three pages, its Italian version its own four on two, each page's
language switcher naming the other language's page of the same number. The English first page also lists its
second page's two posts in a "Most read" box, so that second page shows no post the crawl has not seen. When the
Italian page 2 answered first, its switcher made the English page 2 a language version, whose pager was read only when
it showed links no listing read so far had: it had none, and the English posts 5 and 6 were never found.
"""
from __future__ import annotations

from fault_site import FaultServer, article_html, crawl_one_source, page, slowly

WORDS = {"": ("Pruning the orchard", "Two new beehives", "Cleaning the pond", "A seed library", "Planting a hedge",
              "A course on compost"),
         "/it": ("Potatura del frutteto", "Due nuove arnie", "Pulizia dello stagno", "Una biblioteca di semi")}


def _posts(language: str) -> list[tuple[str, str]]:
    return [(f"{language}/news/{n}/post.html", title) for n, title in enumerate(WORDS[language], 1)]


def _address(language: str, number: int) -> str:
    return f"{language}/news/" if number == 1 else f"{language}/news/page/{number}/"


def _cards(posts: list[tuple[str, str]]) -> str:
    return "".join(f"<article><h3><a href='{path}'>{title}</a></h3><p>A few words on it.</p></article>"
                   for path, title in posts)


def _pages(language: str) -> int:
    return len(WORDS[language]) // 2


def _listing(language: str, number: int) -> str:
    posts = _posts(language)
    most_read = f"<section><h2>Most read</h2>{_cards(posts[2:4])}</section>" if language == "" and number == 1 else ""
    pager = f"<a href='{_address(language, number + 1)}'>Older posts</a>" if number < _pages(language) else ""
    switcher = (f"<div class='language-switcher'><ul><li><a href='{_address('', number)}'>EN</a></li>"
                f"<li><a href='{_address('/it', number)}'>IT</a></li></ul></div>")
    return (f"<!DOCTYPE html><html lang='{'it' if language else 'en'}'><head><title>News | Allotments</title></head>"
            f"<body><header><a href='/'>Allotments</a></header><main>{switcher}<h2>News</h2>"
            f"{_cards(posts[2 * number - 2:2 * number])}{most_read}<nav class='pagination'>{pager}</nav></main>"
            f"</body></html>")


def _crawl(tmp_path, slow_language: str) -> set[str]:
    """The paths a crawl from the English listing asks for, the pages after the first slow in `slow_language`."""
    server = FaultServer()
    for language in WORDS:
        for number in range(1, _pages(language) + 1):
            answer = page(_listing(language, number))
            server.routes[_address(language, number)] = slowly(answer, 0.8 * number) \
                if language == slow_language and number > 1 else answer
        server.routes |= {path: page(article_html(title, path.strip("/").replace("/", "-")))
                          for path, title in _posts(language)}
    folder = tmp_path / (slow_language.strip("/") or "en")
    folder.mkdir()
    return crawl_one_source(server, folder, "allotments", "Allotments", "/news/")[1]


def test_a_language_versions_pager_is_read_whichever_language_answers_first(tmp_path):
    # Fails before: with the English pager slow, the English page 2 was read as the Italian page 2's language version,
    # showing nothing new, and its page 3 with the English posts 5 and 6 was never asked for.
    english_slow = _crawl(tmp_path, "")
    italian_slow = _crawl(tmp_path, "/it")
    assert english_slow == italian_slow
    assert {path for path, _title in _posts("") + _posts("/it")} <= english_slow
