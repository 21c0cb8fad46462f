"""A contact form a script opens over the page (a popup the site's stylesheet hides until a button is clicked) sits
at the foot of every page, with its labels, consent lines and a long list of countries to pick from: never the text,
though it outweighs a post of a few lines."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://lab.example/press/local-paper-visits-the-lab/"

COUNTRIES = "".join(f"<option>Country number {n}</option>" for n in range(120))
POPUP = ('<div class="fb-modal-overlay" id="contact-popup"><div class="fb-modal-content"><div class="fb-modal-title">'
         'Contact us</div><form id="fb_3" method="post"><div class="fb-fields">'
         '<div class="fb-field"><label>Your name</label><input type="text" name="n"></div>'
         '<div class="fb-field"><label>Your e-mail</label><input type="email" name="e"></div>'
         f'<div class="fb-field"><label>Country</label><select name="c">{COUNTRIES}</select></div>'
         '<div class="fb-field"><p>By sending this form you agree that we store what you typed and pass your '
         'question on to the partner nearest to you, who will answer it within a few working days. You can withdraw '
         'this consent at any time by writing to us; more on how we handle your data is on our privacy page.</p>'
         '</div></div><input type="submit" value="Send"></form></div></div>')
PAGE = ('<html lang="en"><head><title>Local paper visits the lab</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-05-02T09:00:00+00:00"></head><body>'
        '<main id="content" class="post-5 post type-post hentry"><h1 class="entry-title">Local paper visits the lab</h1>'
        '<div class="page-content"><p>The Valley Courier, 2 May 2024, by a staff writer</p>'
        '<blockquote><p>A reporter spent a morning with the team that sorts the samples and wrote about the new '
        'machines that arrived in spring.</p></blockquote></div></main>'
        f'<footer><p>Lab Example Ltd, Mill Road 4</p></footer>{POPUP}</body></html>')


def test_a_popup_contact_form_is_not_the_text_of_a_short_post():
    """Fails before: the popup's consent line and country list outweighed the post's two lines, and the body was the
    form's text."""
    body = extract_article(PAGE, URL).body
    assert "wrote about the new machines" in body
    assert "privacy page" not in body
    assert "Country number" not in body
