"""A post's own teaser, its link saved as "/" by a mirror, labels that link with the post's title: no name of the
site's, so the headline stays the title; a heading of the comment section is never the post's title; a stated title
typed plainer than the headline (no accents, no bracketed series name) loses to the headline."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.html_input import parse_html
from news_archive.pipelines.extraction.metadata import home_link_labels

URL = "https://harbour.example/2009/04/tide-tables/"
TEXT = "".join(f"<p>Paragraph {n} about the tides of the little harbour, the moon and the boats that wait for the "
               "water to rise before they sail out past the old pier.</p>" for n in range(1, 5))


def _post(headline: str = "<h2 class='post_name'>Tide tables [Notes]</h2>", comments: str = "Comments",
          teaser: bool = True, below: str = "<h3 class='mast5'>Comments are closed.</h3>") -> str:
    """A blog post of an old theme: no <h1>, the headline an <h2>, the comment section's heading an <h2> over its
    closed notice (or a reader's comment), a footer of recent posts whose pictures link to each post (this one's
    saved as "/")."""
    recent = "".join(f"<div class='recent'><a href='../../../2009/0{n}/other-{n}/' rel='nofollow' title='Other {n}'>"
                     f"<img src='/o{n}.jpg' alt='Other {n}'></a></div>" for n in range(1, 3))
    own = ("<div class='recent'><a href='/' rel='nofollow' title='Tide tables [Notes]'><img src='/t.jpg' "
           "alt='Tide tables [Notes]'></a></div>") if teaser else ""
    return ("<html lang='en'><head><title>Tide tables [Notes] | Harbour Notes</title></head><body>"
            "<div id='header'><a href='../../../'><img src='/logo.png' alt=''></a></div>"
            f"<div class='column'>{headline}<div class='entry'>{TEXT}</div>"
            f"<h2 class='post_comm'>{comments}</h2>{below}</div>"
            "<div class='sidebar'><h3 class='mast'>Categories</h3><ul><li><a href='/c/'>Tides</a></li></ul></div>"
            f"<div id='footer'><h2>Recent posts</h2>{recent}{own}</div></body></html>")


def test_a_label_only_the_posts_own_teaser_gives_names_no_site():
    """Fails before: the teaser's label "tide tables [notes]" was taken for the site's name, so the headline was
    left aside as the banner and the comment heading "Comments" was stored as the title."""
    assert home_link_labels(parse_html(_post()), URL) == set()
    assert extract_article(_post(), URL).title == "Tide tables [Notes]"


def test_a_comment_sections_heading_is_never_the_title():
    """Fails before: with no headline shown, the heading opening the comment section ("Leave a Reply", "12
    Comments", "Comentarios") was stored as the title; the stated title is."""
    comment = ("<div class='comment'><p>Ann wrote: what a fine piece about the tides, I walked along the pier last "
               "week and saw them.</p></div>")
    for heading in ("Leave a Reply", "Deja una respuesta", "12 Comments", "Comentarios"):
        found = extract_article(_post(headline="", comments=heading, teaser=False, below=comment), URL)
        assert found.title == "Tide tables [Notes]", heading
    # A closed section's notice, the only heading left, is no headline either.
    for notice in ("Comments are closed.", "Los comentarios están cerrados."):
        found = extract_article(_post(headline="", comments=notice, teaser=False, below=comment), URL)
        assert found.title == "Tide tables [Notes]", notice


def _sectioned(headline: str, stated: str, section: str) -> str:
    """A post whose <title> is an editor's plainer form of its <h2> headline, its text opening on a section heading."""
    page = _post(headline=f"<h2 class='post_name'>{headline}</h2>", teaser=False)
    page = page.replace("<title>Tide tables [Notes] | Harbour Notes</title>", f"<title>{stated} | Harbour Notes</title>")
    return page.replace("<div class='entry'>", f"<div class='entry'><h3>{section}</h3>", 1)


def test_the_headline_beats_a_stated_title_typed_plainer():
    """Fails before: the <title>'s "Rios que bajan, mares que suben" (no accent) and "Tide tables of the bay" (no
    series name), which a section heading of the text repeats in part or whole, were stored over the headline."""
    page = _sectioned("Ríos que bajan, mares que suben", "Rios que bajan, mares que suben", "Mares que suben")
    assert extract_article(page, URL).title == "Ríos que bajan, mares que suben"
    page = _sectioned("Tide tables of the bay [Series: Harbour 1]", "Tide tables of the bay", "Tide tables of the bay")
    assert extract_article(page, URL).title == "Tide tables of the bay [Series: Harbour 1]"
