"""An old blog template: the <title> is the blog's name, a colon and the post's headline ("Harbour notes: Five links
of the week"), and the side column, set before the main column, opens on the blog's name as <h1> and holds the
writer's "About me" paragraph, longer than a short post of a few linked lines. The post is the main column's text;
the side column, <h1> and all, is none of it."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "http://harbournotes.example/2012/10/five-links-of-week.html"

ABOUT = ("I have written about ships, harbours and the people who work in them for twenty years, first for a "
         "regional paper and now here. I like tugboats, fog horns, ferry timetables, lighthouse keepers, cranes at "
         "night, the smell of tar, container manifests, pilot boats, old charts, knots, rope makers, dry docks, "
         "winter storms, harbour cats, fish auctions, canal locks, shipyard canteens, tide tables, sea shanties, "
         "rusty bollards, signal flags, radio chatter, buoys, gulls, drawbridges, weather reports and "
         "harbourmasters who answer the phone. I do not care much for yachts, marinas, cruise ships or people who "
         "call every boat a ship. Send me your photos of harbours near you and I will post the best ones.")

POST_LINES = [
    "Twelve old harbour cranes that still stand along the river (above).",
    "A tugboat captain's diary of the coldest winter on record.",
    "Why ferry timetables are printed in such tiny type.",
    "The last rope maker of the old town shows how it is done.",
    "Nine lighthouses you can sleep in this winter.",
]


def page() -> str:
    lines = "".join(f"&#8226; {line.split(' ', 1)[0]} <a href='http://elsewhere.example/{i}'><b>"
                    f"{line.split(' ', 1)[1].split(' ', 1)[0]}</b></a> {line.split(' ', 2)[2]}<br />"
                    for i, line in enumerate(POST_LINES))
    previous = "".join(f"<li><a href='http://harbournotes.example/2012/{m:02d}/links-{m}.html'>Links of the week "
                       f"{m}</a></li>" for m in range(1, 10))
    return ("<html><head><title>Harbour notes: Five links of the week.</title></head><body>"
            "<div id='content'><div id='sidebar'><div id='sidebar2'>"
            "<h1 id='blog-title'><a href='http://harbournotes.example/'>Harbour notes</a></h1>"
            "<p id='description'>SEND ME PHOTOS: harbournotes(at)mail(dot)example</p>"
            "<div id='profile-container'><h2 class='sidebar-title'>About Me</h2><dl class='profile-datablock'>"
            "<dd class='profile-data'><strong>Name:</strong> <a rel='author' href='/profile/77'>Harbour notes</a></dd>"
            "<dd class='profile-data'><strong>Location:</strong> Port Town</dd></dl>"
            f"<p class='profile-textblock'>{ABOUT}</p>"
            "<p class='profile-link'><a href='/profile/77'>View my complete profile</a></p></div>"
            f"<h2 class='sidebar-title'>Previous Posts</h2><ul id='recently'>{previous}</ul>"
            "</div></div>"
            "<div id='main'><div id='main2'><h2 class='date-header'>Monday, October 15, 2012</h2>"
            "<div class='post'><h3 class='post-title'>Five links of the week.</h3>"
            f"<div class='post-body'><p>{lines}</p></div>"
            "<p class='post-footer'><em>posted by Harbour notes @ <a href='" + URL + "'>6:01 PM</a></em></p>"
            "</div></div></div></div></body></html>")


def test_the_side_column_with_the_blogs_name_as_h1_is_no_part_of_a_short_post():
    # Fails before: the body opened on the side column's contact line, name, place and "About me" paragraph.
    result = extract_article(page(), URL)
    assert result.page_type == "article", result.page_reason
    assert "Twelve old harbour cranes" in result.body and "Nine lighthouses you can sleep in" in result.body
    assert "tugboats, fog horns" not in result.body, result.body[:300]
    assert "SEND ME PHOTOS" not in result.body and "Port Town" not in result.body
