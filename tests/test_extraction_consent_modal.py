"""A cookie consent's settings dialog after the footer is never the text, however its paragraph outweighs a post of
short lines; a heading the writer sets atop the text that is not the headline again opens it."""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import extract_article

URL = "https://flavour.example/2019/03/spring-wallpapers/"
TITLE = "Spring wallpaper contest winners"
INTRO = ["Thanks to everyone who sent in a picture this spring.", "Choosing was hard, but here they are.",
         "The winners are:"]
WINNERS = ["anna berg", "li wei", "tomas ek", "sara lind", "omar haddad", "jo kim"]
CLOSING = "All the entries can be seen on the contest's gallery page"
OVERVIEW = ("This website uses cookies to improve your experience while you move through the website. Of these, the "
            "cookies sorted as necessary are stored in your browser, as they are essential for the basic functions "
            "of the website. We also use cookies of other parties that help us count and understand how you use "
            "this website. These cookies are stored in your browser only with your consent, and you may refuse them.")


def settings_dialog(classes: str) -> str:
    """A consent plugin's settings box, hidden until the reader opens it: an overview and a table of cookies."""
    rows = "".join(f"<tr><td>consent-{name}</td><td>11 months</td><td>Remembers whether the reader agreed to the "
                   f"{name} cookies.</td></tr>" for name in ("analytics", "functional", "necessary", "others"))
    return (f'<div class="{classes}" id="settingsBox" tabindex="-1" role="dialog" aria-hidden="true">'
            f'<div class="box-dialog" role="document"><div class="box-body"><div class="box-overview">'
            f'<h4>Privacy Overview</h4><div class="box-text">{OVERVIEW}</div></div>'
            f'<div class="box-tab"><a role="button">Necessary</a><div class="box-description">Necessary cookies are '
            f'needed for the site to work at all.<table><tbody>{rows}</tbody></table></div></div></div></div></div>')


def gallery_post(dialog: str) -> str:
    """A block theme's post: headline and date above the entry's content, which holds an old editor's markup (a
    numbered list of pictures, each over its winner's name); the site's footer, then the consent settings."""
    items = "".join(f'<li><div class="picture"><p><img src="/uploads/{n}.jpg" alt="Entry {n}"></p></div>'
                    f"<p>{name}</p></li>" for n, name in enumerate(WINNERS))
    paragraphs = "".join(f"<p>{line}</p>" for line in INTRO)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} - Flavour</title></head>
<body class="single single-post"><div class="site-blocks"><header><a href="/">Flavour</a></header>
<main class="group"><div class="group"><h1 class="post-title">{TITLE}</h1>
<div class="post-date"><time datetime="2019-03-02T10:00:00+01:00">March 2, 2019</time></div></div>
<div class="entry-content post-content"><div class="editor-content"><div>{paragraphs}<ol>{items}</ol>
<p>{CLOSING}</p></div></div></div></main>
<footer class="site-footer"><p><a href="/about/">About</a> <a href="/privacy/">Privacy</a></p></footer></div>
{dialog}</body></html>"""


@pytest.mark.parametrize("classes", ["settings-modal", "settings-box"])
def test_a_consent_settings_dialog_after_the_footer_is_not_the_text(classes):
    # Its overview outweighed every short line of the post, so the page's <body> was the container and the body
    # closed on the overview; a dialog role says what the box is, whatever its class ("modal" or not).
    body = extract_article(gallery_post(settings_dialog(classes)), URL).body
    assert "cookies" not in body and "Privacy Overview" not in body
    assert body.startswith(INTRO[0]) and body.endswith(CLOSING)


POST_URL = "https://flavour.example/2021/09/flavour-21-10-release-notes/"
POST_DAY = "2021-09-22"


def release_post(title: str, heading: str) -> str:
    text = ("Flavour 21.10 is a normal release that will be supported for nine months, until July next year. Long "
            "term releases stay supported for three years and suit those who want the same desktop for longer.")
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Flavour</title></head>
<body class="single single-post"><header><a href="/">Flavour</a></header>
<main><div class="group"><h1 class="post-title">{title}</h1>
<div class="post-date"><time datetime="{POST_DAY}T19:28:00+00:00">September 22, 2021</time></div></div>
<div class="entry-content"><h4 class="heading">{heading}</h4><p>{text}</p>
<p>In these notes we cover what is new, how to upgrade and what is known not to work yet.</p></div></main>
<footer class="site-footer"><a href="/about/">About</a></footer></body></html>"""


def test_an_opening_heading_naming_another_day_than_the_pages_is_the_writers():
    # A heading of a date and a few words was cut as the page's date stamp, though the day is not the page's.
    heading = "Quiet Quokka arrives: 14th Oct, 2021"
    body = extract_article(release_post("Flavour 21.10 Release Notes", heading), POST_URL).body
    assert body.split("\n\n")[0] == heading


def test_an_opening_stamp_naming_the_pages_day_is_still_dropped():
    body = extract_article(release_post("Flavour 21.10 Release Notes", "News | September 22, 2021"), POST_URL).body
    assert body.startswith("Flavour 21.10 is a normal release")


def test_an_opening_question_with_a_space_before_its_mark_is_the_writers():
    # French typography (and some writers) set a space before "?": the line ends as a question all the same.
    heading = "HOW DO I UPGRADE TO FLAVOUR 16.10 ?"
    body = extract_article(release_post("How to upgrade from Flavour 16.04 to 16.10", heading), POST_URL).body
    assert body.split("\n\n")[0] == heading


@pytest.mark.parametrize("heading", ["Flavour 21.10 release notes", "Release notes for Flavour 21.10"])
def test_an_opening_heading_repeating_the_title_in_the_texts_element_is_the_texts(heading):
    # The post's text opens with it, as its feed does (tests/test_extraction_headline_again_opening.py).
    body = extract_article(release_post("Flavour 21.10 Release Notes", heading), POST_URL).body
    assert body.startswith(heading + "\n\nFlavour 21.10 is a normal release")


def test_a_cookie_notice_at_the_foot_of_a_one_line_post_is_never_its_text():
    # Fails before: the notice outweighed the post's one line, was taken for the text and stored as its body.
    notice = ("<div id='cookie-notice' class='cn-bottom theme-default'><div class='cookie-notice-container'>"
              "<span id='cn-notice-text'>We use cookies to tailor what you see here. By going on using this site you "
              "agree to our use of cookies.</span><a href='#' id='cn-accept-cookie' class='cn-set-cookie button'>"
              "I agree</a><a href='/privacy/' id='cn-more-info' class='button'>No, tell me more</a></div></div>")
    page = ("<html lang='en'><head><title>The winners' gallery | Flavour</title></head><body>"
            "<header><a href='/'>Flavour</a></header><div id='content'>"
            "<article class='post type-post category-cookies hentry'><h1 class='entry-title'>The winners' gallery</h1>"
            "<span class='entry-date'>12 March 2019</span><div class='entry-content'>"
            "<p>Every picture sent in this spring hangs in the gallery.</p>"
            "<p><a href='https://gallery.example/spring/'>Go to the gallery!</a></p></div></article></div>"
            "<footer><p>Flavour magazine</p></footer>" + notice + "</body></html>")
    body = extract_article(page, URL).body
    assert "cookies" not in body and body.startswith("Every picture sent in this spring hangs in the gallery.")
