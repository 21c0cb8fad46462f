"""A talk's notice set as fields (the speaker and the title in one paragraph, the host linked to their page) and lines
beside them (the talk's day and hour with its place, posted on that very day, and its format set bold) keeps every
line; the same day line over a post naming no speaker still goes as its date line."""
from news_archive.pipelines.extraction import extract_article

URL = "https://group.example/news/guest-lecture-vanta/"
TITLE = "Guest Lecture by Orla Vanta, Quillworks"
SPEAKER = "<p><strong>Speaker: Dr. Orla Vanta</strong><br><strong>Title: Brimming Queries over Lattice Stores</strong></p>"
HOST = "<p>Host: <a href='/people/tamsin-oberl/'>Tamsin Oberl</a></p>"
DAY = "<p>May 18th, 2020, 1 p.m. ct.<br>Northfield Technical School</p>"
FORMAT = "<p><strong>Online Guest Lecture for Lattice Engineering</strong></p>"


def _academic_post(content: str) -> str:
    # A research group's site: the post's day only in its metadata, the page showing when it was last updated.
    return ("<!DOCTYPE html><html lang='en-us'><head><meta charset='utf-8'>"
            f"<title>{TITLE} | Lattice Group</title>"
            "<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2020-05-18T00:00:00+02:00'>"
            "<meta property='article:modified_time' content='2020-05-18T22:44:48+00:00'></head><body>"
            "<nav><a href='/'>Lattice Group</a> <a href='/news/'>News</a> <a href='/people/'>People</a></nav>"
            f"<article class='article'><div class='article-container pt-3'><h1>{TITLE}</h1>"
            "<div class='article-metadata'><span class='article-date'>Last updated on May 18, 2020</span></div></div>"
            f"<div class='article-container'><div class='article-style'>{content}</div></div></article>"
            "<footer><p>© Lattice Group, Northfield Technical School, 2020</p></footer></body></html>")


def test_a_talk_notices_host_day_and_format_lines_stay():
    """Fails before: the host's linked line went as a link line, the day line (the page's own day) as the date line
    and the bold format line as a closing label: the text was the speaker's paragraph alone."""
    body = extract_article(_academic_post(SPEAKER + HOST + DAY + FORMAT), URL).body
    assert body == ("Speaker: Dr. Orla Vanta Title: Brimming Queries over Lattice Stores\n\nHost: Tamsin Oberl\n\n"
                    "May 18th, 2020, 1 p.m. ct. Northfield Technical School\n\n"
                    "Online Guest Lecture for Lattice Engineering")


def test_without_a_speakers_field_the_day_line_still_goes():
    text = ("<p>Our group welcomes its new members this spring, who join the lattice store project and will teach "
            "the engineering course in the summer term, as announced at the last plenary meeting.</p>")
    body = extract_article(_academic_post(DAY + text), URL).body
    assert body.startswith("Our group welcomes its new members this spring")
    assert "May 18th, 2020" not in body


def test_the_notices_fields_keep_no_furniture_set_in_the_same_element():
    """A share bar, a "Read more" line and the post's categories set as paragraphs of the element holding the fields
    stay furniture (rs187's first rule kept every paragraph of that element): the notice's lines end at a long
    paragraph or a line of links."""
    text = ("<p>The group opens its spring seminar series with a talk on lattice stores; everyone on campus is welcome "
            "and coffee follows in the foyer, where the speaker answers questions from students.</p>")
    furniture = ("<p>Share: <a href='https://www.facebook.com/sharer.php?u=x'>Facebook</a> "
                 "<a href='https://twitter.com/intent/tweet?url=x'>Twitter</a></p>"
                 "<p><a href='/news/'>Read more news</a></p>"
                 "<p>Posted in <a href='/category/events/'>Events</a>, <a href='/tag/seminar/'>Seminar</a></p>")
    body = extract_article(_academic_post(text + SPEAKER + HOST + text.replace("spring", "autumn") + furniture),
                           URL).body
    assert "Host: Tamsin Oberl" in body and "Title: Brimming Queries" in body, body
    assert "Share" not in body and "Read more news" not in body and "Posted in" not in body, body
