"""Lists of links in a page's side columns and other chrome: a "Recent posts" widget among them.

WordPress, Hugo and Jekyll themes print a list of the newest posts ("Recent posts", "Neueste Beiträge", "Senaste
inläggen") beside every page, posts of every section of the blog in it: the one way readers reach a post filed in a
section whose listing the crawl does not read. Whether a list is such a widget is the source's call (its learnt article
families, decisions.SourceDecisions.from_post_lists); this module only reads the lists."""
from __future__ import annotations

from lxml import etree

from news_archive.archive.urls import absolute_url, is_probably_html, page_key
from news_archive.spiders.navigation_regions import NavigationRegions
from news_archive.spiders.teaser_links import LABEL_RELS, element_text

# A list nested in another is a menu's submenu, never a widget of posts.
NESTED_LIST = etree.XPath(".//ul|.//ol")


def chrome_link_lists(root: etree._Element, page_url: str, regions: NavigationRegions) -> list[list[tuple[str, str]]]:
    """The page's lists in site chrome (a sidebar, a footer) whose every item holds one link and nothing else linked
    (a widget's entries), each as its (url, text) pairs in order. Items with no link (an empty slot) are skipped;
    a link marked as a tag or author page (rel=tag, rel=author) spoils its list: a topic cloud, not posts."""
    found = []
    for element in root.iter("ul", "ol"):
        if NESTED_LIST(element):
            continue
        entries, spoilt, first = [], False, None
        for item in element.iterchildren("li"):
            anchors = [anchor for anchor in item.iter("a") if anchor.get("href")]
            # An item's one link leads to one page whatever its key: only several links are keyed, to compare.
            urls = {page_key(absolute_url(page_url, anchor.get("href")) or "") for anchor in anchors} \
                if len(anchors) > 1 else ()
            if not anchors:
                continue
            anchor = anchors[0]
            first = anchor if first is None else first
            url = absolute_url(page_url, anchor.get("href"))
            if len(urls) > 1 or not url or not is_probably_html(url) \
                    or LABEL_RELS.intersection((anchor.get("rel") or "").lower().split()):
                spoilt = True
                break
            entries.append((url, " ".join(element_text(anchor).split())))
        if entries and not spoilt and regions.contains(first):
            found.append(entries)
    return found
