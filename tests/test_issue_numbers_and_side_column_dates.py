"""An issue's number is no day ("Lettre N°5 Juin 2015"); a post's <time> marked published is its date also where the
theme sets it in a side column's <aside>; a site-search indexer's "published_at" tag dates a page that shows no date."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.dates import find_date, parse_date

_TEXT = ("<p>Les communes qui ont équipé leurs armoires de régulateurs voient leur facture baisser dès le premier hiver, "
         "et le réglage se fait sans toucher aux lanternes ni aux câbles déjà posés dans les rues.</p>"
         "<p>Le technicien choisit le niveau de tension pour chaque tranche horaire de la nuit, puis il vérifie le "
         "rendu sur place avec les élus, rue par rue, avant de valider le réglage pour toute la saison.</p>")


def test_a_number_after_an_issue_mark_is_no_day():
    """Fails before: each was read as the day of its month."""
    for text in ("Lettre INFO N°5 Juin 2015", "la lettre n°3 Février 2014", "Issue No. 7 March 2020",
                 "Heft Nr. 3 März 2020", "Newsletter #12 May 2021", "nummer 4 april 2019"):
        assert find_date(text) is None, text
    # The next date in the text is still read, and a day after a word that only ends in "n" too.
    assert parse_date("Lettre N°5 Juin 2015, envoyée le 22 juin 2015") == "2015-06-22"
    assert parse_date("Mis en ligne 5 juin 2015") == "2015-06-05"
    assert parse_date("No 5 June 2015 was a Friday") == "2015-06-05"


def test_an_issue_title_in_the_side_column_dates_no_post():
    """Fails before: the post, which shows no date, was dated 2015-06-05 from a newsletter's title in the sidebar."""
    page = ("<html lang='fr'><head><title>Comment ça marche | Lumen</title></head><body>"
            "<div id='main-content'><h1 class='page-title'>Comment ça marche</h1>" + _TEXT +
            "<p><a href='/media/lettre-3.pdf'>Lettre INFO n°3 Février 2014</a></p></div>"
            "<div class='sidebar'><h4>Nos news</h4><ul>"
            "<li><a href='/un-elephant-blanc/'>Un éléphant blanc en Alsace</a></li>"
            "<li><a href='/lettre-info-n5-juin-2015/'>Lettre INFO N°5 Juin 2015</a></li></ul></div></body></html>")
    found = extract_article(page, "https://lumen.example/comment-ca-marche/")
    assert found.published is None


def _post(aside: str, meta: str = "", opening: str = "<p>February 4, 2016</p>") -> str:
    """A city's blog post: the text first, the post's image, author and <time> in an <aside> column beside it."""
    return ("<html lang='en'><head><title>Flood Safety | Posts</title>" + meta + "</head><body>"
            "<main><article class='post type-post hentry'><header><h1 class='entry-title'>Flood Safety</h1></header>"
            "<div class='entry-content'>" + opening +
            "<p>On Wednesday the weather service warned that melting snow and rain may flood the creeks, and the "
            "office asks everyone who lives near a stream to keep an eye on the water and to plan a way out.</p>"
            "<p>A watch means flooding may happen soon; a warning means there is flooding now, and you should move "
            "to higher ground at once, away from the banks and the low roads that the water covers first.</p>"
            + "".join(f"<p>Tip {n}: keep a bag with water, a torch, medicine and copies of your papers by the door, "
                      "and agree with your family where to meet if the roads are closed.</p>" for n in range(1, 70))
            + "</div>"
            "<aside id='secondary' class='columns'>" + aside + "</aside></article></main>"
            "<footer><p>This content was last updated on <time id='content-modified' datetime='2016-02-04T10:57:47+00:00'>"
            "February 4, 2016</time></p></footer></body></html>")


def test_a_time_marked_published_in_the_posts_side_column_dates_it():
    """Fails before: the <aside>'s <time> came after the date line opening the text (2016-02-04 was stored)."""
    aside = ("<div class='byline'><span>Posted by <a href='/posts/author/jo/'>Jo Doe</a></span><br>"
             "<span><time class='entry-date published updated' datetime='2016-02-01T13:16:11+00:00'>February 1, 2016"
             "</time></span></div>")
    found = extract_article(_post(aside), "https://city.example/posts/oem/flood-safety/")
    assert found.published[:10] == "2016-02-01"


def test_a_published_time_in_a_list_of_other_posts_in_the_aside_stays_a_teasers():
    aside = ("<h3>Recent posts</h3><ul>"
             "<li><a href='/posts/a/'>Snow day</a> <time class='entry-date published' datetime='2016-01-20'>"
             "January 20, 2016</time></li>"
             "<li><a href='/posts/b/'>Heat</a> <time class='entry-date published' datetime='2016-01-10'>"
             "January 10, 2016</time></li></ul>")
    found = extract_article(_post(aside), "https://city.example/posts/oem/flood-safety/")
    assert found.published == "2016-02-04"


def test_a_search_indexers_published_at_tag_dates_a_page_that_shows_no_date():
    """Fails before: the release's label was left empty and no date was stored."""
    meta = "<meta class='swiftype' name='published_at' data-type='date' content='2016-04-13T11:46:44+00:00'>"
    opening = "<p><strong>For Immediate Release: </strong><br><strong>Contact: </strong></p>"
    found = extract_article(_post("", meta, opening), "https://city.example/press-releases/grant/")
    assert found.published[:10] == "2016-04-13"
    # The date the page shows comes first: a scheduled release went out after the day it names.
    meta = "<meta class='swiftype' name='published_at' data-type='date' content='2016-04-25T07:08:00+00:00'>"
    opening = "<p><strong>For Immediate Release:</strong> April 24, 2016<br><strong>Contact: </strong>Jo Doe</p>"
    found = extract_article(_post("", meta, opening), "https://city.example/press-releases/schedule/")
    assert found.published[:10] == "2016-04-24"


def test_a_press_releases_header_fields_open_no_text():
    """Fails before: the body opened with the header "For Immediate Release: ... Contact: ..."."""
    page = ("<html lang='en'><head><title>Boat Lights Return | Press Release</title></head><body><main>"
            "<article class='press_release hentry'><header><h1 class='entry-title'>Boat Lights Return</h1></header>"
            "<div class='entry-content'><strong>For Immediate Release:</strong> July 22, 2016<br>"
            "<strong>Published By:</strong> <a href='/departments/parks/'>Parks Office</a><br>"
            "<strong>Contact: </strong>Jo Doe, (555) 010-0000, jo.doe@city.example<div class='release'>"
            "<p>RIVERTON – The lights along the boat houses shine again from Friday night, after a year of work that "
            "replaced every old bulb with a lamp that can change its colour for the city's festivals.</p>"
            "<p>“We are glad to show the river at its best,” said the mayor, who thanked the rowing clubs for "
            "their patience while the crews worked on the roofs through the spring and the early summer.</p>"
            "<div class='center'>###</div></div></div></article></main></body></html>")
    found = extract_article(page, "https://city.example/press-releases/parks/boat-lights-return/")
    assert found.body.startswith("RIVERTON – The lights"), found.body[:80]
    assert found.published == "2016-07-22"


def test_a_search_indexers_published_at_tag_makes_no_page_an_article():
    """Every page of such a site carries the tag: an office's page dated by it alone stays a page."""
    meta = "<meta class='swiftype' name='published_at' data-type='date' content='2016-03-01T09:00:00+00:00'>"
    page = ("<html lang='en'><head><title>Office of Parks</title>" + meta + "</head><body><main>"
            "<div class='office'><h1>Office of Parks</h1><p>The office looks after the city's parks, its playgrounds "
            "and its river paths, and it runs the summer camps and the free swimming lessons for children.</p>"
            "<p>Call the office to book a field, to report a broken bench or a fallen tree, or to ask about a permit "
            "for a picnic of more than fifty people in one of the larger parks along the river.</p></div>"
            "</main></body></html>")
    found = extract_article(page, "https://city.example/departments/parks/")
    assert found.published[:10] == "2016-03-01"
    assert found.page_type != "article"
