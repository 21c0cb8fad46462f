"""Site-level boilerplate: what a source repeats on most pages goes; what a few articles share stays."""
from __future__ import annotations

from news_archive.archive.storage import Archive
from news_archive.pipelines.extraction import BoilerplateMemory
from news_archive.pipelines.site_boilerplate import MIN_SHARE, load_memory, memory_key, without_boilerplate

ABOUT = "Testparken är ett samarbete mellan lärosätena, sjukhuset och kommunen i området."
SERIES = "I serien Månadens företag presenterar vi ett av bolagen i inkubatorn."


def article(number: int, *extra: str) -> dict:
    own = f"Artikel {number} handlar om ett eget ämne med egna siffror: {number * 17} miljoner kronor."
    body = "\n\n".join([own, *extra])
    return {"title": f"Rubrik {number}", "lead": own, "body": body, "body_html": "".join(f"<p>{p}</p>" for p in body.split("\n\n"))}


def learnt(pages: dict[str, dict]) -> BoilerplateMemory:
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    for page, fields in pages.items():
        memory.observe(page, fields["body"].split("\n\n"))
    return memory


def test_a_block_on_most_pages_is_dropped_and_a_series_intro_is_kept():
    pages = {f"http://p/{n}/": article(n, *([SERIES] if n < 3 else []), ABOUT) for n in range(10)}
    memory = learnt(pages)
    changes = without_boilerplate(pages["http://p/1/"], "http://p/1/", memory)
    assert changes["body"] == "\n\n".join(pages["http://p/1/"]["body"].split("\n\n")[:2])
    assert SERIES in changes["body"] and ABOUT not in changes["body"]
    assert ABOUT not in changes["body_html"] and SERIES in changes["body_html"]
    assert changes["content_hash"]


def test_nothing_learnt_changes_nothing_and_an_article_is_never_emptied():
    pages = {f"http://p/{n}/": article(n) for n in range(5)}
    assert without_boilerplate(pages["http://p/1/"], "http://p/1/", learnt(pages)) is None
    only_furniture = {f"http://q/{n}/": {"title": "x", "lead": "", "body": ABOUT, "body_html": ""} for n in range(5)}
    assert without_boilerplate(only_furniture["http://q/1/"], "http://q/1/", learnt(only_furniture)) is None


def test_what_a_crawl_learnt_is_kept_for_the_next(tmp_path):
    archive = Archive(tmp_path / "a.db")
    pages = {f"http://p/{n}/": article(n, ABOUT) for n in range(4)}
    key = memory_key("test-partner", "sv-SE")
    assert key == "test-partner:sv"
    memory = load_memory(archive, key)
    for page, fields in pages.items():
        memory.observe(page, fields["body"].split("\n\n"))
    archive.save_boilerplate(key, memory.rows())
    again = load_memory(Archive(tmp_path / "a.db"), key)
    assert again.is_boilerplate("http://p/9/", ABOUT)
    assert not load_memory(archive, memory_key("test-partner", "en")).is_boilerplate("http://p/9/", ABOUT)


def test_the_paragraphs_kept_on_a_page_are_those_not_boilerplate_there():
    memory = BoilerplateMemory()
    for page in ("http://p/1/", "http://p/2/", "http://p/3/"):
        memory.observe(page, ["Sign up for our newsletter.", f"Own text of {page}."])
    paragraphs = ["Sign up for our newsletter.", "Own text of http://p/3/.", "", "x" * 500]
    kept = memory.kept("http://p/3/", paragraphs)
    assert kept == [p for p in paragraphs if not memory.is_boilerplate("http://p/3/", p)]
    assert kept == paragraphs[1:]


def test_a_lead_the_source_repeats_on_most_pages_gives_way_to_the_articles_opening():
    tagline = "Nyheter och reportage från ett labb som provar nya material."
    pages = {f"http://p/{n}/": article(n) | {"lead": tagline} for n in range(5)}
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    for page, fields in pages.items():
        memory.observe(page, [fields["lead"], *fields["body"].split("\n\n")])
    changes = without_boilerplate(pages["http://p/1/"], "http://p/1/", memory)
    assert changes == {"lead": pages["http://p/1/"]["body"]}, "the body is untouched, the lead is its opening"
    own_leads = {f"http://q/{n}/": article(n) | {"lead": f"Ingress {n}: {n * 3} nya prover."} for n in range(5)}
    assert without_boilerplate(own_leads["http://q/1/"], "http://q/1/", learnt(own_leads)) is None
