"""A post's day stated in a card of labelled fields beside its text ("Publication date" over "September 8, 2023",
label and value each a block of its own) dates it, not the event day that opens its text ("28 September 2023 from
3:00-4:00 pm CET", a webinar announced three weeks ahead)."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article


def _page(label: str) -> str:
    return ("<!DOCTYPE html><html lang='en-us'><head><title>coastal-heritage-hub</title></head><body>"
            "<div class='banner'><h2 class='h3'>Coastal Heritage Hub</h2></div>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/search'>Search</a></nav>"
            "<div class='main-box'><div class='crumbs'><a href='/'>Home</a> / <a href='/news'>News</a></div>"
            "<div class='shadow'><h1 class='h2'>Webinar: sound archives of the harbour towns</h1></div>"
            "<div class='post'><div class='row'><div class='col'><div class='card'>"
            "<div><i>Author(s)</i></div><div>Hub team</div><br>"
            f"<div><i>{label}</i></div><div>September 8, 2023</div><br>"
            "<div><i>Terms of reuse</i></div><div>CC BY 4.0</div><br>"
            "<div>Tell us what you think in <a href='/forum/'>the hub's chat!</a></div></div></div>"
            "<div class='col-9'><div class='card'><div class='post-content'>"
            "<p><strong>28 September 2023 from 3:00-4:00 pm CET</strong></p>"
            "<p>Hosted by the hub's sound team, the webinar shows how the harbour towns' recordings were saved, "
            "sorted and described, and how museums can use them in their own rooms.</p>"
            "<p>Registration is free and open until 27 September 2023; places are limited to fifty people, and the "
            "session will be recorded for those who cannot join on the day.</p>"
            "</div></div></div></div></div></div><footer><p>Coastal Heritage Hub, funded by a research grant</p>"
            "</footer></body></html>")


@pytest.mark.parametrize("label", ["Publication date", "Date of publication"])
def test_a_publication_date_field_beside_the_text_beats_the_event_day_opening_it(label):
    """Fails before: the webinar's day, 28 September, opening the text was taken for the publication day."""
    found = extract_article(_page(label), "https://hub.example/news/4f2c9a10-webinar")
    assert found.published[:10] == "2023-09-08"
    assert found.body.startswith("28 September 2023 from 3:00-4:00 pm CET")
