"""The writer's last lines under the text stay in the body however short: the writers' names signing it ("Ada Lind &
Bo Hed", "Ada Lind, Treasurer, Harbour Guild"), an update note under the sign-off ("EDIT: ..."), a sign-off after an
online editor's nested lines, and the short sentence the writer sets over the greeting. An update stamp and the
site's boxes after the text stay out."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://guild.example/posts/2021/05/harbour-cleanup.html"
TEXT = ("<p>On Saturday forty members of the guild met at the old pier to clear the shore of the rubbish the winter "
        "storms had left behind, from fishing nets to a whole rowing boat.</p>\n"
        "<p>We filled two skips before noon, and the council has promised to take them away on Monday morning, "
        "so the shore will be clear for the summer season.</p>\n")


def _page(closing: str, after_text: str = "") -> str:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour cleanup | Harbour Guild</title>"
            "<meta property='article:published_time' content='2021-05-03T09:00:00Z'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/posts/'>News</a> <a href='/about.html'>About</a></nav>"
            "</header><main><article class='post'><h1 class='entry-title'>Harbour cleanup</h1>"
            "<p class='dateline'><time datetime='2021-05-03T09:00:00Z'>3 May 2021</time></p>"
            f"<div class='entry-content'>\n{TEXT}{closing}</div>{after_text}</article></main>"
            "<footer><p>© 2021 <a href='mailto:board@guild.example'>The Guild board</a></p></footer></body></html>")


def _last(closing: str, after_text: str = "") -> str:
    return extract_article(_page(closing, after_text), URL).body.split("\n\n")[-1]


@pytest.mark.parametrize("signature", ["Ada Lind &amp; Bo Hed", "Ada Lind, Bo Hed, Cai Berg",
                                       "<strong>Ada Lind, Treasurer, Harbour Guild</strong>"])
def test_the_writers_names_alone_under_the_text_sign_it(signature):
    # Fails before: a line of names alone, with no greeting or role line under it, was dropped as a sign-off.
    assert _last(f"<p>{signature}</p>\n") == signature.replace("&amp;", "&").replace("<strong>", "") \
        .replace("</strong>", "")


def test_the_writers_names_as_the_last_line_of_a_paragraph_sign_it():
    assert _last("<p>See you all at the next cleanup in the autumn, when the leaves are down.<br><br>"
                 "<strong>Ada Lind</strong></p>\n") == "Ada Lind"


def test_a_signature_set_in_lines_signs_the_text():
    # Fails before: the names and the organisation, set in one paragraph by <br>s, were dropped as a sign-off.
    assert _last("<p><strong>Ada Lind<br>Bo Hed<br></strong>Harbour Guild</p>\n") == "Ada Lind Bo Hed Harbour Guild"


def test_a_name_in_the_sites_box_after_the_text_stays_out():
    box = "<div class='author-card'><p>Ada Lind</p><p><a href='/authors/ada.html'>All posts</a></p></div>"
    assert _last("", box).startswith("We filled two skips")


def test_an_update_note_under_the_sign_off_closes_the_text():
    # Fails before: the note, a label and a few words, was dropped as a short line after the text.
    body = extract_article(_page("<p>Cheers, Ada</p>\n<p><b>EDIT:</b> Fixed the day of the next cleanup</p>\n"),
                           URL).body
    assert body.split("\n\n")[-2:] == ["Cheers, Ada", "EDIT: Fixed the day of the next cleanup"]


def test_an_update_stamp_under_the_text_is_no_note():
    assert _last("<p>Updated: 4 May 2021</p>\n").startswith("We filled two skips")


def test_the_sign_off_after_an_editors_nested_lines_closes_the_text():
    # Fails before: an online editor nested the last paragraph's line in the line before it, and the sign-off line
    # after the outer one (the team's name, shown in the footer too) was not taken for the text's run.
    lines = ("<div class='ed-line' id='l1'><span>We filled two skips before noon, and the council has promised to "
             "take them away on Monday morning.</span></div>\n<div class='ed-line' id='l2'><span> </span>\n"
             "<div class='ed-line' id='l3'><span>Thanks to everyone who came along and lent a hand on the day, to "
             "the council for the skips, and see you all at the next cleanup in the autumn.</span></div>\n</div>\n<div class='ed-line' id='l4'><br></div>\n"
             "<div class='ed-line' id='l5'><span>The Guild board</span></div>\n")
    assert _last(lines) == "The Guild board"


def test_a_short_sentence_over_the_greeting_closes_the_text_with_it():
    # Fails before: the lines after the text's closing list, its short closing sentence above the greeting was
    # dropped as a loose short line; the greeting stayed.
    lines = ("<div>The next cleanups are planned for these days:<ul><li>the first Saturday in October, when the "
             "leaves are down and the boats are out of the water</li><li>the last Saturday in March, before the "
             "boats go back in for the season</li></ul>\nHope to see you at the pier!<br><br>\nCheers,<br>\nAda"
             "</div>\n")
    body = extract_article(_page(lines), URL).body
    assert body.split("\n\n")[-2:] == ["Hope to see you at the pier!", "Cheers, Ada"]
