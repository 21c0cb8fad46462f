"""A post closing on a sentence an editor framed as a table's only cell, after a rule, its funders named by links
("The call is co-financed by <a>the Regional Fund</a>, <a>the Ministry</a> and <a>the Agency</a>."): the sentence
is the writer's, as it is in a <p>. It was cut as a box of links, most of its words being linked."""
from news_archive.pipelines.extraction import extract_article

URL = "https://firm.example/news/fair-abroad/"
TEXT = "".join(f"<p>{line}</p>" for line in (
    "Last autumn our company took part in an international conference on water supply and drainage held on an "
    "island hotel, where we showed our billing and meter reading services to utilities from four countries.",
    "We applied to the public call for the active participation of companies at fairs abroad and were granted "
    "support for the stand, the travel and the printed material we brought.",
    "The aim was to meet ten utilities in organised talks and to make twenty new business contacts, which we did "
    "in the three days of the conference.",
))
FUNDING = ("The public call is co-financed by <a href='https://fund.example/'>the Regional Development Fund</a>, "
           "<a href='https://ministry.example/'>the Ministry of Economic Development</a> and "
           "<a href='https://agency.example/'>the Enterprise Agency</a>.")


def _page(after: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>At the fair abroad - Firm</title>
</head><body class="single single-post"><header><a href="/">Firm</a></header><main><article class="post type-post">
<h1 class="entry-title">At the fair abroad</h1><span class="post-date">26 October 2019</span>
<div class="entry-content">{TEXT}{after}</div></article></main><footer><p>Firm Ltd.</p></footer></body></html>"""


def test_a_lone_cells_linked_sentence_closes_the_text():
    """Before, the text ended on the paragraph above the rule."""
    body = extract_article(_page(f"<hr><table><tbody><tr><td>{FUNDING}</td></tr></tbody></table>"), URL).body
    assert body.endswith("the Ministry of Economic Development and the Enterprise Agency.")


def test_a_table_of_linked_cells_stays_out():
    """A grid of other stories' links after the text is a box, however each cell reads."""
    cells = "".join(f"<td><a href='/news/story-{n}/'>Another story of the firm number {n} told here.</a></td>"
                    for n in range(1, 4))
    body = extract_article(_page(f"<table><tbody><tr>{cells}</tr></tbody></table>"), URL).body
    assert body.endswith("in the three days of the conference.")
