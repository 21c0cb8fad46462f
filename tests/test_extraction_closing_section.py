"""The last section of a text written in sections stays, however short: its heading is set as the others are, or a
rank below them in the same element (a part of the last section)."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour.example/blog/2024/05/14/summer-fair/"
TITLE = "Summer fair on the quay"
PARAGRAPHS = [
    "The harbour office invites all members to the summer fair, with stalls, boat trips and music on the quay.",
    "Stalls can be booked at the office until the end of May; the boat trips need no booking and cost nothing.",
]


def body_of(story: str) -> list[str]:
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header><a href="/">Harbour Blog</a></header><main><article><h1>{TITLE}</h1><p>Published 14 May 2024</p>
<div class="story">{story}</div></article></main><footer><p>Harbour Blog, Quay Street 1</p></footer></body></html>"""
    return extract_article(html, URL).body.split("\n\n")


def test_the_last_section_of_a_text_in_sections_stays_however_short():
    # Fails before: the line was trimmed as a sign-off (short, no full stop), then its heading as a closing heading.
    sections = "".join(f"<h3 class='part'>{name}</h3><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    closing = "<h3 class='part'>Newsletter</h3><p>Keep up to date with our newsletter: /newsletter/</p>"
    assert body_of(sections + closing)[-2:] == ["Newsletter", "Keep up to date with our newsletter: /newsletter/"]


@pytest.mark.parametrize("closing", [
    # A heading set apart from the text's subheadings heads the site's box.
    "<h3 class='box-title'>Newsletter</h3><p>Keep up to date with our newsletter: /newsletter/</p>",
    "<div class='box'><h3 class='part'>Newsletter</h3><p>Keep up to date with our newsletter: /newsletter/</p></div>",
    # A label after the last section's paragraph labels what follows the text.
    f"<h3 class='part'>Music</h3><p>{PARAGRAPHS[0]} Bands play all day.</p><p>Newsletter:</p>",
])
def test_a_closing_box_set_apart_from_the_texts_subheadings_still_goes(closing):
    sections = "".join(f"<h3 class='part'>{name}</h3><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    assert "Newsletter" not in body_of(sections + closing)


def test_a_closing_subsection_a_rank_below_the_texts_sections_stays():
    # Fails before: the <h3> under the text's <h2>s was not set as they are, so its short line went as a sign-off
    # (no full stop) and the heading as a closing heading. A link roundup closes on such a part: a line, then links.
    sections = "".join(f"<h2 id='{name.lower()}'>{name}</h2><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    closing = ("<h3 id='knots'>Knots for beginners</h3><p>Three guides every new sailor should keep at hand</p>"
               "<ul><li><a href='https://ropes.example/one'>Guide 1</a></li>"
               "<li><a href='https://ropes.example/two'>Guide 2</a></li></ul>")
    assert body_of(sections + closing)[-2:] == ["Knots for beginners",
                                                "Three guides every new sailor should keep at hand"]


def test_a_closing_heading_a_rank_above_the_texts_subheadings_still_goes():
    # A higher-ranked heading after the text's <h3> parts heads what follows the text, not a part of it.
    sections = "".join(f"<h3>{name}</h3><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    closing = "<h2>Newsletter</h2><p>Keep up to date with our newsletter: /newsletter/</p>"
    assert "Newsletter" not in body_of(sections + closing)


@pytest.mark.parametrize("closing, lines", [
    ("<h3 class='part'>Want a stall?</h3><p>Give us the name of your stall and a contact, and we will call.</p>"
     "<p><a class='button' href='mailto:office@harbour.example'>Yes please, contact us</a></p>",
     ["Want a stall?", "Give us the name of your stall and a contact, and we will call.", "Yes please, contact us"]),
    ("<h3 class='part'>Tell a friend!</h3>"
     "<p><a class='button' href='mailto:office@harbour.example'>Share the invitation</a></p>",
     ["Tell a friend!", "Share the invitation"]),
])
def test_the_button_closing_the_last_section_stays_with_its_heading(closing, lines):
    # Fails before: the button's line, one link in words a site's furniture uses ("contact us", "share"), went as
    # furniture before the last section was looked at, so the text closed on the section's heading or its
    # introduction, the call itself gone.
    sections = "".join(f"<h3 class='part'>{name}</h3><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    assert body_of(sections + closing)[-len(lines):] == lines


def test_a_button_under_a_heading_set_apart_from_the_texts_subheadings_still_goes():
    sections = "".join(f"<h3 class='part'>{name}</h3><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    closing = ("<h3 class='box-title'>Tell a friend!</h3>"
               "<p><a class='button' href='mailto:office@harbour.example'>Share the invitation</a></p>")
    assert "Share the invitation" not in body_of(sections + closing)


def test_a_closing_section_set_as_one_short_list_stays():
    # Fails before: a Markdown section's points (<ul> beside the heading) were not the section's lines, so each went
    # as furniture or as a link line ("Follow us at <a>@handle</a>."), and the text closed on the paragraph above.
    sections = "".join(f"<h2 id='{name.lower()}'>{name}</h2><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    closing = ("<h2 id='members'>Members</h2><ul>"
               "<li>Join us on our <a href='https://lists.example/harbour'>mailing list</a> and "
               "<a href='https://chat.example/harbour'>chat room</a>.</li>"
               "<li>Follow us at <a href='https://social.example/harbour'>@harbour</a>.</li>"
               "<li>Meet us at our <a href='https://harbour.example/meetings/#calendar'>monthly members' evening</a>."
               "</li>"
               "<li>See <a href='https://harbour.example/members/'>more</a>.</li></ul>")
    assert body_of(sections + closing)[-5:] == [
        "Members", "Join us on our mailing list and chat room.", "Follow us at @harbour.",
        "Meet us at our monthly members' evening.", "See more."]


def test_a_closing_section_listing_the_writers_links_stays():
    # Fails before: the points, each one link (the writer's further reading), went as link lines.
    sections = "".join(f"<h2 id='{name.lower()}'>{name}</h2><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    closing = ("<h2 id='reading'>Reading</h2><ul>"
               "<li><a href='https://ropes.example/knots'>A guide to knots for new sailors</a></li>"
               "<li><a href='https://harbour.example/'>The harbour office</a></li></ul>")
    assert body_of(sections + closing)[-3:] == ["Reading", "A guide to knots for new sailors", "The harbour office"]


LINKS = ("<ul><li><a href='https://ropes.example/knots'>A guide to knots for new sailors</a></li>"
         "<li><a href='https://harbour.example/'>The harbour office</a></li></ul>")


@pytest.mark.parametrize("closing", [
    # The list in a box of its own, set apart from the text's sections.
    f"<div class='box'><h3 class='part'>Reading</h3>{LINKS}</div>",
    # A heading worded as a site's box of stories.
    f"<h3 class='part'>Related articles</h3>{LINKS}",
])
def test_a_list_closing_a_box_of_stories_still_goes(closing):
    sections = "".join(f"<h3 class='part'>{name}</h3><p>{text}</p>" for name, text in
                       [("Stalls", PARAGRAPHS[0]), ("Boat trips", PARAGRAPHS[1])])
    assert "A guide to knots for new sailors" not in body_of(sections + closing)
