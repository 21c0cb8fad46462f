"""The tree the spider parses a page into: the one the clean stage prunes, as its own parse of the text would be."""
from __future__ import annotations

import lxml.html
from scrapy.http import HtmlResponse

from news_archive.spiders.discovery import page_links
from news_archive.spiders.markup import page_tree


def tree_of(markup: str):
    return page_tree(HtmlResponse("http://s.example/nyheter/", body=markup.encode("utf-8"), encoding="utf-8"))


def test_the_tree_holds_lxml_html_elements_and_no_comments():
    root = tree_of("<html><body><!-- meny --><form><label>Sök<input name=q></label></form>"
                   "<p>Ett<!-- dolt -->två<?php echo 1; ?></p></body></html>")
    assert isinstance(root, lxml.html.HtmlElement)  # drop_tree() and text_content() for the extractor
    assert isinstance(root.find(".//form"), lxml.html.FormElement)
    assert isinstance(root.find(".//input"), lxml.html.InputElement)
    assert isinstance(root.find(".//label"), lxml.html.LabelElement)
    assert not root.xpath("//comment() | //processing-instruction()")
    assert root.find(".//p").text == "Etttvå"


def test_a_pager_link_under_a_heading_is_a_headline_not_a_page_of_the_listing():
    root = tree_of("<html><body><h2><span><a href='/nyheter/page/2/'>Två</a></span></h2>"
                   "<div class='pager'><a href='/nyheter/page/3/'>3</a></div></body></html>")
    links = page_links(root, "http://s.example/nyheter/")
    assert links.pagination == ["http://s.example/nyheter/page/3/"]
    assert links.teasers == ["http://s.example/nyheter/page/2/"]
