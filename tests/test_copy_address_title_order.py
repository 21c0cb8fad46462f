"""A story a source publishes at two addresses under two headlines is archived with the headline of the address it
keeps, whichever address the crawl met last: at the crawl's end, only the page at the article's own address retitles
it (pipelines/site_boilerplate.py), not the copy whose text the archive did not keep."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_column

SITE_NAME = "Riverbank Ecology Lab"
HEADLINES = {  # path -> the <h1> its page shows
    "/news/2019/otter-count/": "Volunteers count the otters of the lower river",
    "/news/2019/heron-nests/": "Herons return to the willow island",
    "/news/2019/water-samples/": "Pupils take water samples at the weir",
    "/news/2019/fish-ladder/": "The fish ladder opens at the old mill",
}
# One story twice: the same text under two headlines, at a short address (the one kept) and a longer one.
KEPT, COPY = "/news/2015/survey-prize/", "/news/2015/riverbank-survey-prize-awarded/"
PAIR = {KEPT: "Survey prize 2015", COPY: "Prize awarded for the riverbank survey"}


def _post(path: str, headline: str) -> str:
    story = "prize" if path in PAIR else path.strip("/").rsplit("/", 1)[-1]
    text = "".join(f"<p>The lab's {story} report, part {k}, tells the neighbours what the team found along the banks "
                   f"this season and thanks every helper who came out in the rain.</p>" for k in range(1, 4))
    return (f"<!DOCTYPE html><html lang='en'><head><title>{SITE_NAME}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news/'>News</a></nav><main><article><h1>{headline}</h1>"
            f"<p class='date'>12 March 2019</p>{text}</article></main><footer><p>{SITE_NAME}</p></footer></body></html>")


def _site(copy_listed_first: bool) -> FaultServer:
    """The news listing links the four posts and the pair, in one order or the other; every page states the lab's
    name as its <title> and shows its headline as its one <h1>."""
    server = FaultServer()
    pair = [COPY, KEPT] if copy_listed_first else [KEPT, COPY]
    teasers = "".join(f"<article><h2><a href='{path}'>{headline}</a></h2><p>A few words.</p></article>"
                      for path, headline in [*((path, PAIR[path]) for path in pair), *HEADLINES.items()])
    server.routes["/news/"] = page(f"<!DOCTYPE html><html lang='en'><head><title>{SITE_NAME}</title></head><body>"
                                   f"<main><h1>News</h1>{teasers}</main></body></html>")
    for path, headline in {**HEADLINES, **PAIR}.items():
        server.routes[path] = page(_post(path, headline))
    return server


def test_a_story_at_two_addresses_keeps_the_headline_of_its_own_address_whichever_the_crawl_met_last(tmp_path):
    # Fails before: the page met last retitled the article with its own <h1> at the crawl's end, so the copy's
    # headline stood over the kept address's text when the copy came last.
    stored = []
    for copy_listed_first in (True, False):
        folder = tmp_path / f"copy-first-{copy_listed_first}"
        folder.mkdir()
        server = _site(copy_listed_first)
        crawl_one_source(server, folder, "lab", "Lab", start="/news/", settings={"CONCURRENT_REQUESTS": 1})
        stored.append(stored_column(server, folder, "title"))
    assert stored[0] == stored[1] == {**HEADLINES, KEPT: PAIR[KEPT]}
