"""URL normal forms: one article, one key, however it was linked."""
from __future__ import annotations

import pytest

from news_archive.archive.urls import canonical_url, is_paginated_url, listing_key, page_key, url_key
from news_archive.spiders.incremental import page_position

ARTICLE = "https://flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech/"


@pytest.mark.parametrize("variant", [
    ARTICLE,
    "https://flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech",
    "https://flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech/page/3/",
    "https://flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech/page/3",
    "https://flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech/?utm_source=nl&utm_medium=email&fbclid=abc",
    "https://www.flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech/#comments",
    "https://flemingsbergscience.se/sv/2023/06/13/stockholm-life-tech/?replytocom=12#respond",
    "http://FLEMINGSBERGSCIENCE.se/sv/2023/06/13/stockholm-life-tech/",
])
def test_every_form_of_an_article_url_has_one_key(variant):
    assert url_key(variant) == url_key(ARTICLE)


def test_canonical_url_drops_page_suffix_and_tracking_but_keeps_real_query():
    assert canonical_url(ARTICLE + "page/2/?utm_campaign=x") == ARTICLE
    assert canonical_url("https://news.ki.se/a-story?lang=en&utm_source=x") == "https://news.ki.se/a-story?lang=en"


def test_listing_pages_are_told_apart_but_share_a_listing_key():
    first, second = "https://flemingsbergscience.se/sv/category/news-eng/", "https://flemingsbergscience.se/sv/category/news-eng/page/2/"
    assert page_key(first) != page_key(second)
    assert listing_key(first) == listing_key(second)
    offset = "https://www.regionstockholm.se/nyheter/?query=&orderBy=Published&skip=20&take=20"
    assert listing_key(offset) == listing_key("https://www.regionstockholm.se/nyheter/?query=&orderBy=Published&skip=40&take=20")
    assert listing_key("https://news.ki.se/page/news-archive?page=8") == listing_key("https://news.ki.se/page/news-archive")
    assert listing_key("https://news.ki.se/page/news-archive") != listing_key("https://news.ki.se/page/other")


def test_paginated_urls():
    assert is_paginated_url("https://a.se/x/page/2/")
    assert is_paginated_url("https://a.se/en/node?page=3")
    assert not is_paginated_url("https://a.se/en/node?page=0")
    assert not is_paginated_url("https://a.se/en/news/a-story")


def test_a_static_exports_listing_pages_saved_as_index_files_are_pages_of_one_listing():
    """A mirror or static export saves `/page/2/` as `/page/2/index.html` and links it so (fails before)."""
    home, second, third = "http://blogg.example/", "http://blogg.example/page/2/index.html", "http://blogg.example/page/3/index.htm"
    assert is_paginated_url(second) and listing_key(second) == listing_key(third) == listing_key(home)
    assert (page_position(second), page_position(third)) == (2, 3)
    assert canonical_url("http://blogg.example/2016/03/inlagg/page/2/index.html") == "http://blogg.example/2016/03/inlagg/"
    assert not is_paginated_url("http://blogg.example/page/2/arkiv.html")


def test_a_folders_index_file_is_the_folder():
    """Mirror tools write each link to a folder as `…/index.html`, pager links too."""
    assert page_key("https://a.se/nyheter/en-nyhet/index.html") == page_key("https://a.se/nyheter/en-nyhet/")
    assert url_key("https://a.se/nyheter/en-nyhet/index.htm") == url_key("https://a.se/nyheter/en-nyhet")
    assert page_key("https://a.se/index.php") == page_key("https://a.se/")
    assert listing_key("https://a.se/category/news/page/2/index.html") == listing_key("https://a.se/category/news/")
    assert is_paginated_url("https://a.se/category/news/page/3/index.html")
    assert page_key("https://a.se/category/news/page/2/index.html") != page_key("https://a.se/category/news/")
    assert page_key("https://a.se/nyheter/index-of-names.html") != page_key("https://a.se/nyheter/")


def test_a_percent_encoded_link_and_its_unicode_form_are_one_url():
    assert url_key("https://www.region.example/nyheter/hår") == url_key("https://region.example/nyheter/h%C3%A5r/")
    assert url_key("https://a.se/sok?q=hår&lang=sv") == url_key("https://a.se/sok?lang=sv&q=h%c3%a5r")
    assert page_key("https://a.se/nyheter/hår/") == page_key("https://a.se/nyheter/h%C3%A5r")
    assert listing_key("https://a.se/nyheter/sök/page/2/") == listing_key("https://a.se/nyheter/s%C3%B6k")
