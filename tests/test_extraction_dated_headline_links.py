"""A sidebar's list of the latest posts links their headlines, and a headline may name a day ("Spring meetup -
14.4.2016"): that day is the linked post's, never the date of the page the list is set beside (a member's profile)."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

SIDEBAR = ("<div id='sidebar'><h2>Latest in the blogs</h2><div class='item-list'><ul>"
           "<li class='views-row'><div class='views-field-title'><span><a href='/node/88/'>Year in review and plans "
           "for the next</a></span></div><div class='views-field-created'><span>3 days 18 hours</span></div></li>"
           "<li class='views-row'><div class='views-field-title'><span><a href='/node/71/'>Web services with the "
           "new release - meetup - 14.4.2016</a></span></div><div class='views-field-created'><span>38 weeks 2 days"
           "</span></div></li></ul></div></div>")


def _page(main: str, title: str) -> str:
    return (f"<html lang='en'><head><title>{title} | Web Users Club</title></head><body><div id='header'>"
            "<a href='/'>Web Users Club</a></div><div id='content'>" + main + "</div>" + SIDEBAR +
            "<div id='footer'><p>Web Users Club, since 2005.</p></div></body></html>")


def test_a_profile_beside_a_dated_headline_in_the_latest_posts_is_not_dated_by_it():
    # Fails before: the profile was dated 2016-04-14 by the sidebar's headline and stored as an article.
    profile = _page("<h1>anna</h1><h3>Personal details</h3><dl><dt>Name</dt><dd>Anna Berg</dd><dt>Job</dt>"
                    "<dd>web developer</dd></dl><h3>History</h3><dl><dt>Member for</dt><dd>7 years 6 weeks</dd></dl>",
                    "anna")
    result = extract_article(profile, "https://club.example/user/12/", listed_as_article=True)
    assert result.published is None
    assert not result.is_article, result.page_reason


def test_a_post_beside_the_same_list_keeps_its_own_date_line():
    text = "".join(f"<p>The group compared notes on the new release and agreed on the next steps, part {n}.</p>"
                   for n in range(4))
    post = _page(f"<h1>Notes from the autumn meetup</h1><span class='submitted'>3 November 2016 - 18:05 posted by "
                 f"<a href='/user/12/'>anna</a></span><div class='content'>{text}</div>", "Notes from the autumn meetup")
    result = extract_article(post, "https://club.example/node/90/", listed_as_article=True)
    assert (result.is_article, result.published[:10]) == (True, "2016-11-03")
