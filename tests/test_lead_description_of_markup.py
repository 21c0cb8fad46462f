"""A description cut from a post's HTML source (its escaped tags shown as text) is no lead; its words are.

Some generators describe a post by the first characters of its source, not of its text: a post opening on a
picture got `<img src="/images/..." alt="..." class="portrait" ...` as its description, and that markup became
the archive's lead.
"""
from __future__ import annotations

from pipelines.extraction import extract_article

URL = "https://agency.example/blogg/2016/03/02/welcome-ola/"
OPENING = ("Ola Berg joined the studio this spring after ten years of building shop fronts for large retail "
           "chains.")
TEXT = [OPENING, "He starts on the booking service for the ferry line and moves on to the museum's new guide.",
        "Welcome to the team, Ola, and mind the coffee machine on the second floor."]


def post(description: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Welcome Ola - Agency</title>'
            f'<meta name="description" content="{description}"><meta property="og:description" '
            f'content="{description}"></head><body><header><h1><a href="/">Agency</a></h1></header>'
            f'<section class="wrapper post"><article><header><h1>Welcome Ola</h1><p class="meta"><span>Per Holm</span>'
            f' | <time datetime="2016-03-02T16:00">2016-03-02</time></p></header><div>'
            f'<p><img src="/images/profiles/ola.jpg" alt="Ola" class="portrait"> {OPENING}</p>{paragraphs[len(OPENING) + 7:]}'
            f'</div></article></section></body></html>')


def test_a_description_of_markup_cut_off_in_a_tag_is_no_lead():
    """Fails before: the lead was the escaped <img ...> tag, cut off where the excerpt ended."""
    description = ("&lt;img src=&quot;/images/profiles/ola.jpg&quot; alt=&quot;Ola&quot; "
                   "class=&quot;portrait&quot; ...")
    lead = extract_article(post(description), URL).lead
    assert "<" not in lead and "portrait" not in lead


def test_the_words_of_a_description_of_markup_are_the_lead():
    """Fails before: the lead kept the paragraph's tags around its words."""
    description = "&lt;p&gt;Ola Berg joined the studio this spring after ten years of building shop fronts.&lt;/p&gt;"
    assert extract_article(post(description), URL).lead == \
        "Ola Berg joined the studio this spring after ten years of building shop fronts."


def test_a_description_comparing_figures_stays_the_lead():
    said = "Fewer than 3 of 10 visitors < 25 years old found the shop fronts; Ola Berg now builds the studio's."
    assert extract_article(post(said.replace("<", "&lt;")), URL).lead == said
