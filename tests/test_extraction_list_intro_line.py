"""A how-to's short line ending on a colon over its list of things to get ("What you'll need:") is the text's: the list
it introduces is the writer's points. A box's label over a list of links is not."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://howto.example/garden/build-a-bottle-garden"
TITLE = "How to build a bottle garden"
INTRO = ("A bottle garden keeps itself going for months: the plants breathe out the water they take up, and it runs "
         "back down the glass into the soil.")
STEP = ("Put a layer of gravel in the bottom of the jar, then the charcoal, then the soil, pressing each layer down "
        "gently with the back of a spoon before you add the next.")
THINGS = ["A large glass jar with a lid", "Gravel", "Activated charcoal", "Potting soil", "Two or three small ferns"]


def howto_page(label: str = "What you'll need:", linked: bool = False) -> str:
    items = "".join(f'<li><a href="/shop/{i}">{t}</a></li>' if linked else f"<li>{t}</li>"
                    for i, t in enumerate(THINGS))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Howto</a></header>
<main><article><h1>{TITLE}</h1><div class="intro"><p>{INTRO}</p></div>
<div class="step"><div class="content"><span class="label">{label}</span><ul>{items}</ul></div></div>
<div class="step"><div class="content"><span class="label">Step 1</span><p>{STEP}</p></div></div>
</article></main><footer><a href="/about/">About us</a></footer></body></html>"""


def test_the_line_introducing_the_writers_list_is_kept():
    # Set as a short loose line with no full stop, it was dropped as a label; its list stayed.
    paragraphs = extract_article(howto_page(), URL).body.split("\n\n")
    assert paragraphs[:3] == [INTRO, "What you'll need:", THINGS[0]]


def test_a_label_over_a_list_of_links_is_still_dropped():
    body = extract_article(howto_page("Shop the look:", linked=True), URL).body
    assert "Shop the look:" not in body


def test_a_line_introducing_a_list_each_in_a_box_of_its_own_is_kept():
    """Fails before: a site setting each line and list of its text in a box of its own ("<div><div>What you'll
    need:</div></div><div><div><ul>") lost the short line over the list as a label; its list stayed."""
    items = "".join(f"<li>{thing}</li>" for thing in THINGS)
    blocks = (f"<div class='row'><div class='text'>{INTRO}</div></div>"
              "<div class='row'><div class='text'>What you'll need:</div></div>"
              f"<div class='row'><div class='text'><ul>{items}</ul></div></div>"
              f"<div class='row'><div class='text'>{STEP}</div></div>")
    page = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<main><article><h1>{TITLE}</h1>{blocks}</article></main></body></html>")
    paragraphs = extract_article(page, URL).body.split("\n\n")
    assert paragraphs == [INTRO, "What you'll need:", *THINGS, STEP]
