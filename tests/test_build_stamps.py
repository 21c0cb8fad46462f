"""A publication time many of a source's pages share to the second, from their metadata alone, is the build's."""
from __future__ import annotations

from news_archive.archive.record import ArticleItem
from news_archive.archive.storage import Archive
from news_archive.pipelines.build_stamps import MIN_PAGES_SHARING, BuildStamps, metadata_stamp, shows_day

BUILD = "2024-01-25T16:30:07+00:00"


TERM = "<html><body><h1>A term</h1><p>What it means.</p></body></html>"


def item(url: str, published: str | None = BUILD, published_from: str | None = "json-ld",
         source: str = "site", html: str = TERM) -> ArticleItem:
    return ArticleItem(source=source, url=f"http://site.example/{url}/", html=html,
                       fetched_at="2026-01-01T00:00:00+00:00", published=published, published_from=published_from)


def test_only_a_time_of_day_from_the_metadata_alone_is_a_stamp():
    assert metadata_stamp(item("a")) == BUILD
    assert metadata_stamp(item("a", published_from="meta")) == BUILD
    assert metadata_stamp(item("a", published_from="time")) is None  # shown to readers
    assert metadata_stamp(item("a", published="2024-01-25T00:00:00+00:00")) is None  # a day many posts share
    assert metadata_stamp(item("a", published=None, published_from=None)) is None


def test_a_stamp_many_pages_share_is_the_build_time_and_the_rest_are_stored_in_the_order_they_came(tmp_path):
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    glossary = [item(f"term-{n}") for n in range(MIN_PAGES_SHARING)]
    post = item("post", published="2023-03-14T10:02:00+00:00")
    translations = [item(f"post-{lang}", published="2022-11-07T20:03:12+00:00") for lang in ("sv", "en", "fi")]
    other_source = item("elsewhere", source="other")
    for page in [glossary[0], post, *translations, *glossary[1:], other_source]:
        assert stamps.hold(page)
    assert not stamps.hold(item("shown", published_from="time"))
    stored, stamped = stamps.release()
    assert [page.url for page in stored] == [page.url for page in [post, *translations, other_source]]
    assert [page.url for page, _why in stamped] == [page.url for page in glossary]
    assert f"build time ({BUILD}, the same on {MIN_PAGES_SHARING} of its pages)" in stamped[0][1]
    assert stamps.release() == ([], [])


def test_a_later_crawl_knows_a_build_stamp_on_a_page_alone(tmp_path):
    """A page linked only since (or a `reprocess` of one capture) shows the stamp of a build found before."""
    archive = Archive(tmp_path / "archive.db")
    first = BuildStamps(archive)
    for n in range(MIN_PAGES_SHARING):
        first.hold(item(f"term-{n}"))
    assert len(first.release()[1]) == MIN_PAGES_SHARING
    later = BuildStamps(archive)
    for page in (item("term-new"), item("post", published="2024-02-01T09:30:00+00:00"),
                 item("elsewhere", source="other")):
        later.hold(page)
    stored, stamped = later.release()
    assert [page.url for page in stored] == ["http://site.example/post/", "http://site.example/elsewhere/"]
    assert [page.url for page, _why in stamped] == ["http://site.example/term-new/"]
    assert "found on many of its pages before" in stamped[0][1]


def test_pages_showing_the_stamps_day_are_posts_imported_at_one_moment(tmp_path):
    shown = [f"<html><body><h1>Post {n}</h1><p class='meta'>Posted on 25 January 2024</p><p>Text.</p></body></html>"
             for n in range(MIN_PAGES_SHARING)]
    assert shows_day(shown[0], BUILD)
    assert shows_day("<html><body><time datetime='2024-01-25T16:30:07Z'>yesterday</time></body></html>", BUILD)
    hidden = ("<html><head><script>var built = '2024-01-25';</script></head><body><!-- 2024-01-25 -->"
              "<template><p>25.01.2024</p></template><p>No day here.</p></body></html>")
    assert not shows_day(hidden, BUILD)
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    for n, html in enumerate(shown):
        stamps.hold(item(f"post-{n}", html=html))
    stored, stamped = stamps.release()
    assert (len(stored), stamped) == (MIN_PAGES_SHARING, [])


def post(path: str, day: int) -> ArticleItem:
    """A post whose metadata times it and whose date line shows readers its day."""
    html = f"<html><body><h1>Post {day}</h1><p>Published {day} March 2023</p><p>What happened.</p></body></html>"
    return item(path, published=f"2023-03-{day:02d}T10:{day:02d}:00+01:00", html=html)


def test_a_family_showing_no_date_where_the_news_show_theirs_is_a_catalogue_not_news(tmp_path):
    """A grid of a lab's posts and its products and productions: the posts show their day, the product pages carry a
    time in their metadata only, the productions none at all. Two pages of a kind say nothing yet."""
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    posts = [post(f"posts/post-{day}", day) for day in (11, 12, 13)]
    products = [item(f"products/kit-{n}", published=f"2022-05-1{n}T09:1{n}:00+02:00") for n in range(3)]
    productions = [item(f"productions/film-{n}", published=None, published_from=None) for n in range(3)]
    pair = [item(f"podcasts/episode-{n}", published=None, published_from=None) for n in range(2)]
    for page in [posts[0], products[0], productions[0], *pair, *posts[1:], *products[1:], *productions[1:]]:
        assert stamps.hold(page)
    stored, stamped = stamps.release()
    assert [page.url for page in stored] == [page.url for page in [posts[0], *pair, *posts[1:]]]
    assert {page.url for page, _why in stamped} == {page.url for page in products + productions}
    why = dict((page.url, why) for page, why in stamped)
    assert "none of the 3 pages of its address family (/products/) does" in why[products[0].url]


def test_translations_in_a_language_folder_are_judged_with_their_posts_family(tmp_path):
    """Fails before: the Italian versions of three posts laid out by a page builder (no date line, a time in their
    metadata), alone in the `/it/` folder, were judged a catalogue beside the posts at the root, which show their
    day. A language folder holds the same kinds of page as the root: its products are still a catalogue."""
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    posts = [post(f"post-{day}", day) for day in (11, 12, 13, 14)]
    translations = [item(f"it/articolo-{n}", published=f"2023-02-1{n}T11:1{n}:00+01:00") for n in range(3)]
    products = [item(f"it/prodotti/kit-{n}", published=f"2022-05-1{n}T09:1{n}:00+02:00") for n in range(3)]
    for page in [*posts, *translations, *products]:
        assert stamps.hold(page)
    stored, stamped = stamps.release()
    assert [page.url for page in stored] == [page.url for page in [*posts, *translations]]
    assert {page.url for page, _why in stamped} == {page.url for page in products}


def test_guides_beside_news_their_addresses_date_are_a_catalogue(tmp_path):
    """Fails before: a docs site's news posts, dated by their address ("/en/news/2019/03/11/...") and so stored at once,
    never held, left no family showing its day beside the held pages; its undated guides, none showing a day, were
    stored as news. Posts whose metadata alone dates them to a day (no time, stored at once too) show readers
    nothing: beside them the guides stay."""
    def guides():
        return [item(f"en/guides/topic-{n}", published=None, published_from=None) for n in range(3)]

    stamps = BuildStamps(Archive(tmp_path / "news.db"))
    for day in (11, 12, 13):
        assert not stamps.hold(item(f"en/news/2019/03/{day}/release", published=f"2019-03-{day}", published_from="url"))
    held = guides()
    for page in held:
        assert stamps.hold(page)
    stored, stamped = stamps.release()
    assert stored == [] and {page.url for page, _why in stamped} == {page.url for page in held}
    assert "none of the 3 pages of its address family (/guides/) does" in stamped[0][1]

    stamps = BuildStamps(Archive(tmp_path / "metadata.db"))
    for day in (11, 12, 13):
        assert not stamps.hold(item(f"news/release-{day}", published=f"2019-03-{day}T00:00:00+00:00"))
    held = guides()
    for page in held:
        assert stamps.hold(page)
    stored, stamped = stamps.release()
    assert [page.url for page in stored] == [page.url for page in held] and stamped == []


def test_without_news_showing_their_day_no_family_is_judged(tmp_path):
    """A source whose posts show no date either (a blog giving its days in metadata only) keeps every page."""
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    pages = [item(f"posts/p-{n}", published=f"2023-01-0{n + 1}T08:00:1{n}+00:00") for n in range(3)] \
        + [item(f"products/kit-{n}", published=None, published_from=None) for n in range(3)]
    for page in pages:
        assert stamps.hold(page)
    stored, stamped = stamps.release()
    assert [page.url for page in stored] == [page.url for page in pages] and stamped == []


def test_a_notice_many_pages_show_in_place_of_content_is_no_article(tmp_path):
    """A site that moved keeps its old addresses as pages saying so, each under its old name; an archive of
    newsletters it could not carry over shows one line under each issue's name, dated by the archive's list. Every
    line of those pages stands on many others; a post's text is its own, and a listed post with no text at all (a
    video) is not judged."""
    moved = "This address is kept for old bookmarks. Its content now lives elsewhere on the site.\n\nFind the page"
    lost = "The issue could not be carried over to the new site. Ask us for a copy."
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    old_addresses = [item(f"old-{n}", published=None, published_from=None) for n in range(MIN_PAGES_SHARING)]
    for n, page in enumerate(old_addresses):
        page.title, page.body = f"Old section {n}", moved
    old_addresses[-1].body = moved.split("\n\n")[0]  # one page of them shows the first line alone
    issues = [item(f"newsletter-{n}", published=f"2021-0{n + 1}-01", published_from="listing")
              for n in range(MIN_PAGES_SHARING)]
    for n, page in enumerate(issues):
        page.title, page.body = f"Newsletter {n + 1}", lost
    undated_post = item("posts/an-undated-post", published=None, published_from=None)
    undated_post.title, undated_post.body = "An undated post", f"What happened that week.\n\n{moved}"
    listed_post = item("posts/listed", published="2021-09-01", published_from="listing")
    listed_post.title, listed_post.body = "A listed post", "Its own words."
    videos = [item(f"videos/clip-{n}", published=None, published_from=None) for n in range(MIN_PAGES_SHARING)]
    for n, page in enumerate(videos):
        page.title = f"Clip {n}"
    for page in [*old_addresses, *issues, undated_post, listed_post, *videos]:
        assert stamps.hold(page)
    stored, stamped = stamps.release()
    assert [page.url for page in stored] == [page.url for page in [undated_post, listed_post, *videos]]
    assert [page.url for page, _why in stamped] == [page.url for page in old_addresses + issues]
    assert f"a notice the site shows in place of content: each of its lines stands on at least {MIN_PAGES_SHARING}" \
        in stamped[0][1]


def test_one_text_under_one_title_is_a_copy_not_a_notice(tmp_path):
    """The same post at several addresses (the dedupe stage's business) names one thing: not a notice."""
    stamps = BuildStamps(Archive(tmp_path / "archive.db"))
    copies = [item(f"copy-{n}", published=None, published_from=None) for n in range(MIN_PAGES_SHARING)]
    for page in copies:
        page.title, page.body = "The same post", "The same words on every copy."
        stamps.hold(page)
    stored, stamped = stamps.release()
    assert len(stored) == MIN_PAGES_SHARING and stamped == []
