"""Address families learnt from a source's teasers, and the pages each family admits."""
from __future__ import annotations

from news_archive.spiders.families import UrlFamilies, url_family


def test_url_families_learnt_from_teasers():
    families = UrlFamilies()
    assert url_family("https://www.s.example/2011/03/23/slug/index.html") == ("s.example", "#", "#", "#")
    for slug in ("a", "b"):
        families.learn(f"https://s.example/blogg/nyheter/{slug}/")
    families.learn("https://s.example/kontakt/")  # one stray link opens nothing
    assert families.known
    assert families.admits("https://s.example/blogg/nyheter/2019/old/")  # below a family: worth fetching
    assert families.holds("https://s.example/blogg/nyheter/c/") and not families.holds("https://s.example/blogg/nyheter/2019/old/")
    assert not families.admits("https://s.example/kontakt/") and not families.admits("https://s.example/taggar/x/")
    assert families.indexes("https://s.example/blogg/nyheter/")  # the family's own listing
    root = UrlFamilies()
    for slug in ("a", "b"):
        root.learn(f"https://s.example/{slug}/")
    assert root.admits("https://s.example/kontakt/") and not root.holds("https://s.example/kontakt/")


def test_a_learnt_family_admits_its_section_in_another_language_folder():
    """Fails before: a bilingual site's listing shows its English posts at `/announcements/slug/`; its sitemap names
    the German ones at `/de/announcements/slug/`, which waited outside the learnt family and were never fetched. The
    German site's other pages, and a language folder's own pages, stay out."""
    english = UrlFamilies()
    for slug in ("release-5", "release-6", "joint-work"):
        english.learn(f"https://s.example/announcements/{slug}/")
    assert english.admits("https://s.example/de/announcements/release-5/")
    assert not english.admits("https://s.example/de/about/") and not english.admits("https://s.example/de/")
    assert not english.admits("https://s.example/de/events/summit/")
    # a German post the listing never shows is still in the news families when it comes to be judged
    assert not english.outside_every_family("https://s.example/de/announcements/release-5/")
    assert english.outside_every_family("https://s.example/de/about/")
    folders = UrlFamilies()  # each language in a folder of its own: the other folder's section is the same section
    for slug in ("a", "b"):
        folders.learn(f"https://s.example/en/news/{slug}/")
    assert folders.admits("https://s.example/fr/news/c/") and folders.admits("https://s.example/news/d/")
    assert not folders.admits("https://s.example/fr/contact/")


def test_a_root_family_of_posts_named_by_their_day_admits_only_such_pages():
    """Fails before: a family at the site root admitted every page of the site, the manual's and the glossary beside
    posts named `/2024-07-02-slug/`. A stray undated teaser does not open the rest; undated root posts still do."""
    dated = UrlFamilies()
    for day in ("2024-07-02-new-machine", "2024-08-14-maintenance", "2025-01-20-workshop"):
        dated.learn(f"https://s.example/{day}/")
    dated.learn("https://s.example/about-the-lab/")  # one stray teaser link
    assert dated.admits("https://s.example/2025-03-01-spring-course/")
    assert not dated.admits("https://s.example/glossary/") and not dated.admits("https://s.example/tools/grid/")
    plain = UrlFamilies()
    for slug in ("new-machine", "maintenance", "about-the-lab"):
        plain.learn(f"https://s.example/{slug}/")
    assert plain.admits("https://s.example/glossary/") and plain.admits("https://s.example/tools/grid/")


def test_posts_in_folders_named_by_their_day_are_one_family():
    """Fails before: a generator that files each post in a folder named by its day (`/blog/2021-10-11/slug/`) gave each
    post a family of its own, so no family was ever learnt and the sitemap's docs pages and home were all fetched as
    candidates. The day folder now counts like the numbers of `/2021/10/11/`."""
    assert url_family("https://s.example/lab/blog/2021-10-11/hello/") == ("s.example", "lab", "blog", "#")
    assert url_family("https://s.example/lab/blog/2021-10-11-hello/") == ("s.example", "lab", "blog")  # a leaf: as it was
    families = UrlFamilies()
    for day, slug in (("2021-10-11", "hello"), ("2021-11-04", "new-collection"), ("2022-01-27", "award")):
        families.learn(f"https://s.example/lab/blog/{day}/{slug}/")
    assert families.known and families.admits("https://s.example/lab/blog/2022-05-05/mooc-online/")
    assert not families.admits("https://s.example/lab/projects/tool/output/")
    assert not families.admits("https://s.example/lab/")


def test_a_page_with_a_query_is_the_index_of_its_folder_only_when_its_path_is_the_folder():
    """Sites whose every page is a file at the root with the CMS's query kept (`/item7.html?view=article&id=7`):
    an article's query is no folder below it, so the article is not the listing of its root-level siblings."""
    families = UrlFamilies()
    for n in (1, 2, 3):
        families.learn(f"http://s.example/item{n}.html?view=article&id={n}")
    assert not families.indexes("http://s.example/item4.html?view=article&id=4")
    assert families.indexes("http://s.example/?page=2")  # the root's own listing, a later page of it
    nested = UrlFamilies()
    for slug in ("a", "b"):
        nested.learn(f"http://s.example/news/{slug}/")
    assert nested.indexes("http://s.example/news/?page=2") and not nested.indexes("http://s.example/news/a/?print=1")
