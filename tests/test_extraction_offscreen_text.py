"""Text a page sets off the screen for screen readers ("h-offscreen", "u-off-screen": clipped to a pixel, placed
outside the view) is no text of the post: a reader of the page never sees the labels of a box's open and close
buttons or the word announcing a caption."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://news.example/interview/river-ferries"
PARAGRAPHS = [
    "The ferry company will add two boats on the river next spring, its director said, after a winter in which "
    "queues at both landings ran to an hour on most mornings.",
    "Asked why the boats come only now, she said the yard building them had waited months for engines, and that "
    "the crews had to be trained on the new controls before the first passengers board.",
    "The town council will pay for the longer landing at the north bank, where the new boats will moor at night.",
    "Will the fares go up? Not this year, she said: the company keeps the prices it set when the bridge closed.",
    "Commuters who cross every day have asked for a boat at six in the morning, which the timetable will add.",
]


def _page(toggle_class: str) -> str:
    box = ("<div class='expandable-box js-expandable-box' itemscope itemtype='http://schema.org/Person'>"
           "<div class='expandable-box__header' role='button' tabindex='0'>"
           "<picture class='image'><img src='/img/lind.jpg' alt='Mara Lind'></picture>"
           "<div class='person-details'><p class='person-details__name'>Mara Lind</p>"
           "<p class='person-details__function'>Ferry director</p></div>"
           "<div class='expandable-box__expand-icon'><span class='expand-icon'><span class='expand-icon__icon'>"
           f"<span class='expand-icon__open {toggle_class}'>Personenbox ausklappen</span>"
           f"<span class='expand-icon__close {toggle_class}'>Personenbox einklappen</span></span></span></div></div>"
           "<div class='expandable-box__body'><div class='expandable-box__content'><p>Mara Lind has run the ferry "
           "company since 2019, after twenty years as a captain on the coastal routes.</p></div></div></div>")
    figure = (f"<figure><img src='/img/ferry.jpg' alt=''><figcaption><span class='{toggle_class}'>Caption:</span> "
              "The new landing under construction.</figcaption></figure>")
    return ("<html><head><title>Two more ferries next spring</title></head><body><main><article>"
            "<header><h1>Two more ferries next spring</h1></header><section class='article-content'>"
            f"<p>{PARAGRAPHS[0]}</p>{box}<p>{PARAGRAPHS[1]}</p>{figure}"
            + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[2:])
            + "</section></article></main></body></html>")


def test_labels_set_off_the_screen_are_no_text_of_the_post():
    """Fails before: the body held "Personenbox ausklappen Personenbox einklappen" between the paragraphs."""
    for toggle_class in ("h-offscreen", "u-off-screen"):
        body = extract_article(_page(toggle_class), URL).body
        assert "Personenbox" not in body, (toggle_class, body)
        assert all(paragraph in body for paragraph in PARAGRAPHS), (toggle_class, body)
