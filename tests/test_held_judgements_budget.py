"""A crawl holds at most MAX_HELD_BYTES of pages waiting for their judgement (spiders/held_judgements.py): a site of
many large posts that all wait would otherwise keep every one of them whole until the crawl's idle."""
from scrapy.http import HtmlResponse, Request

from news_archive.spiders.held_judgements import KEPT_RESPONSE, MAX_HELD_BYTES, HeldJudgements
from news_archive.spiders.pagetype import RepeatedLinks


def page(n: int, size: int) -> HtmlResponse:
    url = f"http://127.0.0.1:8000/post-{n}/"
    return HtmlResponse(url, body=b"<html><body><p>" + b"x" * size + b"</p></body></html>", request=Request(url))


def test_pages_past_the_budget_are_judged_at_once():
    held, repeated = HeldJudgements(), RepeatedLinks()
    size = MAX_HELD_BYTES // 4
    answers = [held.hold(page(n, size), {}, {}, repeated) for n in range(6)]
    assert answers == [True, True, True, False, False, False]
    assert held.held_bytes <= MAX_HELD_BYTES


def test_the_budget_is_free_again_once_the_held_pages_are_judged():
    held, repeated = HeldJudgements(), RepeatedLinks()
    for n in range(3):
        assert held.hold(page(n, MAX_HELD_BYTES // 4), {}, {}, repeated)
    requests = held.requests(lambda response: None, lambda failure: None)
    assert [r.url for r in requests] == [f"http://127.0.0.1:8000/post-{n}/" for n in range(3)]
    assert all(r.meta[KEPT_RESPONSE].url == r.url for r in requests)
    assert held.held_bytes == 0 and held.hold(page(9, MAX_HELD_BYTES // 2), {}, {}, repeated)
