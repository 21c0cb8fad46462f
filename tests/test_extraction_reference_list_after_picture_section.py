"""A post closing on its sections of pictures and then a short heading over a list of links to other sites (the
models and the build guide): the heading just above the list's heads a section holding only a picture and a video,
which is no label of a site's box, so the list is the writer's references and closes the text."""
from news_archive.pipelines.extraction import extract_article

URL = "https://studio.example/blog/2014/02/28/a-lamp-for-the-new-office/"
TITLE = "A lamp for the new office"
OPENING = ("Our friends at the print shop moved to a new office in the old town, and since they keep telling us "
           "that desktop printers are dull, we made them a printed lamp as a house-warming gift.")
CAPTIONS = ["The logo printed in clear plastic", "Many versions along the way",
            "The first circuit on a breadboard", "The electronics shrunk onto one small chip"]
LINKS = [("https://models.example/thing/260050", "The 3D models on the model library"),
         ("https://guides.example/id/Tiny-RGB-Mood-Light/", "Build guide - Tiny RGB Mood Light")]


def _page(between: str) -> str:
    captions = "".join(f"<p><img src='/img/{i}.jpg' alt=''>\n{c}</p>" for i, c in enumerate(CAPTIONS))
    links = "".join(f"<li><a href='{href}'>{label}</a></li>" for href, label in LINKS)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE} - Studio</title></head><body>"
            f"<header><a href='/'>Studio</a><nav><a href='/'>Home</a><a href='/blog/'>Blog</a></nav></header>"
            f"<article><header><h1>{TITLE}</h1><time datetime='2014-02-28T12:28'>2014-02-28</time></header>"
            f"<div><p>{OPENING}</p><h2>The build</h2>{captions}<h2>The result</h2>{between}"
            f"<h2>More!</h2><ul>{links}</ul></div></article>"
            f"<footer><span>Old Town Street 27, Stockholm</span></footer></body></html>")


def test_links_under_a_heading_after_a_section_of_pictures_close_the_text():
    """Fails before: the heading over the pictures was read as a box's label above the list's heading, and the
    list was dropped (the body ended on "More!")."""
    between = ("<p><img src='/img/colours.jpg' alt=''></p><div class='video'>"
               "<iframe src='https://video.example/embed/L3gmu9un4Ic'></iframe></div>")
    body = extract_article(_page(between), URL).body
    assert body.startswith(OPENING[:40])
    assert body.endswith(LINKS[-1][1])


def test_a_heading_right_above_the_lists_heading_still_marks_a_box():
    """No picture between the two headings: the upper one labels a box of parts, as before, and the list goes."""
    body = extract_article(_page(""), URL).body
    assert body.startswith(OPENING[:40])
    assert LINKS[-1][1] not in body
