"""A public agency's notice shows its date as "Written on 19 April 2023" ("Scritto il", in Italian, on both language
versions) in a label box above its headline, and the headline names the day of the maintenance it announces. The
labelled day is the notice's date; the headline's is the event's."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

TEXT = ("<p>We let you know that the shared access point will be down for planned work from about 13 to 15:30 on Friday "
        "28 April 2023\nIn that time no documents can be sent or received.</p>") + "".join(f"<p>The shared access point of the public offices will be down for planned work for a few hours, and "
               f"no documents can be sent or received in that time, point {n}.</p>" for n in range(1, 4))


def notice(label: str, month: str) -> str:
    """The agency's card under a breadcrumb ending on the headline: a calendar icon and the labelled day (its parts on
    lines of their own), then the headline naming the maintenance day and hours, then the text."""
    headline = "Access point - maintenance notice 28/04/2023 at 13:00-15:30"
    crumbs = (f"<li class='breadcrumb-item'><a href='/'>Home</a><span class='separator'>&gt;</span></li>"
              f"<li class='breadcrumb-item'><a href='/en/news'>News</a><span class='separator'>&gt;</span></li>"
              f"<li class='breadcrumb-item active' aria-current='page'>{headline}</li>")
    return (f"<html><head><title>{headline} - Agency</title></head><body><div id='main'><div class='container'>"
            f"<nav class='breadcrumb-container'><ol class='breadcrumb'>{crumbs}</ol></nav></div>"
            f"<article class='container'><div class='row'><div class='col-12'><div class='card-wrapper'>"
            f"<div class='card card-big'><div class='flag-icon'></div><div class='etichetta'><svg class='icon'>"
            f"<use href='#it-calendar'></use></svg><span>{label} 19\n\n\n{month}\n\n\n2023\n</span></div>"
            f"<div class='card-body'><h5 class='card-title'>{headline}</h5><div class='card-text'>{TEXT}</div></div>"
            f"</div></div></div></div></article></div></body></html>")


@pytest.mark.parametrize("label, month", [("Scritto il", "Aprile"), ("Scritto il", "April"), ("Written on", "April")])
def test_a_day_labelled_written_on_beats_the_day_the_headline_names(label, month):
    # Fails before (2023-04-28T13:00-15:30): "written" was no publication label, and the headline's day and hours won.
    page = extract_article(notice(label, month), "https://agency.example/en/news/access-point-maintenance-1/")
    assert page.published[:10] == "2023-04-19"
