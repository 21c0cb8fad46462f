"""The author column holds people: no comment form's field, office, role, affiliation or one word cut from a phrase."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://harbour.example/2024/03/12/new-ferry-timetable/"
TITLE = "A new ferry timetable for the spring"
TEXT = """<p>From the first of April the morning ferry leaves the north pier twenty minutes earlier than it does today.</p>
<p>The evening crossings stay as they are, and the weekend boats gain a stop at the island's southern jetty.</p>"""


def page(byline: str = "", after_text: str = "", headline_line: str = "") -> str:
    """A blog post: headline, an optional line under it, the text, a byline box, then what follows the post."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body class="single single-post single-author"><header><a href="/">Harbour News</a></header>
<main><article class="post"><header><h1 class="entry-title">{TITLE}</h1>{headline_line}</header>
<div class="entry-content">{TEXT}</div>
{byline}</article>{after_text}</main><footer><p>Harbour Association</p></footer></body></html>"""


COMMENT_FORM = """<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label>
<input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
<input id="email" name="email" type="text"></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment"></textarea></p>
</form></div>"""
COMMENTS = """<div id="comments" class="comments-area"><h2>2 Responses</h2><ol class="commentlist">
<li class="comment"><div class="comment-author vcard"><cite class="fn">Olle Sjöberg</cite></div>
<p>Finally an earlier boat, thank you for listening to us commuters.</p></li>
<li class="comment"><div class="comment-author vcard"><cite class="fn">Greta Holm</cite></div>
<p>Will the bicycle racks on board stay the same size as before?</p></li></ol></div>"""


def test_a_comment_forms_name_field_is_no_author():
    assert extract_article(page(after_text=COMMENT_FORM), URL).author is None


def test_commenters_are_no_authors_and_the_posts_byline_wins():
    byline = '<p class="byline">By <a href="/author/ada-lind/">Ada Lind</a></p>'
    assert extract_article(page(after_text=COMMENTS + COMMENT_FORM), URL).author is None
    assert extract_article(page(byline, COMMENTS + COMMENT_FORM), URL).author == "Ada Lind"


def box(*lines: str) -> str:
    return '<div class="byline"><div class="details">' + "<br>".join(lines) + "</div></div>"


@pytest.mark.parametrize("byline, author", [
    # An office whose name holds "and" is one office, not a person after the "and".
    (box('<span>Posted by <a href="/author/ada-lind/">Ada Lind</a></span>',
         '<a href="/departments/parks/">Office of Parks and Public Spaces</a>'), "Ada Lind"),
    (box('<span>Posted by <a href="/author/ada-lind/">Ada Lind</a></span>',
         '<a href="/departments/equity/">Office of the Chief Equity and Inclusion Officer</a>',
         '<a href="/departments/mayor/">Office of the Mayor</a>'), "Ada Lind"),
    # A shared account or an office credits no writer: no author, rather than a role or an office.
    (box('<span>Posted by <a href="/author/web-intern/">Web Intern</a></span>',
         '<a href="/departments/mayor/">Office of the Mayor</a>'), None),
    (box('<span>Posted by <a href="/author/department-author/">Department Author</a></span>'), None),
    (box("<span>Published by: Office of the Harbour Master</span>"), None),
    # A working group, a co-operative, a hub or a volunteer role posting under its name is no writer either.
    ('<p class="byline">By Bike Welfare Working Group</p>', None),
    ('<p class="byline">By Bike Repair Cooperative</p>', None),
    ('<p class="byline">By Bike Repair Hub</p>', None),
    ('<p class="byline">By Sailing Course Volunteer</p>', None),
    # Two writers joined by "and" are both named.
    ('<p class="byline">By Ada Lind and Bo Berg</p>', "Ada Lind, Bo Berg"),
    ('<p class="byline">By <a href="/a/">Ada Lind</a> &amp; <a href="/b/">Bo Berg</a> on March 12, 2024</p>',
     "Ada Lind, Bo Berg"),
    # A writer's role or affiliation set on its own line under their name is no second writer.
    ('<div class="post-authors"><span class="profile"><strong><a href="/team/#ada">Ada Lind</a></strong><br>'
     "Chief Ferry Planner</span>\n<span class=profile><strong>Bo Berg</strong><br>Harbour Board</span></div>",
     "Ada Lind, Bo Berg"),
    # "by City of Springfield": a one-word piece of a phrase is no name.
    ('<div class="post-meta"><span class="byline">by City of Springfield </span></div>', None),
])
def test_bylines_name_people_only(byline, author):
    assert extract_article(page(byline), URL).author == author


@pytest.mark.parametrize("byline, author", [
    ('<div class="post-author">By <a href="https://ada.example">Ada Lind</a>, Ferry Watch team member</div>', "Ada Lind"),
    ('<div class="post-author">By Ada Lind, Ferry Watch team member</div>', "Ada Lind"),
    ('<div class="post-author">By <a href="/a/">Ada Lind</a>, <a href="/b/">Bo Berg</a>, Ferry Watch team members</div>',
     "Ada Lind, Bo Berg"),
    # A second writer after the comma stays one, whatever the line says after their name.
    ('<div class="post-author">By Ada Lind, Bo Berg on March 12, 2024</div>', "Ada Lind, Bo Berg"),
])
def test_the_organisation_opening_a_writers_role_after_a_comma_is_no_second_writer(byline, author):
    """"By Ada Lind, Ferry Watch team member": the capitalised words after the comma open the writer's role."""
    assert extract_article(page(byline), URL).author == author


def test_a_box_of_many_writers_set_out_with_indentation_names_them_all():
    """Generators indent each profile deeply: the box's markup runs long, its words do not."""
    pad = "\n" + " " * 40
    profiles = "".join(f'{pad}<div class="profile">{pad}<span class="description">{pad}<strong>{pad}{name}{pad}</strong>'
                       f'{pad}<br>{pad}{role}{pad}</span>{pad}</div>'
                       for name, role in [("Ada Lind", "Chief Ferry Planner"), ("Bo Berg", "Harbour Board"),
                                          ("Cy Dahl", "Pier Warden"), ("Dag Ek", "Timetable Clerk")])
    byline = f'<div class="post-authors">{profiles}</div>'
    assert extract_article(page(byline), URL).author == "Ada Lind, Bo Berg, Cy Dahl, Dag Ek"


@pytest.mark.parametrize("line, author", [
    ('<p>Av <a href="/forfattare/tova/">Tovesdotter</a> i <a href="/kategorier/rapporter/">Rapporter</a> '
     '<time datetime="2024-03-12">2024-03-12</time></p>', "Tovesdotter"),
    ('<p>By <a href="/writers/sam/">Sam</a> on <time datetime="2024-03-12">March 12, 2024</time></p>', "Sam"),
    ('<p>Kirjoittanut <a href="/kirjoittaja/aino/">Aino Virta</a></p>', "Aino Virta"),
])
def test_a_labelled_line_under_the_headline_names_a_one_word_writer(line, author):
    assert extract_article(page(headline_line=line), URL).author == author


def test_a_lead_opening_with_by_names_no_one():
    line = "<p>By <strong>Easter</strong> the new boats will run every hour between the two piers of the town.</p>"
    assert extract_article(page(headline_line=line), URL).author is None


def stated(author_meta: str) -> str:
    return page().replace("<title>", f'<meta name="author" content="{author_meta}"><title>', 1)


@pytest.mark.parametrize("author_meta, author", [
    # The publisher's imprint (its name and address) in the author tag names no writer.
    ("Harbour Rowing Club, 12 Quay Street, Seaport", None),
    ("Friends of the Harbour Association", None),
    ("Ada Lind, Bo Berg", "Ada Lind, Bo Berg"),
])
def test_a_stated_organisation_is_no_author(author_meta, author):
    assert extract_article(stated(author_meta), URL).author == author


def test_an_initial_keeps_its_period():
    line = '<p>Av <a href="/forfattare/tova-l/">Tova L.</a> i <a href="/kategorier/rapporter/">Rapporter</a></p>'
    assert extract_article(page(headline_line=line), URL).author == "Tova L."


def logo_theme_post(byline: str) -> str:
    """A hand-made theme: the site's name as an <h1> inside the home link, the post's headline an <h2>, then a plain
    line under it, no class, rel or link marking a byline, then a standfirst and the text."""
    return f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{TITLE} | Harbour News</title></head>
<body><nav><a class="brand" href="/"><h1><span>HARBOUR</span> <span>NEWS</span></h1></a>
<a href="/news/">News</a> <a href="/events/">Events</a></nav>
<div class="content"><div class="container"><div class="top"><h2 class="mb-0">{TITLE}</h2>
<p class="semi-bold">
  {byline}
</p><p>What changes for commuters on the morning boats.</p></div><hr />
{TEXT}</div></div><footer><p>Harbour Association</p></footer></body></html>"""


@pytest.mark.parametrize("byline, author", [
    ("By Ada Lind, posted 12/03/24", "Ada Lind"),
    ("By Ada Lind on 12 March 2024", "Ada Lind"),
    ("Written by Ada Lind and Bo Berg | 12.03.2024", "Ada Lind, Bo Berg"),
    # A lead line opening with "By" and naming the day names no writer.
    ("By 12 March 2024 the morning ferry leaves earlier.", None),
    # The club that posted names no writer.
    ("By Harbour Rowing Club, posted 12/03/24", None),
])
def test_a_plain_byline_naming_the_pages_day_under_its_headline_names_the_writer(byline, author):
    assert extract_article(logo_theme_post(byline), URL).author == author


@pytest.mark.parametrize("byline, author", [
    ("12 March 2024 · Ada Lind", "Ada Lind"),
    ("Mar 12, 2024\n   • Ada Lind and Bo Berg", "Ada Lind, Bo Berg"),
    ("12 March 2024 · Ada Lind <a href='https://code.example/ada'><i class='icon-code'></i></a>", "Ada Lind"),
    # A category or the club after the day names no writer.
    ("12 March 2024 · Nyheter", None),
    ("12 March 2024 · Harbour Rowing Club", None),
    # A linked piece after the day is as often the post's category as its writer.
    ("12 March 2024 · <a href='/news/harbour-life/'>Harbour Life</a>", None),
])
def test_a_plain_line_of_the_pages_day_and_the_writers_names_under_its_headline_names_them(byline, author):
    # Fails before: only a line opening with a byline label counted, and the day opening it cut the names off.
    assert extract_article(logo_theme_post(byline), URL).author == author
