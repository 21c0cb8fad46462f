"""The bundled sample partner sites: served pages, discovery paths and a consistent ground truth."""

import http.client
import re
import tomllib
import urllib.error
import urllib.request
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from news_archive.archive.sample_sites import SampleArticle, serve_generated_site, serve_sample_sites
from news_archive.archive.sample_sites.dates import ENGLISH_MONTHS, SWEDISH_MONTHS


@pytest.fixture(scope="module")
def sites():
    with serve_sample_sites() as running:
        yield running


def fetch(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], ""


def page_text(html: str) -> str:
    return " ".join(lxml.html.fromstring(html).text_content().split())


def hrefs(url: str, html: str) -> list[str]:
    """The page's links, its `<link rel=next>` too: a blog that loads its next page as you scroll names it only there."""
    return [urljoin(url, href) for href in lxml.html.fromstring(html).xpath("//a/@href | //link[@rel='next']/@href")]


def by_story(articles: list[SampleArticle]) -> dict[str, list[SampleArticle]]:
    grouped = defaultdict(list)
    for article in articles:
        grouped[article.story].append(article)
    return grouped


def test_sources_hold_only_the_contract_keys(sites):
    assert len(sites.sources) >= 5
    assert all(set(source) == {"id", "name", "start_urls"} for source in sites.sources)
    assert len({source["id"] for source in sites.sources}) == len(sites.sources)
    assert {article.source for article in sites.articles} == {source["id"] for source in sites.sources}


def test_ki_news_has_one_host_per_language(sites):
    english, swedish = sites.base_url("ki-news-en"), sites.base_url("ki-news-sv")
    assert english != swedish
    ki = [article for article in sites.articles if article.source == "ki-news"]
    assert {article.language for article in ki if article.url.startswith(english)} == {"en"}
    assert {article.language for article in ki if article.url.startswith(swedish)} == {"sv"}


def test_write_sources_round_trips_through_toml(sites, tmp_path):
    path = sites.write_sources(tmp_path / "sources.toml")
    assert tomllib.loads(path.read_text("utf-8"))["source"] == sites.sources


def test_ground_truth_totals(sites):
    articles = sites.articles
    assert len(articles) >= 60
    assert sum(article.language == "en" for article in articles) >= 20
    assert sum(article.language == "sv" for article in articles) >= 20
    assert len({article.url for article in articles}) == len(articles)
    for article in articles:
        assert article.paragraphs[0] == article.lead
        assert 3 <= len(article.paragraphs) - 1 <= 10, article.url
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
        assert article.updated is None or article.updated > article.published
        assert article.language in ("sv", "en")


def test_story_keys_plant_translations_cross_posts_and_lookalikes(sites):
    stories = by_story(sites.articles)
    translated = [group for group in stories.values() if {a.language for a in group} == {"sv", "en"}]
    cross_posted = [group for group in stories.values() if len({a.source for a in group}) >= 2]
    assert len(translated) >= 4
    assert len(cross_posted) >= 4
    assert max(len({a.source for a in group}) for group in cross_posted) >= 3
    # Same-topic series with shared wording must stay separate stories.
    series = [a for a in sites.articles if a.title.startswith("Månadens företag:")]
    tenants = [a for a in sites.articles if a.title.startswith("Ny hyresgäst i Hagastaden:")]
    assert len(series) == 3 and len({a.story for a in series}) == 3
    assert len(tenants) == 3 and len({a.story for a in tenants}) == 3
    assert len({a.paragraphs[-1] for a in tenants}) == 1


def test_translation_pairs_with_and_without_hreflang(sites):
    pairs = [group for group in by_story(sites.articles).values() if {a.language for a in group} == {"sv", "en"}]
    with_links, without_links = 0, 0
    for group in pairs:
        english = next(a for a in group if a.language == "en")
        swedish = [a.url for a in group if a.language == "sv"]
        linked = set(lxml.html.fromstring(fetch(english.url)[2]).xpath("//link[@hreflang]/@href"))
        if linked & set(swedish):
            with_links += 1
        elif not linked:
            without_links += 1
    assert with_links >= 3
    assert without_links >= 1


def test_exact_duplicate_serves_the_same_article_text(sites):
    duplicates = [
        (article, alias)
        for article in sites.articles
        for alias in article.aliases
        if "/page/" not in alias and "?" not in alias
    ]
    assert duplicates
    # At least one duplicate declares itself canonical: only its text gives it away.
    self_canonical = 0
    for article, alias in duplicates:
        html = fetch(alias)[2]
        assert all(" ".join(text.split()) in page_text(html) for text in article.paragraphs)
        self_canonical += lxml.html.fromstring(html).xpath("//link[@rel='canonical']/@href") == [alias]
    assert self_canonical >= 1


def test_every_article_url_serves_its_text_and_boilerplate(sites):
    for article in sites.articles:
        shown = ""
        for url in (article.url, *article.aliases):
            status, content_type, html = fetch(url)
            assert status == 200, url
            assert content_type == "text/html; charset=utf-8"
            text = page_text(html)
            assert article.title in text, url
            for paragraph in article.paragraphs:
                assert " ".join(paragraph.split()) in text, (url, paragraph)
            shown += text + html
        for boilerplate in article.boilerplate:
            assert " ".join(boilerplate.split()) in shown or boilerplate in shown, (article.url, boilerplate)
            assert boilerplate not in article.body


def test_canonical_links_name_the_ground_truth_url(sites):
    for article in sites.articles:
        canonical = lxml.html.fromstring(fetch(article.url)[2]).xpath("//link[@rel='canonical']/@href")
        assert canonical == [article.url]


def test_every_article_page_shows_a_day_precise_date(sites):
    """But one, which only its site's feed dates."""
    feed_dated = [a for a in sites.articles if a.dated_by_feed]
    assert [(a.source, urlsplit(a.url).path.count("/")) for a in feed_dated] == [("flemingsberg-science", 3)]
    feed = ElementTree.fromstring(fetch(sites.base_url("flemingsberg-science") + "/feed/")[2])
    dates = {item.findtext("link"): parsedate_to_datetime(item.findtext("pubDate")).date().isoformat()
             for item in feed.iter("item")}
    assert dates[feed_dated[0].url] == feed_dated[0].published
    for article in sites.articles:
        if article in feed_dated:
            assert feed_dated[0].published not in fetch(article.url)[2]
            continue
        year, month, day = (int(part) for part in article.published.split("-"))
        text = fetch(article.url)[2]
        spellings = [
            f"{year}/{month:02}/{day:02}/" in article.url,
            f"{year}-{month:02}-{day:02}" in text,
            f"{day:02}-{month:02}-{year}" in text,
            f"{day} {SWEDISH_MONTHS[month - 1]} {year}" in text,
            f"{day} {ENGLISH_MONTHS[month - 1]} {year}" in text,
            f"{ENGLISH_MONTHS[month - 1][:3]} {day}, {year}" in text,
            f"{year % 100:02}-{month:02}-{day:02}" in text,
        ]
        assert any(spellings), article.url


def test_non_article_pages_serve_and_are_never_articles(sites):
    article_urls = {url for article in sites.articles for url in (article.url, *article.aliases)}
    assert len(sites.non_article_urls) >= 40
    for url in sites.non_article_urls:
        assert url not in article_urls
        assert fetch(url)[0] == 200, url
    events = [url for url in sites.non_article_urls if "/event/" in url]
    assert "fredag, 23 oktober, 2015 - 07:30 till 09:15" in page_text(fetch(events[0])[2])


def test_every_page_links_about_and_contact_pages(sites):
    for article in sites.articles[::7]:
        links = set(hrefs(article.url, fetch(article.url)[2]))
        assert len(links & set(sites.non_article_urls)) >= 3, article.url


def test_pagination_reaches_every_article_from_the_start_urls(sites):
    listings = set(sites.non_article_urls)
    reached = set()
    for source in sites.sources:
        queue, seen = list(source["start_urls"]), set()
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            status, _, html = fetch(url)
            assert status == 200, url
            for link in hrefs(url, html):
                reached.add(link)
                if link in listings and any(link.startswith(start.rstrip("/")) for start in source["start_urls"]):
                    queue.append(link)
    for article in sites.articles:
        assert {article.url, *article.aliases} & reached, article.url


def test_every_reachable_page_is_in_the_ground_truth(sites):
    known = set(sites.non_article_urls) | {url for a in sites.articles for url in (a.url, *a.aliases)}
    aliases = {alias for a in sites.articles for alias in a.aliases}
    hosts = {urlsplit(sites.base_url(host)).netloc for host in sites.host_ids}
    queue = [url for source in sites.sources for url in source["start_urls"]]
    seen = set()
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, content_type, html = fetch(url)
        assert status == 200, url
        if not content_type.startswith("text/html"):
            continue
        assert url in known or urlsplit(url).query.startswith("s="), url
        # A post linked only by its shortlink is reached through the canonical URL that page names.
        canonical = lxml.html.fromstring(html).xpath("//link[@rel='canonical']/@href") if url in aliases else []
        for link in hrefs(url, html) + canonical:
            parts = urlsplit(link)
            if parts.netloc in hosts and not re.search(r"\.(jpe?g|png|svg)$", parts.path):
                queue.append(link.split("#")[0])
    assert {a.url for a in sites.articles} <= seen


def test_page_variants_and_tracking_links_are_planted(sites):
    aliases = [alias for article in sites.articles for alias in article.aliases]
    variants = [alias for alias in aliases if re.search(r"/page/\d+/$", alias)]
    tracked = [alias for alias in aliases if "utm_source=" in alias and "fbclid=" in alias]
    assert variants and tracked
    article = next(a for a in sites.articles if variants[0] in a.aliases)
    html = fetch(variants[0])[2]
    others = [a.title for a in sites.articles if a.source == article.source and a.story != article.story]
    assert article.paragraphs[-1] in page_text(html)
    assert sum(title in html for title in others) >= 2


def test_trailing_slash_variants_redirect_and_unknown_paths_404(sites):
    article = next(a for a in sites.articles if a.source == "flemingsberg-science")
    parts = urlsplit(article.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", parts.path.rstrip("/"))
    response = connection.getresponse()
    assert (response.status, response.getheader("Location")) == (301, parts.path)
    connection.close()
    # Next.js writes no trailing slash and answers the other form with a 308, which its sitemap uses.
    article = next(a for a in sites.articles if a.source == "havslund-park")
    parts = urlsplit(article.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    connection.request("GET", parts.path + "/")
    response = connection.getresponse()
    assert (response.status, response.getheader("Location")) == (308, parts.path)
    connection.close()
    assert article.url + "/" in fetch(sites.base_url("havslund-park") + "/sitemap-0.xml")[2]
    assert fetch(sites.base_url("ssci") + "/sv/aktuellt/finns-inte")[0] == 404
    assert fetch(sites.base_url("ssci") + "/sv/aktuellt?page=99")[0] == 404


def test_robots_and_sitemaps(sites):
    for host in ("flemingsberg-science", "campus-flemingsberg", "ssci", "ki-news-en", "ki-news-sv",
                 "region-stockholm", "akademiska-hus", "pressrum-ssci"):
        status, content_type, text = fetch(sites.base_url(host) + "/robots.txt")
        assert status == 200 and content_type.startswith("text/plain") and "Disallow: /" in text, host
    robots = fetch(sites.base_url("flemingsberg-science") + "/robots.txt")[2]
    assert "Sitemap:" not in fetch(sites.base_url("campus-flemingsberg") + "/robots.txt")[2]
    sitemap_url = re.search(r"Sitemap: (\S+)", robots).group(1)
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locations = set()
    for child in ElementTree.fromstring(fetch(sitemap_url)[2]).iter(f"{namespace}loc"):
        status, content_type, xml = fetch(child.text)
        assert content_type.startswith("application/xml")
        locations |= {loc.text for loc in ElementTree.fromstring(xml).iter(f"{namespace}loc")}
    expected = {a.url for a in sites.articles if a.source == "flemingsberg-science"}
    assert expected <= locations


def test_feeds_parse_and_hold_only_the_newest_items(sites):
    for source, host, path, size in (
        ("flemingsberg-science", "flemingsberg-science", "/feed/", 5),
        ("campus-flemingsberg", "campus-flemingsberg", "/feed/", 5),
        ("ki-news", "ki-news-en", "/rss.xml", 6),
    ):
        base = sites.base_url(host)
        status, content_type, xml = fetch(base + path)
        assert status == 200 and content_type.startswith("application/rss+xml")
        links = [item.findtext("link") for item in ElementTree.fromstring(xml).iter("item")]
        assert len(links) == size
        known = {a.url: a.published for a in sites.articles if a.source == source and a.url.startswith(base)}
        assert set(links) <= set(known)
        dates = [known[link] for link in links]
        assert dates == sorted(dates, reverse=True)
        assert min(dates) >= sorted(known.values())[-size]


def test_hard_cases_are_planted(sites):
    english = [a for a in sites.articles if a.language == "en"]
    assert any("Det här är en dag" in a.body for a in english)
    assert any(a.language == "en" and re.search("[åäö]", a.title) for a in sites.articles)
    assert any(a.updated and a.updated != a.published for a in sites.articles)
    ki = next(a for a in english if a.source == "ki-news" and a.updated)
    assert re.search(r"Published: \d{2}-\d{2}-\d{4} \d{2}:\d{2} \| Updated: \d{2}-\d{2}-\d{4}", fetch(ki.url)[2])
    pressroom = next(a for a in sites.articles if a.source == "pressrum-ssci")
    assert re.search(r"Pressmeddelande\d{4}-\d{2}-\d{2} \d{2}:\d{2}", page_text(fetch(pressroom.url)[2]))


def test_security_sample_carries_active_content_in_its_body(sites):
    pages = [fetch(a.url)[2] for a in sites.articles if a.source == "ssci"]
    unsafe = [html for html in pages if "<script>alert(1)</script>" in html]
    assert len(unsafe) == 1
    assert all(marker in unsafe[0] for marker in ('onerror="alert(2)"', 'href="javascript:alert(3)"', 'style="color:'))


def test_sites_serve_as_soon_as_started():
    with serve_sample_sites() as running:
        assert fetch(running.sources[0]["start_urls"][0])[0] == 200


def test_generated_site_is_deterministic_and_paged_by_ten():
    with serve_generated_site(35, seed=3) as site:
        assert site.article_count == 35 and len(site.sources) == 1
        titles = [a.title for a in site.articles]
        reached, queue, seen = set(), list(site.sources[0]["start_urls"]), set()
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            html = fetch(url)[2]
            links = hrefs(url, html)
            teasers = lxml.html.fromstring(html).xpath("//main//h2/a/@href")
            assert len(teasers) <= 10
            reached |= set(links)
            queue += [link for link in links if "/category/news-eng/page/" in link]
        assert {a.url for a in site.articles} <= reached
    with serve_generated_site(35, seed=3) as again:
        assert [a.title for a in again.articles] == titles


def test_sites_answer_conditional_requests_with_304():
    with serve_sample_sites() as running:
        url = running.sources[0]["start_urls"][0]
        with urllib.request.urlopen(url) as first:
            etag = first.headers["ETag"]
        assert etag
        request = urllib.request.Request(url, headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(request)
        assert answer.value.code == 304
        changed = urllib.request.Request(url, headers={"If-None-Match": '"another"'})
        assert urllib.request.urlopen(changed).status == 200


def test_generated_site_changes_between_crawls_as_a_partner_would():
    with serve_generated_site(35, seed=3) as site:
        def first_listing_page(article):
            return next(url for url in site.sources[0]["start_urls"] if f"/{article.language}/" in url)

        sitemap = site.base_url + "/wp-sitemap-posts-post-1.xml"
        fresh = site.publish()
        listing = first_listing_page(fresh)
        assert fresh.url in hrefs(listing, fetch(listing)[2])
        deep = site.backdate()
        listing = first_listing_page(deep)
        assert deep.url not in hrefs(listing, fetch(listing)[2]) and deep.url in fetch(sitemap)[2]
        before = fetch(sitemap)[2]
        edited = site.edit(4)
        assert "Uppdatering: texten har kompletterats" in fetch(edited.url)[2]
        lastmods = dict(re.findall(r"<loc>([^<]+)</loc><lastmod>([^<]+)</lastmod>", fetch(sitemap)[2]))
        assert lastmods[edited.url] > max(lastmod for url, lastmod in lastmods.items() if url != edited.url)
        assert fetch(sitemap)[2] != before and site.article_count == 37
