"""A shop's sort and page-size menus, set in a post beside a grid of its products, are no part of the post's text."""
from __future__ import annotations

import lxml.html

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.listing_controls import listing_controls
from recall_pages import PARAGRAPHS, URL, page, paragraphs


def _menu(label: str, current: str, options: list[str], parameter: str, attribute: str = "data-href") -> str:
    """A theme's drop-down menu: the label naming the current choice, its options linking the page re-sorted."""
    links = "".join(f"<li><a class='sorting-link' {attribute}='?{parameter}={option.lower().replace(' ', '_')}' "
                    f"rel='nofollow'>{option}</a></li>" for option in options)
    return f"<ul class='sort-param'><li><span class='selected'>{label} <strong>{current}</strong></span>" \
           f"<ul>{links}</ul></li></ul>"


SORTING = ("<div class='grid-sorting'>"
           + _menu("Sort by", "Default", ["Default", "Name", "Price", "Date", "Random"], "order")
           + _menu("Show", "9 items per page", ["9 items per page", "18 items per page"], "count")
           + "</div>")
GRID = ("<ul class='cards'><li><a href='/shop/tide-clock/'><h2>Tide clock</h2></a></li>"
        "<li><a href='/shop/harbour-map/'><h2>Harbour map</h2></a></li></ul>")


def test_a_sort_menu_linking_by_data_href_beside_a_product_grid_goes():
    result = extract_article(page(paragraphs(PARAGRAPHS) + SORTING + GRID), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_a_sort_menu_linking_the_page_again_by_href_goes():
    sorting = _menu("Sort by", "Newest", ["Newest", "Oldest", "Most read"], "sort", attribute="href")
    result = extract_article(page(paragraphs(PARAGRAPHS) + sorting), URL)
    assert result.body.split("\n\n") == PARAGRAPHS


def test_the_writers_list_of_points_each_linking_a_page_stays():
    """Points linking other pages of the site, set under the writer's own sub-list label, are the text's, though they
    share a box with the menus: the menus go alone."""
    points = ("<ul><li>Timetables for the season:<ul><li><a href='/timetable/summer/'>The summer timetable</a></li>"
              "<li><a href='/timetable/winter/'>The winter timetable</a></li></ul></li></ul>")
    result = extract_article(page(paragraphs(PARAGRAPHS) + f"<div class='shop-tools'>{points}{SORTING}</div>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + ["Timetables for the season:", "The summer timetable",
                                                      "The winter timetable"]


def test_a_paragraph_of_text_sharing_the_menus_box_stays():
    """More words beside the menus than a label per menu are the page's own text: the menus go alone."""
    own = "Printed timetables wait at the quay kiosk as well, for travellers who would rather read paper than screens."
    result = extract_article(page(paragraphs(PARAGRAPHS) + f"<div class='shop-tools'><p>{own}</p>{SORTING}</div>"), URL)
    assert result.body.split("\n\n") == PARAGRAPHS + [own]


def test_key_points_linking_parts_of_a_page_asked_with_a_query_are_no_menu():
    """Fails before: on an address with a query ("?ref=front"), a link to one of the page's parts ("#update-2") joined
    to the page asked again with that query, so a live report's index of key points was taken for a sort menu."""
    index = "".join(f"<li><a href='#update-{n}'>{point}</a></li>" for n, point in
                    enumerate(["10:05 The ferry leaves the quay again", "11:40 The harbour office opens its doors"]))
    root = lxml.html.fromstring(page(paragraphs(PARAGRAPHS) + f"<ul class='key-points'>{index}</ul>" + SORTING))
    menus = listing_controls(root, URL + "?ref=front")
    assert [menu.get("class") for menu in menus] == ["grid-sorting"]
