"""Site-level boilerplate: what a source repeats on most pages goes; what a few articles share stays."""
from __future__ import annotations

from news_archive.archive.storage import Archive
from news_archive.pipelines.extraction import BoilerplateMemory
from news_archive.pipelines.site_boilerplate import (MIN_SHARE, load_memory, memory_key, own_text_slots,
                                                     without_boilerplate)
from news_archive.pipelines.writers_lines import text_elements, writers_lines

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


# A seminar series' posts: each its own talk, then the lines its writer types into every post (the room varies).
def seminar_page(number: int, *, tail_html: str, strip_html: str = "") -> str:
    return f"""<html><body><header><a href="/">Seminarier</a></header><main><h1>Seminarium {number}</h1>
<div class="post-content">
<p>Välkommen till seminarium {number} om ämne nummer {number * 7}, med en talare utifrån.</p>
<p>Sammanfattning: talaren visar {number * 3} nya resultat och frågar vad de betyder för fältet i stort.</p>
<p>Tid: {10 + number % 3}.15-12.00</p>{tail_html}</div></main>{strip_html}
<footer>Institutionen</footer></body></html>"""


def crawled(pages: dict[str, str]) -> dict[str, dict]:
    """What the clean stage hands on for each page, and what it stores after the crawl, through `SiteBoilerplate`."""
    from news_archive.pipelines.extraction import extract_article
    stored = {}
    for url, html in pages.items():
        result = extract_article(html, url)
        stored[url] = {"title": result.title, "lead": result.lead or "", "body": result.body,
                       "body_html": result.body_html, "html": html}
    return stored


def cleaned_after_crawl(pages: dict[str, dict]) -> dict[str, dict]:
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    elements = {}
    for url, fields in pages.items():
        memory.observe(url, [fields["lead"], *fields["body"].split("\n\n")])
        elements[url] = text_elements(fields["html"], fields["body"].split("\n\n"))
    return {url: {**fields, **(without_boilerplate(fields, url, memory, elements[url]) or {})}
            for url, fields in pages.items()}


ZOOM = "<p>Plats: via Zoom, <a href='https://meet.example/j/123'>https://meet.example/j/123</a></p>"


def test_the_closing_lines_a_writer_types_into_every_post_stay():
    # Fails before: the place line, the same in every post and on every page, was dropped as the site's furniture.
    pages = crawled({f"http://site.example/sem/{n}/": seminar_page(n, tail_html=ZOOM) for n in range(6)})
    for url, fields in cleaned_after_crawl(pages).items():
        assert fields["body"].split("\n\n")[-1] == "Plats: via Zoom, https://meet.example/j/123", url


def test_a_block_the_template_adds_before_its_sign_up_box_still_goes():
    about = "<p>Institutionen forskar om språk och sannolikhet och ordnar öppna seminarier varje vecka.</p>"
    signup = "<section class='signup'><h3>Få våra utskick</h3><form><input type='email'></form></section>"
    pages = crawled({f"http://site.example/sem/{n}/": seminar_page(n, tail_html=about + signup) for n in range(6)})
    assert all("Institutionen forskar" in fields["body"] for fields in pages.values())
    for url, fields in cleaned_after_crawl(pages).items():
        assert "Institutionen forskar" not in fields["body"], url
        assert fields["body"].split("\n\n")[-1].startswith("Tid:"), url


SHARE_BAR = ("<hr><div class='ui menu'><a class='item sharer' data-sharer='twitter' data-url='/s/'>Tweet</a>"
             "<a class='item sharer' data-sharer='facebook' data-url='/s/'>Dela</a>"
             "<a href='https://www.linkedin.com/shareArticle?url=/s/'>LinkedIn</a><a href='mailto:?subject=Seminarium'>"
             "E-post</a></div>")


def test_the_closing_line_a_writer_types_into_many_posts_stays_above_the_themes_share_bar():
    # Fails before: the share buttons the theme sets after every post's text, inside its text element, made the
    # writer's closing line (on most posts, not all) read as the template's block, and it was dropped.
    closing = "<p>Välkomna, vi ses i seminarierummet!</p>"
    with_closing = {n: n % 4 != 0 for n in range(8)}  # six posts of eight
    pages = crawled({f"http://site.example/sem/{n}/": seminar_page(n, tail_html=(closing if has else "") + SHARE_BAR)
                     for n, has in with_closing.items()})
    assert all("Tweet" not in fields["body"] for fields in pages.values())
    for n, fields in enumerate(cleaned_after_crawl(pages).values()):
        last = fields["body"].split("\n\n")[-1]
        assert last == "Välkomna, vi ses i seminarierummet!" if with_closing[n] else last.startswith("Tid:"), n


def test_a_line_of_links_to_the_sites_own_pages_is_no_share_bar():
    from lxml import html as lxml_html
    from news_archive.pipelines.extraction.social_bars import is_share_bar
    assert is_share_bar(lxml_html.fromstring(SHARE_BAR).xpath("//div")[0])
    related = lxml_html.fromstring("<div><a href='/sem/2/'>Seminarium 2</a><a href='/sem/3/'>Seminarium 3</a></div>")
    assert not is_share_bar(related)


def test_only_lines_closing_a_text_element_that_holds_the_posts_own_lines_are_the_writers():
    strip = "<div class='strip'><span>Appar</span><p>Prova våra verktyg gratis.</p><p>Öppna appen.</p></div>"
    html = seminar_page(1, tail_html=ZOOM + "<p>Välkomna!</p>", strip_html=strip)
    body = ["Välkommen till seminarium 1 om ämne nummer 7, med en talare utifrån.", "Tid: 11.15-12.00",
            "Plats: via Zoom, https://meet.example/j/123", "Välkomna!", "Prova våra verktyg gratis.", "Öppna appen."]
    own = {body[0], body[1], body[3]}
    # The place line is followed by the post's own greeting; the strip's lines stand apart from the post's text.
    assert writers_lines(text_elements(html, body), own) == {body[2]}


# A workshop series' news: the template prints each post's standfirst in the header band, the post's own text in a
# separate text element below; most posts hold only the line their writer types into every one of them.
MORE = "Läs mer om programmet och anmälan här!"


def workshop_page(number: int, *, own_lines: int) -> str:
    own = "".join(f"<p>Rad {line} om workshop {number}: {number * 11 + line} deltagare från {line + 2} länder "
                  f"väntas till mötet.</p>" for line in range(own_lines))
    return f"""<html><body class="post-{number}"><header><a href="/">Workshopserien</a></header>
<div class="section"><div class="post-title"><h1>Workshop {number}</h1></div>
<div class="post-description"><p>Workshop {number} hålls i stad nummer {number * 3} under {number + 2} dagar i maj.</p>
</div></div>
<div class="section"><div class="content">{own}
<p>Läs mer om programmet och anmälan <a href="/w/{number}/">här</a>!</p></div></div><footer>Konsortiet</footer></body></html>"""


def test_a_writers_line_alone_in_the_slot_where_posts_hold_their_own_text_stays():
    # Fails before: on the posts whose text element holds nothing but the line typed into every post, the line was
    # dropped as the site's furniture, leaving the standfirst alone as the body.
    pages = crawled({f"http://site.example/w/{n}/": workshop_page(n, own_lines=3 if n < 2 else 0) for n in range(8)})
    assert all(fields["body"].split("\n\n")[-1] == MORE for fields in pages.values())
    for url, fields in cleaned_after_crawl_with_slots(pages).items():
        assert fields["body"].split("\n\n")[-1] == MORE, url


def test_a_line_alone_in_a_slot_no_post_holds_its_own_text_in_still_goes():
    # The same pages with no post of their own text below the standfirst: nothing tells the line from furniture.
    pages = crawled({f"http://site.example/w/{n}/": workshop_page(n, own_lines=0) for n in range(8)})
    for url, fields in cleaned_after_crawl_with_slots(pages).items():
        assert MORE not in fields["body"], url


def cleaned_after_crawl_with_slots(pages: dict[str, dict]) -> dict[str, dict]:
    """What `SiteBoilerplate.clean_again` stores: the site memory and the slots of own text over all pages."""
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    elements = {}
    for url, fields in pages.items():
        memory.observe(url, [fields["lead"], *fields["body"].split("\n\n")])
        elements[url] = text_elements(fields["html"], fields["body"].split("\n\n"))
    slots = frozenset().union(*(own_text_slots(url, found, memory) for url, found in elements.items()))
    return {url: {**fields, **(without_boilerplate(fields, url, memory, elements[url], slots) or {})}
            for url, fields in pages.items()}


def test_a_long_description_the_source_states_on_every_page_gives_way_as_a_short_tagline_does():
    # Fails before: a description over the 400 characters the memory tracks of a block (a research project's mission
    # statement, every page's og:description) was never counted as repeated, and stayed every article's lead.
    mission = " ".join(["Projektet samlar museer, kulturarvsplatser och forskare i ett nätverk som delar metoder,",
                        "verktyg och erfarenheter av hållbar förvaltning, digital förmedling och turism."] * 3)
    assert len(mission) > 400
    pages = {f"http://p/{n}/": article(n) | {"lead": mission} for n in range(5)}
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    for page, fields in pages.items():
        memory.observe(page, fields["body"].split("\n\n"), lead=fields["lead"])
    changes = without_boilerplate(pages["http://p/1/"], "http://p/1/", memory)
    assert changes == {"lead": pages["http://p/1/"]["body"]}, "the body is untouched, the lead is its opening"
    # The same long paragraph closing every body is still a cross-posted text, not furniture: it stays.
    shared = {f"http://q/{n}/": article(n, mission) for n in range(5)}
    assert without_boilerplate(shared["http://q/1/"], "http://q/1/", learnt(shared)) is None


def greeting_page(number: int) -> str:
    """A club's post whose writer opens the text's first paragraph with the greeting of every post, set apart from
    the paragraph's first sentence by a blank line (<br><br>), as a plain editor sets it."""
    return f"""<html><body><header><a href="/">Klubben</a></header><main><h1>Träff {number}</h1>
<div class="post"><p>Hej alla!<br><br>Nästa träff är nummer {number} och vi ses i sal {number * 2} klockan sjutton
för att lösa {number + 4} nya uppgifter tillsammans.<br><br>Ta med en dator och gärna en vän som vill prova.</p>
<p>Anmälan görs senast dagen innan till styrelsen via formuläret.</p></div></main>
<footer>Klubben vid högskolan</footer></body></html>"""


def test_a_line_the_writer_sets_inside_the_posts_own_paragraph_stays():
    # Fails before: the greeting opening every post's first paragraph (a line of it, set apart by <br><br>) was
    # dropped as the site's furniture; a template adds its blocks as elements of their own, never as a line of the
    # writer's paragraph.
    pages = crawled({f"http://site.example/t/{n}/": greeting_page(n) for n in range(6)})
    assert all(fields["body"].split("\n\n")[0] == "Hej alla!" for fields in pages.values())
    for url, fields in cleaned_after_crawl_with_slots(pages).items():
        assert fields["body"].split("\n\n")[0] == "Hej alla!", url
