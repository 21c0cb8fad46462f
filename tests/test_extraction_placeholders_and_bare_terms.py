"""Lines that stand for something no longer there: a script's loading placeholder where a player will show
("Loading...", "正在加载..."), and a definition list's term closing the text whose definition, a list of tag links,
was dropped ("Topics:"). Neither is the writer's."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://bramble.example.org/2024/03/11/the-orchard-shelves-open/"
FIRST = ("The orchard shelves opened on Monday after a winter of careful work by the volunteers of the Bramble "
         "society, who sorted every crate by hand and wrote a small card for each one before it went up.")
SECOND = ("Visitors may borrow two crates at a time and keep them for a fortnight; the society asks only that the "
          "cards come back with them, so that the next borrower knows where each crate has been.")


def _page(middle: str = "", after: str = "") -> str:
    return ("<html lang='en'><head><title>The orchard shelves open</title>"
            "<meta property='og:type' content='article'></head><body>"
            "<article><h1>The orchard shelves open</h1><p class='date'>March 11, 2024</p>"
            f"<div class='story'><p>{FIRST}</p>{middle}<p>{SECOND}</p>{after}</div></article></body></html>")


@pytest.mark.parametrize("notice", ["Loading...", "正在加载...", "Laddar…"])
def test_a_players_loading_placeholder_is_no_line_of_the_text(notice):
    """Fails before: the placeholder, in a cell of the player's frame, ended as a sentence and was kept."""
    player = f"<div class='player-frame'><table><tr><td>{notice}</td></tr></table></div>"
    found = extract_article(_page(middle=player), URL)
    assert notice not in found.body
    assert FIRST in found.body and SECOND in found.body


def test_a_closing_term_whose_tag_links_were_dropped_is_no_line_of_the_text():
    """Fails before: "Topics:" closed the body, its <dd> of tag links gone."""
    terms = ("<dl><dt>Topics:</dt><dd><ul class='topics'><li><a href='/orchards'>Orchards</a></li>"
             "<li><a href='/crates'>Crates</a></li></ul></dd></dl>")
    found = extract_article(_page(after=terms), URL)
    assert found.body.endswith(SECOND)


def test_a_term_with_its_definition_kept_stays():
    terms = ("<dl><dt>Opening hours:</dt><dd>Weekdays from nine until the last crate is back on its shelf, and "
             "Saturdays until noon.</dd></dl>")
    found = extract_article(_page(after=terms), URL)
    assert "Opening hours:" in found.body and found.body.endswith("Saturdays until noon.")


@pytest.mark.parametrize("notice", ["Wird geladen...", "Chargement en cours…"])
@pytest.mark.parametrize("where", ["middle", "after"])
def test_a_placeholder_of_several_words_over_a_player_is_no_line_of_the_text(notice, where):
    """Fails before: the placeholder right above the player's frame was marked as the line introducing it, which
    keeps a line closing the text or standing amid it whatever else says it is furniture."""
    player = f"<p>{notice}</p><iframe src='https://video.example/embed/41'></iframe>"
    found = extract_article(_page(**{where: player}), URL)
    assert notice not in found.body
    assert FIRST in found.body and SECOND in found.body
