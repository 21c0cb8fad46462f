"""A list article heads each item with the item's name linked to the thing itself, then a paragraph about it: those
headings are the text's subheadings. A run of linked headlines over one-line excerpts stays a box of other stories."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://kettles.example.net/reviews/2024/the-kettles-worth-buying/"
REVIEW = ("We boiled water in the {name} every morning for a fortnight, timed how long it took to sing, weighed it "
          "empty and full, and asked three neighbours whether its handle stayed cool under a long pour. It did well "
          "on most counts, and its lid opened with one thumb even when our hands were cold and wet from the garden. "
          "The price is fair for what it does, though the shop charges extra for the spare filter.")
NAMES = ("Copper Whistler", "Quiet Morning", "Harbour Steel", "Little Fjord")


def _page(items: str, after: str = "") -> str:
    return ("<html lang='en'><head><title>The kettles worth buying this winter</title>"
            "<meta property='og:type' content='article'></head><body>"
            "<article><h1>The kettles worth buying this winter</h1><p class='date'>March 4, 2024</p>"
            "<div class='story'><p>Winter is the season of the kettle, and this year the shops hold more of them "
            "than ever before, so we bought the ones readers asked about most and put them through our tests. Each "
            "kettle went through the same fortnight in the same kitchen, filled from the same tap, and each was "
            "judged by the same three neighbours, who were not told the prices until the end. "
            "Two of the kettles we bought broke in the first week and are left out of this list; the shops took "
            "them back without a word, which says something good about the shops if not about the kettles.</p>"
            f"{items}</div>{after}</article></body></html>")


def _item(name: str) -> str:
    return (f"<h3 class='story-text'><a href='https://shop.example.com/{name.lower().replace(' ', '-')}'>"
            f"“{name}” ($40)</a></h3><p class='story-text'>{REVIEW.format(name=name)}</p>")


def test_linked_item_headings_of_a_list_article_are_kept():
    """Fails before: each linked heading ("“Copper Whistler” ($40)") was dropped as a link line amid the text."""
    found = extract_article(_page("".join(_item(name) for name in NAMES)), URL)
    for name in NAMES:
        assert f"“{name}” ($40)" in found.body
    assert found.body.index("“Quiet Morning” ($40)") < found.body.index(REVIEW.format(name="Quiet Morning"))
    assert found.page_type == "article"


def test_linked_headlines_over_short_excerpts_stay_out():
    """Other stories set as linked headings over an excerpt of a line are no sections of the text."""
    others = "".join(f"<h3 class='more'><a href='/reviews/2024/teapots-{n}/'>Teapots we liked, part {n}</a></h3>"
                     f"<p class='more'>Six pots, one winner, and a lid that never rattles.</p>" for n in range(4))
    found = extract_article(_page(_item(NAMES[0]) + f"<p>{REVIEW.format(name='last kettle')}</p>" + others), URL)
    assert "Teapots we liked" not in found.body
