"""Once a big page is finished, the heap its trees took goes back to the system (spiders/freed_heap.py): glibc keeps
the freed small allocations of a tree in its heap, which stays at its largest while the next pages' bodies and texts
come from mmap beside it. An ordinary page costs no trim.

Two big articles and a small one are served; the crawl's own extension, recording where it trims instead of trimming,
trims once after each big article and never after the small one (before, nothing gave the heap back).
"""
from __future__ import annotations

import json

from fault_site import PROSE, FaultServer, article_html, crawl_one_source, page

from news_archive.spiders.freed_heap import BIG_PAGE_CHARACTERS, FreedHeapReturn
from news_archive.spiders.settings import EXTENSIONS

FREED_HEAP = "news_archive.spiders.freed_heap.FreedHeapReturn"


class TrimsRecorded(FreedHeapReturn):
    """The crawl's extension, noting in TRIMS_REPORT the page each trim follows instead of trimming."""

    @classmethod
    def from_crawler(cls, crawler):
        extension = super().from_crawler(crawler)
        extension.report = crawler.settings.get("TRIMS_REPORT")
        extension.trim = extension.record
        return extension

    def page_finished(self, item, **kwargs) -> None:
        self.finished = item.url
        super().page_finished(item, **kwargs)

    def record(self, _pad) -> None:
        with open(self.report, "a", encoding="utf-8") as out:
            out.write(json.dumps(self.finished) + "\n")


def test_a_big_page_finished_gives_its_heap_back_an_ordinary_one_does_not(tmp_path):
    server = FaultServer()
    paragraph = f"<p>{PROSE}</p>"
    big = paragraph * (BIG_PAGE_CHARACTERS // len(paragraph) + 1)
    for name in ("stor-1", "stor-2"):
        server.routes[f"/nyheter/{name}/"] = page(
            article_html(f"Lång artikel {name}", name).replace("</article>", big + "</article>"))
    server.routes["/nyheter/notis/"] = page(article_html("Kort notis om ämnet", "notis"))
    teasers = "".join(f'<li><h2><a href="/nyheter/{name}/">Nyhet om ämnet: {name}</a></h2></li>'
                      for name in ("stor-1", "stor-2", "notis"))
    server.routes["/nyheter/"] = page(f"<html><body><main><ul>{teasers}</ul></main></body></html>")
    report = tmp_path / "trims.jsonl"
    report.write_text("", encoding="utf-8")
    extensions = {**{path: order for path, order in EXTENSIONS.items() if path != FREED_HEAP},
                  f"{__name__}.TrimsRecorded": 600}
    run, _asked = crawl_one_source(server, tmp_path, "nyheter", "Nyheter", "/nyheter/",
                                   {"EXTENSIONS": extensions, "TRIMS_REPORT": str(report)})
    assert (run.status, run.errors, run.articles_new) == ("ok", 0, 3)
    trimmed = [json.loads(line).removeprefix(server.base_url) for line in report.read_text(encoding="utf-8").splitlines()]
    assert sorted(trimmed) == ["/nyheter/stor-1/", "/nyheter/stor-2/"]
